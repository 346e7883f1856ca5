import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const found = (text: string): [string, string][] =>
  scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);

describe("a booking's special service requests (red team: their values reached the model)", () => {
  it('reads the form of identification (SSR FOID) by its type', () => {
    expect(found('8 SSR FOID UA HK1 PP548102773-P1')).toEqual([['PASSPORT', '548102773']]);
    expect(found('SR FOID-PP548102773')).toEqual([['PASSPORT', '548102773']]);
    expect(found('3 SSR FOID YY HK1 NI12345678/P1')).toEqual([['ID_DOCUMENT_NUMBER', '12345678']]);
    expect(found('4SSR FOID AA HK1/DLCA1234567-1.1')).toEqual([['ID_DOCUMENT_NUMBER', 'CA1234567']]);
    expect(found('SSR FOID UA HK1/CCVI4532015112830366-1.1')).toEqual([['CREDIT_CARD', '4532015112830366']]);
    expect(found('SSR FOID UA HK1/FFUA12345678-1.1')).toEqual([['LOYALTY_NUMBER', 'UA12345678']]);
    // As entered, glued to a line's number or Amadeus's `SR` (review: not read).
    expect(found('3FOID/PP548102773')).toEqual([['PASSPORT', '548102773']]);
    expect(found('SRFOID-PP548102773')).toEqual([['PASSPORT', '548102773']]);
    expect(found('3CTCM/15551234567')).toEqual([['PHONE_NUMBER', '15551234567']]);
  });

  it('leaves a FOID card failing the Luhn check, a ticket number and the word in prose', () => {
    expect(found('SSR FOID UA HK1/CCVI4532015112830367-1.1')).toEqual([]);
    expect(found('SSR FOID UA HK1/TN0161234567890')).toEqual([]);
    expect(found('the FOID rule says PP must be used')).toEqual([]);
    expect(found('SSR FOID UA HK1/NIABCDEFG')).toEqual([]);
    expect(found('XFOID PP548102773')).toEqual([]);
  });

  it("reads the passenger's phones (CTCM and the others) and IATA-encoded e-mail (CTCE)", () => {
    expect(found('SSR CTCM UA HK1/15551234567-1.1')).toEqual([['PHONE_NUMBER', '15551234567']]);
    expect(found('CTCM HK1/447842615903')).toEqual([['PHONE_NUMBER', '447842615903']]);
    expect(found('  5 SSR CTCM YY HK1 447842615903/GB/P1')).toEqual([['PHONE_NUMBER', '447842615903']]);
    expect(found('OSI YY CTCH/+33142685300')).toEqual([['PHONE_NUMBER', '33142685300']]);
    expect(found('SSR CTCE UA HK1/JANE.DOE//GMAIL.COM-1.1')).toEqual([['EMAIL_ADDRESS', 'JANE.DOE//GMAIL.COM']]);
    expect(found('SSR CTCE YY HK1/J..SMITH./JONES//EXAMPLE.CO.UK/EN')).toEqual([
      ['EMAIL_ADDRESS', 'J..SMITH./JONES//EXAMPLE.CO.UK'],
    ]);
  });

  it('leaves a phone of one digit repeated, too few digits and an address without its domain', () => {
    expect(found('CTCM HK1/1111111')).toEqual([]);
    expect(found('SSR CTCM UA HK1/12345')).toEqual([]);
    expect(found('SSR CTCE UA HK1/JANE.DOE')).toEqual([]);
  });

  it("reads a DOCO's Known Traveler Number, redress number or visa, and the place of birth", () => {
    expect(found('SSR DOCO UA HK1//K/98127734//US')).toEqual([['ID_DOCUMENT_NUMBER', '98127734']]);
    expect(found('SSR DOCO UA HK1//R/2000123//US')).toEqual([['ID_DOCUMENT_NUMBER', '2000123']]);
    expect(found('SSR DOCO UA HK1/LAGOS NG/V/12345678/LONDON/12MAY20/US')).toEqual([
      ['LOCATION', 'LAGOS NG'],
      ['ID_DOCUMENT_NUMBER', '12345678'],
    ]);
  });

  it('is masked and restored by the client (the encoded e-mail as a placeholder: it holds no @)', async () => {
    const client = new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
    const input = { pnr: 'SSR FOID UA HK1/PP548102773-1.1\nSSR CTCE UA HK1/JANE.DOE//GMAIL.COM-1.1' };
    const encoded = await client.deepEncode(input);
    expect(encoded.pnr).toMatch(
      /^SSR FOID UA HK1\/PP\[PASSPORT_\d+\]-1\.1\nSSR CTCE UA HK1\/\[EMAIL_ADDRESS_\d+\]-1\.1$/,
    );
    expect(await client.deepDecode(encoded)).toEqual(input);
  });
});
