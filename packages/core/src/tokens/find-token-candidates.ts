import { TOKEN_FORMATS } from './formats/format-registry.js';
import { PLACEHOLDER_GRAMMAR } from './formats/placeholder-format.js';

/** A string in free text that has a token's shape. It is a token only if the scope's vault holds it. */
export interface TokenCandidate {
  readonly start: number;
  readonly end: number;
  readonly token: string;
  /** Entity type the grammar implies (the vault record's type is authoritative). */
  readonly type: string;
  readonly placeholder: boolean;
}

/**
 * Every substring of `text` matching a token grammar: placeholders `[TYPE_n]` and each format-preserving
 * format's strict shape (reserved range, checksum). Candidates may overlap; the caller keeps the ones the
 * vault confirms and resolves overlaps longest-first.
 */
export function findTokenCandidates(text: string): TokenCandidate[] {
  const candidates: TokenCandidate[] = [];
  if (text.includes('[')) {
    for (const match of text.matchAll(PLACEHOLDER_GRAMMAR)) {
      candidates.push({
        start: match.index,
        end: match.index + match[0].length,
        token: match[0],
        type: match[1] as string,
        placeholder: true,
      });
    }
  }
  for (const format of TOKEN_FORMATS.values()) {
    // A reserved format's grammar cannot match where its cheap pre-check fails.
    if (format.reserved && !format.reserved.mayContain(text)) continue;
    for (const match of text.matchAll(format.grammar)) {
      const token = match[0].trim();
      if (format.isTokenShape && !format.isTokenShape(token)) continue;
      const start = match.index + match[0].indexOf(token);
      candidates.push({ start, end: start + token.length, token, type: format.entityType, placeholder: false });
    }
  }
  return candidates;
}

/** Keeps non-overlapping candidates, longest first, then earliest. */
export function selectNonOverlapping<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const ranked = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const item of ranked) {
    if (!kept.some((other) => item.start < other.end && other.start < item.end)) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Sorted, merged `[start, end)` ranges of `text` that are tokens by shape alone: placeholders and the formats
 * whose tokens come from reserved ranges (SSN area 000, card prefix 99, ABA 5x, IP 240.0.0.0/4 and 2001:db8::/32,
 * `@mask.invalid`). Detectors skip anything inside them (a card token's first 12 digits are not an Aadhaar
 * number). Phone and IBAN shapes are not included: real data has them, only the vault can tell.
 */
export function reservedTokenRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (text.includes('[')) {
    for (const match of text.matchAll(PLACEHOLDER_GRAMMAR)) ranges.push([match.index, match.index + match[0].length]);
  }
  for (const format of TOKEN_FORMATS.values()) {
    if (!format.reserved?.mayContain(text)) continue;
    for (const match of text.matchAll(format.grammar)) {
      const token = match[0].trim();
      if (format.isTokenShape && !format.isTokenShape(token)) continue;
      const start = match.index + match[0].indexOf(token);
      ranges.push([start, start + token.length]);
    }
  }
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [ranges[0] as [number, number]];
  for (const range of ranges.slice(1)) {
    const last = merged[merged.length - 1] as [number, number];
    if (range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
