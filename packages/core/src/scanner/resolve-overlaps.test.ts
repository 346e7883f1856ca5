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

/** The rule as documented, written the obvious O(n²) way. */
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
  const kept: Span[] = [];
  for (const s of ranked) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

describe('resolveOverlaps', () => {
  it('keeps the higher score, then the longer, then the earlier, then the type name', () => {
    expect(resolveOverlaps([span('A', 0, 10, 0.5), span('B', 5, 8, 0.9)])).toEqual([span('B', 5, 8, 0.9)]);
    expect(resolveOverlaps([span('A', 0, 4, 0.9), span('B', 2, 10, 0.9)])).toEqual([span('B', 2, 10, 0.9)]);
    expect(resolveOverlaps([span('A', 2, 6, 0.9), span('B', 0, 4, 0.9)])).toEqual([span('B', 0, 4, 0.9)]);
    expect(resolveOverlaps([span('Z', 0, 4, 0.9), span('A', 0, 4, 0.9)])).toEqual([span('A', 0, 4, 0.9)]);
    expect(resolveOverlaps([span('A', 0, 4, 0.9), span('B', 4, 8, 0.9), span('C', 3, 3, 1)])).toEqual([
      span('A', 0, 4, 0.9),
      span('B', 4, 8, 0.9),
    ]);
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
