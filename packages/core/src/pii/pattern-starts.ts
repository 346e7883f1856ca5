// Where the matches of a built-in regex can start, so the scanner runs it (sticky) only there instead of over
// the whole text. Each entry states a NECESSARY condition on the word run at which a match starts; it must
// admit every position where the regex can match, or matches are lost. Keyed by the regex's flags and source:
// a regex edited without editing its entry here simply falls back to a full pass (slower, never wrong).
//
// A word run is a maximal run of `\w` characters ([A-Za-z0-9_], what `\b` looks at). A regex that opens with
// `\b` and a word character can only match where a word run starts.

import { readAlignedHeader } from './aligned-header.js';
import { isWideDash } from './ascii-codes.js';
import type { Candidate } from './recognizer.js';
import { PASSENGER_NAME_ELEMENT } from './recognizers/airline-records.js';
import { findSecretsNearKeyIdsAt } from './recognizers/aws-keys.js';
import { findIbansAt, IBAN_LENGTHS } from './recognizers/iban.js';
import { PLATFORM_TOKEN_REGEX } from './recognizers/platform-tokens.js';
import {
  findStreetAddressesAt,
  STREET_WORD_AFTER,
  STREET_WORD_FIRSTS,
  streetWordStart,
} from './recognizers/street-address.js';
import { ONE_TIME_PATH } from './recognizers/url-credentials.js';
import { TextMemo } from './text-memo.js';
import { isAlnum, isSpace } from './validators/boundaries.js';

/** Character kinds of a word run, as a bit mask. */
export const DIGIT = 1;
export const UPPER = 2;
export const LOWER = 4;
export const UNDERSCORE = 8;
const ALNUM = DIGIT | UPPER | LOWER;
const WORD = ALNUM | UNDERSCORE;

/** One way a match can start. */
export interface PatternStart {
  /** Length range of the word run the match starts on (the whole run, to its end). */
  readonly length: readonly [number, number];
  /** Kinds of character the run may hold (bit mask of DIGIT, UPPER, LOWER, UNDERSCORE). */
  readonly chars: number;
  /** Kinds of character the run must hold (a subset of `chars`). @default none */
  readonly requires?: number;
  /** Characters the run may start with. @default any */
  readonly first?: string;
  /** Characters that may follow the run (end of text always may); ASCII or not. @default any */
  readonly after?: string;
  /** Whether a whitespace character (`\s`) may also follow the run. @default false */
  readonly afterSpace?: boolean;
  /** The match starts one character before the run, on this character (`+`, `(`). @default at the run */
  readonly before?: string;
  /**
   * Least number of digits the match holds from its start, in groups joined by single characters of
   * ` -./` (what {@link digitsAhead} counts; a word processor's dash counts as `-`, an upper bound for the
   * patterns that do not take it). @default 0
   */
  readonly digits?: number;
  /** The separators {@link digits} may cross (single characters). @default ' -./' */
  readonly separators?: string;
  /** A further necessary check on the run [start, end) (cheap, no allocation). */
  readonly check?: (text: string, start: number, end: number) => boolean;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A character of `separators`; a word processor's dash counts as `-` (see asciiCodes). */
function isSeparator(code: number, separators: Uint8Array): boolean {
  return code < 128 ? separators[code] === 1 : separators[45] === 1 && isWideDash(code);
}

/** True when at least `needed` digits follow `start`, in groups joined by single separators (a set of codes). */

export function digitsAhead(text: string, start: number, needed: number, separators: Uint8Array): boolean {
  let count = 0;
  let index = start;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code)) {
      if (++count >= needed) return true;
    } else if (!(index > start && isSeparator(code, separators) && isDigitCode(text.charCodeAt(index - 1)))) {
      return false;
    }
    index++;
  }
  return false;
}

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

// IPv4: four groups of 1-3 digits joined by dots.
function dottedQuad(text: string, start: number): boolean {
  let index = start;
  for (let group = 0; group < 4; group++) {
    if (group > 0) {
      if (text.charCodeAt(index) !== 46) return false;
      index++;
    }
    let digits = 0;
    while (digits < 4 && isDigitCode(text.charCodeAt(index))) {
      index++;
      digits++;
    }
    if (digits < 1 || digits > 3) return false;
  }
  return true;
}

/**
 * A crypto address's run: a Monero address (from `4` or `8`) is the whole run of 95 or 106 characters, every other
 * address at most 75 (a bech32 one). One filter for both: the words of the scan's filter masks are full.
 */
function cryptoAddressLength(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  return first === 52 || first === 56 ? end - start === 95 || end - start === 106 : end - start <= 75;
}

function dashBefore(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 45;
}

/** `-dd-ddT` at `end`, after a year: an ISO timestamp (`2026-11-22T08:15:00Z`), which log lines start with. */
function isoTimestampAt(text: string, end: number): boolean {
  return (
    text.charCodeAt(end) === 45 &&
    isDigitCode(text.charCodeAt(end + 1)) &&
    isDigitCode(text.charCodeAt(end + 2)) &&
    text.charCodeAt(end + 3) === 45 &&
    isDigitCode(text.charCodeAt(end + 4)) &&
    isDigitCode(text.charCodeAt(end + 5)) &&
    text.charCodeAt(end + 6) === 84
  );
}

// ISO dates: the year run, a separator of -/., 1-2 digits, a separator, 1-2 digits, then the end of the word
// (a following letter, digit or `_` only as `T00:00`: the regex's `(?=T00:00|\b)`).
function isoDate(text: string, start: number, end: number): boolean {
  if (!numericDate(text, start, end)) return false;
  let index = end + 1;
  while (isDigitCode(text.charCodeAt(index))) index++;
  index++;
  const dayStart = index;
  while (index - dayStart < 3 && isDigitCode(text.charCodeAt(index))) index++;
  if (index - dayStart > 2) return false;
  const next = text.charCodeAt(index);
  return !(isAlnum(next) || next === 95) || text.startsWith('T00:00', index);
}

// Phone groups: no match starts at an ISO timestamp's year (its two groups end glued to `T`, never at `\b`).
function notTimestamp(text: string, start: number, end: number): boolean {
  return end - start !== 4 || !isoTimestampAt(text, end);
}

// MAC-48: six groups of two joined by the same `:` or `-` (the run is the first group).
function sixGroups(text: string, _start: number, end: number): boolean {
  const separator = text.charCodeAt(end);
  return (
    text.charCodeAt(end + 3) === separator &&
    text.charCodeAt(end + 6) === separator &&
    text.charCodeAt(end + 9) === separator &&
    text.charCodeAt(end + 12) === separator
  );
}

// Numeric dates: 1-2 or 4 digits, a separator of -/., 1-2 digits, a separator, then a digit.
function numericDate(text: string, _start: number, end: number): boolean {
  let index = end + 1;
  let digits = 0;
  while (isDigitCode(text.charCodeAt(index))) {
    index++;
    digits++;
  }
  const separator = text.charCodeAt(index);
  if (digits < 1 || digits > 2 || !(separator === 45 || separator === 47 || separator === 46)) return false;
  return isDigitCode(text.charCodeAt(index + 1));
}

// MBI: a digit 1-9, then a letter (the run holds the rest or ends at a dash after four characters).
function mbiStart(text: string, start: number): boolean {
  return isUpperCode(text.charCodeAt(start + 1)) && isDigitCode(text.charCodeAt(start + 3));
}

function isLetterCode(code: number): boolean {
  return isUpperCode(code & ~32);
}

// GIR (Girobank's GIR 0AA), in any case.
function gir(text: string, start: number): boolean {
  return (
    (text.charCodeAt(start) | 32) === 103 &&
    (text.charCodeAt(start + 1) | 32) === 105 &&
    (text.charCodeAt(start + 2) | 32) === 114
  );
}

// UK postcode: the outward code has a digit second or third, or is GIR.
function postcodeStart(text: string, start: number): boolean {
  return isDigitCode(text.charCodeAt(start + 1)) || isDigitCode(text.charCodeAt(start + 2)) || gir(text, start);
}

// One letter, then a digit or a dash (Spanish CIF and NIE).
function letterThenDigit(text: string, start: number): boolean {
  const code = text.charCodeAt(start + 1);
  return isDigitCode(code) || code === 45;
}

// NINO: two letters (either case), then digits (after an optional space).
function ninoStart(text: string, start: number): boolean {
  if (!isLetterCode(text.charCodeAt(start + 1))) return false;
  const code = text.charCodeAt(start + 2);
  return isDigitCode(code) || (code === 32 && isDigitCode(text.charCodeAt(start + 3)));
}

// One letter, then only digits: the second and the last character of the run are digits.
function letterThenDigits(text: string, start: number, end: number): boolean {
  return isDigitCode(text.charCodeAt(start + 1)) && isDigitCode(text.charCodeAt(end - 1));
}

// Australian Medicare: after the four-digit run and its space, five digits, a space and a digit.
function medicareStart(text: string, _start: number, end: number): boolean {
  for (let index = end + 1; index <= end + 5; index++) if (!isDigitCode(text.charCodeAt(index))) return false;
  return text.charCodeAt(end + 6) === 32 && isDigitCode(text.charCodeAt(end + 7));
}

// French NIR: 15 digits with single spaces between them, or (Corsica, department 2A/2B) six digits, the
// last a 2, then A or B.
function nirStart(text: string, start: number): boolean {
  let count = 0;
  let index = start;
  for (; index < text.length && count < 15; index++) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code)) count++;
    else if (!(code === 32 && index > start && isDigitCode(text.charCodeAt(index - 1)))) break;
  }
  if (count >= 15) return true;
  const code = text.charCodeAt(index);
  return count === 6 && (code === 65 || code === 66) && text.charCodeAt(index - 1) === 50;
}

/** The run starts with this literal. */
function startsWith(literal: string): (text: string, start: number) => boolean {
  return (text, start) => text.startsWith(literal, start);
}

/** The run ends with `_jwt` or `_pat`, in any case. */
function endsWithUnderscoreJwtOrPat(text: string, _start: number, end: number): boolean {
  if (text.charCodeAt(end - 4) !== 95) return false;
  const a = text.charCodeAt(end - 3) | 32;
  const b = text.charCodeAt(end - 2) | 32;
  const c = text.charCodeAt(end - 1) | 32;
  return c === 116 && ((a === 106 && b === 119) || (a === 112 && b === 97));
}

/** The run ends with `_KEY` or `_SALT`. */
function endsWithKeyOrSalt(text: string, _start: number, end: number): boolean {
  return text.endsWith('_KEY', end) || text.endsWith('_SALT', end);
}

/** `-us` after the run (a Mailchimp key's data centre). */
function usDataCentreAfter(text: string, _start: number, end: number): boolean {
  return text.charCodeAt(end + 1) === 117 && text.charCodeAt(end + 2) === 115;
}

/** `:AA` after the run (a Telegram bot token after the bot's id). */
function colonAaAfter(text: string, _start: number, end: number): boolean {
  return text.charCodeAt(end + 1) === 65 && text.charCodeAt(end + 2) === 65;
}

/** `kind:` before the run, as SECRET_KIND reads it (the run itself is `Secret`). */
const KIND_BEFORE = /\bkind["']?\s{0,16}:\s{0,16}["']?$/;
function secretKind(text: string, start: number): boolean {
  return text.startsWith('Secret', start) && KIND_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

/** `%` before the run (a magnetic stripe's track 1 opens with `%B`). */
function afterPercent(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 37;
}

/**
 * A booking's name element's number (`1.OKONKWO/…`, `1.1OKONKWO/…`): after a space or at the text's start, its `.`
 * followed by up to two digits and a capital (an IP address's or a decimal's digits are not).
 */
function passengerNumberStart(text: string, start: number, end: number): boolean {
  if (start > 0 && !isSpace(text.charCodeAt(start - 1))) return false;
  let at = end + 1;
  while (at < end + 3 && isDigitCode(text.charCodeAt(at))) at++;
  const code = text.charCodeAt(at);
  return code >= 65 && code <= 90;
}

/** `M`, a number of legs (1-4) and a capital, with the name field's end (`E` or a space) 22 characters on. */
function boardingPassStart(text: string, start: number): boolean {
  const legs = text.charCodeAt(start + 1);
  const first = text.charCodeAt(start + 2);
  const indicator = text.charCodeAt(start + 22);
  return legs >= 49 && legs <= 52 && first >= 65 && first <= 90 && (indicator === 69 || indicator === 32);
}

function afterSemicolon(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 59;
}

/** `otp` in any case at the run's start. */
function startsWithOtp(text: string, start: number): boolean {
  return (
    (text.charCodeAt(start) | 32) === 111 &&
    (text.charCodeAt(start + 1) | 32) === 116 &&
    (text.charCodeAt(start + 2) | 32) === 112
  );
}

/** ` is ` (any case, after one to three spaces or tabs) after the run. */
function isAfter(text: string, _start: number, end: number): boolean {
  let index = end;
  while (index < end + 3 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  return index > end && (text.charCodeAt(index) | 32) === 105 && (text.charCodeAt(index + 1) | 32) === 115;
}

const WHITESPACE = /\s/;

/**
 * The run opens the text or follows `?`, `&`, `;`, `,`, a space or `"` (what a query parameter or a header's field
 * opens after).
 */
/** The run is `name`, right after `?` or `&`. */
/**
 * The word runs a one-time link's segment opens with (url-credentials.ts's SECRET_SEGMENT_WORDS, to their first `-`;
 * `_` stays in a run).
 */
const ONE_TIME_SEGMENT_RUNS = [
  ...'reset password forgot change set new verify email verification confirm confirmation activate activation'.split(
    ' ',
  ),
  ...'invite invites invitation invitations accept magic login unsubscribe token tokens auth callback'.split(' '),
  ...'download downloads share shared'.split(' '),
  ...'reset_password forgot_password change_password set_password new_password password_reset verify_email'.split(' '),
  ...'verify_account verify_token email_verification confirm_email confirm_account accept_invite magic_link'.split(' '),
  ...'magic_login'.split(' '),
].flatMap((run) => (run.includes('_') ? [run, run.replace('_', '')] : [run]));

/** ONE_TIME_SEGMENT_RUNS by length, each length's words compared by wordIs. */
const ONE_TIME_RUNS_BY_LENGTH = ((byLength: Map<number, string[]>) => {
  for (const run of ONE_TIME_SEGMENT_RUNS) byLength.set(run.length, [...(byLength.get(run.length) ?? []), run]);
  return new Map([...byLength].map(([length, runs]) => [length, wordIs(...runs)]));
})(new Map());

/** Whether the run opens a path segment (a `/` before it) and is one of ONE_TIME_SEGMENT_RUNS, in any case. */
function oneTimeSegmentRun(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 47 && ONE_TIME_RUNS_BY_LENGTH.get(end - start)?.(text, start, end) === true;
}

/** Whether 20 characters of a one-time token (`[A-Za-z0-9_-]`) start at `at`. */
function tokenAt(text: string, at: number): boolean {
  for (let index = at; index < at + 20; index++) {
    const code = text.charCodeAt(index);
    if (!(isAlnum(code) || code === 95 || code === 45)) return false;
  }
  return true;
}

/**
 * A token's 20 characters in the segment after a one-word segment (`/tokens/list` has none) or in the one after that
 * (its first up to 64 characters of a path's): necessary for ONE_TIME_PATH. A segment of several words
 * (`/reset-password/`) is left to the regex.
 */
function tokenAfterSegment(text: string, start: number, end: number): boolean {
  if (!oneTimeSegmentRun(text, start, end)) return false;
  if (text.charCodeAt(end) !== 47 || tokenAt(text, end + 1)) return true;
  let index = end + 1;
  const limit = Math.min(text.length, index + 65);
  while (index < limit && !pathSegmentEnd(text.charCodeAt(index))) index++;
  return index > end + 1 && text.charCodeAt(index) === 47 && tokenAt(text, index + 1);
}

/** What ends a path segment in ONE_TIME_PATH's id (`[^\s/?#"'<>]`): `/`, `?`, `#`, a quote, `<`, `>`, white space. */
function pathSegmentEnd(code: number): boolean {
  return (
    code === 47 ||
    code === 63 ||
    code === 35 ||
    code === 34 ||
    code === 39 ||
    code === 60 ||
    code === 62 ||
    isSpace(code)
  );
}

/**
 * The start of a one-time link's segment: one filter for every length and first letter of ONE_TIME_SEGMENT_RUNS
 * (its check reads the `/` before the run first), so that the union's fifteen lengths cost one filter bit per run.
 */
function oneTimeSegmentStarts(): PatternStart[] {
  const lengths = ONE_TIME_SEGMENT_RUNS.map((run) => run.length);
  const firsts = new Set(ONE_TIME_SEGMENT_RUNS.flatMap((run) => [run[0] as string, (run[0] as string).toUpperCase()]));
  return [
    {
      length: [Math.min(...lengths), Math.max(...lengths)],
      chars: UPPER | LOWER | UNDERSCORE,
      first: [...firsts].join(''),
      after: '/-',
      check: tokenAfterSegment,
    },
  ];
}

/** The run is `name` right after `?` or `&`, or HTML's `&amp;`. */
function queryParameter(name: string): (text: string, start: number) => boolean {
  return (text, start) => {
    const previous = text.charCodeAt(start - 1);
    if (previous === 59) return text.startsWith('&amp;', start - 5) && text.startsWith(name, start);
    return (previous === 63 || previous === 38) && text.startsWith(name, start);
  };
}

function afterQuerySeparator(text: string, start: number): boolean {
  if (start === 0) return true;
  const code = text.charCodeAt(start - 1);
  if (
    code === 63 ||
    code === 38 ||
    code === 59 ||
    code === 44 ||
    code === 32 ||
    code === 34 ||
    (code >= 9 && code <= 13)
  )
    return true;
  return code >= 128 && WHITESPACE.test(text.charAt(start - 1));
}

/** Whether `word` (lower-case letters, digits and `_`) is written at `at` in any case, read without allocating. */
function foldedAt(text: string, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = text.charCodeAt(at + index);
    // Capitals fold to lower case; `_` compares as it is.
    if ((code >= 65 && code <= 90 ? code | 32 : code) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * The run [start, end) is one of `words` (lower-case letters, digits and `_`), in any case, read without
 * allocating: for starts tried at many runs of a log (`commit`, `client` at the `cookie` start).
 */
function wordIs(...words: string[]): (text: string, start: number, end: number) => boolean {
  return (text, start, end) => {
    for (const word of words) if (word.length === end - start && foldedAt(text, start, word)) return true;
    return false;
  };
}

/** The run [start, end) ends with one of `words` (as {@link wordIs} reads them): for keys that end a longer name. */
function endsWithWord(...words: string[]): (text: string, start: number, end: number) => boolean {
  return (text, start, end) => {
    for (const word of words) if (word.length <= end - start && foldedAt(text, end - word.length, word)) return true;
    return false;
  };
}

// Latitude and longitude keys: a run of its own, or ending a snake_case run (`dropoff_latitude`).
const COORDINATE_KEYS = ['lat', 'latitude', 'latitud', 'lng', 'lon', 'long', 'longitude', 'longitud'];
const coordinateKeyWord = wordIs(...COORDINATE_KEYS);
const endsWithCoordinateKeyWord = endsWithWord(...COORDINATE_KEYS);

/**
 * Whether a run's last character can end a key (`t` `e` `d` `g` `n`, in any case): the cheap test first, as these
 * starts are tried at every word of a log that a space or `=` follows.
 */
function endsLikeCoordinateKey(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1) | 32;
  return last === 116 || last === 101 || last === 100 || last === 103 || last === 110;
}

/** The run is a latitude or longitude key (its second letter `a`, `o` or `n` tried first). */
function isCoordinateKey(text: string, start: number, end: number): boolean {
  const second = text.charCodeAt(start + 1) | 32;
  return (second === 97 || second === 111 || second === 110) && coordinateKeyWord(text, start, end);
}

function endsWithCoordinateKey(text: string, start: number, end: number): boolean {
  return endsLikeCoordinateKey(text, end) && endsWithCoordinateKeyWord(text, start, end);
}

/** A camelCase run ending with a latitude or longitude key that opens with a capital (`pickupLat`, `startLongitude`). */
function endsWithCamelCoordinateKey(text: string, start: number, end: number): boolean {
  if (!endsLikeCoordinateKey(text, end)) return false;
  for (const key of COORDINATE_KEYS) {
    const at = end - key.length;
    if (at > start && text.charCodeAt(at) === 76 && foldedAt(text, at + 1, key.slice(1))) return true;
  }
  return false;
}

// What follows a latitude or longitude key: a quote, a backslash before one, a separator, white space.
const COORDINATE_KEY_END = { after: '"\'\\:=>', afterSpace: true };

/**
 * After the run, a dot, 3 to 15 digits, at most two spaces or tabs and a comma: the first half of a coordinate pair
 * (the run is its integer part). Read ahead so that the pair's regex does not run at every decimal of a log.
 */
function coordinateHalfAfter(text: string, _start: number, end: number): boolean {
  let index = end + 1;
  const limit = Math.min(text.length, end + 17);
  while (index < limit && isDigitCode(text.charCodeAt(index))) index++;
  const decimals = index - end - 1;
  if (decimals < 3 || decimals > 15) return false;
  for (let spaces = 0; spaces < 2 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9); spaces++) index++;
  return text.charCodeAt(index) === 44;
}

/** The run starts with one of these literals, looked up by its first character. */
function startsWithOneOf(...literals: string[]): (text: string, start: number) => boolean {
  const byFirst: (string[] | undefined)[] = new Array(128);
  for (const literal of literals) {
    const code = literal.charCodeAt(0);
    byFirst[code] = [...(byFirst[code] ?? []), literal];
  }
  return (text, start) => {
    const listed = byFirst[text.charCodeAt(start)];
    if (listed === undefined) return false;
    for (const literal of listed) if (text.startsWith(literal, start)) return true;
    return false;
  };
}

/** Terraform Cloud's id (14 characters, then `.atlasv1.`) and Airtable's (`pat` and 14), before their dot. */
function platformIdBeforeDot(text: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 17 && text.startsWith('pat', start)) || (length === 14 && text.startsWith('.atlasv1.', end));
}

/**
 * `ip-` or `ec2-`, any case, right before the run, opening a word (an AWS host name's dashed address: `ip-10-…`,
 * `ec2-54-…`). Read without allocating: every run of 1-3 digits before a `-` (dates, phone numbers) is asked.
 */
function afterHostPrefix(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 45) return false;
  let word: number;
  if ((text.charCodeAt(start - 2) | 32) === 112 && (text.charCodeAt(start - 3) | 32) === 105) word = start - 3;
  else if (
    text.charCodeAt(start - 2) === 50 &&
    (text.charCodeAt(start - 3) | 32) === 99 &&
    (text.charCodeAt(start - 4) | 32) === 101
  )
    word = start - 4;
  else return false;
  if (word === 0) return true;
  const before = text.charCodeAt(word - 1);
  return !(isAlnum(before) || before === 95);
}

/** The container tools with a `login` command (see command-line-password.ts). */
function loginClient(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  return name === 'docker' || name === 'podman' || name === 'buildah' || name === 'skopeo' || name === 'nerdctl';
}

/** Three characters from `at`, lower-cased (for ASCII letters), as (c0 << 16) | (c1 << 8) | c2. */
function threeLetters(text: string, at: number): number {
  return ((text.charCodeAt(at) | 32) << 16) | ((text.charCodeAt(at + 1) | 32) << 8) | (text.charCodeAt(at + 2) | 32);
}

// The first three letters of English months, as threeLetters reads them.
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS = new Set(ENGLISH_MONTHS.map((month) => threeLetters(month, 0)));

/** The run (ASCII letters only, at least three) starts with an English month name, any case. */
function monthRun(text: string, start: number): boolean {
  return MONTHS.has(threeLetters(text, start));
}

// A month name run followed by the day: "Jan 5", "Jan. 5" (the run is followed by '.' or a space).
function monthThenDay(text: string, start: number, end: number): boolean {
  return monthRun(text, start) && isDigitCode(text.charCodeAt(text.charCodeAt(end) === 46 ? end + 2 : end + 1));
}

// The first two letters, lower-cased, of "de" and of every month name (English and Spanish), as c0 << 8 | c1.
const MONTH_PAIRS = new Set(
  ['de', 'ja', 'fe', 'ma', 'ap', 'ju', 'au', 'se', 'oc', 'no', 'en', 'ab', 'ag', 'di'].map(
    (pair) => (pair.charCodeAt(0) << 8) | pair.charCodeAt(1),
  ),
);

// After "12 " / "12th " comes "de " or a month: two letters of those.
function monthFollows(text: string, _start: number, end: number): boolean {
  return MONTH_PAIRS.has(((text.charCodeAt(end + 1) | 32) << 8) | (text.charCodeAt(end + 2) | 32));
}

// After "12 " / "1º " comes "de " or a month (`1º de marzo`: a Spanish first of the month).
function dayThenMonthWord(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  return next === 0xba || next === 0xb0 ? monthFollows(text, start, end + 1) : monthFollows(text, start, end);
}

// After "12th " comes "de ", "of " or a month (`3rd of March`).
function ordinalThenMonthWord(text: string, start: number, end: number): boolean {
  if (monthFollows(text, start, end)) return true;
  return (
    (text.charCodeAt(end + 1) | 32) === 111 &&
    (text.charCodeAt(end + 2) | 32) === 102 &&
    monthFollows(text, start, end + 3)
  );
}

// DD-Mon-YY(YY): after the day and its separator, two letters of a month, the same separator after three, then
// a year not followed by `:` and a digit (`22/Nov/2026:07:58:34`, an access log's time).
function monthBetweenSeparators(text: string, start: number, end: number): boolean {
  if (!monthFollows(text, start, end) || text.charCodeAt(end + 4) !== text.charCodeAt(end)) return false;
  let index = end + 5;
  while (isDigitCode(text.charCodeAt(index))) index++;
  return !(text.charCodeAt(index) === 58 && isDigitCode(text.charCodeAt(index + 1)));
}

// DD-Month-YY(YY): as monthBetweenSeparators, or a month longer than three letters (`14-March-1985`, not the
// access log's `22/Nov/2026`): two letters of a month after the separator, and a fourth letter.
function dayThenMonth(text: string, start: number, end: number): boolean {
  if (monthBetweenSeparators(text, start, end)) return true;
  const fourth = text.charCodeAt(end + 4) | 32;
  return monthFollows(text, start, end) && fourth >= 97 && fourth <= 122;
}

// The three-letter months of a glued date (`14MAR1985`), English and the Spanish ones that differ.
const GLUED_MONTHS = new Set([...ENGLISH_MONTHS, 'ene', 'abr', 'ago', 'dic'].map((month) => threeLetters(month, 0)));

// A glued date: one or two digits, a three-letter month, then two or four digits to the end of the run.
function gluedDate(text: string, start: number, end: number): boolean {
  const month = isDigitCode(text.charCodeAt(start + 1)) ? start + 2 : start + 1;
  const year = end - month - 3;
  return (year === 2 || year === 4) && allDigits(text, month + 3, end) && GLUED_MONTHS.has(threeLetters(text, month));
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isDigitCode(text.charCodeAt(index))) return false;
  return true;
}

// SSN layout after the first group: the separator, two digits, the same separator, four digits.
function ssnGroups(text: string, _start: number, end: number): boolean {
  return (
    allDigits(text, end + 1, end + 3) &&
    text.charCodeAt(end + 3) === text.charCodeAt(end) &&
    allDigits(text, end + 4, end + 8)
  );
}

// 3-3-3(4) layout after the first group: the separator, three digits, the same separator, three digits.
function threeGroups(text: string, _start: number, end: number): boolean {
  return (
    allDigits(text, end + 1, end + 4) &&
    text.charCodeAt(end + 4) === text.charCodeAt(end) &&
    allDigits(text, end + 5, end + 8)
  );
}

// Runs of capital letters first, then the rest: the run's characters 1..count-1 are capital letters.
function capitals(count: number): (text: string, start: number) => boolean {
  return (text, start) => {
    for (let index = start + 1; index < start + count; index++) if (!isUpperCode(text.charCodeAt(index))) return false;
    return true;
  };
}

// DEA: a letter, a letter or 9, then seven digits (the run is nine characters).
function deaStart(text: string, start: number, end: number): boolean {
  const second = text.charCodeAt(start + 1);
  return (isUpperCode(second) || second === 57) && allDigits(text, start + 2, end);
}

// Spanish NIF: eight digits, then the letter in the run or after a dash.
function nifStart(text: string, start: number, end: number): boolean {
  if (end - start === 9) return isUpperCode(text.charCodeAt(end - 1)) && allDigits(text, start, end - 1);
  return text.charCodeAt(end) === 45 && isUpperCode(text.charCodeAt(end + 1));
}

/**
 * A start check for runs opening with one of `words` (three or four letters, any case), in one typed-array read:
 * a table indexed by the first three characters, 5 bits each, holds 1 for a word of three letters or the fourth
 * letter of a word of four. (Sets of numbers cost 1% of the bench log here: four letters packed in 8 bits each
 * leave V8's small integers.) A digit or `_` may read as a letter in 5 bits, so the check may pass a run its
 * regex then rejects, never the reverse; two words of four letters may not share their first three.
 */
function wordStarts(words: readonly string[]): (text: string, start: number) => boolean {
  const table = new Uint8Array(1 << 15);
  for (const word of words) {
    const slot = fiveBitLetters(word, 0);
    const value = word.length === 3 ? 1 : word.charCodeAt(3) | 32;
    if (table[slot] !== 0 && table[slot] !== value) throw new Error(`wordStarts: ${word} shares its first letters`);
    table[slot] = value;
  }
  return (text, start) => {
    const value = table[fiveBitLetters(text, start)] as number;
    return value === 1 || (value !== 0 && (text.charCodeAt(start + 3) | 32) === value);
  };
}

/** A letter alone after the run's hyphen (`D-E`, not `e-mail`). */
function spelledLetterAfter(text: string, start: number): boolean {
  const code = text.charCodeAt(start + 2) | 32;
  return code >= 97 && code <= 122 && text.charCodeAt(start + 3) === 45;
}

/** Three characters from `at`, 5 bits each (case drops out). */
function fiveBitLetters(text: string, at: number): number {
  return ((text.charCodeAt(at) & 31) << 10) | ((text.charCodeAt(at + 1) & 31) << 5) | (text.charCodeAt(at + 2) & 31);
}

// card-security-code: a word a card verification label starts with (any case): cvv, cvc, cvn, csc, cid, cvd (what
// follows may be a digit, `_` or another word: cvv2, cvv_code, cidNumber, cvd_value), cred…, card…, secu…, veri…,
// codi…; and cc… (cc_cvv, cc-csc, ccv).
const cvvLabelWord = wordStarts(['cvv', 'cvc', 'cvn', 'csc', 'cid', 'cvd', 'cred', 'card', 'secu', 'veri', 'codi']);

// `x_card` in any case: the start of Authorize.net's x_card_code.
function xCardStart(text: string, start: number): boolean {
  return text.charCodeAt(start + 1) === 95 && cvvLabelWord(text, start + 2) && (text.charCodeAt(start + 2) | 32) === 99;
}

function cvvLabelStart(text: string, start: number): boolean {
  if ((text.charCodeAt(start) | 32) === 99 && (text.charCodeAt(start + 1) | 32) === 99) return true;
  return cvvLabelWord(text, start);
}

/**
 * A run `5B…` after `%` whose rest (at most `longest` characters) starts a label as `check` reads it, followed by
 * one of `after` or the `%` of `%5D`: a URL-encoded form field's name (`card%5Bcvc%5D=123`, `card%5Bpin%5D`), the
 * match starting at the `%`.
 */
function encodedBracketLabel(
  longest: number,
  after: string,
  check: (text: string, start: number) => boolean,
): PatternStart {
  return {
    length: [5, longest + 2],
    chars: WORD,
    first: '5',
    before: '%',
    after: `${after}%`,
    check: (text, start) => (text.charCodeAt(start + 1) | 32) === 98 && check(text, start + 2),
  };
}

// `c` before `ó` or `Ó`: código.
function beforeAcuteO(text: string, start: number): boolean {
  return (text.charCodeAt(start + 1) | 32) === 0xf3;
}

// What may follow the word a CVV label starts with: the rest of the label (`/`, ` `, `-`, `.`, `(`) or what leads
// to its value (quotes, escaped ones too, `]`, `=`, `:`, `#`, `|`, white space, the end of an XML tag).
const CVV_AFTER = '/( \t"\'\\]=:#|.->';

// pin: a word a PIN label starts with (any case): pin, nip, atm, card…, debi…, bank….
const pinLabelStart = wordStarts(['pin', 'nip', 'atm', 'card', 'debi', 'bank']);

// What may follow the word a PIN label starts with (as CVV_AFTER, without `/` and `(`).
const PIN_AFTER = ' \t"\']=:#|.->';

// A table cell: at most 8 spaces or double quotes back to a delimiter (, ; | tab) or a line start.
/** Whether the text's first line is the header of a table aligned with spaces (it holds no delimiter). */
const alignedTable = new TextMemo((text) => readAlignedHeader(text) !== undefined);

function cellStart(text: string, start: number): boolean {
  // A cell of a table aligned with spaces (its header the text's first line): two spaces or more before it.
  if (start >= 2 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 32 && alignedTable.of(text)) {
    return true;
  }
  let index = start;
  while (index > 0 && start - index <= 8) {
    const code = text.charCodeAt(index - 1);
    if (code !== 32 && code !== 34) break;
    index--;
  }
  if (start - index > 8) return false;
  if (index === 0) return true;
  const code = text.charCodeAt(index - 1);
  return (
    code === 44 ||
    code === 59 ||
    code === 124 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0x2028 ||
    code === 0x2029
  );
}

const DIGITS = '0123456789';
const UPPERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWERS = 'abcdefghijklmnopqrstuvwxyz';
const HEX = `${DIGITS}ABCDEFabcdef`;
const MONTH_INITIALS = 'jfmasondJFMASOND';
// Dashes that word processors put for `-` between digit groups: hyphen, non-breaking hyphen, figure dash, en
// dash, em dash, minus sign.
const WIDE_DASHES = '\u2010\u2011\u2012\u2013\u2014\u2212';

const digitRun = (min: number, max: number, after: string, digits: number, first?: string): PatternStart => ({
  length: [min, max],
  chars: DIGIT,
  digits,
  separators: after,
  after,
  ...(first === undefined ? {} : { first }),
});

/** Start conditions by `${flags}/${source}` of the built-in regexes. */
export const PATTERN_STARTS: ReadonlyMap<string, readonly PatternStart[]> = new Map<string, readonly PatternStart[]>([
  // spelled-name: a letter alone before a hyphen and another letter alone (`D-E-M-A-R-C-U-S`)
  [
    'g/(?<![\\w-])[A-Za-z](?:-[A-Za-z]){3,24}(?![\\w-])',
    [{ length: [1, 1], chars: UPPER | LOWER, after: '-', check: spelledLetterAfter }],
  ],
  // phone: +CC..., (area) or area followed by a separator (a word processor's dash too)
  [
    'g/\\+\\d{1,3}(?:[ .\\u2010-\\u2014\\u2212-]?(?:\\(\\d{1,4}\\)|\\d{1,4})){1,6}',
    [{ length: [1, Infinity], chars: ALNUM | UNDERSCORE, first: DIGITS, before: '+' }],
  ],
  [
    'g/(?:\\([2-9]\\d{2}\\)[ .\\u2010-\\u2014\\u2212-]?|\\b[2-9]\\d{2}[ .\\u2010-\\u2014\\u2212-])[2-9]\\d{2}[ .\\u2010-\\u2014\\u2212-]\\d{4}\\b',
    [
      { length: [3, 3], chars: DIGIT, before: '(', after: ')' },
      { length: [3, 3], chars: DIGIT, after: ` .-${WIDE_DASHES}`, digits: 10, separators: ' .-' },
    ],
  ],
  [
    'g/(?:\\b00[1-9]\\d{0,2}[ .\\u2010-\\u2014\\u2212](?:\\(\\d{1,4}\\)|\\d{1,4})(?:[ .\\u2010-\\u2014\\u2212-]?(?:\\(\\d{1,4}\\)|\\d{1,4})){0,5}|(?:\\(\\d{2,5}\\)[ .\\u2010-\\u2014\\u2212-]?|\\b\\d{2,5}[ .\\u2010-\\u2014\\u2212-])\\d{2,4}(?:[ .\\u2010-\\u2014\\u2212-]\\d{2,4}){1,3}|\\(\\d{2,5}\\)[ .-]?\\d{4,5}-\\d{4}|\\b0\\d{1,4}[ .\\u2010-\\u2014\\u2212-]\\d{4,8}|\\b[6-9]\\d{4} \\d{5})\\b',
    [
      { length: [2, 5], chars: DIGIT, before: '(', after: ')' },
      { length: [2, 5], chars: DIGIT, after: ` .-${WIDE_DASHES}`, digits: 6, separators: ' .-', check: notTimestamp },
    ],
  ],
  // uk-postcode: outward code (2-4) then a space, or the whole postcode (5-7); GIR 0AA
  [
    'gi/\\b(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?|GIR) ?\\d[ABD-HJLNP-UW-Z]{2}\\b',
    [
      // a digit in the run (lower case too: prose words have none), or GIR in any case
      {
        length: [2, 7],
        chars: ALNUM,
        requires: DIGIT,
        first: 'ABCDEFGHIJKLMNOPRSTUWYZabcdefghijklmnoprstuwyz',
        check: postcodeStart,
      },
      { length: [3, 3], chars: UPPER | LOWER, first: 'Gg', after: ' ', check: gir },
    ],
  ],
  [
    'g/\\b[2-6]\\d{3}(?:[ \\u2010-\\u2014\\u2212-]?\\d){9,15}\\b',
    [
      // fewer than 13 digits in the first run: a separator must follow (a word processor's dash too)
      { length: [4, 12], chars: DIGIT, first: '23456', after: ` -${WIDE_DASHES}`, digits: 13, separators: ' -' },
      { length: [13, 19], chars: DIGIT, first: '23456', digits: 13, separators: ' -' },
    ],
  ],
  ['g/\\b[2-6]\\d{3}(?:\\.\\d{4}){3}\\b', [digitRun(4, 4, '.', 16, '23456')]],
  ['g/\\b[0-8]\\d{3}-\\d{4}-\\d\\b', [digitRun(4, 4, '-', 9, '012345678')]],
  [
    'g/\\b[A-Z]{6}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?\\b',
    [
      // the match is the whole run: 8 or 11 characters, the first six letters
      { length: [8, 8], chars: DIGIT | UPPER, first: UPPERS, check: capitals(6) },
      { length: [11, 11], chars: DIGIT | UPPER, first: UPPERS, check: capitals(6) },
    ],
  ],
  [
    'g/\\b(?:[13LMD9AX7T][1-9A-HJ-NP-Za-km-z]{25,34}|r[1-9A-HJ-NP-Za-km-z]{24,34}|[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?|(?:bc|tb|ltc|BC|TB|LTC)1(?:[02-9ac-hj-np-z]{11,71}|[02-9AC-HJ-NP-Z]{11,71}))\\b',
    [{ length: [14, 106], chars: ALNUM, first: '13LMD9AX7TrbBtTlL48', check: cryptoAddressLength }],
  ],
  ['g/\\b0x[0-9a-fA-F]{40}\\b', [{ length: [42, 42], chars: ALNUM, first: '0' }]],
  [
    'g/\\b(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4})\\b',
    [
      {
        length: [2, 2],
        chars: ALNUM,
        first: HEX,
        after: ':-',
        check: sixGroups,
      },
      {
        length: [4, 4],
        chars: ALNUM,
        first: HEX,
        after: '.',
        check: (text, _start, end) => text.charCodeAt(end + 5) === 46,
      },
    ],
  ],
  [
    'g/\\b(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?=T00:00|\\b)|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})\\b)',
    [
      { ...digitRun(1, 2, '-/.', 4), check: numericDate },
      { ...digitRun(4, 4, '-/.', 6), check: isoDate },
    ],
  ],
  [
    'gi/\\b(?:\\d{1,2}(?:(?:st|nd|rd|th)\\s(?:of\\s|de\\s)?|[\u00ba\u00b0]?\\s(?:de\\s)?)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic)\\.?,?\\s(?:de\\s|del\\s)?(?:\\d{4}|\\d{2})|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}|\\d{4}[ \\t](?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\.?[ \\t]\\d{1,2}\\b(?![ \\t]+\\d{1,2}:\\d))\\b',
    [
      { length: [1, 2], chars: DIGIT, after: 'º°', afterSpace: true, check: dayThenMonthWord },
      { length: [3, 4], chars: ALNUM, first: DIGITS, afterSpace: true, check: ordinalThenMonthWord },
      {
        length: [3, 9],
        chars: UPPER | LOWER,
        first: MONTH_INITIALS,
        after: '.',
        afterSpace: true,
        check: monthThenDay,
      },
    ],
  ],
  [
    'gi/\\b(?:\\d{1,2}([-/])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|sept(?:ember)?|january|february|march|april|june|july|august|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\1(?:\\d{4}|\\d{2})|\\d{4}([-/])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|sept(?:ember)?|january|february|march|april|june|july|august|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\2\\d{1,2}|\\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)(?:\\d{4}|\\d{2}))\\b(?!:\\d)',
    [
      { length: [1, 2], chars: DIGIT, after: '-/', check: dayThenMonth },
      { length: [4, 4], chars: DIGIT, after: '-/', check: monthFollows },
      // Glued: digits and letters of either case (a run of digits alone is no date).
      { length: [6, 9], chars: DIGIT | UPPER, requires: DIGIT | UPPER, first: DIGITS, check: gluedDate },
      { length: [6, 9], chars: DIGIT | LOWER, requires: DIGIT | LOWER, first: DIGITS, check: gluedDate },
      { length: [6, 9], chars: ALNUM, requires: ALNUM, first: DIGITS, check: gluedDate },
    ],
  ],
  [
    'g/\\b(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}(?:\\/(?:3[0-2]|[12]?\\d))?\\b',
    [{ length: [1, 3], chars: DIGIT, after: '.', check: dottedQuad }],
  ],
  // us-ssn: `-`, a space or `.`, or a dash a word processor puts there (U+2010-U+2014, U+2212), the same twice
  [
    'g/\\b\\d{3}([- .\\u2010-\\u2014\\u2212])\\d{2}\\1\\d{4}\\b',
    [
      { ...digitRun(3, 3, '- .', 9), check: ssnGroups },
      { length: [3, 3], chars: DIGIT, after: WIDE_DASHES, check: ssnGroups },
    ],
  ],
  [
    'g/\\b9\\d{2}([- ]?)[5-9]\\d\\1\\d{4}\\b',
    [{ length: [3, 9], chars: DIGIT, first: '9', digits: 9, separators: '- ' }],
  ],
  [
    'g/\\b[A-Z]\\d{4,14}\\b',
    [{ length: [5, 15], chars: DIGIT | UPPER, requires: DIGIT | UPPER, first: UPPERS, check: letterThenDigits }],
  ],
  [
    'g/\\b(?:[A-Z]\\d{3}-\\d{3}-\\d{2}-\\d{3}(?:-\\d)?|[A-Z]{1,2}\\d{2,3}-\\d{3,4}-\\d{3,4}(?:-\\d{1,3})?|WDL[A-Z0-9]{9})\\b',
    [
      { length: [3, 5], chars: DIGIT | UPPER, first: UPPERS, after: '-' },
      { length: [12, 12], chars: DIGIT | UPPER, first: 'W' },
    ],
  ],
  [
    'g/\\b[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\\d-?[AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\\d-?[AC-HJKMNP-RT-Y]{2}\\d{2}\\b',
    [
      // dashes after the 4th and 7th characters are optional: a run ends at one of them or is all 11
      {
        length: [4, 7],
        chars: DIGIT | UPPER,
        requires: DIGIT | UPPER,
        first: '123456789',
        after: '-',
        check: mbiStart,
      },
      { length: [11, 11], chars: DIGIT | UPPER, requires: DIGIT | UPPER, first: '123456789', check: mbiStart },
    ],
  ],
  [
    'g/\\b[A-Z][A-Z9]\\d{7}\\b',
    [{ length: [9, 9], chars: DIGIT | UPPER, requires: DIGIT | UPPER, first: UPPERS, check: deaStart }],
  ],
  ['g/\\b\\d{3}([ -])\\d{3}\\1\\d{3,4}\\b', [{ ...digitRun(3, 3, ' -', 9), check: threeGroups }]],
  ['g/\\b[2-6]\\d{3} \\d{5} \\d(?:[ -/]\\d)?\\b', [{ ...digitRun(4, 4, ' ', 10, '23456'), check: medicareStart }]],
  ['g/\\b\\d{2}-\\d{7}\\b', [digitRun(2, 2, '-', 9)]],
  [
    'g/\\b[ABCDEFGHJNPQRSUVW]-?\\d{7}-?[0-9A-J]\\b',
    [
      // `B-…`, or the letter and seven digits (`B1234567-J`) or all nine characters (`B12345678`) in one run.
      { length: [1, 1], chars: UPPER, first: 'ABCDEFGHJNPQRSUVW', after: '-' },
      { length: [8, 9], chars: DIGIT | UPPER, requires: DIGIT, first: 'ABCDEFGHJNPQRSUVW', check: letterThenDigit },
    ],
  ],
  ['g/\\b\\d{2} \\d{3} \\d{3} \\d{3}\\b', [digitRun(2, 2, ' ', 11)]],
  // in-pin-code: an Indian PIN written 3 + 3 (`400 001`)
  ['g/\\b[1-9]\\d{2} \\d{3}\\b', [digitRun(3, 3, ' ', 6, '123456789')]],
  ['g/\\b\\d{2}\\.\\d{3}\\.\\d{3}\\/\\d{4}-\\d{2}\\b', [{ ...digitRun(2, 2, '.', 14), separators: './-' }]],
  // geo-coordinates: a pair from its first decimal's integer digits (maybe after `-`), 3 decimals after the dot
  [
    'g/(?<![\\w.-]|\\.\\d{3,15}[ \\t]{0,2},[ \\t]{0,2})-?\\d{1,3}\\.\\d{3,15}[ \\t]{0,2},[ \\t]{0,2}-?\\d{1,3}\\.\\d{3,15}(?![\\w.]|[ \\t]{0,2},[ \\t]{0,2}-?\\d{1,3}\\.\\d{3})',
    [
      { length: [1, 3], chars: DIGIT, after: '.', check: coordinateHalfAfter },
      { length: [1, 3], chars: DIGIT, after: '.', before: '-', check: coordinateHalfAfter },
    ],
  ],
  // a latitude or longitude key: the whole run (3-9 letters), or a snake_case or camelCase run ending with it
  [
    'g/\\b(?:(?:[A-Za-z0-9]{1,24}_){0,3}(?:[Ll][Aa][Tt](?:[Ii][Tt][Uu][Dd][Ee]?)?|[Ll][Nn][Gg]|[Ll][Oo][Nn](?:[Gg](?:[Ii][Tt][Uu][Dd][Ee]?)?)?)|[a-z0-9]{1,24}(?:L[Aa][Tt](?:[Ii][Tt][Uu][Dd][Ee]?)?|L[Nn][Gg]|L[Oo][Nn](?:[Gg](?:[Ii][Tt][Uu][Dd][Ee]?)?)?))(?![\\w])(?:\\\\?["\'])?[ \\t]{0,3}(?:=>|[:=>])[ \\t]{0,3}\\\\?["\']?(-?\\d{1,3}\\.\\d{3,15})(?![\\w%]|\\.\\d|[ \\t]{0,2},[ \\t]{0,2}-?\\d)',
    [
      { length: [3, 9], chars: UPPER | LOWER, first: 'lL', ...COORDINATE_KEY_END, check: isCoordinateKey },
      { length: [5, 96], chars: WORD, requires: UNDERSCORE, ...COORDINATE_KEY_END, check: endsWithCoordinateKey },
      {
        length: [4, 33],
        chars: ALNUM,
        requires: UPPER | LOWER,
        ...COORDINATE_KEY_END,
        check: endsWithCamelCoordinateKey,
      },
    ],
  ],
  [
    'gi/\\b[A-HJ-NPR-Z0-9]{17}\\b',
    [{ length: [17, 17], chars: ALNUM, first: 'ABCDEFGHJKLMNPRSTUVWXYZabcdefghjklmnprstuvwxyz0123456789' }],
  ],
  [
    'gi/\\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b',
    [
      // two letters and a space (prose has many such words: the check reads the digits after), or a run with digits
      {
        length: [2, 2],
        chars: UPPER | LOWER,
        first: 'ABCEGHJKLMNOPRSTWXYZabceghjklmnoprstwxyz',
        after: ' ',
        check: ninoStart,
      },
      {
        length: [4, 9],
        chars: ALNUM,
        requires: DIGIT,
        first: 'ABCEGHJKLMNOPRSTWXYZabceghjklmnoprstwxyz',
        check: ninoStart,
      },
    ],
  ],
  [
    'g/\\b[A-Z]{2}\\d{7}\\b',
    [{ length: [9, 9], chars: DIGIT | UPPER, requires: DIGIT | UPPER, first: UPPERS, check: capitals(2) }],
  ],
  [
    'g/\\b\\d{8}-?[A-Z]\\b',
    [{ length: [8, 9], chars: DIGIT | UPPER, first: DIGITS, digits: 8, separators: '', check: nifStart }],
  ],
  // password-assignment: the MySQL clients' and sshpass's -p, from the command's name
  [
    'g/(?<![\\w/.-])(?<!(?:^|\\s)(?:-[uc]|--(?:name|user|unit|container|service|image|hostname))[ \\t]{1,4})(?:mysql(?:dump|admin|check|import|pump|sh|binlog)?|mariadb)(?=[ \\t"\',])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t"\',]-p[\'"]?((?<=\')[^\'\\n]{3,128}(?=\')|(?<=")[^"\\n]{3,128}(?=")|[^\\s\'"<,-](?:[^\\s\'",]|,(?=[^\\s\\]\'"])){2,127}(?<![\\]`]))',
    [
      { length: [5, 11], chars: LOWER, first: 'm', check: startsWith('mysql') },
      { length: [7, 7], chars: LOWER, first: 'm', check: startsWith('mariadb') },
    ],
  ],
  [
    'g/\\bsshpass(?:[ \\t]+-[a-oq-zA-Z][\\w=]{0,32}(?:[ \\t]+(?!-)(?:"[^"\\n]{0,32}"|\'[^\'\\n]{0,32}\'|\\S{1,32}))?){0,4}[ \\t]+-p[ \\t]*[\'"]?((?<=\')[^\'\\n]{3,128}(?=\')|(?<=")[^"\\n]{3,128}(?=")|[^\\s\'"<,-](?:[^\\s\'",]|,(?=[^\\s\\]\'"])){2,127}(?<![\\]`]))',
    [{ length: [7, 7], chars: LOWER, first: 's', check: startsWith('sshpass') }],
  ],
  // short-key-secret: a `jwt` or `pat` run, or a snake_case run ending in `_jwt` or `_pat` (the key ends its run)
  [
    "gi/\\b(?:\\w{0,60}_)?(?:jwt|pat)(?:\\\\?[\"']\\]?|\\](?=[ \\t]{0,4}(?:=>|[=:]))|%5D(?==|%3D))?(?:(?<=(?:^|\\n)[ \\t]{0,16}(?:>[ \\t]{0,4})?\\|[^|\\n]{1,64})[ \\t]{0,4}:?(?:\\*{1,3}|_{1,2}|`)?[ \\t]{0,8}:?[ \\t]{0,8}\\|[ \\t]{0,64}(?:\\*{1,3}|`{1,2})?[\"']?([^|\\s\"'`*](?:(?:\\\\\\||[^|\\n]){0,4094}[^|\\s\"'`*])?)(?=[\"']?(?:\\*{1,3}|`{1,2})?[ \\t]{0,256}(?:\\||\\r?\\n|$))|(?:[ \\t]{0,4}(?::[ \\t]{0,4}|[ \\t])(?:&(?:'static[ \\t]{1,4})?)?(?:str|string|SecretStr|bytes|(?:Optional|Final|ClassVar)\\[str\\]|str[ \\t]{0,2}\\|[ \\t]{0,2}None|Option<String>)[ \\t]{0,4}=(?!=)[ \\t]{0,4}(?=\\\\?[\"'])|\\s{0,4}(?:=|:|=>|:=)[ \\t]{0,4}|[ \\t]{5,40}(?:=>|[=:])[ \\t]{0,4}|(?<=(?:^|\\s)--?(?!-|no-)[\\w-]{1,64})[ \\t]{1,8}(?![\\s-])|(?<=[\"']--?(?!-|no-)[\\w-]{1,64}[\"'])[ \\t]{0,4},\\s{0,16}(?=[\"'][^-])|(?<=(?:^|\\n)[ \\t]{0,16}-[ \\t]{1,4}[\"']?--?(?!-|no-)[\\w-]{1,64}[\"']?)[ \\t]{0,4}\\r?\\n[ \\t]{0,16}-[ \\t]{1,4}(?=[^\\s-])|(?<=(?:^|\\n)[ \\t]{0,16}[\\w-]{1,64}\\.[\\w.-]{1,192})[ \\t]{1,8}(?![\\s=:#!])(?=[^\\s]{1,4096}[ \\t]{0,8}(?:\\r?\\n|$))|(?<=\\b(?:define|env|getenv|get|getOrDefault|getProperty|fetch|config)[ \\t]{0,4}\\([ \\t]{0,4}[\"'][\\w.:-]{1,64}[\"'])[ \\t]{0,4},[ \\t]{0,32}(?:default[ \\t]{0,4}=[ \\t]{0,4})?(?=[\"']))(?:\\\\?[\"'`])?(?:(?:basic|token|apikey|api-key|bearer|ssws|key|bot|sharedkey|splunk|deepl-auth-key|klaviyo-api-key|zoho-oauthtoken)\\s{1,4})?(?!eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{4,16384}\\.[A-Za-z0-9_-]{16})((?<=(?:^|[^\\\\])\")(?=(?:[^\"\\\\\\n]|\\\\[^\\n]){8})[^\"\\\\\\n]{0,512}(?:\\\\[^\\n][^\"\\\\\\n]{0,512}){0,8}(?=\")|(?<=(?:^|[^\\\\])')(?=(?:[^'\\\\\\n]|\\\\[^\\n]){8})[^'\\\\\\n]{0,512}(?:\\\\[^\\n][^'\\\\\\n]{0,512}){0,8}(?=')|(?:[^\\s\"'`,;&<>]|(?!&(?:str\\b|mut\\b|dyn\\b|String\\b|'|\\[))&(?!(?:amp;)?[\\w.%\\[\\]-]{1,64}=)(?:(?:amp|lt|gt|quot|apos|#\\d{1,7}|#[xX][\\da-fA-F]{1,6});)?)(?:[^\\s\"'`,;&<>]|&(?!(?:amp;)?[\\w.%\\[\\]-]{1,64}=)(?:(?:amp|lt|gt|quot|apos|#\\d{1,7}|#[xX][\\da-fA-F]{1,6});)?){7,4095}(?<!\\\\)(?<!\\.(?=\\s))))",
    [
      { length: [3, 3], chars: UPPER | LOWER, first: 'jJpP', check: wordIs('jwt', 'pat') },
      { length: [4, 64], chars: WORD, requires: UNDERSCORE, check: endsWithUnderscoreJwtOrPat },
    ],
  ],
  // command-line-password: from the client's name (curl, redis-cli, sqlcmd, bcp, ldap*, docker/podman/buildah/
  // skopeo/nerdctl login, az login; smbclient, rpcclient)
  [
    'g/(?:\\bredis-cli(?=[ \\t])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t](?:-a|--pass)[ \\t]+|\\b(?:sqlcmd|bcp)(?=[ \\t])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t]-P[ \\t]*|\\bldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|exop|url)(?=[ \\t])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t]-w[ \\t]+|\\b(?:docker|podman|buildah|skopeo|nerdctl)[ \\t]+login(?=[ \\t])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t]-p[ \\t]+|\\baz[ \\t]+login(?=[ \\t])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t]-p[ \\t]+)[\'"]?((?<=\')[^\'\\n]{1,128}(?=\')|(?<=")[^"\\n]{1,128}(?=")|[^\\s\'"-][^\\s\'"]{0,127})',
    [
      { length: [5, 5], chars: LOWER, first: 'r', after: '-', check: startsWith('redis-cli') },
      // Each name is followed by a space or a tab.
      { length: [6, 6], chars: LOWER, first: 's', after: ' \t', check: startsWith('sqlcmd') },
      { length: [3, 3], chars: LOWER, first: 'b', after: ' \t', check: startsWith('bcp') },
      { length: [7, 13], chars: LOWER, first: 'l', after: ' \t', check: startsWith('ldap') },
      { length: [6, 7], chars: LOWER, first: 'dpsbn', after: ' \t', check: loginClient },
      { length: [2, 2], chars: LOWER, first: 'a', after: ' \t', check: startsWith('az') },
    ],
  ],
  [
    'g/\\bcurl(?=[ \\t])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t](?:-u[ \\t]*|--user(?:[ \\t]+|=))(?:\'[^\':\\n]{0,128}:([^\'\\n]{1,128})\'|"[^":\\n]{0,128}:([^"\\n]{1,128})"|[^\\s:\'"-][^\\s:\'"]{0,127}:([^\\s\'"]{1,128}))',
    [{ length: [4, 4], chars: LOWER, first: 'c', check: startsWith('curl') }],
  ],
  [
    'g/\\b(?:smbclient|rpcclient)(?=[ \\t])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t](?:-U[ \\t]*|--user(?:[ \\t]+|=))[\'"]?[^\\s%\'"]{1,128}%([^\\s\'"]{1,128})',
    [{ length: [9, 9], chars: LOWER, first: 'sr', check: (text, start) => text.startsWith('client', start + 3) }],
  ],
  // command-line-password: SQL's IDENTIFIED BY and PASSWORD, redis.conf's requirepass and masterauth (any case)
  [
    'gi/\\b(?:(?:identified(?:[ \\t]+with[ \\t]+\\w{1,64})?[ \\t]+by|password)[ \\t]+(?:\'([^\'\\n]{1,128})\'|"([^"\\n]{1,128})")|(?:identified[ \\t]+by|requirepass|masterauth)[ \\t]+([^\\s\'";]{1,128}))',
    [
      { length: [8, 8], chars: UPPER | LOWER, first: 'pP', after: ' \t', check: wordIs('password') },
      {
        length: [10, 10],
        chars: UPPER | LOWER,
        first: 'iImM',
        after: ' \t',
        check: wordIs('identified', 'masterauth'),
      },
      { length: [11, 11], chars: UPPER | LOWER, first: 'rR', after: ' \t', check: wordIs('requirepass') },
    ],
  ],
  // card-security-code: from a label's first word (CVV, CVC, CID, CSC, card …, cc …, credit …, security code,
  // verification value, código), or a card number followed by its expiry date
  [
    'gi/(?:(?<![/\\\\])\\b|%5B)(?:(?:(?:(?:credit[ _-]?)?card[ _.-]?|cc[ _.-]?)?(?:cvv2?|cvc2?|cvn2?|ccv|csc)(?:[ _-]?(?:code|number))?|(?:(?:credit[ _-]?)?card[ _.-]?|cc[ _.-]?)?(?:security[ _-]?code|verification[ _-]?(?:value|code|number)|cvd[ _-]?value)|(?:(?:credit[ _-]?)?card[ _.-]?|cc[ _.-]?)cid(?:[ _-]?(?:code|number))?|(?<!gift[ _-]?)(?:x_)?card[ _-]?code|c[oó]digo[ _-]?(?:de[ _-]?seguridad|cvv2?|cvc2?))\\b(?:\\/(?:cvv2?|cvc2?|cid|csc))?(?:[ \\t]{0,2}\\((?:cvv2?|cvc2?|cid|csc)\\))?(?:[ \\t]{1,2}de[ \\t]{1,2}(?:la|tu|su)[ \\t]{1,2}tarjeta)?(?:\\\\?["\']|\\]|%5D){0,2}(?:[ \\t]{1,3}(?:is|was|es)\\b|(?:[ \\t]{1,3}(?:the|this|that|my|your|his|her|our|their|its|a|an|on|in|for|of|at|from|with|back|front|reverse|file|record|card|cards|account|new|old|current|debit|credit|atm|bank|visa|mastercard|amex|physical|virtual|customer|customers|client|user|holder|cardholder|member|owner|guest|patient|de|del|la|el|mi|tu|su|nuestra|nuestro|tarjeta|nueva|en|reverso|dorso|cuenta|para|esta|este|con|cliente|usuario|titular|miembro|socio|paciente)\\b){1,6}(?:[ \\t]{1,3}(?:is|was|es|era)\\b|(?=[ \\t]?:)))?[ \\t]{0,3}(?:=>|:=|[:=#|]|>(?=\\d{3,4}<))?[ \\t]{0,3}\\\\?["\']?(\\d{3,4})|cid(?:[ _-]?(?:code|number))?\\b(?:\\/(?:cvv2?|cvc2?|cid|csc))?(?:[ \\t]{0,2}\\((?:cvv2?|cvc2?|cid|csc)\\))?(?:[ \\t]{1,2}de[ \\t]{1,2}(?:la|tu|su)[ \\t]{1,2}tarjeta)?(?:\\\\?["\']|\\]|%5D){0,2}(?:[ \\t]{1,3}(?:is|was|es)\\b|(?:[ \\t]{1,3}(?:the|this|that|my|your|his|her|our|their|its|a|an|on|in|for|of|at|from|with|back|front|reverse|file|record|card|cards|account|new|old|current|debit|credit|atm|bank|visa|mastercard|amex|physical|virtual|customer|customers|client|user|holder|cardholder|member|owner|guest|patient|de|del|la|el|mi|tu|su|nuestra|nuestro|tarjeta|nueva|en|reverso|dorso|cuenta|para|esta|este|con|cliente|usuario|titular|miembro|socio|paciente)\\b){1,6}(?:[ \\t]{1,3}(?:is|was|es|era)\\b|(?=[ \\t]?:)))?[ \\t]{0,3}(?:=>|:=|[:=#|]|>(?=\\d{3,4}<))?[ \\t]{0,3}\\\\?["\']?(\\d{3,4}))(?![\\w%]|[.,:/-]\\d)',
    [
      // cc, cvv, cvc2, card, cid, ... (letters, and a digit in cvv2)
      { length: [2, 4], chars: ALNUM, first: 'cC', after: CVV_AFTER, check: cvvLabelStart },
      // security, verification, credit, codigo, and labels joined with `_` or in camel case
      { length: [5, 32], chars: UPPER | LOWER | UNDERSCORE, first: 'cCsSvV', after: CVV_AFTER, check: cvvLabelStart },
      // joined labels with a digit (card_cvv2, CVV2_CODE, cardCvv2, cvv2code)
      { length: [5, 32], chars: WORD, requires: DIGIT, first: 'cC', after: CVV_AFTER, check: cvvLabelStart },
      { length: [1, 1], chars: UPPER | LOWER, first: 'cC', check: beforeAcuteO },
      // Authorize.net's form field: x_card_code, x_cardcode, or x_card before ` code` / `-code`
      { length: [6, 11], chars: LOWER | UPPER | UNDERSCORE, first: 'xX', check: xCardStart },
      // URL-encoded: %5Bcvc%5D (the run is `5Bcvc`)
      encodedBracketLabel(32, CVV_AFTER, cvvLabelStart),
    ],
  ],
  [
    'gi/\\b[2-6]\\d{3}(?:[ \\u2010-\\u2014\\u2212-]?\\d){9,15}(?:[ \\t]{1,3}|[ \\t]{0,3}[|,;][ \\t]{0,3})(?:exp(?:iry|ires|iration)?\\.?:?[ \\t]{0,2})?(?:0[1-9]|1[0-2])[ \\t]?[/|\\u2010-\\u2014\\u2212-][ \\t]?(?:20)?\\d{2}(?:[ \\t]{1,3}|[ \\t]{0,3}[|,;][ \\t]{0,3})(\\d{3,4})(?![\\w%]|[.,:/-]\\d)',
    [
      // a word processor's dash between the card's groups too
      { length: [4, 12], chars: DIGIT, first: '23456', after: ` -${WIDE_DASHES}`, digits: 13, separators: ' -' },
      { length: [13, 19], chars: DIGIT, first: '23456', after: ' \t|,;-' },
    ],
  ],
  // pin: from the label's first word (PIN, NIP, card …, atm …, debit …, bank …)
  [
    'gi/(?:(?<![/\\\\])\\b|%5B)(?:(?:card|atm|debit|bank)[ _.-]?)?(?:pin|nip)(?:[ _-]?(?:code|number))?\\b(?:[ \\t]{1,2}de[ \\t]{1,2}(?:la|tu|su)[ \\t]{1,2}tarjeta)?(?:["\'\\]]|%5D){0,2}(?:[ \\t]{1,3}(?:is|was|es)\\b|(?:[ \\t]{1,3}(?:the|this|that|my|your|his|her|our|their|its|a|an|on|in|for|of|at|from|with|back|front|reverse|file|record|card|cards|account|new|old|current|debit|credit|atm|bank|visa|mastercard|amex|physical|virtual|customer|customers|client|user|holder|cardholder|member|owner|guest|patient|de|del|la|el|mi|tu|su|nuestra|nuestro|tarjeta|nueva|en|reverso|dorso|cuenta|para|esta|este|con|cliente|usuario|titular|miembro|socio|paciente)\\b){1,6}(?:[ \\t]{1,3}(?:is|was|es|era)\\b|(?=[ \\t]?:)))?[ \\t]{0,3}(?:=>|:=|[:=#|]|>(?=\\d{4,6}<))?[ \\t]{0,3}["\']?(\\d{4,6})(?![\\w%]|[.,:/-]\\d)',
    [
      // pin, nip, atm; card, bank; debit; and labels joined with `_`, in camel case or glued (pincode, card_pin)
      { length: [3, 3], chars: UPPER | LOWER, first: 'pPnNaA', after: PIN_AFTER, check: pinLabelStart },
      { length: [4, 4], chars: UPPER | LOWER, first: 'cCbB', after: PIN_AFTER, check: pinLabelStart },
      { length: [5, 5], chars: UPPER | LOWER, first: 'dD', after: PIN_AFTER, check: pinLabelStart },
      {
        length: [6, 20],
        chars: UPPER | LOWER | UNDERSCORE,
        first: 'pPnNcCaAdDbB',
        after: PIN_AFTER,
        check: pinLabelStart,
      },
      // URL-encoded: %5Bpin%5D
      encodedBracketLabel(20, PIN_AFTER, pinLabelStart),
    ],
  ],
  // es-nif grouped by dots: 2 digits, then .ddd.ddd
  [
    'g/\\b\\d{2}\\.\\d{3}\\.\\d{3}-?[A-Z]\\b',
    [{ length: [2, 2], chars: DIGIT, after: '.', check: (text, _start, end) => text.charCodeAt(end + 4) === 46 }],
  ],
  [
    'g/\\b[XYZ]-?\\d{7}-?[A-Z]\\b',
    [
      { length: [1, 1], chars: UPPER, first: 'XYZ', after: '-' },
      { length: [8, 9], chars: DIGIT | UPPER, requires: DIGIT, first: 'XYZ', check: letterThenDigit },
    ],
  ],
  ['g/\\b\\d{2}([ /-])\\d{8}\\1\\d{2}\\b', [digitRun(2, 2, ' /-', 12)]],
  ['g/\\b\\d{2}[ /-]\\d{10}\\b', [digitRun(2, 2, ' /-', 12)]],
  [
    'g/\\b[A-Za-z]{6}[0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{3}[A-Za-z]\\b',
    [{ length: [16, 16], chars: ALNUM, first: UPPERS + LOWERS }],
  ],
  [
    'g/\\b[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}\\b',
    [
      // the first run ends at the first (optional) space: after 1, 3, 5, 7, 10 or 13 characters, or is all 15
      {
        length: [1, 13],
        chars: DIGIT | UPPER,
        first: '123478',
        after: ' ',
        digits: 6,
        separators: ' ',
        check: nirStart,
      },
      { length: [15, 15], chars: DIGIT | UPPER, first: '123478', digits: 6, separators: ' ', check: nirStart },
    ],
  ],
  ['g/\\b[2-9]\\d{3}([ -])\\d{4}\\1\\d{4}\\b', [digitRun(4, 4, ' -', 12, '23456789')]],
  ['g/\\b[A-Z]{3}[ABCFGHJLPT][A-Z]\\d{4}[A-Z]\\b', [{ length: [10, 10], chars: DIGIT | UPPER, first: UPPERS }]],
  ['gi/\\b[STFG]\\d{7}[A-Z]\\b', [{ length: [9, 9], chars: ALNUM, first: 'STFGstfg' }]],
  ['g/\\b\\d{6}-?[1-8]\\d{6}\\b', [{ length: [6, 13], chars: DIGIT, digits: 13, separators: '-' }]],
  ['g/\\b\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}\\b', [{ ...digitRun(3, 3, '.', 11), separators: '.-' }]],
  // date-of-birth, clinical-date: a CJK date, the year's four digits before 年 or 년
  [
    'g/\\b(?:19|20)\\d{2}(?:年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\\d|3[01])日|년 ?(?:0?[1-9]|1[0-2])월 ?(?:0?[1-9]|[12]\\d|3[01])일)',
    [{ length: [4, 4], chars: DIGIT, first: '12', after: '年년' }],
  ],
  // cn-resident-id: the whole word run, seventeen digits and a digit or X (x)
  [
    'g/\\b[1-8]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]\\b',
    [{ length: [18, 18], chars: DIGIT | UPPER | LOWER, first: '12345678' }],
  ],
  // ru-snils: XXX-XXX-XXX YY
  ['g/\\b\\d{3}-\\d{3}-\\d{3}[ -]\\d{2}\\b', [{ ...digitRun(3, 3, '-', 11), separators: '- ' }]],
  // se-personnummer: YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDD-NNNC (no digit count: the pre-count stops at a `+`)
  ['g/\\b(?:\\d{6}[-+]|\\d{8}-)\\d{4}\\b', [{ length: [6, 8], chars: DIGIT, after: '-+' }]],
  // no-fodselsnummer: DDMMYY IIICC
  ['g/\\b\\d{6} \\d{5}\\b', [digitRun(6, 6, ' ', 11)]],
  // fi-hetu: the date and `-` or `+` as a run of its own; with a letter for the century, the whole code is one run
  [
    'g/\\b[0-3]\\d{5}[-+A-FU-Y]\\d{3}[\\dA-FHJ-NPR-Y]\\b',
    [
      { length: [6, 6], chars: DIGIT, first: '0123', after: '-+' },
      { length: [11, 11], chars: DIGIT | UPPER, requires: DIGIT | UPPER, first: '0123' },
    ],
  ],
  // be-national-number: YY.MM.DD-SSS.CC
  ['g/\\b\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}\\b', [{ ...digitRun(2, 2, '.', 11), separators: '.-' }]],
  // mx-clabe: bank, city, account, check digit apart
  ['g/\\b\\d{3} \\d{3} \\d{11} \\d\\b', [digitRun(3, 3, ' ', 18)]],
  // ar-cbu: its two blocks apart
  ['g/\\b\\d{8} \\d{14}\\b', [digitRun(8, 8, ' ', 22)]],
  // ch-ahv: 756.XXXX.XXXX.XX
  ['g/\\b756\\.\\d{4}\\.\\d{4}\\.\\d{2}\\b', [{ ...digitRun(3, 3, '.', 13, '7'), check: startsWith('756') }]],
  [
    'g/\\b[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d\\b',
    [{ length: [18, 18], chars: DIGIT | UPPER, first: UPPERS }],
  ],
  ['g/\\b\\d{4}\\.\\d{2}\\.\\d{3}\\b', [digitRun(4, 4, '.', 9)]],
  // mx-rfc: all ASCII in one run, a run of capitals cut by & or Ñ (which are no word characters), or the name
  // letters before a space or a dash and the date
  [
    'g/\\b[A-Z][A-Z&Ñ]{2,3}([ -]?)\\d{6}\\1[1-9A-V][1-9A-Z][\\dA]\\b',
    [
      { length: [12, 13], chars: DIGIT | UPPER, requires: DIGIT | UPPER, first: UPPERS },
      { length: [1, 3], chars: UPPER, after: '&Ñ' },
      { length: [3, 4], chars: UPPER, after: ' -', check: (text, _start, end) => allDigits(text, end + 1, end + 7) },
    ],
  ],
  // south-america: CUIT with its dashes; RUT and NIT grouped by dots or with the check digit after a dash
  ['g/\\b(?:2[0347]|3[034])-\\d{8}-\\d\\b', [digitRun(2, 2, '-', 11, '23')]],
  ['g/\\b\\d{1,3}(?:\\.\\d{3}){2,3}-[\\dkK]\\b', [{ ...digitRun(1, 3, '.', 7), separators: '.' }]],
  ['g/\\b\\d{6,10}-[\\dkK]\\b', [{ length: [6, 10], chars: DIGIT, after: '-' }]],
  [
    'g/\\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z2-7]{16}\\b',
    [{ length: [20, 20], chars: DIGIT | UPPER, first: 'A' }],
  ],
  // Secrets (their recognizers are also gated on literal triggers)
  [
    'g/\\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE|AQoDYXdzE)[A-Za-z0-9/+]{80,8192}={0,2}',
    [
      {
        length: [9, Number.POSITIVE_INFINITY],
        chars: WORD,
        first: 'IFA',
        check: startsWithOneOf('IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE', 'FQoGZXIvYXdzE', 'AQoDYXdzE'),
      },
    ],
  ],
  [
    'g/\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])',
    [{ length: [4, 39], chars: WORD, first: 'A', check: startsWith('AIza') }],
  ],
  ['g/\\bgh[pousr]_[A-Za-z0-9]{36,251}\\b', [{ length: [40, 255], chars: WORD, first: 'g' }]],
  ['g/\\bgithub_pat_[A-Za-z0-9_]{82}\\b', [{ length: [93, 93], chars: WORD, first: 'g' }]],
  [
    'g/\\bgl(?:pat|ptt|dt|rt|soat|ft|imt|agent|oas|cbt)-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])',
    [{ length: [4, 7], chars: LOWER, first: 'g', after: '-' }],
  ],
  ['g/\\bGR1348941[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])', [{ length: [9, 49], chars: WORD, first: 'G' }]],
  ['g/\\bnpm_[A-Za-z0-9]{36}\\b', [{ length: [40, 40], chars: WORD, first: 'n' }]],
  // registry-auth.ts
  [
    'g/\\bauth"\\s{0,4}:\\s{0,4}"([A-Za-z0-9+/]{8,1024}={0,2})"',
    [{ length: [4, 4], chars: LOWER, first: 'a', after: '"', check: startsWith('auth') }],
  ],
  [
    'g/(?<!\\w)_auth[ \\t]{0,4}=[ \\t]{0,4}"?([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])',
    [{ length: [5, 5], chars: LOWER | UNDERSCORE, first: '_', after: '= \t', check: startsWith('_auth') }],
  ],
  // env-fallbacks.ts
  [
    'g/\\b(?:process|import\\.meta)\\.env(?:\\.[A-Za-z_$][\\w$]{0,63}|\\[[ \\t]{0,4}([\'"])[A-Za-z_$][\\w$]{0,63}\\1[ \\t]{0,4}\\])[ \\t]{0,4}(?:\\|\\||\\?\\?)[ \\t]{0,4}([\'"`])((?:(?!\\2)[^\\n\\\\]){3,256})(?=\\2)',
    [
      { length: [7, 7], chars: LOWER, first: 'p', after: '.', check: startsWith('process') },
      { length: [6, 6], chars: LOWER, first: 'i', after: '.', check: startsWith('import') },
    ],
  ],
  [
    'g/\\b(?:Deno\\.env\\.get\\([ \\t]{0,4}([\'"])[A-Za-z_]\\w{0,63}\\1[ \\t]{0,4}\\)[ \\t]{0,4}(?:\\|\\||\\?\\?)|ENV\\.fetch\\([ \\t]{0,4}([\'"])[A-Za-z_]\\w{0,63}\\2[ \\t]{0,4},|ENV\\[[ \\t]{0,4}([\'"])[A-Za-z_]\\w{0,63}\\3[ \\t]{0,4}\\][ \\t]{0,4}\\|\\|)[ \\t]{0,4}([\'"])((?:(?!\\4)[^\\n\\\\]){3,256})(?=\\4)',
    [
      { length: [4, 4], chars: UPPER | LOWER, first: 'D', after: '.', check: startsWith('Deno') },
      { length: [3, 3], chars: UPPER, first: 'E', after: '.[', check: startsWith('ENV') },
    ],
  ],
  // credit-card.ts: a track 1's `B` and card number, after `%`, before `^`
  [
    'g/(?<=%)B([2-6]\\d{12,18})(?=\\^)',
    [{ length: [14, 20], chars: UPPER | DIGIT, first: 'B', after: '^', check: afterPercent }],
  ],
  // card-track.ts: a track 1's name and data from its `B` and card number, a track 2's data from its card number
  [
    "g/(?<=%)B[2-6]\\d{12,18}\\^([A-Za-z][A-Za-z .'/-]{0,25})(?=\\^\\d{4})",
    [{ length: [14, 20], chars: UPPER | DIGIT, first: 'B', after: '^', check: afterPercent }],
  ],
  [
    'g/(?<=%)B[2-6]\\d{12,18}\\^[^^?\\n]{2,26}\\^(\\d{7}[0-9 ]{0,79})(?=\\?)',
    [{ length: [14, 20], chars: UPPER | DIGIT, first: 'B', after: '^', check: afterPercent }],
  ],
  [
    'g/(?<=;)[2-6]\\d{12,18}=(\\d{7}\\d{0,20})(?=\\?)',
    [{ length: [13, 19], chars: DIGIT, first: '23456', after: '=', check: afterSemicolon }],
  ],
  // password-hashes.ts: the word run of each `$…$` prefix
  [
    'g/\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}(?![./A-Za-z0-9])',
    [{ length: [1, 2], chars: DIGIT | LOWER, first: '2', before: '$', after: '$' }],
  ],
  [
    'g/\\$[156]\\$(?:rounds=\\d{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{22,86}(?![./A-Za-z0-9])',
    [{ length: [1, 1], chars: DIGIT, first: '156', before: '$', after: '$' }],
  ],
  [
    'g/\\$y\\$[./A-Za-z0-9]{1,32}\\$[./A-Za-z0-9]{1,64}\\$[./A-Za-z0-9]{43}(?![./A-Za-z0-9])',
    [{ length: [1, 1], chars: LOWER, first: 'y', before: '$', after: '$' }],
  ],
  [
    'g/\\$argon2(?:id|i|d)\\$v=\\d{1,3}\\$m=\\d{1,10},t=\\d{1,10},p=\\d{1,3}\\$[A-Za-z0-9+/]{8,128}\\$[A-Za-z0-9+/]{16,256}(?![A-Za-z0-9+/])',
    [{ length: [7, 8], chars: LOWER | DIGIT, first: 'a', before: '$', after: '$', check: startsWith('argon2') }],
  ],
  [
    'g/\\bpbkdf2_sha(?:1|256)\\$\\d{3,7}\\$[A-Za-z0-9]{1,64}\\$[A-Za-z0-9+/]{27,43}=(?![A-Za-z0-9+/=])',
    [{ length: [11, 13], chars: WORD, first: 'p', after: '$', check: startsWith('pbkdf2_sha') }],
  ],
  // one-time-codes.ts: a label's first word (any case) before ` `, `-`, `:` or `#`, `your`, or the code before
  // ` is your … code`
  [
    'gi/\\b(?:otp|(?:verification|one[- ]time|2fa|two[- ]factor|login|log[- ]in|sign[- ]in|authentication|auth|mfa|access)[ -](?:code|passcode|pin|password|otp))(?:[ \\t]{1,3}(?:is|was))?[ \\t]{0,3}[:#]?[ \\t]{0,3}(\\d{4,8}|\\d{3}[- ]\\d{3})(?![\\d-])',
    [
      {
        length: [3, 3],
        chars: UPPER | LOWER | DIGIT,
        first: 'oOtT2lLmM',
        after: ' -:#\t',
        check: wordIs('otp', 'one', '2fa', 'two', 'log', 'mfa'),
      },
      { length: [4, 4], chars: UPPER | LOWER, first: 'sSaA', after: ' -', check: wordIs('sign', 'auth') },
      { length: [5, 6], chars: UPPER | LOWER, first: 'lLaA', after: ' -', check: wordIs('login', 'access') },
      {
        length: [12, 14],
        chars: UPPER | LOWER,
        first: 'vVaA',
        after: ' -',
        check: wordIs('verification', 'authentication'),
      },
      // `OTP415867`: the code glued to the label.
      { length: [7, 11], chars: UPPER | LOWER | DIGIT, requires: DIGIT, first: 'oO', check: startsWithOtp },
    ],
  ],
  [
    "gi/\\byour(?:[ \\t]{1,3}[A-Za-z][\\w.&'-]{0,24}){0,3}[ \\t]{1,3}code[ \\t]{1,3}is[ \\t]{0,3}:?[ \\t]{0,3}(\\d{4,8}|\\d{3}[- ]\\d{3})(?![\\d-])",
    [{ length: [4, 4], chars: UPPER | LOWER, first: 'yY', check: wordIs('your') }],
  ],
  [
    "gi/\\b(\\d{4,8})(?=[ \\t]{1,3}is[ \\t]{1,3}your(?:[ \\t]{1,3}[\\w.&'-]{1,24}){0,3}?[ \\t]{1,3}code\\b)",
    [{ length: [4, 8], chars: DIGIT, after: ' \t', check: isAfter }],
  ],
  // key-variables.ts: an UPPER_SNAKE name ending in `_KEY` or `_SALT`
  [
    'g/\\b[A-Z][A-Z0-9_]{0,64}_(?:KEY|SALT)"?[ \\t]{0,4}[=:][ \\t]{0,4}(["\'])((?:(?!\\1)[^\\n\\\\]){16,256})(?=\\1)',
    [
      {
        length: [5, 70],
        chars: UPPER | DIGIT | UNDERSCORE,
        requires: UNDERSCORE,
        first: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        after: '"=: \t',
        check: endsWithKeyOrSalt,
      },
    ],
  ],
  [
    'g/\\b[A-Z][A-Z0-9_]{0,64}_(?:KEY|SALT)"?[ \\t]{0,4}[=:][ \\t]{0,4}([^\\s"\'`,;]{16,256})(?![^\\s"\'`,;])',
    [
      {
        length: [5, 70],
        chars: UPPER | DIGIT | UNDERSCORE,
        requires: UNDERSCORE,
        first: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        after: '"=: \t',
        check: endsWithKeyOrSalt,
      },
    ],
  ],
  // request-signature.ts: a query parameter opens the text or follows `?&;,`, a space or `"`, at `x` (`x-amz-`, `x-goog-`) or at
  // `sig` / `signature`, any case.
  [
    'gi/(?<=^|[?&;,\\s"])(?:x-(?:amz|goog)-)?sig(?:nature)?=("?)([A-Za-z0-9%+/=_~-]{16,2048})(?=\\1(?![A-Za-z0-9%+/=_~(-]))',
    [
      { length: [1, 1], chars: UPPER | LOWER, first: 'Xx', after: '-', check: afterQuerySeparator },
      { length: [3, 3], chars: UPPER | LOWER, first: 'Ss', after: '=', check: afterQuerySeparator },
      { length: [9, 9], chars: UPPER | LOWER, first: 'Ss', after: '=', check: afterQuerySeparator },
    ],
  ],
  [
    'g/\\bAWS [A-Z0-9]{20}:([A-Za-z0-9+/]{27}=)(?![A-Za-z0-9+/=])',
    [{ length: [3, 3], chars: UPPER, first: 'A', after: ' ', check: startsWith('AWS') }],
  ],
  // ip-address.ts: an AWS host name's dashed address, at its first octet's run, after `ip-` or `ec2-`, before `-`.
  [
    'gi/(?<=\\b(?:ip|ec2)-)(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:-(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}(?![\\w]|-\\d)',
    [{ length: [1, 3], chars: DIGIT, after: '-', check: afterHostPrefix }],
  ],
  // url-credentials.ts: a path segment (after `/`) that opens with a one-time link's word, before `/` or `-`. One
  // start per length, with the first letters of that length's words only: a start for any word run of 3-20 letters
  // cost every word of prose a lookup (4-8% of the scan of a text of short words). Keyed by the regex itself: its
  // words are shared with the URL finder.
  [`${ONE_TIME_PATH.flags}/${ONE_TIME_PATH.source}`, oneTimeSegmentStarts()],
  // airline-records.ts: a booking's name element opens with its number, one or two digits before `.`, after a space
  [
    `${PASSENGER_NAME_ELEMENT.flags}/${PASSENGER_NAME_ELEMENT.source}`,
    [
      {
        length: [1, 2],
        chars: DIGIT,
        after: '.',
        check: passengerNumberStart,
      },
    ],
  ],
  // authorization-code.ts: `code` right after `?`, `&` or `&amp;`, before `=`.
  [
    'g/(?<=[?&]|&amp;)code=([A-Za-z0-9%._~/+=-]{16,2048})(?![A-Za-z0-9%._~/+=-])',
    [{ length: [4, 4], chars: LOWER, first: 'c', after: '=', check: queryParameter('code') }],
  ],
  // wordpress-keys.ts
  [
    'g/\\bdefine[ \\t]{0,4}\\([ \\t]{0,4}([\'"])(?:(?:SECURE_)?AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)\\1[ \\t]{0,32},[ \\t]{0,32}([\'"])((?:(?!\\2)[^\\n\\\\]|\\\\.){8,512})(?=\\2)',
    [{ length: [6, 6], chars: LOWER, first: 'd', after: '( \t', check: startsWith('define') }],
  ],
  // azure-keys.ts: a function URL's host, at its `azurewebsites` word run
  [
    'g/(?<=[\\w-]\\.)azurewebsites\\.net\\/api\\/[^\\s?#"\'<>]{0,256}\\?(?:[^\\s#"\'<>&]{0,256}&(?:amp;)?){0,16}code=([A-Za-z0-9_%=-]{20,256})(?![A-Za-z0-9_%=-])',
    [{ length: [13, 13], chars: LOWER, first: 'a', after: '.', check: startsWith('azurewebsites.net/api/') }],
  ],
  // vendor-tokens.ts
  [
    'g/\\bhv[sbr]\\.[A-Za-z0-9_-]{24,512}(?![A-Za-z0-9_-])',
    [{ length: [3, 3], chars: LOWER, first: 'h', after: '.', check: startsWith('hv') }],
  ],
  [
    'g/\\bya29\\.[A-Za-z0-9_-]{20,2048}(?![A-Za-z0-9_-])',
    [{ length: [4, 4], chars: LOWER | DIGIT, first: 'y', after: '.', check: startsWith('ya29') }],
  ],
  [
    'g/\\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])',
    [{ length: [6, 6], chars: UPPER, first: 'G', after: '-', check: startsWith('GOCSPX') }],
  ],
  [
    'g/\\bdapi[a-f0-9]{32}(?:-\\d)?\\b',
    [{ length: [36, 36], chars: LOWER | DIGIT, first: 'd', check: startsWith('dapi') }],
  ],
  ['g/\\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\\b', [{ length: [38, 38], chars: WORD, first: 's' }]],
  ['g/\\bdo[opr]_v1_[a-f0-9]{64}\\b', [{ length: [71, 71], chars: WORD, first: 'd' }]],
  ['g/\\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\\b', [{ length: [46, 46], chars: WORD, first: 'g' }]],
  [
    'g/\\bsntrys_eyJ[A-Za-z0-9+/=_-]{40,1024}',
    [{ length: [10, Number.POSITIVE_INFINITY], chars: WORD, first: 's', check: startsWith('sntrys_eyJ') }],
  ],
  ['g/\\bsntryu_[a-f0-9]{64}\\b', [{ length: [71, 71], chars: WORD, first: 's' }]],
  [
    'g/\\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\\b',
    [{ length: [4, 4], chars: UPPER, first: 'P', after: '-', check: startsWith('PMAK') }],
  ],
  ['g/\\blin_api_[A-Za-z0-9]{40}\\b', [{ length: [48, 48], chars: WORD, first: 'l' }]],
  [
    'g/\\bdckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])',
    [{ length: [9, 36], chars: WORD, first: 'd', check: startsWith('dckr_pat_') }],
  ],
  [
    'g/\\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\\b',
    [{ length: [3, 3], chars: UPPER, first: 'A', after: '-', check: startsWith('AGE') }],
  ],
  [
    'g/\\btskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,64}-[A-Za-z0-9]{16,128}\\b',
    [{ length: [5, 5], chars: LOWER, first: 't', after: '-', check: startsWith('tskey') }],
  ],
  [
    'g/\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1024}(?![A-Za-z0-9_-])',
    [{ length: [4, 4], chars: LOWER, first: 'p', after: '-', check: startsWith('pypi') }],
  ],
  ['g/\\bsk-or-v1-[a-f0-9]{64}\\b', [{ length: [2, 2], chars: LOWER, first: 's', after: '-' }]],
  ['g/\\bxai-[A-Za-z0-9]{80}\\b', [{ length: [3, 3], chars: LOWER, first: 'x', after: '-', check: startsWith('xai') }]],
  ['g/\\bgsk_[A-Za-z0-9]{52}\\b', [{ length: [56, 56], chars: WORD, first: 'g' }]],
  [
    'g/\\b[0-9a-f]{32}-us\\d{1,2}\\b',
    [{ length: [32, 32], chars: LOWER | DIGIT, first: '0123456789abcdef', after: '-', check: usDataCentreAfter }],
  ],
  [
    'g/\\b\\d{5,16}:AA[A-Za-z0-9_-]{32,33}(?![A-Za-z0-9_-])',
    [{ length: [5, 16], chars: DIGIT, after: ':', check: colonAaAfter }],
  ],
  // platform-tokens.ts: one union; its prefixes before `-` or `.` (in any case: the regex decides), the ids before
  // a dot, and whole runs (long ones, cut short by a `-`, `+`, `/` or `=` of the token, or upper-case).
  [
    `g/${PLATFORM_TOKEN_REGEX.source}`,
    [
      {
        length: [2, 12],
        chars: ALNUM | UNDERSCORE,
        first: 'ptlfcskxdHCNF',
        after: '-.',
        check: wordIs(
          ...['pplx', 'tvly', 'llx', 'fc', 'csk', 'sk', 'pul', 'pat', 'key', 'fio', 'sq0atp', 'sq0csp', 'xkeysib'],
          ...['hrku', 'cfpat', 'nrak', 'flwseck', 'flwseck_test', 'dp', 'sl'],
        ),
      },
      { length: [14, 17], chars: ALNUM, after: '.', check: platformIdBeforeDot },
      {
        length: [16, Number.POSITIVE_INFINITY],
        chars: WORD,
        first: 'rplesnoLAcE',
        check: startsWithOneOf(
          'r8_',
          'pcsk_',
          'lsv2_',
          'e2b_',
          'sk_',
          'secret_',
          'ntn_',
          'sbp_',
          'nfp_',
          'rnd_',
          'rubygems_',
          'napi_',
          'pnu_',
          're_',
          'LTAI',
          'AKID',
          'oy2',
          'cio',
          'ATBB',
          'EAA',
        ),
      },
      {
        length: [4, Number.POSITIVE_INFINITY],
        chars: WORD,
        requires: UNDERSCORE,
        first: 'tfsopa',
        check: startsWithOneOf('tgp_v1_', 'figd_', 'sb_secret_', 'ops_eyJ', 'fm1_', 'fm2_', 'pscale_', 'access_token'),
      },
      { length: [4, Number.POSITIVE_INFINITY], chars: WORD, first: 'AE', check: startsWithOneOf('ATATT3', 'EAAA') },
    ],
  ],
  ['g/\\bxox[abposre]-(?:\\d+-)?[A-Za-z0-9-]{10,250}\\b', [{ length: [4, 4], chars: LOWER, first: 'x', after: '-' }]],
  ['g/\\bxapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{32,}\\b', [{ length: [4, 4], chars: LOWER, first: 'x', after: '-' }]],
  ['g/\\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}\\b', [{ length: [24, 255], chars: WORD, first: 'sr' }]],
  ['g/\\bwhsec_[A-Za-z0-9]{24,64}\\b', [{ length: [30, 70], chars: WORD, first: 'w' }]],
  [
    'g/\\bsk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_-]{32,200}(?![A-Za-z0-9_-])',
    [{ length: [2, 2], chars: LOWER, first: 's', after: '-' }],
  ],
  [
    'g/\\bsk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}(?![A-Za-z0-9_-])',
    [{ length: [2, 2], chars: LOWER, first: 's', after: '-' }],
  ],
  ['g/\\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\\b', [{ length: [2, 2], chars: LOWER, first: 's', after: '-' }]],
  ['g/\\bsk-[A-Za-z0-9]{40,60}\\b', [{ length: [2, 2], chars: LOWER, first: 's', after: '-' }]],
  [
    'g/\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])',
    [{ length: [2, 2], chars: UPPER, first: 'S', after: '.' }],
  ],
  ['g/\\bhf_[A-Za-z]{34}\\b', [{ length: [37, 37], chars: WORD, first: 'h' }]],
  [
    'g/\\beyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{4,16384}\\.[A-Za-z0-9_-]{0,4096}',
    [{ length: [3, Number.POSITIVE_INFINITY], chars: WORD, first: 'e', check: startsWith('eyJ') }],
  ],
  [
    'g/\\bBearer\\s{1,4}([A-Za-z0-9._~+/-]{16,2048}=*)',
    [{ length: [6, 6], chars: ALNUM, first: 'B', afterSpace: true }],
  ],
]);

// IBAN: two capital letters, then two digits (the run goes on, or a space and the next group follow).
function ibanStart(text: string, start: number): boolean {
  return (
    isUpperCode(text.charCodeAt(start + 1)) &&
    isDigitCode(text.charCodeAt(start + 2)) &&
    isDigitCode(text.charCodeAt(start + 3))
  );
}

// IBAN in lower or mixed case: two letters of either case, then two digits.
function anyCaseIbanStart(text: string, start: number): boolean {
  const second = text.charCodeAt(start + 1) | 32;
  return (
    second >= 97 &&
    second <= 122 &&
    isDigitCode(text.charCodeAt(start + 2)) &&
    isDigitCode(text.charCodeAt(start + 3)) &&
    IBAN_COUNTRIES[countrySlot(text, start)] === 1
  );
}

// 1 for the two letters of each IBAN country (any case), at countrySlot: most hex runs (`de12…`, `ab34…`) stop here.
const IBAN_COUNTRIES = new Uint8Array(1 << 10);
for (const country of Object.keys(IBAN_LENGTHS)) IBAN_COUNTRIES[countrySlot(country, 0)] = 1;

function countrySlot(text: string, at: number): number {
  return ((text.charCodeAt(at) & 31) << 5) | (text.charCodeAt(at + 1) & 31);
}

// A cell of 3-6 digits in a delimited table, or after two spaces in a table aligned with spaces.
const DIGIT_CELL: PatternStart = {
  length: [3, 6],
  chars: DIGIT,
  after: ' ",;|\t\r\n',
  afterSpace: true,
  check: cellStart,
};

/**
 * Start conditions of built-in finders, by recognizer name: the word-run pass notes whether one is met, and
 * the finder runs over the text only then. As for PATTERN_STARTS, each must admit every place where the
 * finder can report a candidate.
 */
export const FINDER_STARTS: ReadonlyMap<string, readonly PatternStart[]> = new Map<string, readonly PatternStart[]>([
  // boarding-pass-name: a barcode opens with `M`, its number of legs and the passenger's surname, one word run
  // (`M1OKONKWO/…`, `M1DE LA CRUZ/…`), whose 20-character name field is followed by `E` or a space
  [
    'boarding-pass-name',
    [{ length: [3, 22], chars: UPPER | DIGIT, first: 'M', after: "/ '.-", check: boardingPassStart }],
  ],
  // iban: every candidate starts where the finder's `\b[A-Za-z]{2}\d{2}` matches, at the start of a word run; a
  // run with a lower-case letter may start one in lower or mixed case (`gb82`, `Gb82west…`)
  [
    'iban',
    [
      { length: [4, Number.POSITIVE_INFINITY], chars: WORD, requires: DIGIT | UPPER, first: UPPERS, check: ibanStart },
      {
        length: [4, Number.POSITIVE_INFINITY],
        chars: WORD,
        requires: DIGIT | LOWER,
        first: UPPERS + LOWERS,
        check: anyCaseIbanStart,
      },
    ],
  ],
  // secret-assignment: its finder reads `value` and `ParameterValue` keys (a whole word run, any case) and cookie
  // headers: a `cookie` run (`Cookie:`, `Set-Cookie:`, `--cookie`, `document.cookie`), a `cookies` list,
  // `HTTP_COOKIE`, or curl's `-b ` (a `b` run after `-`). Every match of its regexes holds one of these runs whole
  // (keyed-values.ts, cookie-header.ts), so the checks name them exactly: a log's `commit` or `client` starts nothing.
  [
    'secret-assignment',
    [
      { length: [5, 5], chars: UPPER | LOWER, first: 'vV', check: wordIs('value') },
      {
        length: [14, 15],
        chars: UPPER | LOWER | UNDERSCORE,
        first: 'pP',
        check: wordIs('parametervalue', 'parameter_value'),
      },
      { length: [6, 7], chars: UPPER | LOWER, first: 'cC', check: wordIs('cookie', 'cookies') },
      { length: [11, 11], chars: UPPER | LOWER | UNDERSCORE, first: 'hH', check: wordIs('http_cookie') },
      { length: [1, 1], chars: UPPER | LOWER, first: 'bB', after: ' ', check: dashBefore },
    ],
  ],
  // aws-secret-key-pair: its finder starts from access key ids, `AKIA` or `ASIA` + 16 base32 (a whole run)
  [
    'aws-secret-key-pair',
    [
      {
        length: [20, 20],
        chars: UPPER | DIGIT,
        requires: UPPER,
        first: 'A',
        check: startsWithOneOf('AKIA', 'ASIA'),
      },
    ],
  ],
  // azure-key: its finder reads a Key Vault secret id's `vault`, a `keyName` or a `key1` member
  [
    'azure-key',
    [
      { length: [5, 5], chars: LOWER, first: 'v', after: '.', check: startsWith('vault.azure.net/secrets/') },
      { length: [7, 7], chars: UPPER | LOWER, first: 'k', after: '"', check: startsWith('keyName') },
      { length: [4, 4], chars: LOWER | DIGIT, first: 'k', after: '"', check: startsWith('key1') },
    ],
  ],
  // kubernetes-secret: its finder reads a text holding `kind: Secret` (SECRET_KIND), at that `Secret` word run
  ['kubernetes-secret', [{ length: [6, 6], chars: UPPER | LOWER, first: 'S', check: secretKind }]],
  // card-security-code-column and pin-column: their finders read the cells of 3-6 digits of a table column, padded
  // with at most 8 spaces or double quotes, or after two spaces in a space-aligned table
  ['card-security-code-column', [DIGIT_CELL]],
  ['pin-column', [DIGIT_CELL]],
  // street-address: a street suffix after a house number on its line (Street, Ave, Rd. ...), a Spanish line's
  // first word (Calle, Avda., C/), a box's (PO Box, P.O. Box), a state before five digits (IL 62704) or a ZIP label
  // (zip, postal_code, c.p.); a European line's capitalised word (to 40 letters, maybe going on past a Latin-1
  // letter): a suffix ending it before a house number (Lindenweg 3, Hauptstra|ße 12), an Italian or German opener
  // (Via, Piazza, Am), a French kind after a house number (12 Rue, 8 All|ée), the name after a kind or opener in
  // small letters (12 rue de la Paix, in via Roma) or the city after an address label's postcode (Adresse: 10115
  // Berlin); the check names each word (streetWordStart)
  [
    'street-address',
    [
      {
        length: [1, 40],
        chars: UPPER | LOWER | UNDERSCORE,
        first: STREET_WORD_FIRSTS,
        after: STREET_WORD_AFTER,
        afterSpace: true,
        check: streetWordStart,
      },
    ],
  ],
]);

/**
 * Built-in finders that can look only at the word runs where FINDER_STARTS saw one of their starts (in text
 * order), by recognizer name: the same candidates as a search of the whole text.
 */
export const FINDERS_AT: ReadonlyMap<string, (text: string, starts: readonly number[]) => Iterable<Candidate>> =
  new Map([
    ['iban', findIbansAt],
    ['aws-secret-key-pair', findSecretsNearKeyIdsAt],
    ['street-address', findStreetAddressesAt],
  ]);

/**
 * Every character a start condition puts before its run (`+`, `(`, `%`): where a match may start one character
 * before a word run. Read by iso-timestamps.ts, which steps over no run such a character precedes.
 */
export const BEFORE_RUN: ReadonlySet<number> = new Set(
  [...PATTERN_STARTS.values(), ...FINDER_STARTS.values()]
    .flat()
    .flatMap((start) => (start.before === undefined ? [] : [start.before.charCodeAt(0)])),
);
