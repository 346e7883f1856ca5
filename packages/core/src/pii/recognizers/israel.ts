import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, luhn } from '../validators/checksums.js';

/**
 * Israeli identity number (Teudat Zehut): nine digits, the last a check digit: each digit times 1, 2, 1, 2, ... from
 * the left, the digits of each product summed, the total a multiple of 10 (Luhn over nine digits). Shorter numbers
 * are the same padded with zeros; only written with all nine are they read.
 */
export function teudatZehutValid(value: string): boolean {
  return /^\d{9}$/.test(value) && !allSame(value) && luhn(value);
}

/** IL_ID_NUMBER: Israeli identity number (Presidio has none). */
export const ilIdNumberRecognizer: Recognizer = {
  name: 'il-id-number',
  entity: 'IL_ID_NUMBER',
  category: 'IDENTITY_INTL',
  patterns: [],
  digitRuns: [{ min: 9, max: 9, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && teudatZehutValid(value),
  context: {
    en: ['teudat zehut', 'zehut', 'israeli id', 'israeli id number', 'תעודת זהות', 'ת.ז', 'ת"ז'],
    es: ['teudat zehut', 'zehut', 'identidad israelí'],
    he: ['תעודת זהות', 'ת.ז', 'ת"ז', 'מספר זהות'],
  },
  description: 'nine digits, Luhn-style check digit (weights 1, 2 from the left); a context word required',
};
