import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import type { Recognizer } from '../recognizer.js';
import { fiHetuRecognizer, hetuValid } from './finland.js';

// Valid codes computed with the mod-31 rule (131052-308T is the Digital and Population Data Services Agency's example).
const scanner = new PatternScanner();
const found = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'FI_HETU')
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

describe('FI_HETU', () => {
  it('reads the code with each century sign next to its word', () => {
    expect(found('Henkilötunnus: 131052-308T')).toEqual(['131052-308T']);
    expect(found('hetu 010101A123N')).toEqual(['010101A123N']);
    expect(found('personbeteckning 290200A234V')).toEqual(['290200A234V']);
    expect(found('HETU: 150690Y456E')).toEqual(['150690Y456E']);
    expect(found('finnish id 010185+777E')).toEqual(['010185+777E']);
    expect(found('social security number 311299-0029')).toEqual(['311299-0029']);
  });

  it('rejects a wrong check character, dates that do not exist and unissued individual numbers', () => {
    expect(found('hetu 131052-308U')).toEqual([]);
    expect(found('hetu 131052-308G')).toEqual([]);
    // 31 November, 29 February 2001, 29 February 1900 (the `-` sign), individual number 001, lower case.
    expect(found('hetu 311152-3087')).toEqual([]);
    expect(found('hetu 290201A2344')).toEqual([]);
    expect(found('hetu 290200-234V')).toEqual([]);
    expect(found('hetu 131052-001W')).toEqual([]);
    expect(found('hetu 131052-308t')).toEqual([]);
    expect(hetuValid('131052-308T')).toBe(true);
    expect(hetuValid('131052Z308T')).toBe(false);
  });

  it('stays silent without its word, and glued to more', () => {
    expect(found('ref 131052-308T ok')).toEqual([]);
    expect(found('build 010101A123N')).toEqual([]);
    expect(found('hetu 131052-308T-2')).toEqual([]);
    expect(found('hetu 9131052-308T')).toEqual([]);
  });

  it('finds with its start conditions what a full pass finds', () => {
    const text =
      'hetu 131052-308T, 010101A123N 010185+777E x131052-308T 131052--308T 0101010A123N 410101A123N hetu 150690Y456E';
    const windowed = new PatternScanner({ builtins: false, recognizers: [fiHetuRecognizer] }).scanSync(text);
    const full = new PatternScanner({ builtins: false, recognizers: [fullPass(fiHetuRecognizer)] }).scanSync(text);
    expect(windowed.length).toBe(4);
    expect(windowed).toEqual(full);
  });
});
