import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

// An MT103 as the standard writes it: the ordering customer and the beneficiary in option K, institutions by BIC.
const MT103 = [
  '{4:',
  ':20:REF20261122001',
  ':23B:CRED',
  ':32A:261122EUR12500,00',
  ':50K:/DE89370400440532013000',
  'HANS MUELLER',
  'HAUPTSTRASSE 5',
  '10115 BERLIN',
  ':52A:DEUTDEFF',
  ':59:/GB29NWBK60161331926819',
  'OLIVIA HARTWELL',
  '12 ACACIA AVENUE',
  'LONDON',
  ':70:INVOICE 4471',
  ':71A:SHA',
  '-}',
].join('\r\n');

describe('SWIFT MT payment messages', () => {
  it("reads the ordering customer's and the beneficiary's name and address lines (option K), not other fields", () => {
    expect(found(MT103)).toEqual([
      ['IBAN_CODE', 'DE89370400440532013000'],
      ['PERSON', 'HANS MUELLER'],
      ['LOCATION', 'HAUPTSTRASSE 5'],
      ['LOCATION', '10115 BERLIN'],
      ['IBAN_CODE', 'GB29NWBK60161331926819'],
      ['PERSON', 'OLIVIA HARTWELL'],
      ['LOCATION', '12 ACACIA AVENUE'],
      ['LOCATION', 'LONDON'],
    ]);
  });

  it("reads option F's numbered lines: name, address, town without its country, an existing birth date", () => {
    const text =
      ':50F:/12345678\n1/JOHN DOE\n2/12 MAIN STREET\n3/US/NEW YORK\n4/19800314\n:59F:/GB29NWBK60161331926819\n1/OLIVIA HARTWELL\n3/GB/LONDON\n:70:INV';
    expect(found(text).filter(([type]) => type !== 'IBAN_CODE')).toEqual([
      ['PERSON', 'JOHN DOE'],
      ['LOCATION', '12 MAIN STREET'],
      ['LOCATION', 'NEW YORK'],
      ['DATE_OF_BIRTH', '19800314'],
      ['PERSON', 'OLIVIA HARTWELL'],
      ['LOCATION', 'LONDON'],
    ]);
    expect(found(':50F:/1\n1/JOHN DOE\n4/19801314').map(([type]) => type)).toEqual(['PERSON']);
  });

  it('reads no party where the field is not one: an institution, a tag inside a line, a line past 35 characters', () => {
    expect(found(':52A:DEUTDEFF\nACME BANK PLC\n:57A:NWBKGB2L')).toEqual([]);
    expect(found('note :59: NOT A FIELD\nPLAIN WORDS')).toEqual([]);
    expect(found(`:59:/1234\n${'X'.repeat(60)}`)).toEqual([]);
  });

  it('keeps the parties from the model and gives them back to the tool', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const result = { message: MT103 };
    const safe = JSON.stringify(await client.deepEncode(result));
    for (const value of ['MUELLER', 'HAUPTSTRASSE', 'HARTWELL', 'ACACIA']) expect(safe).not.toContain(value);
    expect(await client.deepDecode(JSON.parse(safe))).toEqual(result);
  });
});
