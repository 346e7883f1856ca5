import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { teudatZehutValid } from './israel.js';

// Valid numbers computed with the check digit (weights 1, 2 from the left, the digits of each product summed).
const scanner = new PatternScanner();
const found = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'IL_ID_NUMBER')
    .map((span) => text.slice(span.start, span.end));

describe('IL_ID_NUMBER', () => {
  it('reads nine digits next to its word, in English or Hebrew', () => {
    expect(found('Teudat Zehut: 123456782')).toEqual(['123456782']);
    expect(found('ת.ז 039572045')).toEqual(['039572045']);
    expect(found('מספר תעודת זהות: 200120046')).toEqual(['200120046']);
    expect(found('Israeli ID 314159260')).toEqual(['314159260']);
    expect(found('zehut: 058294711')).toEqual(['058294711']);
  });

  it('rejects a wrong check digit, fewer than nine digits and a digit repeated', () => {
    expect(found('teudat zehut 123456783')).toEqual([]);
    expect(found('teudat zehut 039572046')).toEqual([]);
    // 039572045 and 058294711 without their leading zero: read only with all nine digits.
    expect(found('teudat zehut 39572045')).toEqual([]);
    expect(found('teudat zehut 58294711')).toEqual([]);
    expect(teudatZehutValid('000000000')).toBe(false);
  });

  it('stays silent without its word, and inside longer numbers', () => {
    expect(found('order 123456782 shipped')).toEqual([]);
    expect(found('teudat zehut 1234567820')).toEqual([]);
    expect(found('zehut 123456782-1')).toEqual([]);
  });
});
