import { DecodeError } from '../errors/named-errors.js';
import { resolveOverlaps } from '../scanner/resolve-overlaps.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { EntityType, Span } from '../scanner/span.js';
import { findTokenCandidates, selectNonOverlapping, type TokenCandidate } from '../tokens/find-token-candidates.js';
import type { TokenScope } from '../tokens/scope.js';
import type { TokenEngine } from '../tokens/token-engine.js';
import {
  applyEdits,
  type Edit,
  isWithin,
  type ReadDocument,
  readBase64Documents,
  rootRun,
  settleReadings,
  writeDocuments,
} from './base64-readings.js';
import { type Base64Run, encodeBase64Text, rewriteRun } from './base64-runs.js';
import { withRepeatedValues } from './repeated-values.js';
import { transcriptWordSpans } from './transcript-words.js';

/** A detected entity and the token that replaced it. Offsets refer to the original text. */
export interface TokenizedEntity extends Span {
  readonly token: string;
  /**
   * Set when the value was found in what a run of base64 decodes to (a Gmail message's body): `start` and `end`
   * are then the run's, in the original text, which holds the value encoded.
   */
  readonly decodedFrom?: 'base64';
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
 * Spans whose value is already a token of the scope are left as they are. With `readBase64` (the default), what a
 * run of base64 in a text decodes to is scanned and masked too, and written back as base64 (base64-readings.ts).
 */
export async function tokenizeTexts(
  texts: readonly string[],
  scanner: Scanner,
  engine: TokenEngine,
  scope: TokenScope,
  scanOptions: ScanOptions | undefined,
  fields?: readonly (string | undefined)[],
  readBase64 = true,
  paths?: readonly (readonly (string | number)[])[],
): Promise<TokenizeTextResult[]> {
  const documents: readonly ReadDocument[] = readBase64
    ? readBase64Documents(texts)
    : texts.map((text, root) => ({ text, root }));
  const documentTexts = documents.map((document) => document.text);
  // A reading is a text of its own: the field its run was the value of does not name it.
  const documentFields =
    fields && documents.map((document) => (document.parent === undefined ? fields[document.root] : undefined));
  const scanned = await scanTexts(documentTexts, scanner, scanOptions, documentFields);
  // A speech-to-text word list's words, read again as the sentence they make (see transcript-words.ts). The texts
  // are the first documents.
  if (paths !== undefined) {
    const words = await transcriptWordSpans(texts, paths, scanner, scanOptions);
    words.forEach((spans, root) => {
      if (spans.length > 0) scanned[root] = withSpansBeside(scanned[root] as Span[], spans);
    });
  }
  // A labelled identifier given again without its label (see repeated-values.ts).
  const { spans: settled, read } = settleReadings(documents, withRepeatedValues(documentTexts, scanned));
  // A value detected inside a token of this scope (12 digits of a card token read as an Aadhaar number) is not
  // a value: tokenizing it would put a token inside a token.
  const shields = await issuedTokensAcross(documentTexts, settled, engine, scope);
  const spansPerText = settled.map((spans, index) => {
    const ranges = shields[index] ?? [];
    return ranges.length === 0
      ? spans
      : spans.filter((span) => !ranges.some((range) => span.start < range.end && range.start < span.end));
  });
  const items = spansPerText.flatMap((spans, textIndex) =>
    spans.map((span) => {
      const value = (documentTexts[textIndex] as string).slice(span.start, span.end);
      return span.part === true ? { type: span.type, value, placeholder: true } : { type: span.type, value };
    }),
  );
  const outcomes = await engine.tokenize(scope, items);
  let cursor = 0;
  const entitiesPerDocument: TokenizedEntity[][] = [];
  const edits = spansPerText.map((spans) => {
    const entities: TokenizedEntity[] = [];
    const edits: Edit[] = [];
    for (const span of spans) {
      const outcome = outcomes[cursor++];
      if (!outcome || outcome.alreadyToken) continue;
      edits.push({ start: span.start, end: span.end, text: outcome.token });
      entities.push({ ...span, token: outcome.token });
    }
    entitiesPerDocument.push(entities);
    return edits;
  });
  if (documents.length === texts.length) {
    return texts.map((text, index) => ({
      text: applyEdits(text, edits[index] as Edit[]),
      entities: entitiesPerDocument[index] as TokenizedEntity[],
    }));
  }
  const { texts: written, replaced } = await writeMasked(documents, read, edits, entitiesPerDocument, engine, scope);
  const results = texts.map((_, root) => ({ text: written[root] as string, entities: [] as TokenizedEntity[] }));
  documents.forEach((document, index) => {
    // What lies inside a run masked whole is not in the text.
    if (!read[index] || (document.parent !== undefined && isWithin(documents, document.parent, replaced))) return;
    const { entities } = results[document.root] as TokenizeTextResult;
    const run = rootRun(documents, index);
    const whole = replaced.get(index);
    if (whole !== undefined) entities.push(whole);
    else {
      for (const entity of entitiesPerDocument[index] as TokenizedEntity[]) {
        entities.push(
          run === undefined ? entity : { ...entity, start: run.start, end: run.end, decodedFrom: 'base64' },
        );
      }
    }
  });
  for (const result of results) result.entities.sort((a, b) => a.start - b.start);
  return results;
}

/**
 * The documents' texts written back, their readings as base64 in their runs' formats. A reading whose masked text
 * cannot be written back so that it reads back exactly (see rewriteRun) has its whole run masked as one `[TYPE_n]`
 * placeholder of the first type found in it instead (fail closed: never the run as it was), and its parents are
 * written again; `replaced` holds those runs' entities (offsets: the run in the caller's text).
 */
async function writeMasked(
  documents: readonly ReadDocument[],
  read: readonly boolean[],
  edits: readonly Edit[][],
  entitiesPerDocument: readonly TokenizedEntity[][],
  engine: TokenEngine,
  scope: TokenScope,
): Promise<{ texts: string[]; replaced: Map<number, TokenizedEntity> }> {
  const replaced = new Map<number, TokenizedEntity>();
  const tokens = new Map<number, string>();
  const firstReading = new Map<number, number>();
  documents.forEach((document, index) => {
    if (document.parent !== undefined && !firstReading.has(document.parent)) firstReading.set(document.parent, index);
  });
  for (;;) {
    const { texts, failed } = writeDocuments(documents, read, edits, rewriteRun, tokens);
    if (failed.length === 0) return { texts, replaced };
    const types = failed.map((index) => firstTypeWithin(documents, entitiesPerDocument, firstReading, index));
    const values = failed.map((index) => {
      const { parent, run } = documents[index] as ReadDocument;
      return (documents[parent as number] as ReadDocument).text.slice((run as Base64Run).start, (run as Base64Run).end);
    });
    const outcomes = await engine.tokenize(
      scope,
      failed.map((_, at) => ({ type: types[at] as string, value: values[at] as string, placeholder: true })),
    );
    failed.forEach((index, at) => {
      const token = (outcomes[at] as { token: string }).token;
      const run = rootRun(documents, index) as Base64Run;
      tokens.set(index, token);
      replaced.set(index, {
        type: types[at] as string,
        start: run.start,
        end: run.end,
        score: 1,
        recognizer: 'base64-reading',
        part: true,
        token,
        decodedFrom: 'base64',
      });
    });
  }
}

/**
 * The type of the first value found in a reading or in the readings inside it (one of them found something, since
 * its text changed), for the placeholder of its run masked whole. A document's readings are listed together, from
 * `firstReading`.
 */
function firstTypeWithin(
  documents: readonly ReadDocument[],
  entitiesPerDocument: readonly TokenizedEntity[][],
  firstReading: ReadonlyMap<number, number>,
  index: number,
): string {
  const own = entitiesPerDocument[index]?.[0];
  if (own !== undefined) return own.type;
  for (let child = firstReading.get(index) ?? documents.length; documents[child]?.parent === index; child++) {
    const type = entitiesPerDocument[child]?.[0]?.type;
    if (type !== undefined) return type;
  }
  return 'PII';
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

/** `spans` and those of `more` that overlap none of them or each other, in text order. */
function withSpansBeside(spans: readonly Span[], more: readonly Span[]): Span[] {
  const all = [...spans];
  for (const span of more) {
    if (!all.some((other) => span.start < other.end && other.start < span.end)) all.push(span);
  }
  return all.sort((a, b) => a.start - b.start);
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
 * decode policy and substitutes. `paths[i]` is the location of `texts[i]` for the policy. With `readBase64` (the
 * default), tokens in what a run of base64 decodes to are put back too, and the text written back as base64 in the
 * run's own format: an agent that forwards a mail passes on the base64 body the model saw.
 */
export async function detokenizeTexts(
  texts: readonly string[],
  engine: TokenEngine,
  scope: TokenScope,
  options: DetokenizeOptions | undefined,
  paths?: readonly (readonly (string | number)[])[],
  readBase64 = true,
): Promise<DetokenizeResult[]> {
  const documents: readonly ReadDocument[] = readBase64
    ? readBase64Documents(texts)
    : texts.map((text, root) => ({ text, root }));
  const candidatesPerText = documents.map((document) => findTokenCandidates(document.text, { glued: true }));
  const distinct = [...new Set(candidatesPerText.flatMap((candidates) => candidates.map((c) => c.token)))];
  const outcomes = await engine.detokenize(scope, distinct);
  const byToken = new Map(distinct.map((token, index) => [token, outcomes[index]]));

  const results = texts.map(() => ({
    decoded: [] as TokenRef[],
    refused: [] as TokenRef[],
    unknown: new Set<string>(),
  }));
  const read = documents.map((document) => document.parent === undefined);
  const edits = documents.map((document, index) => {
    const { parent, run } = document;
    if (parent !== undefined && run !== undefined) {
      // A token of the parent's over the run wins: the run is not read.
      read[index] =
        read[parent] === true &&
        !(candidatesPerText[parent] ?? []).some(
          (candidate) => byToken.get(candidate.token) && candidate.start < run.end && run.start < candidate.end,
        );
    }
    if (!read[index]) return [];
    const result = results[document.root] as (typeof results)[number];
    const candidates = candidatesPerText[index] ?? [];
    const confirmed = selectNonOverlapping(candidates.filter((candidate) => byToken.get(candidate.token)));
    for (const candidate of candidates) {
      if (candidate.placeholder && !byToken.get(candidate.token)) result.unknown.add(candidate.token);
    }
    const out: Edit[] = [];
    for (const candidate of confirmed) {
      const outcome = byToken.get(candidate.token);
      if (!outcome) continue;
      const ref = { token: candidate.token, type: outcome.type };
      if (options?.allow && !options.allow({ ...ref, path: paths?.[document.root] ?? [] })) {
        result.refused.push(ref);
        continue;
      }
      result.decoded.push(ref);
      out.push({ start: candidate.start, end: candidate.end, text: outcome.value });
    }
    return out;
  });
  if (options?.strict) {
    const unknown = results.reduce((count, result) => count + result.unknown.size, 0);
    if (unknown > 0)
      throw new DecodeError('TOKEN_UNKNOWN', `${unknown} placeholder token(s) are not known in this scope`);
  }
  const written =
    documents.length === texts.length
      ? texts.map((text, index) => applyEdits(text, edits[index] as Edit[]))
      : writeDocuments(documents, read, edits, (_original, run, text) => encodeBase64Text(text, run.format)).texts;
  return results.map((result, index) => ({
    text: written[index] as string,
    decoded: result.decoded,
    refused: result.refused,
    unknown: [...result.unknown],
  }));
}
