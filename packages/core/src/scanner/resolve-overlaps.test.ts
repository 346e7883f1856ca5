import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from './resolve-overlaps.js';
import type { Span } from './span.js';

const span = (type: string, start: number, end: number, score: number): Span => ({
  type,
  start,
  end,
  score,
  recognizer: 'test',
});
/** What a better overlapping span left of a span. */
const part = (type: string, start: number, end: number, score: number): Span => ({
  ...span(type, start, end, score),
  part: true,
});

/** The rule as documented, written the obvious way: character by character, in rank order. */
function naive(spans: readonly Span[]): Span[] {
  const ranked = [...spans]
    .filter((s) => s.end > s.start)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    );
  const covered = new Set<number>();
  const kept: Span[] = [];
  for (const s of ranked) {
    let start = -1;
    for (let at = s.start; at <= s.end; at++) {
      const free = at < s.end && !covered.has(at);
      if (free && start === -1) start = at;
      if (!free && start !== -1) {
        kept.push(start === s.start && at === s.end ? s : { ...s, start, end: at, part: true });
        start = -1;
      }
    }
    for (let at = s.start; at < s.end; at++) covered.add(at);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** naive, with the text: each cut part trimmed of white space (as String.prototype.trim), dropped when it holds no letter or digit. */
function naiveTrimmed(spans: readonly Span[], text: string): Span[] {
  return naive(spans).flatMap((kept) => {
    if (kept.part !== true) return [kept];
    const piece = text.slice(kept.start, kept.end);
    const start = kept.start + (piece.length - piece.trimStart().length);
    const end = kept.start + piece.trimEnd().length;
    return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? [{ ...kept, start, end }] : [];
  });
}

describe('resolveOverlaps', () => {
  it('trims cut parts as String.prototype.trim does and drops those without a letter or digit, in any script', () => {
    // White space beyond ASCII, letters and digits beyond ASCII (one outside the BMP), punctuation.
    const alphabet = [
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      '\u2028',
      '\ufeff',
      'a',
      'Z',
      '7',
      'é',
      '中',
      '٣',
      '𝔸',
      '-',
      '.',
      '|',
    ];
    const arbitrarySpan = fc
      .record({
        start: fc.integer({ min: 0, max: 60 }),
        length: fc.integer({ min: 1, max: 12 }),
        score: fc.constantFrom(0.5, 0.9),
      })
      .map(({ start, length, score }) => span('A', start, start + length, score));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { minLength: 80, maxLength: 80 }),
        fc.array(arbitrarySpan, { maxLength: 30 }),
        (characters, spans) => {
          const text = characters.join('');
          expect(resolveOverlaps(spans, text)).toEqual(naiveTrimmed(spans, text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the higher score, then the longer, then the earlier, then the type name', () => {
    // The winner keeps the contested characters; the loser keeps only what the winner leaves uncovered.
    expect(resolveOverlaps([span('A', 0, 10, 0.5), span('B', 5, 8, 0.9)])).toEqual([
      part('A', 0, 5, 0.5),
      span('B', 5, 8, 0.9),
      part('A', 8, 10, 0.5),
    ]);
    expect(resolveOverlaps([span('A', 0, 4, 0.9), span('B', 2, 10, 0.9)])).toEqual([
      part('A', 0, 2, 0.9),
      span('B', 2, 10, 0.9),
    ]);
    expect(resolveOverlaps([span('A', 2, 6, 0.9), span('B', 0, 4, 0.9)])).toEqual([
      span('B', 0, 4, 0.9),
      part('A', 4, 6, 0.9),
    ]);
    expect(resolveOverlaps([span('Z', 0, 4, 0.9), span('A', 0, 4, 0.9)])).toEqual([span('A', 0, 4, 0.9)]);
    expect(resolveOverlaps([span('A', 0, 4, 0.9), span('B', 4, 8, 0.9), span('C', 3, 3, 1)])).toEqual([
      span('A', 0, 4, 0.9),
      span('B', 4, 8, 0.9),
    ]);
  });

  it('keeps the parts of a losing span that the winner leaves uncovered', () => {
    expect(resolveOverlaps([span('A', 0, 10, 0.5), span('B', 4, 6, 0.9)])).toEqual([
      part('A', 0, 4, 0.5),
      span('B', 4, 6, 0.9),
      part('A', 6, 10, 0.5),
    ]);
    // A phone number glued to a card: `2671 4111 1111 1111` is Luhn-valid and wins, yet neither the rest of
    // the phone number nor the rest of the card reaches the model.
    const text = '+1 415 555 2671 4111 1111 1111 1111';
    const resolved = resolveOverlaps(
      [span('PHONE_NUMBER', 0, 15, 0.75), span('CREDIT_CARD', 11, 30, 1), span('CREDIT_CARD', 16, 35, 1)],
      text,
    );
    expect(resolved.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['PHONE_NUMBER', '+1 415 555'],
      ['CREDIT_CARD', '2671 4111 1111 1111'],
      ['CREDIT_CARD', '1111'],
    ]);
    // With the text, a part holding no letter or digit is dropped, and white space is trimmed.
    expect(resolveOverlaps([span('A', 0, 7, 0.5), span('B', 3, 7, 0.9)], 'a- 1234')).toEqual([
      part('A', 0, 2, 0.5),
      span('B', 3, 7, 0.9),
    ]);
    expect(resolveOverlaps([span('A', 0, 6, 0.5), span('B', 3, 6, 0.9)], '-- 123')).toEqual([span('B', 3, 6, 0.9)]);
  });

  it('matches the documented rule on random inputs, small and large clusters alike', () => {
    const arbitrarySpan = fc
      .record({
        type: fc.constantFrom('A', 'B', 'C'),
        start: fc.integer({ min: 0, max: 200 }),
        length: fc.integer({ min: 0, max: 40 }),
        score: fc.constantFrom(0.3, 0.5, 0.7, 0.9, 1),
      })
      .map(({ type, start, length, score }) => span(type, start, start + length, score));
    fc.assert(
      fc.property(fc.array(arbitrarySpan, { maxLength: 120 }), (spans) => {
        expect(resolveOverlaps(spans)).toEqual(naive(spans));
      }),
      { numRuns: 300 },
    );
  });

  it('settles two overlapping spans (the shortcut for pairs) as the rule does, in every arrangement', () => {
    const pair = fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(0.5, 0.9))
      .map(([start, length, score]) => ({ start, end: start + length, score }));
    fc.assert(
      fc.property(pair, pair, fc.constantFrom('A', 'D'), fc.string({ maxLength: 30 }), (a, b, type, text) => {
        const spans = [span(type, a.start, a.end, a.score), span('C', b.start, b.end, b.score)];
        expect(resolveOverlaps(spans)).toEqual(naive(spans));
        expect(resolveOverlaps([...spans].reverse())).toEqual(naive(spans));
        // With the text, cut parts are trimmed and dropped as the general case does: a third span that adds
        // nothing (one character of the pair's, scored below both) sends the pair through it.
        const padded = text.padEnd(30, ' a1');
        const inner = span('E', a.start, a.start + 1, 0.1);
        expect(resolveOverlaps(spans, padded)).toEqual(resolveOverlaps([...spans, inner], padded));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a custom scanner's own span fields on the parts it cuts, in small and large clusters", () => {
    const labelled = { ...span('PERSON', 0, 10, 0.5), label: 'x' };
    const cut = resolveOverlaps([labelled, span('EMAIL', 3, 5, 0.9)]);
    expect(cut).toEqual([
      { ...part('PERSON', 0, 3, 0.5), label: 'x' },
      span('EMAIL', 3, 5, 0.9),
      { ...part('PERSON', 5, 10, 0.5), label: 'x' },
    ]);
    const chain = Array.from({ length: 40 }, (_, index) => ({
      ...span('A', index * 2, index * 2 + 3, 0.5),
      label: index,
    }));
    const resolved = resolveOverlaps(chain) as (Span & { label?: number })[];
    expect(resolved.filter((kept) => kept.part === true).length).toBeGreaterThan(0);
    for (const kept of resolved) expect(kept.label).toBe((kept.start - (kept.start % 2)) / 2);
  });

  it('settles one large cluster (a chain of overlapping spans) the same way as the rule', () => {
    const spans = Array.from({ length: 3000 }, (_, index) =>
      span(index % 2 === 0 ? 'A' : 'B', index * 2, index * 2 + 3 + (index % 5), ((index * 7) % 10) / 10),
    );
    const resolved = resolveOverlaps(spans);
    expect(resolved).toEqual(naive(spans));
    for (let index = 1; index < resolved.length; index++) {
      expect((resolved[index] as Span).start).toBeGreaterThanOrEqual((resolved[index - 1] as Span).end);
    }
  });
});
