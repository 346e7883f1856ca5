import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

/**
 * A passport book number as ICAO Doc 9303 writes it in the machine-readable zone: up to nine capital letters and
 * digits. Six to nine here, with two digits or more and one letter or more (nine digits alone are the US pattern):
 * India's K1234567, Germany's C01X00T47, Spain's PAA123456, France's 12AB34567, Canada's AB123456, China's
 * E12345678. The lookaheads read at most nine characters each, so a long run costs a bounded step per position.
 */
const BOOK_NUMBER = /\b(?=[A-Z0-9]{0,8}[0-9][A-Z0-9]{0,8}[0-9])(?=[0-9]{0,8}[A-Z])[A-Z0-9]{6,9}\b/g;

// The words of a code that is no book number, as the last word of its label: `error E4012X7`, `err=E4012X7`,
// `"errorCode": "E4012X7"`, `status AB1234`, `ref #C01X00T47`. Error and status codes have the book number's shape
// (letters and digits), and a passport word nearby (`Passport photo upload failed: error E4012X7`) says what failed,
// not what the code is.
const CODE_WORDS = new Set(['error', 'err', 'errno', 'code', 'errorcode', 'status', 'ref']);
// A passport word in the label itself (`passport_ref`, `passportCode`): the label names the book.
const PASSPORT_STEM = /pas+[aeo]?port|reisepass|paszport/;
/** Longest label read back: `passport_application_error_code` is 31. */
const LABEL_MAX = 40;

/**
 * Whether the word right before the candidate at `start` (past `: = #`, quotes and spaces, at most 8 of them) is the
 * label of an error, status or reference code: its last part (after `_`, `-` or a camelCase capital) is one of
 * CODE_WORDS, and neither it nor the word before it (`passport ref C01X00T47`, `Passport (ref: …)`) is a passport
 * word.
 */
export function codeLabelBefore(text: string, start: number): boolean {
  let end = start;
  const floor = Math.max(0, start - 8);
  while (end > floor && isLabelGap(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  let from = end;
  const lowest = Math.max(0, end - LABEL_MAX);
  while (from > lowest && isLabelChar(text.charCodeAt(from - 1))) from--;
  if (from === end) return false;
  const label = text.slice(from, end);
  // Its last part: after the last `_` or `-`, or from the last capital that follows a lower-case letter.
  let part = from;
  for (let index = end - 1; index > from; index--) {
    const code = text.charCodeAt(index);
    if (code === 95 || code === 45) {
      part = index + 1;
      break;
    }
    if (code >= 65 && code <= 90 && text.charCodeAt(index - 1) >= 97) {
      part = index;
      break;
    }
  }
  if (!CODE_WORDS.has(text.slice(part, end).toLowerCase())) return false;
  if (PASSPORT_STEM.test(label.toLowerCase())) return false;
  // The word before a label of its own (`passport ref`, `Passport (ref: …)`), across spaces and `(`, `[`, `,`.
  let before = from;
  while (before > 0 && isWordGap(text.charCodeAt(before - 1))) before--;
  if (before === from) return true;
  return !PASSPORT_STEM.test(text.slice(Math.max(0, before - 12), before).toLowerCase());
}

/** Between a label and its value: space, tab, `:`, `=`, `#`, quotes, a JSON string's `\`. */
function isLabelGap(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 58 || code === 61 || code === 35 || code === 34 || code === 39 || code === 92
  );
}

/** Between a passport word and the label it goes on with: space, tab, `(`, `[`, `,`. */
function isWordGap(code: number): boolean {
  return code === 32 || code === 9 || code === 40 || code === 91 || code === 44;
}

/** A label's characters: ASCII letters, `_`, `-`. */
function isLabelChar(code: number): boolean {
  const lower = code | 32;
  return (lower >= 97 && lower <= 122) || code === 95 || code === 45;
}

/**
 * PASSPORT: another country's passport number near a passport word, in the languages of the books most often
 * handled (travel bookings, KYC). No country's number carries a check digit of its own (the zone's check digit is
 * printed apart), so the word is required: near the number, or heading its table column, as for US_PASSPORT.
 * Scored under US_PASSPORT and UK_PASSPORT, whose layouts keep their types on the same value. The recognizer runs
 * only on texts holding one of the words. A value labelled as an error, status or reference code is none, near a
 * passport word or not (`Passport photo upload failed: error E4012X7`).
 */
export const passportRecognizer: Recognizer = {
  name: 'passport',
  entity: 'PASSPORT',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: BOOK_NUMBER, score: 0.15 }],
  validate: (_value, match) =>
    standsAlone(match.text, match.start, match.end) && !codeLabelBefore(match.text, match.start),
  context: {
    en: ['passport', 'passport no', 'passport number', 'passeport', 'reisepass', 'passaporto', 'paspoort', 'paszport'],
    es: ['pasaporte', 'número de pasaporte', 'passaporte'],
  },
  caseInsensitiveTriggers: ['passport', 'pasaport', 'passeport', 'reisepass', 'passaport', 'paspoort', 'paszport'],
  description:
    'six to nine capital letters and digits (two digits or more, one letter or more) near a passport word in English, Spanish, French, German, Italian, Dutch, Polish or Portuguese',
};
