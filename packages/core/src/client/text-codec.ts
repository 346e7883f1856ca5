import { DecodeError } from '../errors/named-errors.js';
import { resolveOverlaps } from '../scanner/resolve-overlaps.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { EntityType, Span } from '../scanner/span.js';
import { findTokenCandidates, selectNonOverlapping, type TokenCandidate } from '../tokens/find-token-candidates.js';
import type { TokenScope } from '../tokens/scope.js';
import type { TokenEngine } from '../tokens/token-engine.js';

/** A detected entity and the token that replaced it. Offsets refer to the original text. */
export interface TokenizedEntity extends Span {
  readonly token: string;
}

/** Result of tokenizing one text. */
export interface TokenizeTextResult {
  readonly text: string;
  readonly entities: TokenizedEntity[];
}

/** A token found in text, by its type. */
export interface TokenRef {
  readonly token: string;
  readonly type: EntityType;
}

/** Decode policy hook and strictness. */
export interface DetokenizeOptions {
  /**
   * Return `false` to leave a token encoded (a decode policy). `path` is where the string sits inside a
   * structure passed to `deepDecode` (empty for plain text). Refused tokens are reported and audited.
   */
  readonly allow?: (ref: { token: string; type: EntityType; path: readonly (string | number)[] }) => boolean;
  /** Unknown placeholders (`[PERSON_9]` that this scope never issued) raise `TOKEN_UNKNOWN`. @default false */
  readonly strict?: boolean;
  /** Who is decoding (a tool name), recorded with `policy_denied` audit events. */
  readonly source?: string;
}

/** Result of detokenizing one text. */
export interface DetokenizeResult {
  readonly text: string;
  readonly decoded: TokenRef[];
  readonly refused: TokenRef[];
  /** Placeholder-shaped strings this scope never issued (hallucinated or smuggled). */
  readonly unknown: string[];
}

/**
 * Scans every text (concurrently), tokenizes all detected values in one engine call, and substitutes.
 * Spans whose value is already a token of the scope are left as they are.
 */
export async function tokenizeTexts(
  texts: readonly string[],
  scanner: Scanner,
  engine: TokenEngine,
  scope: TokenScope,
  scanOptions: ScanOptions | undefined,
  fields?: readonly (string | undefined)[],
): Promise<TokenizeTextResult[]> {
  const scanned = await scanTexts(texts, scanner, scanOptions, fields);
  // A value detected inside a token of this scope (12 digits of a card token read as an Aadhaar number) is not
  // a value: tokenizing it would put a token inside a token.
  const shields = await issuedTokensAcross(texts, scanned, engine, scope);
  const spansPerText = scanned.map((spans, index) => {
    const ranges = shields[index] ?? [];
    return ranges.length === 0
      ? spans
      : spans.filter((span) => !ranges.some((range) => span.start < range.end && range.start < span.end));
  });
  const items = spansPerText.flatMap((spans, textIndex) =>
    spans.map((span) => {
      const value = (texts[textIndex] as string).slice(span.start, span.end);
      return span.part === true ? { type: span.type, value, placeholder: true } : { type: span.type, value };
    }),
  );
  const outcomes = await engine.tokenize(scope, items);
  let cursor = 0;
  return spansPerText.map((spans, textIndex) => {
    const text = texts[textIndex] as string;
    const entities: TokenizedEntity[] = [];
    let out = '';
    let last = 0;
    for (const span of spans) {
      const outcome = outcomes[cursor++];
      if (!outcome || outcome.alreadyToken) continue;
      out += text.slice(last, span.start) + outcome.token;
      last = span.end;
      entities.push({ ...span, token: outcome.token });
    }
    return { text: out + text.slice(last), entities };
  });
}

/**
 * Ranges of each text that are tokens this scope issued and that a detected span crosses without being exactly
 * (none when the engine cannot tell). A span that is exactly a token needs no lookup here: the engine's own
 * "already a token" probe leaves it as it is. So texts without spans cost nothing, and the vault is asked only
 * when a span and a token-shaped string overlap, which is rare.
 */
async function issuedTokensAcross(
  texts: readonly string[],
  spansPerText: readonly Span[][],
  engine: TokenEngine,
  scope: TokenScope,
): Promise<{ start: number; end: number }[][]> {
  if (!engine.isIssued) return texts.map(() => []);
  const candidates = texts.map((text, index) => {
    const spans = spansPerText[index] ?? [];
    return spans.length === 0 ? [] : crossing(findTokenCandidates(text), spans);
  });
  const distinct = [...new Set(candidates.flat().map((candidate) => candidate.token))];
  if (distinct.length === 0) return texts.map(() => []);
  const issued = await engine.isIssued(scope, distinct);
  const confirmed = new Set(distinct.filter((_, index) => issued[index]));
  return candidates.map((list) => list.filter((candidate) => confirmed.has(candidate.token)));
}

/**
 * The candidates that overlap a span without being exactly it. `spans` are sorted and do not overlap (resolved),
 * so one sweep over candidates sorted by start does it in linear time, however many of each a long text has.
 */
function crossing(candidates: TokenCandidate[], spans: readonly Span[]): TokenCandidate[] {
  const out: TokenCandidate[] = [];
  candidates.sort((a, b) => a.start - b.start);
  let first = 0;
  for (const candidate of candidates) {
    while (first < spans.length && (spans[first] as Span).end <= candidate.start) first++;
    for (let index = first; index < spans.length; index++) {
      const span = spans[index] as Span;
      if (span.start >= candidate.end) break;
      if (span.start !== candidate.start || span.end !== candidate.end) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
}

/**
 * Spans per text, each text scanned on its own. Joining texts into one scan would be cheaper, but detectors read
 * signals from a whole text (a CSV header on its first line, whether the text is cased at all), so a text's
 * findings would depend on its neighbours: a table after another message lost its header and its account numbers
 * reached the model. Every text is therefore masked exactly as it would be alone.
 */
async function scanTexts(
  texts: readonly string[],
  scanner: Scanner,
  scanOptions: ScanOptions | undefined,
  fields: readonly (string | undefined)[] | undefined,
): Promise<Span[][]> {
  return Promise.all(
    texts.map(async (text, index) => {
      if (text.length === 0) return [];
      const field = fields?.[index];
      const options = field === undefined ? scanOptions : { ...scanOptions, field };
      return withoutLoneSurrogates(text, resolveOverlaps(await scanner.scan(text, options), text));
    }),
  );
}

/**
 * Spans holding a lone surrogate (text cut inside an emoji) are cut around it: the vault stores values as UTF-8,
 * which cannot hold one, and the round trip must be exact. The surrogate stays in the text as it was; a span
 * cut inside becomes parts (placeholders, see `Span.part`).
 */
function withoutLoneSurrogates(text: string, spans: Span[]): Span[] {
  if (spans.length === 0 || !LONE_SURROGATE.test(text)) return spans;
  const out: Span[] = [];
  for (const span of spans) {
    if (!LONE_SURROGATE.test(text.slice(span.start, span.end))) {
      out.push(span);
      continue;
    }
    let from = span.start;
    for (let index = span.start; index < span.end; index++) {
      const code = text.charCodeAt(index);
      const paired = isHighSurrogate(code)
        ? index + 1 < span.end && isLowSurrogate(text.charCodeAt(index + 1))
        : isLowSurrogate(code)
          ? index > span.start && isHighSurrogate(text.charCodeAt(index - 1))
          : true;
      if (paired) continue;
      if (index > from) out.push(pieceOf(span, from, index));
      from = index + 1;
    }
    if (span.end > from) out.push(pieceOf(span, from, span.end));
  }
  return out;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: code units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** [start, end) of `span`: the span itself when whole, else a part. */
function pieceOf(span: Span, start: number, end: number): Span {
  return start === span.start && end === span.end ? span : { ...span, start, end, part: true };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Finds token candidates in every text, confirms them against the scope in one engine call, applies the
 * decode policy and substitutes. `paths[i]` is the location of `texts[i]` for the policy.
 */
export async function detokenizeTexts(
  texts: readonly string[],
  engine: TokenEngine,
  scope: TokenScope,
  options: DetokenizeOptions | undefined,
  paths?: readonly (readonly (string | number)[])[],
): Promise<DetokenizeResult[]> {
  const candidatesPerText = texts.map((text) => findTokenCandidates(text, { glued: true }));
  const distinct = [...new Set(candidatesPerText.flatMap((candidates) => candidates.map((c) => c.token)))];
  const outcomes = await engine.detokenize(scope, distinct);
  const byToken = new Map(distinct.map((token, index) => [token, outcomes[index]]));

  return texts.map((text, textIndex) => {
    const candidates = candidatesPerText[textIndex] ?? [];
    const confirmed = selectNonOverlapping(candidates.filter((candidate) => byToken.get(candidate.token)));
    const unknown = [...new Set(candidates.filter((c) => c.placeholder && !byToken.get(c.token)).map((c) => c.token))];
    if (options?.strict && unknown.length > 0) {
      throw new DecodeError('TOKEN_UNKNOWN', `${unknown.length} placeholder token(s) are not known in this scope`);
    }
    const decoded: TokenRef[] = [];
    const refused: TokenRef[] = [];
    let out = '';
    let last = 0;
    for (const candidate of confirmed) {
      const outcome = byToken.get(candidate.token);
      if (!outcome) continue;
      const ref = { token: candidate.token, type: outcome.type };
      if (options?.allow && !options.allow({ ...ref, path: paths?.[textIndex] ?? [] })) {
        refused.push(ref);
        continue;
      }
      decoded.push(ref);
      out += text.slice(last, candidate.start) + outcome.value;
      last = candidate.end;
    }
    return { text: out + text.slice(last), decoded, refused, unknown };
  });
}
