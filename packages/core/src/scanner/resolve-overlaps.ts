import type { Span } from './span.js';

/**
 * Rank order: higher score, then longer, then earlier start, then type name, then recognizer name (never the order
 * spans were found in). Negative when `a` ranks before `b`.
 */
export function compareRank(a: Span, b: Span): number {
  return (
    b.score - a.score ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (a.recognizer < b.recognizer ? -1 : a.recognizer > b.recognizer ? 1 : 0)
  );
}

/**
 * The one overlap rule: spans are taken in rank order (higher score; on a tie the longer span; on a tie the
 * earlier start; then the type name and the recognizer's name, so the result never depends on the order spans
 * were found in), and each keeps what
 * the spans before it left uncovered. A span that overlaps none is kept whole; one overlapping a better span
 * keeps the parts outside it, as spans of its own type, so that no character any recognizer reported reaches
 * the model. With `text`, those parts are trimmed of white space and dropped when they hold no letter or digit.
 * Returns non-overlapping spans sorted by start.
 *
 * Near-linear: spans are sorted by start and cut into clusters of transitively overlapping spans, which settle
 * independently; a cluster's coverage is kept over its elementary intervals, each claimed at most once.
 */
export function resolveOverlaps(spans: readonly Span[], text?: string): Span[] {
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
      const size = index - clusterStart;
      if (size === 1) result.push(byStart[clusterStart] as Span);
      else if (size === 2) settlePair(byStart[clusterStart] as Span, byStart[clusterStart + 1] as Span, result, text);
      else if (size > 2) settle(byStart.slice(clusterStart, index), result, text);
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

function settle(cluster: Span[], result: Span[], text: string | undefined): void {
  const ranked = cluster.sort(compareRank);
  const kept: Span[] = [];
  const keep = (span: Span, start: number, end: number): void => {
    if (start === span.start && end === span.end) kept.push(span);
    else {
      const part = uncoveredPart(span, start, end, text);
      if (part !== undefined) kept.push(part);
    }
  };
  if (ranked.length <= SMALL_CLUSTER) {
    // Few spans (the usual case): subtract the covered ranges, kept sorted by start, directly.
    const covered: [number, number][] = [];
    for (const span of ranked) {
      let from = span.start;
      for (const [start, end] of covered) {
        if (end <= from) continue;
        if (start >= span.end) break;
        if (start > from) keep(span, from, start);
        from = Math.max(from, end);
      }
      if (from < span.end) keep(span, from, span.end);
      covered.push([span.start, span.end]);
      covered.sort((a, b) => a[0] - b[0]);
    }
  } else {
    const coverage = new Coverage(ranked);
    for (const span of ranked) coverage.claim(span.start, span.end, (start, end) => keep(span, start, end));
  }
  kept.sort((a, b) => a.start - b.start);
  for (const span of kept) result.push(span);
}

/**
 * Two overlapping spans (most clusters: a log holds thousands), as the general case settles them: the better one
 * whole, and the parts of the other before and after it. Without the sorts and arrays of the general case.
 */
function settlePair(first: Span, second: Span, result: Span[], text: string | undefined): void {
  const [better, worse] = compareRank(first, second) <= 0 ? [first, second] : [second, first];
  if (worse.start < better.start) {
    const before = uncoveredPart(worse, worse.start, better.start, text);
    if (before !== undefined) result.push(before);
  }
  result.push(better);
  const from = Math.max(worse.start, better.end);
  if (from < worse.end) {
    const after = from === worse.start ? worse : uncoveredPart(worse, from, worse.end, text);
    if (after !== undefined) result.push(after);
  }
}

const SMALL_CLUSTER = 16;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The part [start, end) of a span that a better span cut, trimmed (with text) of white space. */
function uncoveredPart(span: Span, start: number, end: number, text: string | undefined): Span | undefined {
  if (text === undefined) return partOf(span, start, end);
  // As trimStart / trimEnd and the regex would read text.slice(start, end), without the slices (a text of dense
  // finds cuts a span per find).
  let from = start;
  while (from < end && trimmed(text.charCodeAt(from))) from++;
  let to = end;
  while (to > from && trimmed(text.charCodeAt(to - 1))) to--;
  if (to <= from || !holdsLetterOrDigit(text, from, to)) return undefined;
  return partOf(span, from, to);
}

/**
 * [start, end) of a span, marked as a part, with every field of the span (a custom scanner's own too). The known
 * fields are written out rather than spread: a spread that overrides fields takes a slow path in V8, 40 times slower
 * (a fifth of the time of a megabyte of dense finds).
 */
function partOf(span: Span, start: number, end: number): Span {
  const part: Record<string, unknown> = {
    type: span.type,
    start,
    end,
    score: span.score,
    recognizer: span.recognizer,
    part: true,
  };
  for (const key in span) if (!(key in part)) part[key] = (span as unknown as Record<string, unknown>)[key];
  return part as unknown as Span;
}

/** Whether String.prototype.trim removes the code unit. */
function trimmed(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return String.fromCharCode(code).trim() === '';
}

/** Whether [from, to) of the text holds a letter or a digit (any script). */
function holdsLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return LETTER_OR_DIGIT.test(text.slice(index, to));
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return true;
  }
  return false;
}

/**
 * Which parts of a cluster are covered, over its elementary intervals (between consecutive span ends): a
 * "next uncovered interval" forest with path compression, so each interval is claimed once and skipped in
 * near-constant time afterwards.
 */
class Coverage {
  /** The cluster's span starts and ends, sorted, each once. */
  readonly #points: Float64Array;
  /** next[i] === i while interval i is uncovered; else a later interval to look from. */
  readonly #next: Int32Array;

  constructor(spans: readonly Span[]) {
    // A typed array sorts numerically, without a comparator: a text of dense finds makes one cluster of them all.
    const all = new Float64Array(spans.length * 2);
    spans.forEach((span, index) => {
      all[2 * index] = span.start;
      all[2 * index + 1] = span.end;
    });
    all.sort();
    let count = 0;
    for (let index = 0; index < all.length; index++) {
      if (count === 0 || all[index] !== all[count - 1]) all[count++] = all[index] as number;
    }
    this.#points = all.subarray(0, count);
    // One slot per interval, and a last one past them that is never claimed.
    this.#next = new Int32Array(count);
    for (let index = 0; index < count; index++) this.#next[index] = index;
  }

  /** The index of a point (a start or end of the cluster's spans). */
  #indexOf(point: number): number {
    const points = this.#points;
    let low = 0;
    let high = points.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((points[middle] as number) < point) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Claims the uncovered parts of [start, end), handing each maximal one to `take` in order. */
  claim(start: number, end: number, take: (start: number, end: number) => void): void {
    const to = this.#indexOf(end);
    let index = this.#find(this.#indexOf(start));
    while (index < to) {
      const from = index;
      while (index < to && this.#find(index) === index) {
        this.#next[index] = index + 1;
        index++;
      }
      take(this.#points[from] as number, this.#points[index] as number);
      index = this.#find(index);
    }
  }

  #find(index: number): number {
    const next = this.#next;
    let root = index;
    while (next[root] !== root) root = next[root] as number;
    while (next[index] !== root) {
      const following = next[index] as number;
      next[index] = root;
      index = following;
    }
    return root;
  }
}
