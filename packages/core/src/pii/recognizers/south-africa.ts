import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { dayExists } from '../validators/calendar.js';
import { allSame, luhn } from '../validators/checksums.js';

/**
 * South African identity number: YYMMDD (a date that exists in 19YY or 20YY), a four-digit sequence (gender), a
 * citizenship digit (0 a citizen, 1 a permanent resident), a digit of old and a Luhn check digit.
 */
export function saIdValid(value: string): boolean {
  if (!/^\d{13}$/.test(value) || allSame(value)) return false;
  if (value[10] !== '0' && value[10] !== '1') return false;
  const yy = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (!dayExists(1900 + yy, month, day) && !dayExists(2000 + yy, month, day)) return false;
  return luhn(value);
}

/** ZA_ID_NUMBER: South African identity number (Presidio has none). */
export const zaIdNumberRecognizer: Recognizer = {
  name: 'za-id-number',
  entity: 'ZA_ID_NUMBER',
  category: 'IDENTITY_INTL',
  patterns: [],
  digitRuns: [{ min: 13, max: 13, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && saIdValid(value),
  context: {
    en: ['identity number', 'sa id', 'rsa id', 'south african id', 'sa id number', 'rsa id number'],
    es: ['sa id', 'rsa id', 'identidad sudafricana', 'sudáfrica'],
  },
  description: 'YYMMDD SSSS C A Z: an existing date, citizenship 0 or 1, Luhn; a context word required',
};
