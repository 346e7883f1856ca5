import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const found = (text: string): [string, string][] =>
  scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);

describe('Known Traveler and redress numbers (ID_DOCUMENT_NUMBER)', () => {
  it('reads the number after its label (red team: a KTN reached the model)', () => {
    expect(found('Known Traveler Number: 98127734')).toEqual([['ID_DOCUMENT_NUMBER', '98127734']]);
    expect(found('known traveller no. TT1234567')).toEqual([['ID_DOCUMENT_NUMBER', 'TT1234567']]);
    expect(found('KTN 981277345 added to the booking')).toEqual([['ID_DOCUMENT_NUMBER', '981277345']]);
    expect(found('Global Entry PASSID: 981277345')).toEqual([['ID_DOCUMENT_NUMBER', '981277345']]);
    expect(found('Redress #: 2000123')).toEqual([['ID_DOCUMENT_NUMBER', '2000123']]);
    expect(found('redress control number=2000123456')).toEqual([['ID_DOCUMENT_NUMBER', '2000123456']]);
    expect(found('{"knownTravelerNumber":"98127734"}')).toEqual([['ID_DOCUMENT_NUMBER', '98127734']]);
  });

  it('leaves the words without a number, too few digits and one digit repeated', () => {
    expect(found('Global Entry interview on 2026-12-01')).toEqual([]);
    expect(found('Known Traveler Number: pending')).toEqual([]);
    expect(found('KTN: TTABCD12')).toEqual([]);
    expect(found('Redress #: 1111111')).toEqual([]);
    expect(found('travel 98127734 miles')).toEqual([]);
    // Review: a build's step, the verb and a date were read.
    expect(found('pre-check id: 20240115')).toEqual([]);
    expect(found('we will redress 2024015 complaints')).toEqual([]);
    expect(found('KTN 20240115')).toEqual([]);
  });

  it('is masked and restored under its keys', async () => {
    const client = new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
    const input = { known_traveler_number: '98127734', redressNumber: '2000123', ktn: 'TT12345' };
    const encoded = await client.deepEncode(input);
    for (const value of Object.values(encoded)) expect(value).toMatch(/^\[ID_DOCUMENT_NUMBER_\d+\]$/);
    expect(await client.deepDecode(encoded)).toEqual(input);
  });
});
