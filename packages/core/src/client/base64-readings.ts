import type { Span } from '../scanner/span.js';
import { type Base64Run, base64Runs } from './base64-runs.js';

// The text codec masks what a run of base64 holds as if it were written out (see base64-runs.ts). Each text the
// caller passed is a document; so is the text each of its runs of base64 decodes to, and, one level further, the
// text a run in that one decodes to: a Gmail `raw` message is base64url of an RFC 822 text whose MIME part is base64
// again. Every document is scanned (or searched for tokens) in the same batch as the texts, and a document's masked
// text is written back into its parent as base64 in its run's own format.

/**
 * How deep readings nest: a run in a text, and a run in what that run decodes to. A run deeper than that (base64 in
 * base64 in base64) stays as it is.
 */
export const MAX_READING_DEPTH = 2;

/** A text to scan: one the caller passed (a root), or what a run of base64 in another document decodes to. */
export interface ReadDocument {
  readonly text: string;
  /** The caller's text this document is in. */
  readonly root: number;
  /** The document holding the run, and the run (in that document's text); none for a root. */
  readonly parent?: number;
  readonly run?: Base64Run;
}

/** One change to a document's text: [start, end) becomes `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The caller's texts, then the readings of their runs of base64, then those of the readings' runs: a parent always
 * before its readings. Without any run of base64 (most texts), the texts alone.
 */
export function readBase64Documents(texts: readonly string[]): ReadDocument[] {
  const documents: ReadDocument[] = texts.map((text, root) => ({ text, root }));
  let from = 0;
  for (let depth = 0; depth < MAX_READING_DEPTH; depth++) {
    const to = documents.length;
    for (let parent = from; parent < to; parent++) {
      const document = documents[parent] as ReadDocument;
      for (const run of base64Runs(document.text))
        documents.push({ text: run.decoded, root: document.root, parent, run });
    }
    from = to;
  }
  return documents;
}

/** The types a natural-language engine (NER) reports: guesses on words, which base64 characters are not. */
const NATURAL_LANGUAGE_TYPES: ReadonlySet<string> = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);

/**
 * Which readings count, and the spans left to tokenize in each document (none in a reading that does not count).
 * A reading counts when its parent does and the parent's own findings leave its run to it:
 * - a span (other than a name, place or organization guessed on base64's characters, which is dropped) that
 *   covers the whole run wins: the scanner knew the run for what it is (a JWT, a registry's base64 `user:password`,
 *   a Kubernetes Secret's data, an API key), and the run is masked as that;
 * - a span that covers only a part of the run, or reaches beyond it, is widened to the run and them, masked as one
 *   `[TYPE_n]` placeholder: neither the reading's masked text nor the span's alone would hide both;
 * - otherwise the run is read (a guessed name's characters outside the run stay masked, as parts).
 */
export function settleReadings(
  documents: readonly ReadDocument[],
  scanned: readonly Span[][],
): { spans: Span[][]; read: boolean[] } {
  const read = documents.map((document) => document.parent === undefined);
  const spans = [...scanned];
  // A document's readings are listed together, after it and in the order of their runs: one sweep over its spans
  // (sorted, none overlapping another) settles them all, however many runs and spans a long log holds.
  let parent = -1;
  let own: readonly Span[] = [];
  let out: Span[] = [];
  let next = 0;
  const flush = () => {
    if (parent >= 0) spans[parent] = [...out, ...own.slice(next)];
  };
  for (let child = 0; child < documents.length; child++) {
    const document = documents[child] as ReadDocument;
    const run = document.run;
    if (document.parent === undefined || run === undefined || !read[document.parent]) continue;
    if (document.parent !== parent) {
      flush();
      parent = document.parent;
      own = spans[parent] ?? [];
      out = [];
      next = 0;
    }
    while (next < own.length && (own[next] as Span).end <= run.start) out.push(own[next++] as Span);
    const overlapping: Span[] = [];
    // Of the spans settled so far, only the last may reach into this run (what was left of one over the run before).
    if (out.length > 0 && (out[out.length - 1] as Span).end > run.start) overlapping.push(out.pop() as Span);
    while (next < own.length && (own[next] as Span).start < run.end) overlapping.push(own[next++] as Span);
    const found = overlapping.filter((span) => !NATURAL_LANGUAGE_TYPES.has(span.type));
    if (found.some((span) => span.start <= run.start && span.end >= run.end)) {
      out.push(...overlapping);
      continue;
    }
    // A guess's characters outside the run stay masked, as the parts they are.
    const guesses = overlapping.filter((span) => !found.includes(span));
    for (const span of guesses) if (span.start < run.start) out.push({ ...span, end: run.start, part: true });
    if (found.length === 0) {
      read[child] = true;
    } else {
      const start = Math.min(run.start, ...found.map((span) => span.start));
      const end = Math.max(run.end, ...found.map((span) => span.end));
      out.push({ ...(found[0] as Span), start, end, part: true });
    }
    for (const span of guesses) if (span.end > run.end) out.push({ ...span, start: run.end, part: true });
  }
  flush();
  return { spans: spans.map((list, index) => (read[index] ? list : [])), read };
}

/**
 * Each document's text with its edits applied and its read runs written back, readings first (they come after
 * their parents). `rewrite` writes a reading's changed text back as its run, or returns undefined when it cannot
 * (see rewriteRun); such a reading is reported in `failed` and its run left as it was in the parent: the caller
 * must then not use the result, but mask those runs whole (`replaced`, a run's document to its replacement) and
 * write again. A reading that changed nothing leaves its run exactly as it was.
 */
export function writeDocuments(
  documents: readonly ReadDocument[],
  read: readonly boolean[],
  edits: readonly Edit[][],
  rewrite: (original: string, run: Base64Run, text: string) => string | undefined,
  replaced: ReadonlyMap<number, string> = new Map(),
): { texts: string[]; failed: number[] } {
  const texts = documents.map((document) => document.text);
  const runEdits: Edit[][] = documents.map(() => []);
  const failed: number[] = [];
  for (let index = documents.length - 1; index >= 0; index--) {
    const document = documents[index] as ReadDocument;
    // A reading inside a run masked whole is not written anywhere.
    if (!read[index] || (document.parent !== undefined && isWithin(documents, document.parent, replaced))) continue;
    const all = runEdits[index] as Edit[];
    const text =
      all.length === 0
        ? applyEdits(document.text, edits[index] ?? [])
        : applyEdits(document.text, merge(edits[index] ?? [], all));
    texts[index] = text;
    const { parent, run } = document;
    if (parent === undefined || run === undefined) continue;
    const original = (documents[parent] as ReadDocument).text.slice(run.start, run.end);
    const replacement = replaced.get(index);
    if (replacement !== undefined) {
      (runEdits[parent] as Edit[]).push({ start: run.start, end: run.end, text: replacement });
      continue;
    }
    if (text === document.text) continue;
    const written = rewrite(original, run, text);
    if (written === undefined) failed.push(index);
    else (runEdits[parent] as Edit[]).push({ start: run.start, end: run.end, text: written });
  }
  return { texts, failed };
}

/** Whether `index` is a reading inside (or is) a reading in `documents` listed in `within`. */
export function isWithin(
  documents: readonly ReadDocument[],
  index: number,
  within: ReadonlyMap<number, unknown>,
): boolean {
  for (let at: number | undefined = index; at !== undefined; at = documents[at]?.parent)
    if (within.has(at)) return true;
  return false;
}

/** The run of the caller's text a reading lies in (its ancestor's run at the first level). */
export function rootRun(documents: readonly ReadDocument[], index: number): Base64Run | undefined {
  let at = documents[index] as ReadDocument;
  if (at.parent === undefined) return undefined;
  while ((documents[at.parent as number] as ReadDocument).parent !== undefined)
    at = documents[at.parent as number] as ReadDocument;
  return at.run;
}

function merge(first: readonly Edit[], second: readonly Edit[]): Edit[] {
  return [...first, ...second].sort((a, b) => a.start - b.start);
}

/** `text` with non-overlapping `edits` (sorted by start) applied. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}
