import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextLines } from './text-lines.js';

/** Line facts read with the regexes, one character at a time, as before the ASCII fast path. */
function referenceLine(text: string, start: number, end: number) {
  let firstAlnum = -1;
  let lastAlnum = -1;
  let hasDigit = false;
  for (let at = start; at < end; at++) {
    const char = text[at]!;
    if (!/[\p{L}\p{N}]/u.test(char)) continue;
    if (firstAlnum < 0) firstAlnum = at;
    lastAlnum = at;
    if (/\d/.test(char)) hasDigit = true;
  }
  return { start, end, firstAlnum, lastAlnum, hasDigit };
}

describe('TextLines', () => {
  it('reads every line as the regexes do (letters and numbers beyond ASCII, surrogate halves)', () => {
    const unit = fc.constantFrom(...'aZ09 -,.\n\t>•'.split(''), 'é', '٣', '²', 'Ⅻ', '🙂', '\u{1D400}', '\u0301');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const lines = new TextLines(text);
        let start = 0;
        for (let index = 0; ; index++) {
          const end = text.indexOf('\n', start);
          const lineEnd = end < 0 ? text.length : end;
          const { hasDigit, ...bounds } = referenceLine(text, start, lineEnd);
          expect(lines.line(index)).toEqual(bounds);
          expect(lines.lineHasDigit(index)).toBe(hasDigit);
          expect(lines.line(index)).toEqual({ ...bounds, hasDigit });
          if (end < 0) break;
          start = end + 1;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('tells a chunk alone on its line and a previous line with a digit', () => {
    const text = '91 Rua Augusta\n> Humppila\nFinland and more';
    const lines = new TextLines(text);
    expect(lines.aloneOnLine(text.indexOf('Humppila'), text.indexOf('Humppila') + 8)).toBe(true);
    expect(lines.previousLineHasDigit(text.indexOf('Humppila'))).toBe(true);
    expect(lines.aloneOnLine(text.indexOf('Finland'), text.indexOf('Finland') + 7)).toBe(false);
    expect(lines.previousLineHasDigit(text.indexOf('Finland'))).toBe(false);
  });
});
