import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankRanges, type TextRange } from './token-ranges.js';

/** Blanking one character at a time, as it was before ranges were merged and copied in slices. */
function referenceBlank(text: string, ranges: readonly TextRange[]): string {
  const chars = text.split('');
  for (const range of ranges) {
    for (let index = Math.max(0, range.start); index < Math.min(chars.length, range.end); index++) {
      if (chars[index] !== '\n') chars[index] = ' ';
    }
  }
  return chars.join('');
}

describe('blankRanges', () => {
  it('blanks with same-length spaces, keeps line breaks and merges overlapping ranges', () => {
    const text = 'Mail ana@x.io\nor [PERSON_1] now';
    expect(
      blankRanges(text, [
        { start: 17, end: 27 },
        { start: 5, end: 16 },
        { start: 9, end: 12 },
      ]),
    ).toBe(`Mail ${' '.repeat(8)}\n${' '.repeat(13)} now`);
    expect(blankRanges(text, [])).toBe(text);
    expect(blankRanges(text, [{ start: -4, end: 2 }])).toBe(`  ${text.slice(2)}`);
  });

  it('gives what per-character blanking gives, for any ranges', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', 'é', '🙂'), maxLength: 30 });
    const range = fc.record({ start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }) });
    fc.assert(
      fc.property(text, fc.array(range, { maxLength: 6 }), (value, ranges) => {
        expect(blankRanges(value, ranges)).toBe(referenceBlank(value, ranges));
      }),
      { numRuns: 3000 },
    );
  });
});
