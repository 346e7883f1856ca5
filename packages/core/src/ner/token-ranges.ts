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
  return findTokenCandidates(text).map(({ start, end }) => ({ start, end }));
}

/**
 * Replaces every range with same-length neutral filler (spaces; line breaks are kept so sentence and line
 * structure survives), so offsets found in the result are offsets into `text`.
 */
export function blankRanges(text: string, ranges: readonly TextRange[]): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const range of ranges) {
    for (let index = Math.max(0, range.start); index < Math.min(chars.length, range.end); index++) {
      if (chars[index] !== '\n') chars[index] = ' ';
    }
  }
  return chars.join('');
}

/** True when `span` overlaps any of `ranges`. */
export function overlapsAny(span: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) => span.start < range.end && range.start < span.end);
}
