import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { dayExists } from '../validators/calendar.js';
import { allSame, weightedSum } from '../validators/checksums.js';

/** A mod-11 check digit: 11 minus the weighted sum mod 11, 11 read as 0; undefined for 10 (no number gets one). */
function mod11Check(digits: string, weights: readonly number[]): number | undefined {
  const check = 11 - (weightedSum(digits, weights) % 11);
  return check === 11 ? 0 : check === 10 ? undefined : check;
}

/** The birth year of YY and the individual number (Skatteetaten's ranges), undefined when none is issued. */
function birthYear(yy: number, individual: number): number | undefined {
  if (individual < 500) return 1900 + yy;
  if (individual < 750 && yy >= 54) return 1800 + yy;
  if (yy < 40) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return undefined;
}

/**
 * Norwegian fødselsnummer or D-nummer: DDMMYY, a three-digit individual number that gives the century, and two mod-11
 * check digits (weights 3 7 6 1 8 9 4 5 2, then 5 4 3 2 7 6 5 4 3 2; 11 reads 0, 10 is never issued). A D-number
 * adds 4 to the first digit (40 to the day). The date must exist in the century the individual number gives.
 */
export function fodselsnummerValid(value: string): boolean {
  const digits = value.replace(/ /g, '');
  if (!/^\d{11}$/.test(digits) || allSame(digits)) return false;
  const first = mod11Check(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const second = mod11Check(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (first !== Number(digits[9]) || second !== Number(digits[10])) return false;
  const rawDay = Number(digits.slice(0, 2));
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const year = birthYear(Number(digits.slice(4, 6)), Number(digits.slice(6, 9)));
  return year !== undefined && dayExists(year, Number(digits.slice(2, 4)), day);
}

/** NO_FODSELSNUMMER: Norwegian national identity number or D-number (Presidio has none). */
export const noFodselsnummerRecognizer: Recognizer = {
  name: 'no-fodselsnummer',
  entity: 'NO_FODSELSNUMMER',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b\d{6} \d{5}\b/g, score: 0.35 }],
  digitRuns: [{ min: 11, max: 11, first: '01234567', score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && fodselsnummerValid(value),
  context: {
    // The Norwegian terms count in every language: they are what Norwegian records and forms say.
    en: ['fødselsnummer', 'fodselsnummer', 'personnummer', 'd-nummer', 'norwegian id', 'fnr'],
    es: ['fødselsnummer', 'fodselsnummer', 'd-nummer', 'fnr'],
  },
  description:
    "DDMMYYIIICC (D-number: day + 40), an existing date in the individual number's century, two mod-11 check digits; a context word required",
};
