import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { dayExists } from '../validators/calendar.js';
import { allSame, luhn } from '../validators/checksums.js';

/**
 * Swedish personnummer or samordningsnummer (coordination number): YYMMDD-NNNC (`+` for a holder aged 100 or more),
 * YYYYMMDD-NNNC or either without its separator; a samordningsnummer adds 60 to the day. The last digit is the Luhn
 * check of the ten-digit form. The ten-digit form does not say its century: the date must exist in 19YY or 20YY (in
 * 18YY or 19YY after `+`).
 */
export function personnummerValid(value: string): boolean {
  const digits = value.replace(/[-+]/g, '');
  if (!/^(?:\d{10}|\d{12})$/.test(digits)) return false;
  const short = digits.slice(-10);
  if (allSame(short) || !luhn(short)) return false;
  const month = Number(short.slice(2, 4));
  const rawDay = Number(short.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (digits.length === 12) {
    const year = Number(digits.slice(0, 4));
    return year >= 1800 && dayExists(year, month, day);
  }
  const yy = Number(short.slice(0, 2));
  const centuries = value.includes('+') ? [1800, 1900] : [1900, 2000];
  return centuries.some((century) => dayExists(century + yy, month, day));
}

/** SE_PERSONNUMMER: Swedish personal identity or coordination number (Presidio has none). */
export const sePersonnummerRecognizer: Recognizer = {
  name: 'se-personnummer',
  entity: 'SE_PERSONNUMMER',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b(?:\d{6}[-+]|\d{8}-)\d{4}\b/g, score: 0.4 }],
  digitRuns: [
    { min: 10, max: 10, score: 0.35 },
    { min: 12, max: 12, first: '12', score: 0.35 },
  ],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && personnummerValid(value),
  context: {
    // The Swedish terms count in every language: they are what Swedish records and forms say.
    en: ['personnummer', 'personnr', 'samordningsnummer', 'person number', 'swedish id'],
    es: ['personnummer', 'personnr', 'samordningsnummer'],
  },
  description:
    'YYMMDD-NNNC, YYYYMMDD-NNNC or bare, an existing date (day + 60 for a coordination number), Luhn; a context word required',
};
