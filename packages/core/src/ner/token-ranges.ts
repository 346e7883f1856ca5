import { findTokenCandidates } from '../tokens/find-token-candidates.js';

/** A half-open UTF-16 range `[start, end)`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Ranges of `text` that have a Mask token's shape: `[TYPE_n]` placeholders and every format-preserving
 * token grammar (reserved ranges and checksums). Tier 1 never scans inside them. Blanking a shape that is
 * not a vault token costs nothing: token shapes hold no names.
 */
export function findTokenRanges(text: string): TextRange[] {
  // Candidates are ranges already (they also carry the token text, which nothing here reads).
  return findTokenCandidates(text);
}

/**
 * Replaces every range with same-length neutral filler (spaces; line breaks are kept so sentence and line
 * structure survives), so offsets found in the result are offsets into `text`.
 */
export function blankRanges(text: string, ranges: readonly TextRange[]): string {
  if (ranges.length === 0) return text;
  // Merge the clamped ranges in order, then copy what lies between them: no per-character array.
  const sorted = ranges
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter((range) => range.start < range.end)
    .sort((a, b) => a.start - b.start);
  // Pieces joined once: the engines read one flat string (reading a rope of slices costs them more).
  const pieces: string[] = [];
  let copied = 0;
  let index = 0;
  while (index < sorted.length) {
    const start = sorted[index]!.start;
    let end = sorted[index]!.end;
    for (index++; index < sorted.length && sorted[index]!.start <= end; index++)
      end = Math.max(end, sorted[index]!.end);
    pieces.push(text.slice(copied, start), blank(text, start, end));
    copied = end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Spaces for `text[start, end)`, its line breaks kept. */
function blank(text: string, start: number, end: number): string {
  let result = '';
  let from = start;
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) !== 10) continue;
    result += `${' '.repeat(at - from)}\n`;
    from = at + 1;
  }
  return result + ' '.repeat(end - from);
}

/** True when `span` overlaps any of `ranges`. */
export function overlapsAny(span: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) => span.start < range.end && range.start < span.end);
}
