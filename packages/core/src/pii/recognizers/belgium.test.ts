import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import type { Recognizer } from '../recognizer.js';
import { belgianNationalNumberValid, beNationalNumberRecognizer } from './belgium.js';

// Valid numbers computed with the mod-97 rule (with the 2 before the digits for births from 2000).
const scanner = new PatternScanner();
const found = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'BE_NATIONAL_NUMBER')
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

describe('BE_NATIONAL_NUMBER', () => {
  it('reads the number as written on the card and bare, next to its word', () => {
    expect(found('Rijksregisternummer: 85.07.30-033.28')).toEqual(['85.07.30-033.28']);
    expect(found('NISS 85073003328')).toEqual(['85073003328']);
    // Born from 2000 (the check over 2 and the nine digits), on 29 February 2000; a BIS number (month + 40).
    expect(found('numéro national 12.03.15-457.74')).toEqual(['12.03.15-457.74']);
    expect(found('INSZ: 00022912320')).toEqual(['00022912320']);
    expect(found('national number 85473003317')).toEqual(['85473003317']);
  });

  it('rejects a wrong check and dates that do not exist', () => {
    expect(found('rijksregisternummer 85.07.30-033.29')).toEqual([]);
    expect(found('rijksregisternummer 85073003329')).toEqual([]);
    // 30 February, month 13, 29 February 1900 (the check of a birth before 2000), sequence 000.
    expect(found('rijksregisternummer 85.02.30-033.90')).toEqual([]);
    expect(found('rijksregisternummer 85133003370')).toEqual([]);
    expect(found('rijksregisternummer 00022912388')).toEqual([]);
    expect(found('rijksregisternummer 85073000061')).toEqual([]);
    expect(belgianNationalNumberValid('85.07.30-033.28')).toBe(true);
  });

  it('stays silent without its word, and glued to more', () => {
    expect(found('order 85.07.30-033.28 shipped')).toEqual([]);
    expect(found('order 85073003328')).toEqual([]);
    expect(found('niss 85.07.30-033.28.1')).toEqual([]);
  });

  it('finds with its start conditions what a full pass finds', () => {
    const text = 'niss 85.07.30-033.28, 85.07.30.033.28 1.85.07.30-033.28 85.07.30-033.281 niss 12.03.15-457.74';
    const windowed = new PatternScanner({ builtins: false, recognizers: [beNationalNumberRecognizer] }).scanSync(text);
    const full = new PatternScanner({
      builtins: false,
      recognizers: [fullPass(beNationalNumberRecognizer)],
    }).scanSync(text);
    expect(windowed.length).toBe(2);
    expect(windowed).toEqual(full);
  });
});
