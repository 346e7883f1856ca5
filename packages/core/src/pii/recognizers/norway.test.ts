import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import type { Recognizer } from '../recognizer.js';
import { fodselsnummerValid, noFodselsnummerRecognizer } from './norway.js';

// Valid numbers computed with the two mod-11 check digits, each individual number in its century's range.
const scanner = new PatternScanner();
const found = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'NO_FODSELSNUMMER')
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

describe('NO_FODSELSNUMMER', () => {
  it('reads a fødselsnummer and a D-number next to their words', () => {
    expect(found('Fødselsnummer: 15058834685')).toEqual(['15058834685']);
    expect(found('fnr 150588 34685')).toEqual(['150588 34685']);
    expect(found('D-nummer 55058834598')).toEqual(['55058834598']);
    // Born 2005 (individual number 500-999, YY below 40), on 29 February 2000.
    expect(found('fodselsnummer=01010551184')).toEqual(['01010551184']);
    expect(found('norwegian id 29020060040')).toEqual(['29020060040']);
  });

  it('rejects wrong check digits and dates that do not exist', () => {
    expect(found('fødselsnummer 15058834686')).toEqual([]);
    expect(found('fødselsnummer 15058834675')).toEqual([]);
    // 31 February, month 13, 29 February 1900 (individual number below 500), individual 800 in 1988 (no century).
    expect(found('fødselsnummer 31028834600')).toEqual([]);
    expect(found('fødselsnummer 15138834562')).toEqual([]);
    expect(found('fødselsnummer 29020010027')).toEqual([]);
    expect(found('fødselsnummer 15058880091')).toEqual([]);
    expect(fodselsnummerValid('11111111111')).toBe(false);
  });

  it('stays silent without its word, and inside longer numbers', () => {
    expect(found('order 15058834685 shipped')).toEqual([]);
    expect(found('invoice 150588 34685')).toEqual([]);
    expect(found('fnr 150588346851')).toEqual([]);
    expect(found('fnr 15058834685-2')).toEqual([]);
  });

  it('finds with its start conditions what a full pass finds', () => {
    const text = 'fnr 150588 34685, 1505 88 34685 150588  34685 150588 346851 x150588 34685 fødselsnummer 550588 34598';
    const windowed = new PatternScanner({ builtins: false, recognizers: [noFodselsnummerRecognizer] }).scanSync(text);
    const full = new PatternScanner({ builtins: false, recognizers: [fullPass(noFodselsnummerRecognizer)] }).scanSync(
      text,
    );
    expect(windowed.length).toBe(2);
    expect(windowed).toEqual(full);
  });
});
