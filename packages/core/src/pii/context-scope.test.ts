import { describe, expect, it } from 'vitest';
import { PatternScanner } from './pattern-scanner.js';

const scanner = new PatternScanner();

function found(text: string): { type: string; value: string }[] {
  return scanner.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

describe('Tables drawn with box-drawing lines', () => {
  it('are read as the same tables drawn in ASCII: key / value rows, password columns, context columns', () => {
    expect(found('│ DB_PASSWORD │ Xk9mQ2vLp8RtY4wZ │')).toEqual([{ type: 'PASSWORD', value: 'Xk9mQ2vLp8RtY4wZ' }]);
    const psql =
      ' id │ name │ password\n────┼──────┼──────────────\n  1 │ ana  │ Xk9mQ2vLp8Rt\n  2 │ luis │ Zq8Lk2v9RtXk';
    expect(found(psql)).toEqual([
      { type: 'PASSWORD', value: 'Xk9mQ2vLp8Rt' },
      { type: 'PASSWORD', value: 'Zq8Lk2v9RtXk' },
    ]);
    // Offsets are the original's.
    const drawn =
      '┌──────┬───────────┐\n│ NAME │ SSN       │\n├──────┼───────────┤\n│ Ana  │ 536221234 │\n└──────┴───────────┘';
    expect(found(drawn)).toEqual([{ type: 'US_SSN', value: '536221234' }]);
  });
});

describe('Context words count for the value they are about', () => {
  it("reads a birth word as another field's once a key comes between", () => {
    expect(found('{"birthDate": "1985-03-14", "lastVisit": "2024-03-01"}')).toEqual([
      { type: 'DATE_OF_BIRTH', value: '1985-03-14' },
    ]);
    expect(found('dob=1985-03-14 signup=2024-03-14')).toEqual([{ type: 'DATE_OF_BIRTH', value: '1985-03-14' }]);
    expect(found('dob: 1985-03-14\nhired: 2019-06-01')).toEqual([{ type: 'DATE_OF_BIRTH', value: '1985-03-14' }]);
    // Nested under the birth key, the date is still the birth date.
    expect(found('"birth": {"date": "1985-03-14"}')).toEqual([{ type: 'DATE_OF_BIRTH', value: '1985-03-14' }]);
  });

  it('keeps a table cell to its own row and column: the row above names other cells', () => {
    const csv =
      'id,name,date_of_birth,cvv,created\n3879,Luis,1963-07-04,883,2026-11-22\n3880,Ana,1970-01-02,123,2026-11-21';
    expect(found(csv)).toEqual([
      { type: 'DATE_OF_BIRTH', value: '1963-07-04' },
      { type: 'CARD_SECURITY_CODE', value: '883' },
      { type: 'DATE_OF_BIRTH', value: '1970-01-02' },
      { type: 'CARD_SECURITY_CODE', value: '123' },
    ]);
    // Not a table (a greeting of one comma): context still reaches across lines.
    expect(found('Hi Ana,\nmy date of birth:\n1963-07-04')).toEqual([{ type: 'DATE_OF_BIRTH', value: '1963-07-04' }]);
    // A line that is not a row of the table (another number of cells) reads its window as prose does.
    expect(found('id,name,created\ndate of birth 1963-07-04')).toEqual([
      { type: 'DATE_OF_BIRTH', value: '1963-07-04' },
    ]);
  });

  it('reads the header of a table aligned with spaces as the context of every row, and only of its column', () => {
    const table = [
      'NAME    ACCOUNT_NUMBER   ROUTING     PASSPORT',
      'Ana     000123456789     021000021   558163745',
      'Luis    004412345678     011000015   684922026',
    ].join('\n');
    expect(found(table)).toEqual([
      { type: 'US_BANK_NUMBER', value: '000123456789' },
      { type: 'ABA_ROUTING_NUMBER', value: '021000021' },
      { type: 'US_PASSPORT', value: '558163745' },
      { type: 'US_BANK_NUMBER', value: '004412345678' },
      { type: 'ABA_ROUTING_NUMBER', value: '011000015' },
      { type: 'US_PASSPORT', value: '684922026' },
    ]);
    // Columns that name nothing sensitive: their numbers stay numbers.
    expect(
      found('NAME     STATUS    RESTARTS   AGE\nweb-1    Running   0          5d\ndb-0     Running   123456789  12d'),
    ).toEqual([]);
  });

  it('reads the CVV, PIN and MRN columns of a table aligned with spaces cell by cell', () => {
    const table = ['NAME    CVV  PIN   MRN', 'Ana     611  8917  A1234567', 'Luis    015  4621  00123456'].join('\n');
    expect(found(table)).toEqual([
      { type: 'CARD_SECURITY_CODE', value: '611' },
      { type: 'PIN', value: '8917' },
      { type: 'MEDICAL_RECORD_NUMBER', value: 'A1234567' },
      { type: 'CARD_SECURITY_CODE', value: '015' },
      { type: 'PIN', value: '4621' },
      { type: 'MEDICAL_RECORD_NUMBER', value: '00123456' },
    ]);
    // Every column so headed, in CSV too.
    expect(found('id,cvv,cvv\n1,294,059')).toEqual([
      { type: 'CARD_SECURITY_CODE', value: '294' },
      { type: 'CARD_SECURITY_CODE', value: '059' },
    ]);
    // Not under such a header: three digits after two spaces are a number.
    expect(found('NAME    ROOM  FLOOR\nAna     611   3')).toEqual([]);
  });

  it("ends the context after a value with its field: the next field's key names another value", () => {
    expect(found('{"nhs_number": "617 768 5242", "phone": "(213) 621-7745"}')).toEqual([
      { type: 'UK_NHS', value: '617 768 5242' },
      { type: 'PHONE_NUMBER', value: '(213) 621-7745' },
    ]);
    expect(found('nhs=617 768 5242&phone=2136217745')[0]).toEqual({ type: 'UK_NHS', value: '617 768 5242' });
    // Within the field, a word after the value still counts.
    expect(found('ref 943 476 5919 (NHS number)')).toEqual([{ type: 'UK_NHS', value: '943 476 5919' }]);
  });

  it('gives nine digits that need a word to the type whose word labels them, wherever the others stand', () => {
    expect(found("driver's license Q3794244. passport number 558163745.")).toEqual([
      { type: 'US_DRIVER_LICENSE', value: 'Q3794244' },
      { type: 'US_PASSPORT', value: '558163745' },
    ]);
    expect(found('account_number=66822693232 passport_number=684922026')).toEqual([
      { type: 'US_BANK_NUMBER', value: '66822693232' },
      { type: 'US_PASSPORT', value: '684922026' },
    ]);
    expect(found('passport on file; account number 684922026')).toEqual([
      { type: 'US_BANK_NUMBER', value: '684922026' },
    ]);
  });

  it('never lifts a value over its threshold by the label alone', () => {
    const strict = new PatternScanner({ thresholds: { US_PASSPORT: 0.58 } });
    // 0.2 for nine digits + 0.35 for the word: under 0.58, and the label does not add what is missing.
    expect(strict.scanSync('passport number 558163745')).toEqual([]);
  });
});
