import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, weightedSum } from '../validators/checksums.js';

/**
 * SNILS (СНИЛС, the Russian pension insurance number): nine digits and a two-digit check, the sum of each digit times
 * its weight (9 down to 1); below 100 the check is the sum, 100 and 101 give 00, above it the sum mod 101 (100 as 00).
 * Numbers up to 001-001-998 were issued without a check and are not read.
 */
export function snilsValid(value: string): boolean {
  const digits = value.replace(/[- ]/g, '');
  if (!/^\d{11}$/.test(digits) || allSame(digits) || digits.slice(0, 9) <= '001001998') return false;
  const sum = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  const check = sum < 100 ? sum : sum <= 101 ? 0 : (sum % 101) % 100;
  return check === Number(digits.slice(9));
}

/** INN (ИНН) of a person: twelve digits, the last two each a weighted sum mod 11 mod 10 of the digits before it. */
export function innValid(value: string): boolean {
  if (!/^\d{12}$/.test(value) || allSame(value)) return false;
  const first = (weightedSum(value, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  const second = (weightedSum(value, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  return first === Number(value[10]) && second === Number(value[11]);
}

/** RU_SNILS: Russian individual insurance account number (Presidio has none). */
export const ruSnilsRecognizer: Recognizer = {
  name: 'ru-snils',
  entity: 'RU_SNILS',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b\d{3}-\d{3}-\d{3}[ -]\d{2}\b/g, score: 0.85 }],
  digitRuns: [{ min: 11, max: 11, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && snilsValid(value),
  context: {
    en: ['snils', 'insurance number', 'снилс'],
    es: ['snils', 'снилс'],
    ru: ['снилс', 'страховой номер'],
  },
  description: '11 digits (XXX-XXX-XXX YY), weighted mod-101 check; unchecked numbers up to 001-001-998 not read',
};

/** RU_INN: Russian taxpayer number of a person (Presidio has none). */
export const ruInnRecognizer: Recognizer = {
  name: 'ru-inn',
  entity: 'RU_INN',
  category: 'IDENTITY_INTL',
  patterns: [],
  digitRuns: [{ min: 12, max: 12, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && innValid(value),
  context: {
    en: ['inn', 'taxpayer', 'инн'],
    es: ['inn', 'инн'],
    ru: ['инн', 'идентификационный номер налогоплательщика'],
  },
  description: '12 digits, two weighted mod-11 check digits; a context word required',
};
