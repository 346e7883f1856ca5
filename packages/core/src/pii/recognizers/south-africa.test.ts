import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { saIdValid } from './south-africa.js';

// Valid numbers computed with the Luhn rule over an existing date and a citizenship digit of 0 or 1.
const scanner = new PatternScanner();
const found = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'ZA_ID_NUMBER')
    .map((span) => text.slice(span.start, span.end));

describe('ZA_ID_NUMBER', () => {
  it('reads the number next to its word', () => {
    expect(found('SA ID number: 8001015009087')).toEqual(['8001015009087']);
    // `ID number` alone labels order and tracking numbers too: no South African id by it.
    expect(found('Tracking ID number: 8001015009087')).toEqual([]);
    expect(found('South African ID 9406120123088')).toEqual(['9406120123088']);
    // 29 February 2000; a permanent resident (citizenship digit 1).
    expect(found('RSA ID 0002295123182')).toEqual(['0002295123182']);
    expect(found('identity number 7607046012188')).toEqual(['7607046012188']);
  });

  it('rejects a wrong check digit, dates that do not exist and another citizenship digit', () => {
    expect(found('SA ID number: 8001015009088')).toEqual([]);
    // Month 13, 30 February, 29 February 1902 or 2002, citizenship digit 2.
    expect(found('SA ID number: 8013015009082')).toEqual([]);
    expect(found('SA ID number: 8002305009084')).toEqual([]);
    expect(found('SA ID number: 0202295123188')).toEqual([]);
    expect(found('SA ID number: 8001015009285')).toEqual([]);
    expect(saIdValid('8001015009087')).toBe(true);
  });

  it('stays silent without its word, and inside longer numbers', () => {
    expect(found('order 8001015009087 shipped')).toEqual([]);
    expect(found('SA ID number: 80010150090871')).toEqual([]);
    expect(found('SA ID number: 8001015009087-4')).toEqual([]);
  });
});
