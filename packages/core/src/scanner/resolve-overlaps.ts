import type { Span } from './span.js';

/**
 * The one overlap rule: among overlapping spans keep the higher score; on a tie the longer span; on a tie
 * the earlier start; then the type name, so the result never depends on recognizer order.
 * Returns non-overlapping spans sorted by start.
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const ranked = [...spans]
    .filter((span) => span.end > span.start)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    );
  const kept: Span[] = [];
  for (const span of ranked) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
