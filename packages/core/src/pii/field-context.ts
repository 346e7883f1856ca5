import type { CountryCode } from 'libphonenumber-js/max';
import type { Span } from '../scanner/span.js';
import { isPlaceholderShaped } from '../tokens/formats/placeholder-format.js';
import { CJK_CHAR } from './context.js';
import { identityFieldRecognizer, identityValue, isIdentityRecognizer } from './identity-fields.js';
import { type NamedFieldKind, namedFieldKind } from './named-fields.js';
import { validPhoneNumber } from './phone-validity.js';
import type { Recognizer } from './recognizer.js';
import { passOfAnotherKind } from './recognizers/keyed-values.js';
import { DEFAULT_PHONE_REGIONS } from './recognizers/phone.js';
import { basicCredentials } from './recognizers/registry-auth.js';
import { placeholderSecret } from './recognizers/secret-value.js';

// A value's field name as context (ScanOptions.field): the value is also read behind its name, as
// `name: value`, the way its JSON text would show it (`"routing_number": "021000021"`), and a field that names a
// password or a secret makes its whole value one, as a field that names a person, a street, a city or a postal code
// makes its whole value a PERSON or a LOCATION (see named-fields.ts), and one that names a person's identifier
// (`ssn`, `mrn`) makes its whole value that identifier (see identity-fields.ts).

/** Values up to this long are also read behind their field name. */
export const FIELD_CONTEXT_LIMIT = 2048;

// Last word(s) of a field name whose whole value is a password or a secret, with the recognizer it is reported as.
const WHOLE_VALUE_FIELDS: readonly (readonly [RegExp, string])[] = [
  [
    /(?:^| )(?:password|pass word|passwd|passphrase|pwd|pass|passcode|pin|otp|cvv|cvc|cvv2|csc|contraseña|contrasena|clave|senha|mot de passe)$/,
    'password-assignment',
  ],
  // The answer to a security question, a credential like a password (`security_answer`, `memorableWord`).
  [
    /(?:^| )(?:(?:security|secret|challenge|kba)(?: question)? answer|memorable (?:word|information|info|phrase|answer)|respuesta (?:de )?seguridad|respuesta secreta)$/,
    'password-assignment',
  ],
  [
    /(?:^| )(?:secret|apikey|(?:api|access|secret|private|signing|master|encryption|client|account) key|token|bearer|credentials?)$/,
    'secret-assignment',
  ],
  // A LinkedIn member's profile identifier, as its API and exports name it (`publicIdentifier`, `vanityName`):
  // `oluwaseun-bamidele-4b8a21193` is the `/in/` of the member's address, which names them.
  [
    /^(?:public identifier|vanity name|linkedin (?:id|slug|handle|username|public identifier|vanity name))$/,
    'linkedin-profile',
  ],
  // A registry's `auth` (Docker's `config.json` as an object: `{ auths: { "ghcr.io": { auth } } }`), base64 of
  // `user:password`; its JSON text is registry-auth's to read.
  [/^auth$/, 'registry-auth'],
  // A phone number in international form written without its `+`, as telecom and messaging APIs store one
  // (`"msisdn": "447911123456"`, WhatsApp's `"wa_id": "27824183190"`), or in a national form the scan of text
  // reads only near a word (Spain's `"telefono": "654321098"`: nine bare digits).
  [
    /(?:^| )(?:msisdn|wa id|phone|phone number|mobile|mobile number|mobile phone|cell|cell phone|telephone|tel|tlf|tfno|telf|tel[eé]fono|m[oó]vil|celular)$/,
    'phone',
  ],
];
// A first word that makes the field a flag about the secret, not the secret (`hasPassword`, `is_token_valid`).
const FLAG_PREFIX = /^(?:has|is|requires|required|should|needs|can|allow|use|show)$/;
// A pagination cursor (`next_page_token`, `nextPageToken`, `continuationToken`, `NextToken`), not a credential.
const PAGINATION_TOKEN = /(?:^| )(?:page|next|continuation|pagination|sync) token$/;

/**
 * Whether a whole value under a password or secret field is one: not a placeholder, a masked value, a
 * reference to a variable, a Mask token or a word about the secret. Looser than the assignment patterns' check
 * (`$uperS3cret!` and bcrypt hashes are secrets here): the field already says what the value is. Under an
 * identity field, an identifier (see identityValue).
 */
export function wholeValueSecret(
  value: string,
  recognizer: string,
  phoneRegions: readonly CountryCode[] = DEFAULT_PHONE_REGIONS,
): boolean {
  if (isIdentityRecognizer(recognizer)) return identityValue(value);
  if (recognizer === 'phone') return phoneUnderKey(value, phoneRegions);
  if (recognizer === 'registry-auth') return basicCredentials(value);
  if (recognizer === 'linkedin-profile') return PROFILE_IDENTIFIER.test(value);
  if (placeholderSecret(value)) return false;
  const lower = value.toLowerCase();
  if (/^\$\{[^}]*\}$|^%\w+%$|^<[^>]*>$/.test(value) || isPlaceholderShaped(value)) return false;
  if (lower.startsWith('process.env') || lower.startsWith('os.environ')) return false;
  // A secret in a secret field is rarely one lower-case word; a password may well be.
  return recognizer === 'password-assignment' || !/^[a-z]+$/.test(value);
}

/** A LinkedIn profile's identifier: letters, digits, `-`, `_` and escapes, with a letter (not an id's digits). */
const PROFILE_IDENTIFIER = /^(?=[^\p{L}]*\p{L})[\p{L}\p{N}%_-]{3,100}$/u;

/** A phone number's digits in international form, without the `+`: a country code and 7 to 14 more digits. */
const INTERNATIONAL_DIGITS = /^[1-9]\d{7,14}$/;
/** A phone number in a national layout: 7 to 15 digits, maybe grouped by spaces, dots, dashes or brackets. */
const NATIONAL_LAYOUT = /^(?=(?:\D*\d){7,15}\D*$)\(?\d[\d .()-]{5,22}\d$/;

/**
 * Whether a value under a phone key is a phone number: its digits in international form without the `+`, or a
 * national number of one of the scanner's phone regions, as libphonenumber-js's rules allow.
 */
function phoneUnderKey(value: string, regions: readonly CountryCode[]): boolean {
  if (INTERNATIONAL_DIGITS.test(value) && validPhoneNumber(`+${value}`) !== null) return true;
  if (!NATIONAL_LAYOUT.test(value)) return false;
  return regions.some((region) => validPhoneNumber(value, region) !== null);
}

/** What a field name adds to the scan of its value (see {@link FieldContext.read}). */
export interface FieldReading {
  /** The text the value is read behind (`routing number: `), when the name holds a word a recognizer uses. */
  readonly label: string | undefined;
  /**
   * The recognizer whose entity the whole value is (a password under `newPassword`, an SSN under `ssn`), if the
   * name says so.
   */
  readonly wholeValue: string | undefined;
  /** The person or place the whole value is (`last_name`, `zip`), if the name says so (see named-fields.ts). */
  readonly named: NamedFieldKind | undefined;
}

const NOTHING: FieldReading = { label: undefined, wholeValue: undefined, named: undefined };

/**
 * Reads field names for the scanner: which recognizer words they hold (short ones as a whole word, as context
 * words match: `id` counts in `order_id`, `ip` not in `description`), in the words of the name rather than its
 * spelling (`newPassword`, `patient_DOB`, `ssns`, `password1` read as `new password`, `patient dob`, `ssn`,
 * `password`). Verdicts are cached per name.
 */
export class FieldContext {
  /**
   * Words of four characters or more, and Chinese, Japanese and Korean words, matched anywhere in the squashed name
   * (`routing` in `routingnumber`).
   */
  readonly #words: readonly string[];
  /** Shorter words, matched as a whole word of the name only. */
  readonly #shortWords: ReadonlySet<string>;
  readonly #readings = new Map<string, FieldReading>();

  constructor(recognizers: readonly Recognizer[]) {
    const words = new Set<string>();
    for (const recognizer of recognizers) {
      for (const list of Object.values(recognizer.context ?? {})) for (const word of list) words.add(word);
      for (const word of recognizer.triggers ?? []) words.add(word);
      for (const word of recognizer.caseInsensitiveTriggers ?? []) words.add(word);
    }
    const squashed = [...words].map(squash).filter((word) => word.length > 0);
    // Chinese, Japanese and Korean words of any length count anywhere, as in text (see compileContext): `电话` in
    // `联系电话号码`.
    const anywhere = (word: string): boolean => word.length > 3 || CJK_CHAR.test(word);
    this.#words = squashed.filter(anywhere);
    this.#shortWords = new Set(squashed.filter((word) => !anywhere(word)));
  }

  /** What the field name adds for a value of `length` characters. */
  read(field: string, length: number): FieldReading {
    if (length > FIELD_CONTEXT_LIMIT || field.length === 0 || field.length > 64 || /[\r\n]/.test(field)) {
      return NOTHING;
    }
    let reading = this.#readings.get(field);
    if (reading === undefined) {
      const words = wordsOf(field);
      const name = words.join(' ');
      const squashedName = squash(name);
      const holdsWord =
        this.#words.some((word) => squashedName.includes(word)) || words.some((word) => this.#shortWords.has(word));
      const flag = words.length > 1 && FLAG_PREFIX.test(words[0] as string);
      // Whole values by the name as written, but for plurals of `password`, `secret` and `key`: `tokens` are
      // counts (`max_completion_tokens`), not secrets.
      const asWritten = wordsOf(field, false)
        .join(' ')
        .replace(/(password|secret|key)s$/, '$1');
      const wholeValue =
        flag || PAGINATION_TOKEN.test(asWritten) || passOfAnotherKind(words)
          ? undefined
          : (WHOLE_VALUE_FIELDS.find(([names]) => names.test(asWritten))?.[1] ??
            identityFieldRecognizer(asWritten, field));
      reading = {
        label: holdsWord ? `${name}: ` : undefined,
        wholeValue,
        named: wholeValue === undefined && !flag ? namedFieldKind(words) : undefined,
      };
      if (this.#readings.size >= 4096) this.#readings.clear();
      this.#readings.set(field, reading);
    }
    return reading;
  }
}

/** Kinds by field name: a table's headers and a record's keys repeat across scans and records. */
const NAMED_KINDS = new Map<string, NamedFieldKind | null>();

/** The kind of entity a field name names (namedFieldKind of its words), kept for the next calls. */
export function namedKindOf(field: string): NamedFieldKind | undefined {
  let kind = NAMED_KINDS.get(field);
  if (kind === undefined) {
    kind = namedFieldKind(wordsOf(field)) ?? null;
    if (NAMED_KINDS.size >= 1024) NAMED_KINDS.clear();
    NAMED_KINDS.set(field, kind);
  }
  return kind ?? undefined;
}

/**
 * The words of a field name, lower-cased, without digits, the last one singular: `newPassword`, `patient_DOB`,
 * `ssns`, `password1:`, `homeAddresses` give `new password`, `patient dob`, `ssn`, `password`, `home address`.
 */
export function wordsOf(field: string, singular = true): string[] {
  const words = field
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
  const last = words.length - 1;
  const final = words[last];
  if (singular && final !== undefined && final.length > 3 && final.endsWith('s') && !final.endsWith('ss')) {
    // `addresses` as `address`, `ssns` as `ssn`.
    words[last] = final.slice(0, final.endsWith('sses') ? -2 : -1);
  }
  return words;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Spans of the plain reading with those of a keyed reading added where they only add coverage: a keyed span is
 * kept when it overlaps no plain span, or when it covers every plain span it overlaps (which it then replaces).
 * A keyed span that would cut a plain one short (a password read as the first group of a phone number) is
 * dropped, so whatever the plain reading covers stays covered. Both lists sorted by start and disjoint; returns
 * disjoint spans, in linear time (a long text's readings add many).
 */
export function addCoverage(plain: readonly Span[], keyed: readonly Span[]): Span[] {
  if (keyed.length === 0) return [...plain];
  const replaced = new Set<Span>();
  const added: Span[] = [];
  // Both lists sorted by start and disjoint: one pass, the plain spans before a keyed span's start left behind.
  let first = 0;
  for (const span of keyed) {
    while (first < plain.length && (plain[first] as Span).end <= span.start) first++;
    let covers = true;
    let last = first;
    for (; last < plain.length && (plain[last] as Span).start < span.end; last++) {
      const other = plain[last] as Span;
      if (other.start < span.start || other.end > span.end) covers = false;
    }
    if (!covers) continue;
    for (let index = first; index < last; index++) replaced.add(plain[index] as Span);
    added.push(span);
  }
  return [...plain.filter((span) => !replaced.has(span)), ...added].sort((a, b) => a.start - b.start);
}
