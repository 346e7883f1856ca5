import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { dayExists } from '../validators/calendar.js';
import { allSame } from '../validators/checksums.js';

/**
 * Belgian national register number (rijksregisternummer, numéro de registre national; INSZ / NISS): YYMMDD, a
 * sequence number 001-998 and a check, 97 minus the first nine digits mod 97; for a birth from 2000 on, the nine
 * digits are read with a 2 before them. The check so tells the century, and the date must exist in it. A BIS number
 * (a foreigner's) adds 20 or 40 to the month; a birth date not known is written with month and day 00.
 */
export function belgianNationalNumberValid(value: string): boolean {
  const digits = value.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(digits) || allSame(digits)) return false;
  const sequence = Number(digits.slice(6, 9));
  if (sequence === 0 || sequence === 999) return false;
  const nine = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const century = 97 - (nine % 97) === check ? 1900 : 97 - ((2_000_000_000 + nine) % 97) === check ? 2000 : 0;
  if (century === 0) return false;
  const rawMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (rawMonth % 20 === 0 && day === 0) return rawMonth <= 40;
  const month = rawMonth > 40 ? rawMonth - 40 : rawMonth > 20 ? rawMonth - 20 : rawMonth;
  return rawMonth <= 52 && dayExists(century + Number(digits.slice(0, 2)), month, day);
}

/** BE_NATIONAL_NUMBER: Belgian national register number (Presidio has none). */
export const beNationalNumberRecognizer: Recognizer = {
  name: 'be-national-number',
  entity: 'BE_NATIONAL_NUMBER',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b/g, score: 0.4 }],
  digitRuns: [{ min: 11, max: 11, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && belgianNationalNumberValid(value),
  context: {
    en: ['rijksregisternummer', 'registre national', 'national number', 'national register', 'insz', 'niss'],
    es: ['rijksregisternummer', 'registre national', 'insz', 'niss', 'número nacional'],
    fr: ['registre national', 'numéro national', 'numéro de registre national', 'niss'],
    nl: ['rijksregisternummer', 'rijksregister', 'insz'],
  },
  description:
    'YYMMDD SSS CC (YY.MM.DD-SSS.CC), mod-97 check (a 2 before the digits from 2000), an existing date; a context word required',
};
