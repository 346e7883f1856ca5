import { TOKEN_FORMATS } from './formats/format-registry.js';
import { PLACEHOLDER_GRAMMAR } from './formats/placeholder-format.js';
import type { TokenFormat } from './formats/token-format.js';

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
 * vault confirms and resolves overlaps longest-first. With `glued` (decoding), the parts of a match between
 * white space are candidates too (see TokenFormat.splitsAtSpaces).
 */
export function findTokenCandidates(text: string, options: { readonly glued?: boolean } = {}): TokenCandidate[] {
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
  // Parts of glued matches are bounded per text (one per 2 characters, and at least 64): text made of short
  // digit groups (`1 1 1 …`) would otherwise yield a few dozen parts per character.
  const parts = { budget: 64 + (text.length >> 1) };
  for (const format of TOKEN_FORMATS.values()) {
    // A reserved format's grammar cannot match where its cheap pre-check fails.
    if (format.reserved && !format.reserved.mayContain(text)) continue;
    if (format.mayContain && !format.mayContain(text)) continue;
    const grammar = new RegExp(format.grammar.source, format.grammar.flags);
    for (let match = grammar.exec(text); match !== null; match = grammar.exec(text)) {
      if (match[0].length === 0) {
        grammar.lastIndex++;
        continue;
      }
      const token = match[0].trim();
      const start = match.index + match[0].indexOf(token);
      if (!format.isTokenShape || format.isTokenShape(token)) {
        candidates.push({ start, end: start + token.length, token, type: format.entityType, placeholder: false });
      }
      if (options.glued === true && format.splitsAtSpaces !== undefined) {
        if (parts.budget > 0) addSpaceParts(candidates, format, token, start, parts);
        // The match may have eaten the start of the next token (`(415) 555-0123\n(212`): search on from its
        // last word rather than from its end.
        const lastSpace = token.search(/\s\S*$/);
        if (lastSpace !== -1) grammar.lastIndex = start + lastSpace + 1;
      }
    }
  }
  return candidates;
}

/**
 * The parts of a match between white space that drop up to two words at either end (a token glues to one
 * neighbour on a side: the next row's id, a date, a number), and the match after the format's glued `prefix`;
 * only parts with a token's shape and the digits the format accepts, at most `parts.budget` in all.
 */
function addSpaceParts(
  candidates: TokenCandidate[],
  format: TokenFormat,
  match: string,
  offset: number,
  parts: { budget: number },
): void {
  const allStarts = [0];
  const allEnds: number[] = [];
  for (const space of match.matchAll(/\s+/g)) {
    allEnds.push(space.index);
    allStarts.push(space.index + space[0].length);
  }
  allEnds.push(match.length);
  const { whole, prefix } = format.splitsAtSpaces as NonNullable<TokenFormat['splitsAtSpaces']>;
  const starts = allStarts.slice(0, 3);
  const glued = prefix?.exec(match);
  if (glued) starts.push(glued[0].length);
  const ends = allEnds.slice(-3);
  for (const from of starts) {
    for (const to of ends) {
      if (to <= from || (from === 0 && to === match.length)) continue;
      const token = match.slice(from, to);
      if (!whole.test(token) || !format.accepts(token) || (format.isTokenShape && !format.isTokenShape(token))) {
        continue;
      }
      if (parts.budget-- <= 0) return;
      candidates.push({ start: offset + from, end: offset + to, token, type: format.entityType, placeholder: false });
    }
  }
}

/**
 * Keeps non-overlapping candidates, longest first, then earliest. O(n log n): disjoint candidates (the usual
 * case) are returned sorted; otherwise a Fenwick tree over the candidates' coordinates counts the covered
 * elementary intervals, each marked once.
 */
export function selectNonOverlapping<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const byStart = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  let disjoint = true;
  for (let index = 1; index < byStart.length && disjoint; index++) {
    disjoint = (byStart[index] as T).start >= (byStart[index - 1] as T).end;
  }
  if (disjoint) return byStart;
  const ranked = byStart.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const points = [...new Set(ranked.flatMap((item) => [item.start, item.end]))].sort((a, b) => a - b);
  const indexOf = new Map<number, number>();
  for (let index = 0; index < points.length; index++) indexOf.set(points[index] as number, index);
  const tree = new Int32Array(points.length + 1);
  const covered = (position: number): number => {
    let sum = 0;
    for (let index = position; index > 0; index -= index & -index) sum += tree[index] as number;
    return sum;
  };
  const kept: T[] = [];
  for (const item of ranked) {
    const from = indexOf.get(item.start) as number;
    const to = indexOf.get(item.end) as number;
    if (covered(to) - covered(from) > 0) continue;
    kept.push(item);
    for (let interval = from; interval < to; interval++) {
      for (let index = interval + 1; index <= points.length; index += index & -index)
        tree[index] = (tree[index] as number) + 1;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Sorted, merged `[start, end)` ranges of `text` that are tokens by shape alone: placeholders and the formats
 * whose tokens come from reserved ranges (SSN area 000, card prefix 99, IP 240.0.0.0/4 and 2001:db8::/32,
 * `@mask.invalid`). Detectors skip anything inside them (a card token's first 12 digits are not an Aadhaar
 * number). Phone and IBAN shapes are not included: real data has them, only the vault can tell.
 */
export function reservedTokenRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // exec loops on the grammars themselves, not matchAll (which copies the regex and makes an iterator per call).
  if (text.includes('[')) {
    const grammar = PLACEHOLDER_GRAMMAR;
    grammar.lastIndex = 0;
    for (let match = grammar.exec(text); match !== null; match = grammar.exec(text)) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  for (const format of TOKEN_FORMATS.values()) {
    if (!format.reserved?.mayContain(text)) continue;
    const grammar = format.grammar;
    grammar.lastIndex = 0;
    for (let match = grammar.exec(text); match !== null; match = grammar.exec(text)) {
      if (match[0].length === 0) grammar.lastIndex++;
      const start = tokenStart(format, match);
      if (start !== -1) ranges.push([start, start + match[0].trim().length]);
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

/** Where a grammar match's token starts (its text trimmed), or -1 when it fails the format's shape check. */
function tokenStart(format: TokenFormat, match: RegExpExecArray | RegExpMatchArray): number {
  const token = match[0].trim();
  if (format.isTokenShape && !format.isTokenShape(token)) return -1;
  return (match.index as number) + match[0].indexOf(token);
}

/**
 * What a span-local search needs to know of a reserved grammar, by its `${flags}/${source}`: the ASCII
 * characters a match can hold, and the first and second characters of a match and the characters that
 * cannot come before it. A character outside `holds` cannot lie inside a match, so the search for matches
 * near a span may start right after one (a global search reaches the same state there). Each field states a
 * necessary condition; a grammar edited without editing its entry falls back to {@link reservedTokenRanges}.
 */
export interface ReservedGrammarShape {
  readonly holds: string;
  readonly first: string;
  readonly second: string;
  /** @default none */
  readonly notAfter?: string;
  /**
   * A literal every match holds, looked for once per text, for grammars whose `holds` take in letters (a
   * span-local search for them would otherwise look far back through prose). @default none
   */
  readonly needs?: string;
}

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();

/** Exported for tests. */
export const RESERVED_GRAMMAR_SHAPES: ReadonlyMap<string, ReservedGrammarShape> = new Map([
  // [TYPE_n]
  [
    'g/\\[([A-Z][A-Z0-9_]*?)_([1-9]\\d{0,8})\\]',
    { holds: `[]_${UPPER}${DIGITS}`, first: '[', second: UPPER, needs: '[' },
  ],
  // SSN 000-xx-xxxx
  [
    'g/(?<![\\d-])000([- ]?)\\d{2}\\1\\d{4}(?![\\d-])',
    { holds: `${DIGITS} -`, first: '0', second: '0', notAfter: `${DIGITS}-` },
  ],
  // card 99xx...
  [
    'g/(?<![\\d-])99\\d{2}(?:[ -]?\\d){9,15}(?![\\d-])',
    { holds: `${DIGITS} -`, first: '9', second: '9', notAfter: `${DIGITS}-` },
  ],
  // IPv4 240-254.x.x.x(/p), IPv6 2001:db8:...(/p), a dashed IPv4 240-254-x-x-x after `ip-` or `ec2-`
  [
    'g/(?<![\\d.])(?:24\\d|25[0-4])\\.(?:\\d{1,3})\\.(?:\\d{1,3})\\.(?:\\d{1,3})(?:\\/\\d{1,2})?(?!\\d|\\.\\d)|(?<![\\w:])2001:db8(?::[0-9a-f]{4}){6}(?:\\/\\d{1,3})?(?![\\w:])|(?<=\\b(?:[Ii][Pp]|[Ee][Cc]2)-)(?:24\\d|25[0-4])(?:-\\d{1,3}){3}(?!\\w|-\\d)',
    { holds: `${DIGITS}abcdef.:/-`, first: '2', second: '045', notAfter: DIGITS },
  ],
  // e-mail xxxxxxxxxxxx@mask.invalid
  [
    'g/(?<![A-Za-z0-9.+-])[a-z2-7]{12}@mask\\.invalid(?![A-Za-z0-9]|\\.[A-Za-z0-9])',
    {
      holds: `${LOWER}${DIGITS}@.`,
      first: `${LOWER}234567`,
      second: `${LOWER}234567`,
      notAfter: `${LOWER}${UPPER}${DIGITS}.+-`,
      needs: '@mask.invalid',
    },
  ],
]);

/** The reserved grammars compiled for span-local searches (see {@link compileReservedSearch}). */
export interface ReservedSearch {
  /** Per grammar (the placeholder grammar first): its format (undefined for placeholders) and a sticky copy. */
  readonly formats: readonly (TokenFormat | undefined)[];
  readonly sticky: readonly RegExp[];
  readonly needs: readonly (string | undefined)[];
  /** Per ASCII code, bit `i` for grammar `i`: a match can hold the character / start on it / have it second. */
  readonly holds: Uint8Array;
  readonly first: Uint8Array;
  readonly second: Uint8Array;
  /** Per ASCII code, bit `i`: grammar `i` cannot match right after the character. */
  readonly notAfter: Uint8Array;
}

/**
 * The placeholder grammar and every reserved format's, compiled with their shapes; undefined when one has no
 * shape entry (span-local lookups are then off).
 */
export function compileReservedSearch(
  shapes: ReadonlyMap<string, ReservedGrammarShape> = RESERVED_GRAMMAR_SHAPES,
): ReservedSearch | undefined {
  const search = {
    formats: [] as (TokenFormat | undefined)[],
    sticky: [] as RegExp[],
    needs: [] as (string | undefined)[],
    holds: new Uint8Array(128),
    first: new Uint8Array(128),
    second: new Uint8Array(128),
    notAfter: new Uint8Array(128),
  };
  for (const format of [undefined, ...TOKEN_FORMATS.values()]) {
    if (format !== undefined && format.reserved === undefined) continue;
    const grammar = format?.grammar ?? PLACEHOLDER_GRAMMAR;
    const shape = shapes.get(`${grammar.flags}/${grammar.source}`);
    if (shape === undefined || search.formats.length === 8) return undefined;
    const bit = 1 << search.formats.length;
    const mark = (table: Uint8Array, chars: string): void => {
      for (const char of chars) table[char.charCodeAt(0)] = (table[char.charCodeAt(0)] as number) | bit;
    };
    mark(search.holds, shape.holds);
    mark(search.first, shape.first);
    mark(search.second, shape.second);
    mark(search.notAfter, shape.notAfter ?? '');
    search.formats.push(format);
    search.sticky.push(new RegExp(grammar.source, `${grammar.flags.replace('g', '')}y`));
    search.needs.push(shape.needs);
  }
  return search;
}

const RESERVED_SEARCH = compileReservedSearch();

/**
 * Bit mask of the reserved grammars to look for near spans of `text` (those that do not need a literal the
 * text lacks), for {@link overlapsReservedToken}; -1 when span-local lookups are off.
 */
export function reservedGrammarsIn(text: string, search: ReservedSearch | undefined = RESERVED_SEARCH): number {
  if (search === undefined) return -1;
  let kinds = 0;
  for (let index = 0; index < search.needs.length; index++) {
    const needs = search.needs[index];
    if (needs === undefined || text.includes(needs)) kinds |= 1 << index;
  }
  return kinds;
}

/** Longest stretch a span-local search looks at; longer ones are left to {@link reservedTokenRanges}. */
const LOCAL_REACH = 256;

/**
 * Whether [start, end) overlaps a range of `reservedTokenRanges(text)`, found by looking near the span only
 * (`kinds` from {@link reservedGrammarsIn} for this text, `search` the same as there). Undefined when it
 * cannot tell locally (lookups off, or a long run of token characters): the caller then asks
 * reservedTokenRanges.
 */
export function overlapsReservedToken(
  text: string,
  start: number,
  end: number,
  kinds: number,
  search: ReservedSearch | undefined = RESERVED_SEARCH,
): boolean | undefined {
  if (kinds === 0) return false;
  if (kinds < 0 || search === undefined || end - start > LOCAL_REACH) return undefined;
  const { holds, first, second, notAfter } = search;
  // Back to a character no match of these grammars can hold (or the text's start): no match of a global
  // search spans it, so a search from there finds the same matches after it.
  let from = start;
  const lowest = end - LOCAL_REACH;
  while (from > 0) {
    const code = text.charCodeAt(from - 1);
    if (code >= 128 || ((holds[code] as number) & kinds) === 0) break;
    if (--from < lowest) return undefined;
  }
  // Each grammar's global search from there, in the same steps: leftmost match, then on from its end.
  let floors = 0;
  let floorEnds: number[] | undefined;
  let previous = from > 0 ? text.charCodeAt(from - 1) : 128;
  let code = text.charCodeAt(from);
  for (let position = from; position < end; position++) {
    const next = position + 1 < text.length ? text.charCodeAt(position + 1) : 128;
    let bits =
      code < 128 && next < 128
        ? (first[code] as number) &
          (second[next] as number) &
          kinds &
          ~(previous < 128 ? (notAfter[previous] as number) : 0)
        : 0;
    previous = code;
    code = next;
    if (bits === 0) continue;
    // A grammar whose last match here ends after `position` cannot match at it.
    if ((bits & floors) !== 0) {
      for (let index = 0; index < 8; index++) {
        const bit = 1 << index;
        if ((floors & bit) !== 0 && ((floorEnds as number[])[index] as number) > position) bits &= ~bit;
      }
    }
    while (bits !== 0) {
      const bit = bits & -bits;
      bits ^= bit;
      const index = 31 - Math.clz32(bit);
      const sticky = search.sticky[index] as RegExp;
      sticky.lastIndex = position;
      const match = sticky.exec(text);
      if (match === null || match[0].length === 0) continue;
      const format = search.formats[index];
      const tokenAt = format === undefined ? position : tokenStart(format, match);
      if (tokenAt !== -1 && tokenAt < end && tokenAt + match[0].trim().length > start) return true;
      floors |= bit;
      floorEnds ??= [];
      floorEnds[index] = position + match[0].length;
    }
  }
  return false;
}
