import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import type { Recognizer } from '../recognizer.js';
import { ahvValid, chAhvRecognizer } from './switzerland.js';

// Valid numbers computed with the EAN-13 check digit (756.9217.0769.85 is the Federal Social Insurance Office's example).
const scanner = new PatternScanner();
const found = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'CH_AHV')
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

describe('CH_AHV', () => {
  it('reads the dotted number on its own, and bare digits next to a word', () => {
    expect(found('AHV-Nr. 756.9217.0769.85')).toEqual(['756.9217.0769.85']);
    expect(found('Versicherte Person: 756.1234.5678.97')).toEqual(['756.1234.5678.97']);
    expect(found('numéro AVS 7569217076985')).toEqual(['7569217076985']);
    expect(found('"sozialversicherungsnummer": "7563468246715"')).toEqual(['7563468246715']);
  });

  it('rejects a wrong check digit and another prefix', () => {
    expect(found('AHV 756.9217.0769.86')).toEqual([]);
    expect(found('AHV 7569217076986')).toEqual([]);
    // An EAN-13 that holds but does not start 756.
    expect(found('AHV 7579217076984')).toEqual([]);
    expect(found('AHV 757.9217.0769.84')).toEqual([]);
    expect(ahvValid('7579217076984')).toBe(false);
  });

  it('leaves bare digits without a word (a product barcode), and numbers glued to more', () => {
    expect(found('EAN 7569217076985 in stock')).toEqual([]);
    expect(found('ref 756.9217.0769.85.2')).toEqual([]);
    expect(found('ref 1.756.9217.0769.85')).toEqual([]);
  });

  it('finds with its start conditions what a full pass finds', () => {
    const text = '756.9217.0769.85, 7756.9217.0769.85 756.9217.0769.851 x756.9217.0769.85 756.1234.5678.97';
    const windowed = new PatternScanner({ builtins: false, recognizers: [chAhvRecognizer] }).scanSync(text);
    const full = new PatternScanner({ builtins: false, recognizers: [fullPass(chAhvRecognizer)] }).scanSync(text);
    expect(windowed.length).toBe(2);
    expect(windowed).toEqual(full);
  });
});
