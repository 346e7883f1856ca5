import { escapeRegex } from '../pii/context.js';
import type { Span } from '../scanner/span.js';

// An identifier is read where its label says what it is, and a text often gives it once with its label and again
// without: `Date of Service: 02/09/2026` then `Electronically signed … on 02/09/2026 16:22` on a clinical note,
// `MRN: 10448271` in the header and `10448271` in the footer, `password: Sunshine!2024` then `I tried Sunshine!2024`.
// The second one reached the model beside the first one's token. A value masked as one of these types is therefore
// masked wherever it stands again, whole, in the texts of the same call (the same structure's strings, the same
// request's messages), with its first finding's type: the vault gives it the same token.
//
// Only the types read by their label, their place or their key (no checksum says what a bare one is), of six
// characters or more with a digit (a password: six or more of two kinds of characters, so `postgres` under
// `password` leaves `Install postgres` alone), and the names read under their key (`{"user": "jsmith"}` then
// `Login failed for jsmith`), of four characters or more; the NER engine's names are its own to read again (it reads
// a given or family name again alone), and a validated identifier is found again by its own recognizer.

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
  // Phones read under their key (`msisdn`, `wa_id`, a WhatsApp message's `from`) with no `+` or phone word in text.
  'PHONE_NUMBER',
]);
/** Names read under their key (see field-context.ts): a `username`, a `last_name`. */
const KEYED_NAMES = 'person-field';
const MIN_NAME_LENGTH = 4;
const MIN_LENGTH = 6;
const MAX_LENGTH = 64;
/** Values searched for in one regex; more are searched for in further batches. */
const BATCH = 256;

/**
 * `spans` (per text, as the scanner settled them) with the other whole occurrences of their REPEATED_TYPES values in
 * any of `texts`: not inside a word or a number (`102026` does not hold `02026`), not overlapping a span.
 */
export function withRepeatedValues(texts: readonly string[], spans: readonly Span[][]): Span[][] {
  const firsts = new Map<string, Span>();
  spans.forEach((list, index) => {
    const text = texts[index] as string;
    for (const span of list) {
      if (span.part === true) continue;
      const value = text.slice(span.start, span.end);
      if (repeatable(span, value) && !firsts.has(value)) firsts.set(value, span);
    }
  });
  if (firsts.size === 0) return spans as Span[][];
  // The longest first: of two values one inside the other, the longer is read.
  const values = [...firsts.keys()].sort((a, b) => b.length - a.length);
  const searches: RegExp[] = [];
  for (let from = 0; from < values.length; from += BATCH) {
    const batch = values.slice(from, from + BATCH).map(escapeRegex);
    searches.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${batch.join('|')})(?![\\p{L}\\p{N}])`, 'gu'));
  }
  return spans.map((list, index) => {
    const text = texts[index] as string;
    let settled = [...list].sort((a, b) => a.start - b.start);
    let changed = false;
    for (const search of searches) {
      const added: Span[] = [];
      // Matches come in text order: one walk over the sorted spans tells whether each overlaps one.
      let next = 0;
      for (const match of text.matchAll(search)) {
        const start = match.index;
        const end = start + match[0].length;
        while (next < settled.length && (settled[next] as Span).end <= start) next++;
        const ahead = settled[next];
        if (ahead !== undefined && ahead.start < end) continue;
        const first = firsts.get(match[0]) as Span;
        added.push({ type: first.type, start, end, score: first.score, recognizer: 'repeated-value' });
      }
      if (added.length > 0) {
        settled = [...settled, ...added].sort((a, b) => a.start - b.start);
        changed = true;
      }
    }
    return changed ? settled : (list as Span[]);
  });
}

/** Whether a span's value is looked for again (see the types and lengths above). */
function repeatable(span: Span, value: string): boolean {
  if (value.length > MAX_LENGTH) return false;
  if (span.recognizer === KEYED_NAMES) return span.type === 'PERSON' && value.length >= MIN_NAME_LENGTH;
  if (!REPEATED_TYPES.has(span.type) || value.length < MIN_LENGTH) return false;
  if (span.type === 'PASSWORD') return /\p{L}/u.test(value) && /[^\p{L}]/u.test(value);
  return /\d/.test(value);
}
