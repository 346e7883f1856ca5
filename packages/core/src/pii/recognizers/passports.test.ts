import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

function found(text: string): { type: string; value: string }[] {
  return scanner.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

describe('PASSPORT (other countries than the US and the UK)', () => {
  it('reads every row of a column headed by a passport word, past the context window', () => {
    const rows = ['C01X00T47', 'K1234567', 'PAA123456', '12AB34567'];
    const padding = 'x'.repeat(60);
    const csv = `passport_no,name,notes\n${rows.map((row) => `${row},Ana,${padding}`).join('\n')}`;
    expect(found(csv)).toEqual(rows.map((value) => ({ type: 'PASSPORT', value })));
    const aligned = `NAME   PASSPORT    NOTES\n${rows.map((row) => `Ana    ${row.padEnd(12)}${padding}`).join('\n')}`;
    expect(found(aligned)).toEqual(rows.map((value) => ({ type: 'PASSPORT', value })));
  });

  it('leaves the same numbers alone in a column of another name', () => {
    expect(found('order_no,name\nC01X00T47,Ana\nK1234567,Luis')).toEqual([]);
  });

  it('keeps the US and UK layouts under their own types', () => {
    expect(found('passport: E12345678 and passport: GB1234567')).toEqual([
      { type: 'US_PASSPORT', value: 'E12345678' },
      { type: 'UK_PASSPORT', value: 'GB1234567' },
    ]);
  });
});

describe('PASSPORT: a code after a passport word', () => {
  it('leaves alone a code labelled as an error, a status or a reference after a passport word', () => {
    expect(found('Passport photo upload failed: error E4012X7')).toEqual([]);
    expect(found('passport scan rejected, error code: E4012X7')).toEqual([]);
    expect(found('passport check err=E4012X7')).toEqual([]);
    expect(found('{"step": "passport", "errorCode": "E4012X7"}')).toEqual([]);
    expect(found('passport upload status AB1234')).toEqual([]);
    expect(found('passport appointment ref #C01X00T47')).toEqual([]);
  });

  it('still reads the number a passport word labels, also next to those words', () => {
    expect(found('passport no. E4012X7')).toEqual([{ type: 'PASSPORT', value: 'E4012X7' }]);
    expect(found('passport: E4012X7')).toEqual([{ type: 'PASSPORT', value: 'E4012X7' }]);
    expect(found('Reisepass C01X00T47')).toEqual([{ type: 'PASSPORT', value: 'C01X00T47' }]);
    expect(found('error: passport C01X00T47 not found')).toEqual([{ type: 'PASSPORT', value: 'C01X00T47' }]);
    expect(found('passport_ref: C01X00T47')).toEqual([{ type: 'PASSPORT', value: 'C01X00T47' }]);
    expect(found('Passport ref C01X00T47')).toEqual([{ type: 'PASSPORT', value: 'C01X00T47' }]);
    expect(found('Passport (ref: C01X00T47)')).toEqual([{ type: 'PASSPORT', value: 'C01X00T47' }]);
    expect(found('status: verified, passport number K1234567')).toEqual([{ type: 'PASSPORT', value: 'K1234567' }]);
  });
});
