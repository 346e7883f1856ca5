import type { Candidate, Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import { ibanChecksum } from '../validators/checksums.js';

/** IBAN lengths per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

const START = /\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]/g;
const START_AT = new RegExp(START.source, 'y');

/**
 * From a `CCdd` start, consumes exactly the country's length of alphanumerics, allowing single spaces
 * between them, then requires a boundary: the candidate's end, or -1. It never swallows the next word.
 */
function ibanEnd(text: string, start: number): number {
  const length = IBAN_LENGTHS[text.slice(start, start + 2)];
  if (length === undefined) return -1;
  let count = 0;
  let index = start;
  let compact = '';
  while (index < text.length && count < length) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
      compact += text[index];
      count++;
      index++;
    } else if (code === 32 && count >= 4 && index + 1 < text.length && isAlnum(text.charCodeAt(index + 1))) {
      index++;
    } else break;
  }
  const after = index < text.length ? text.charCodeAt(index) : -1;
  return count === length && !isAlnum(after) && ibanChecksum(compact) ? index : -1;
}

/** Every candidate, from each `CCdd` start in text order (linear). */
function findIbans(text: string): Iterable<Candidate> {
  const candidates: Candidate[] = [];
  START.lastIndex = 0;
  let match: RegExpExecArray | null = START.exec(text);
  while (match !== null) {
    const start = match.index;
    const end = ibanEnd(text, start);
    if (end !== -1) candidates.push({ start, end, score: 0.95 });
    START.lastIndex = end === -1 ? start + 1 : end;
    match = START.exec(text);
  }
  return candidates;
}

/**
 * The candidates {@link findIbans} finds, looking only at the given places (ascending), which must include
 * every place where a candidate starts (the scanner passes the word runs that meet FINDER_STARTS): the
 * search over the whole text reaches exactly these candidates, as a match of START without a candidate only
 * moves it on by one character.
 */
export function findIbansAt(text: string, starts: readonly number[]): Candidate[] {
  const candidates: Candidate[] = [];
  let floor = 0;
  for (const start of starts) {
    if (start < floor) continue;
    START_AT.lastIndex = start;
    if (!START_AT.test(text)) continue;
    const end = ibanEnd(text, start);
    if (end === -1) continue;
    candidates.push({ start, end, score: 0.95 });
    floor = end;
  }
  return candidates;
}

/** IBAN_CODE: per-country length, ISO 7064 mod 97-10. Lower-case text is not matched (IBANs print upper case). */
export const ibanRecognizer: Recognizer = {
  name: 'iban',
  entity: 'IBAN_CODE',
  category: 'FINANCIAL',
  presidioEntity: 'IBAN_CODE',
  find: findIbans,
  context: { en: ['iban', 'bank', 'account', 'transfer'], es: ['iban', 'cuenta', 'banco', 'transferencia'] },
  description: 'country code + length from the IBAN registry + mod-97 check digits',
};
