import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { countDigits, digitsOf, ean13, luhn } from '../validators/checksums.js';

/**
 * Issuer (IIN) ranges and their lengths. Prefix 99 belongs to no network (ISO/IEC 7812 MII 9 is national
 * assignment), which is why Mask's card tokens never match.
 */
export function cardIssuer(digits: string): string | undefined {
  const length = digits.length;
  const two = leadingNumber(digits, 2);
  const three = leadingNumber(digits, 3);
  const four = leadingNumber(digits, 4);
  const six = leadingNumber(digits, 6);
  if (digits[0] === '4') return length === 13 || length === 16 || length === 19 ? 'visa' : undefined;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return length === 16 ? 'mastercard' : undefined;
  if (two === 34 || two === 37) return length === 15 ? 'amex' : undefined;
  if (four >= 2200 && four <= 2204) return length >= 16 && length <= 19 ? 'mir' : undefined;
  if (four === 6011 || (three >= 644 && three <= 649) || two === 65 || (six >= 622126 && six <= 622925)) {
    return length >= 16 && length <= 19 ? 'discover' : undefined;
  }
  if (four >= 3528 && four <= 3589) return length >= 16 && length <= 19 ? 'jcb' : undefined;
  if ((three >= 300 && three <= 305) || two === 36 || two === 38 || two === 39) {
    return length >= 14 && length <= 19 ? 'diners' : undefined;
  }
  if (two === 62) return length >= 16 && length <= 19 ? 'unionpay' : undefined;
  if (two === 50 || (two >= 56 && two <= 69)) return length >= 12 && length <= 19 ? 'maestro' : undefined;
  if (two === 60 && length === 16) return 'rupay';
  return undefined;
}

/** The number the first `count` digits spell (all of them when there are fewer), read without slicing. */
function leadingNumber(digits: string, count: number): number {
  let number = 0;
  for (let index = 0; index < count && index < digits.length; index++) {
    number = number * 10 + digits.charCodeAt(index) - 48;
  }
  return number;
}

/** `-` and the dashes word processors put for it (U+2010-U+2014, U+2212). */
function isHyphen(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2014) || code === 0x2212;
}

/** A separator between a card's groups of digits: a space or a hyphen (see isHyphen). */
export function isCardSeparator(code: number): boolean {
  return code === 32 || isHyphen(code);
}

/**
 * Separators must be one kind (space, hyphen or dot) throughout, and a printed card opens with a group of four to
 * six digits (4-4-4-4, Amex's 4-6-5, 6-13): ten digits and three more are an id and a status code in an access log
 * (`GET /orders/4872288545 500`), not a 13-digit Visa.
 */
function cardGrouping(value: string): boolean {
  let space = -1;
  let hyphen = -1;
  let dot = -1;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 32) {
      if (space === -1) space = index;
    } else if (isHyphen(code)) {
      if (hyphen === -1) hyphen = index;
    } else if (code === 46 && dot === -1) dot = index;
  }
  if (space !== -1 && hyphen !== -1) return false;
  const first = space !== -1 ? space : hyphen !== -1 ? hyphen : dot;
  return first === -1 || first <= 6;
}

/** Whether [start, end) is the card number of a track 1: between `%B` and `^`. */
function track1(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 66 && text.charCodeAt(start - 2) === 37 && text.charCodeAt(end) === 94;
}

/** CREDIT_CARD: 13-19 digits, optional consistent separators (or 4x4 digits joined by dots), issuer range + length, Luhn. */
export const creditCardRecognizer: Recognizer = {
  name: 'credit-card',
  entity: 'CREDIT_CARD',
  category: 'FINANCIAL',
  presidioEntity: 'CREDIT_CARD',
  patterns: [
    // Groups joined by spaces or dashes, a word processor's too (U+2010-U+2014, U+2212), not both.
    {
      regex: /\b[2-6]\d{3}(?:[ \u2010-\u2014\u2212-]?\d){9,15}\b/g,
      score: 0.85,
      regroup: { separators: ' -\u2010\u2011\u2012\u2013\u2014\u2212', inside: true },
    },
    // Four groups of four joined by dots, as some forms and European writers print a card.
    { regex: /\b[2-6]\d{3}(?:\.\d{4}){3}\b/g, score: 0.85 },
    // A magnetic stripe's track 1, as a card reader or a POS log prints it: `%B<card>^<NAME>^<expiry>…?`.
    { regex: /(?<=%)B([2-6]\d{12,18})(?=\^)/g, score: 0.85, group: 1 },
  ],
  validate(value, match) {
    // `/` does not glue: a card in a URL path (`/cards/4532015112830366/verify`) or before its expiry
    // (`4532015112830366/12/27`) is still a card.
    // The length first: a run of groups is also tried cut short at each separator (see regroup), mostly too short.
    const count = countDigits(value);
    if (count < 13 || count > 19) return false;
    if (!cardGrouping(value)) return false;
    if (!track1(match.text, match.start, match.end) && !standsAlone(match.text, match.start, match.end, '.-_'))
      return false;
    const digits = digitsOf(value);
    if (cardIssuer(digits) === undefined || !luhn(digits)) return false;
    // Thirteen bare digits that also carry an EAN-13 check digit are a product barcode far more often than
    // one of the few 13-digit Visa or Maestro cards: they need a card word nearby.
    if (digits.length === 13 && digits === value && ean13(digits)) return 0.4;
    return true;
  },
  context: {
    en: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cc', 'pan', 'payment'],
    es: ['tarjeta', 'crédito', 'débito', 'pago'],
  },
  description:
    'issuer ranges (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir) + Luhn; also the number of a magnetic stripe track 1 (%B…^)',
};
