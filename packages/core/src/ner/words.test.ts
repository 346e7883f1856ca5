import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './__fixtures__/build-core.js';
import { foldKey } from './fold.js';
import { tokenize, WORD_PATTERN, type Word } from './words.js';

/**
 * The tokenizer as it was before the hand-written ASCII path: every word from the pattern, keys and casing
 * from string methods. The fast tokenizer must give exactly these words.
 */
function referenceTokenize(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(new RegExp(WORD_PATTERN.source, 'gu'))) {
    const start = match.index;
    const word = match[0];
    const end = start + word.length;
    const first = word[0]!;
    const lower = word.toLowerCase();
    const cap = first !== first.toLowerCase();
    words.push({
      start,
      end,
      key: /^[A-Za-z'-]+$/.test(word) ? lower : foldKey(word).replace(/’/g, "'"),
      cap,
      upper: cap && word.length > 1 && word === word.toUpperCase() && word !== lower,
      dotAfter: text.charCodeAt(end) === 46,
      opener: referenceOpener(text, start),
    });
  }
  return words;
}

function referenceOpener(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const char = text[index]!;
    if (char === ' ' || char === '\t') continue;
    return '.!?:;"“”«»(\n\r>[-*•'.includes(char) || char === "'";
  }
  return true;
}

const DEV_SET = join(PACKAGE_ROOT, 'test/__fixtures__/ner-dev.json');

describe('tokenize', () => {
  it('gives the same words as the pattern on every ner-dev.json document', () => {
    const records = JSON.parse(readFileSync(DEV_SET, 'utf8')) as { full_text: string }[];
    expect(records.length).toBeGreaterThan(2000);
    let words = 0;
    for (const record of records) {
      const expected = referenceTokenize(record.full_text);
      expect(tokenize(record.full_text)).toEqual(expected);
      words += expected.length;
    }
    expect(words).toBeGreaterThan(20_000);
  });

  it('reads joins, possessives, digits and letters beyond ASCII as the pattern does', () => {
    const text =
      "O'Brien's Maria's don't rock'n'roll X's 's A-1 follow-up -x x- e-mail D'Arcy d’Souza José-María Zoë " +
      "ÆSIR NASA A1 3D b2b Straße İstanbul ǅemal cafe\u0301 𝐀bc 🙂 x\u{10400}y \uD800 a\uDC00 IT’S it'S\u00e9 l’Été";
    expect(tokenize(text)).toEqual(referenceTokenize(text));
    const found = tokenize(text).map((word) => text.slice(word.start, word.end));
    expect(found.slice(0, 6)).toEqual(["O'Brien", 's', 'Maria', 's', "don't", "rock'n'roll"]);
    expect(found).toContain('follow-up');
    expect(found).toContain('cafe\u0301');
  });

  it('gives the same words as the pattern on generated text', () => {
    // Characters that hit every branch: ASCII letters and digits, joins, possessive s, accented letters,
    // combining marks, curly apostrophes, astral letters and lone surrogates, line and sentence breaks.
    const unit = fc.constantFrom(
      ...'aAsSzZ09\'’- .,\n\t"(éÉñ\u0301ß'.split(''),
      '\u{1D400}',
      '\u{10400}',
      '🙂',
      '\uD800',
      '\uDC00',
      'İ',
      'ǅ',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 5000 },
    );
  });
});
