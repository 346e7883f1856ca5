import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

/**
 * T.C. Kimlik No (the Turkish identity number): eleven digits, the first not 0; the tenth is seven times the sum of
 * the odd-placed digits less the sum of the even-placed ones (of the first nine), mod 10; the eleventh the sum of the
 * first ten mod 10.
 */
export function tcknValid(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const digit = (index: number): number => value.charCodeAt(index) - 48;
  const odd = digit(0) + digit(2) + digit(4) + digit(6) + digit(8);
  const even = digit(1) + digit(3) + digit(5) + digit(7);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  let sum = 0;
  for (let index = 0; index < 10; index++) sum += digit(index);
  return tenth === digit(9) && sum % 10 === digit(10);
}

/** TR_TCKN: Turkish identity number (Presidio has none). */
export const trTcknRecognizer: Recognizer = {
  name: 'tr-tckn',
  entity: 'TR_TCKN',
  category: 'IDENTITY_INTL',
  patterns: [],
  digitRuns: [{ min: 11, max: 11, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && tcknValid(value),
  context: {
    // The Turkish terms count in every language: they are what Turkish records and forms say.
    en: ['tckn', 'tc kimlik', 'kimlik no', 'kimlik numarası', 'turkish id', 't.c. no'],
    es: ['tckn', 'kimlik'],
  },
  description: '11 digits, first not 0, two check digits; a context word required',
};
