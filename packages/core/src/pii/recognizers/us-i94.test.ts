import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The I-94 numbers found in `text` (or in `text` as the value of `field`), as [type, value]. */
function i94s(text: string, field?: string): [string, string][] {
  return scanner
    .scanSync(text, field === undefined ? {} : { field })
    .filter((span) => span.recognizer === 'us-i94-number')
    .map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('ID_DOCUMENT_NUMBER: I-94 admission numbers', () => {
  it('reads the number after its label, in both layouts', () => {
    expect(i94s('I-94 number: 694821553A1')).toEqual([['ID_DOCUMENT_NUMBER', '694821553A1']]);
    expect(i94s('my I94 admission number is 69482155301')).toEqual([['ID_DOCUMENT_NUMBER', '69482155301']]);
    expect(i94s('I-94 #: 694821553A1, class H1B')).toEqual([['ID_DOCUMENT_NUMBER', '694821553A1']]);
    expect(i94s('Admission (I-94) Record Number: 694821553A1')).toEqual([['ID_DOCUMENT_NUMBER', '694821553A1']]);
    expect(i94s('"i94_number": "69482155 3A1"')).toEqual([['ID_DOCUMENT_NUMBER', '69482155 3A1']]);
  });

  it('reads a whole value under an I-94 key', () => {
    expect(i94s('69482155 3A1', 'i94_number')).toEqual([['ID_DOCUMENT_NUMBER', '69482155 3A1']]);
    expect(i94s('6948-2155-3A1', 'I94AdmissionNumber')).toEqual([['ID_DOCUMENT_NUMBER', '6948-2155-3A1']]);
  });

  it('masks the I-94 of an employee record', async () => {
    const client = new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
    const encoded = JSON.stringify(await client.deepEncode({ employee: 'Nguyen Van An', i94_number: '69482155 3A1' }));
    expect(encoded).not.toContain('69482155 3A1');
  });

  it('leaves other lengths, other words, repeated digits and an unlabelled number alone', () => {
    expect(i94s('I-94 number: 69482155')).toEqual([]);
    expect(i94s('I-94 number: 6948215533A1')).toEqual([]);
    expect(i94s('I-94 number: 69 482 155 3A1')).toEqual([]);
    expect(i94s('I-94: 11111111111')).toEqual([]);
    expect(i94s('I-94 form attached 694821553A1')).toEqual([]);
    expect(i94s('admission fee 69482155301')).toEqual([]);
    expect(i94s('Admission No. 12345')).toEqual([]);
    expect(i94s('694821553A1')).toEqual([]);
    expect(i94s('123', 'i_number')).toEqual([]);
  });
});
