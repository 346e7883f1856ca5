import type { Span } from './span.js';

/** Rank order: higher score, then longer, then earlier start, then type name (never recognizer order). */
function compareRank(a: Span, b: Span): number {
  return (
    b.score - a.score ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)
  );
}

const SMALL_CLUSTER = 16;

/**
 * The one overlap rule: among overlapping spans keep the higher score; on a tie the longer span; on a tie
 * the earlier start; then the type name, so the result never depends on recognizer order.
 * Returns non-overlapping spans sorted by start.
 *
 * O(n log n): spans are sorted by start and cut into clusters of transitively overlapping spans, which
 * resolve independently; a cluster is settled in rank order against the spans already kept (directly when
 * small, with a Fenwick tree over its coordinates when large).
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  if (disjointInOrder(spans)) return spans.slice();
  const byStart = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || a.end - b.end);
  // Sorted and still disjoint: every cluster below would hold one span.
  if (disjointInOrder(byStart)) return byStart;
  const result: Span[] = [];
  let clusterStart = 0;
  let clusterEnd = -1;
  for (let index = 0; index <= byStart.length; index++) {
    const span = byStart[index];
    if (span === undefined || span.start >= clusterEnd) {
      if (index > clusterStart) settle(byStart.slice(clusterStart, index), result);
      clusterStart = index;
      if (span !== undefined) clusterEnd = span.end;
    } else if (span.end > clusterEnd) {
      clusterEnd = span.end;
    }
  }
  return result;
}

/** Non-empty spans already sorted by start, each ending before the next starts: nothing to resolve. */
function disjointInOrder(spans: readonly Span[]): boolean {
  let end = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (!(span.end > span.start && span.start >= end)) return false;
    end = span.end;
  }
  return true;
}

function settle(cluster: Span[], result: Span[]): void {
  if (cluster.length === 1) {
    result.push(cluster[0] as Span);
    return;
  }
  const ranked = cluster.sort(compareRank);
  const kept: Span[] = [];
  if (ranked.length <= SMALL_CLUSTER) {
    for (const span of ranked) {
      if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
    }
  } else {
    settleLarge(ranked, kept);
  }
  kept.sort((a, b) => a.start - b.start);
  for (const span of kept) result.push(span);
}

/** Rank-order greedy with a Fenwick tree marking covered elementary intervals (each marked at most once). */
function settleLarge(ranked: readonly Span[], kept: Span[]): void {
  const points = [...new Set(ranked.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const indexOf = new Map<number, number>();
  for (let index = 0; index < points.length; index++) indexOf.set(points[index] as number, index);
  const size = points.length;
  const tree = new Int32Array(size + 1);
  const add = (position: number): void => {
    for (let index = position + 1; index <= size; index += index & -index) tree[index] = (tree[index] as number) + 1;
  };
  const prefix = (position: number): number => {
    let sum = 0;
    for (let index = position; index > 0; index -= index & -index) sum += tree[index] as number;
    return sum;
  };
  for (const span of ranked) {
    const from = indexOf.get(span.start) as number;
    const to = indexOf.get(span.end) as number;
    if (prefix(to) - prefix(from) > 0) continue;
    kept.push(span);
    for (let interval = from; interval < to; interval++) add(interval);
  }
}
