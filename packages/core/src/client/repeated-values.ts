import { escapeRegex } from '../pii/context.js';
import type { Span } from '../scanner/span.js';

// An identifier is read where its label says what it is, and a text often gives it once with its label and again
// without: `Date of Service: 02/09/2026` then `Electronically signed … on 02/09/2026 16:22` on a clinical note,
// `MRN: 10448271` in the header and `10448271` in the footer, `password: Sunshine!2024` then `I tried Sunshine!2024`.
// The second one reached the model beside the first one's token. A value masked as one of these types is therefore
// masked wherever it stands again, whole, in the texts of the same call (the same structure's strings, the same
// request's messages), with its first finding's type: the vault gives it the same token.
//
// Only the types read by their label or their place (no checksum says what a bare one is), of six characters or
// more with a digit (a password: any six characters); a name's later mentions are the NER engine's (it reads a given
// or family name again alone), and a validated identifier is found again by its own recognizer.

/** Types whose values are masked again wherever they stand whole. */
const REPEATED_TYPES: ReadonlySet<string> = new Set([
  'CLINICAL_DATE',
  'DATE_OF_BIRTH',
  'MEDICAL_RECORD_NUMBER',
  'HEALTH_PLAN_ID',
  'US_BANK_NUMBER',
  'PASSPORT',
  'US_PASSPORT',
  'US_DRIVER_LICENSE',
  'ID_DOCUMENT_NUMBER',
  'STUDENT_ID',
  'LOYALTY_NUMBER',
  'US_ALIEN_REGISTRATION_NUMBER',
  'LICENSE_PLATE',
  'PASSWORD',
]);
const MIN_LENGTH = 6;
const MAX_LENGTH = 64;
/** The most values searched for at once (the longest first); a call with more keeps its first findings only. */
const MAX_VALUES = 256;

/**
 * `spans` (per text, as the scanner settled them) with the other whole occurrences of their REPEATED_TYPES values in
 * any of `texts`: not inside a word or a number (`102026` does not hold `02026`), not overlapping a span.
 */
export function withRepeatedValues(texts: readonly string[], spans: readonly Span[][]): Span[][] {
  const firsts = new Map<string, Span>();
  spans.forEach((list, index) => {
    const text = texts[index] as string;
    for (const span of list) {
      if (!REPEATED_TYPES.has(span.type) || span.part === true) continue;
      const value = text.slice(span.start, span.end);
      if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) continue;
      if (span.type !== 'PASSWORD' && !/\d/.test(value)) continue;
      if (!firsts.has(value)) firsts.set(value, span);
    }
  });
  if (firsts.size === 0) return spans as Span[][];
  const values = [...firsts.keys()].sort((a, b) => b.length - a.length).slice(0, MAX_VALUES);
  const search = new RegExp(`(?<![\\p{L}\\p{N}])(?:${values.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return spans.map((list, index) => {
    const text = texts[index] as string;
    const sorted = [...list].sort((a, b) => a.start - b.start);
    const added: Span[] = [];
    // Matches come in text order: one walk over the sorted spans tells whether each overlaps one.
    let next = 0;
    for (const match of text.matchAll(search)) {
      const start = match.index;
      const end = start + match[0].length;
      while (next < sorted.length && (sorted[next] as Span).end <= start) next++;
      const ahead = sorted[next];
      if (ahead !== undefined && ahead.start < end) continue;
      const first = firsts.get(match[0]) as Span;
      added.push({ type: first.type, start, end, score: first.score, recognizer: 'repeated-value' });
    }
    return added.length === 0 ? (list as Span[]) : [...sorted, ...added].sort((a, b) => a.start - b.start);
  });
}
