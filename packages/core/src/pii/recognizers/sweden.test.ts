import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import type { Recognizer } from '../recognizer.js';
import { personnummerValid, sePersonnummerRecognizer } from './sweden.js';

// Valid numbers computed with the Luhn rule over the ten-digit form (811218-9876 is Skatteverket's own example).
const scanner = new PatternScanner();
const found = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'SE_PERSONNUMMER')
    .map((span) => text.slice(span.start, span.end));

/** The recognizer with its regexes keyed apart from PATTERN_STARTS, so that they run over the whole text. */
function fullPass(recognizer: Recognizer): Recognizer {
  return {
    ...recognizer,
    patterns: recognizer.patterns?.map((pattern) => ({
      ...pattern,
      regex: new RegExp(`(?:)${pattern.regex.source}`, pattern.regex.flags),
    })),
  };
}

describe('SE_PERSONNUMMER', () => {
  it('reads the number in each of its layouts next to its word', () => {
    expect(found('Personnummer: 811218-9876')).toEqual(['811218-9876']);
    expect(found('personnr 19811218-9876')).toEqual(['19811218-9876']);
    expect(found('personnummer 8112189876')).toEqual(['8112189876']);
    expect(found('"personnummer": "198112189876"')).toEqual(['198112189876']);
    expect(found('Swedish ID 121212+1212 (over 100)')).toEqual(['121212+1212']);
    expect(found('samordningsnummer 701063-2391')).toEqual(['701063-2391']);
    expect(found('person number: 000229-1235')).toEqual(['000229-1235']);
    expect(found('personnummer 20000229-1235')).toEqual(['20000229-1235']);
  });

  it('rejects a wrong check digit and dates that do not exist', () => {
    expect(found('personnummer 811218-9877')).toEqual([]);
    expect(found('personnummer 8112189877')).toEqual([]);
    // Month 13, day 32, day 00, a coordination day of 92 (32), 29 February 1900.
    expect(found('personnummer 811318-9875')).toEqual([]);
    expect(found('personnummer 811232-9878')).toEqual([]);
    expect(found('personnummer 811200-9876')).toEqual([]);
    expect(found('samordningsnummer 701092-2396')).toEqual([]);
    expect(found('personnummer 19000229-1235')).toEqual([]);
    expect(personnummerValid('010229-1234')).toBe(false);
    expect(personnummerValid('000229-1235')).toBe(true);
  });

  it('stays silent without its word, and inside longer numbers', () => {
    expect(found('order 811218-9876 shipped')).toEqual([]);
    expect(found('ticket 8112189876')).toEqual([]);
    expect(found('batch 198112189876')).toEqual([]);
    expect(found('personnummer 811218-9876-1')).toEqual([]);
    expect(found('personnummer 28112189876')).toEqual([]);
  });

  it('finds with its start conditions what a full pass finds', () => {
    const text = [
      'personnummer 811218-9876, 19811218-9876; 121212+1212 x811218-9876 811218-98761',
      'personnummer: 1811218-9876 701063-2391 81121-89876 811218+9876',
    ].join('\n');
    const windowed = new PatternScanner({ builtins: false, recognizers: [sePersonnummerRecognizer] }).scanSync(text);
    const full = new PatternScanner({ builtins: false, recognizers: [fullPass(sePersonnummerRecognizer)] }).scanSync(
      text,
    );
    expect(windowed.length).toBeGreaterThan(2);
    expect(windowed).toEqual(full);
  });
});
