import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, weightedSum } from '../validators/checksums.js';
import { GROUPED_2_3_3_3, GROUPED_3_3_X } from '../validators/shared-shapes.js';

/** TFN: 9 digits with weights 1,4,3,7,5,8,6,9,10 (or 8 digits with 10,7,8,4,6,3,5,1), sum mod 11 = 0. */
export function tfnValid(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  if (allSame(digits)) return false;
  if (digits.length === 9) return weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  if (digits.length === 8) return weightedSum(digits, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0;
  return false;
}

/** ABN: subtract 1 from the first digit, weights 10,1,3,...,19, sum mod 89 = 0. */
export function abnValid(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const adjusted = String(Number(digits[0]) - 1) + digits.slice(1);
  return weightedSum(adjusted, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}

/** Medicare: first digit 2-6, check digit (position 9) = Σ d·(1,3,7,9,1,3,7,9) mod 10, issue number 1-9. */
export function medicareValid(value: string): boolean {
  const digits = value.replace(/[ -/]/g, '');
  if (!/^[2-6]\d{9}\d?$/.test(digits)) return false;
  if (digits[9] === '0') return false;
  return weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(digits[8]);
}

/** AU_TFN: tax file number (Presidio AU_TFN); context needed. */
export const auTfnRecognizer: Recognizer = {
  name: 'au-tfn',
  entity: 'AU_TFN',
  category: 'IDENTITY_INTL',
  presidioEntity: 'AU_TFN',
  patterns: [{ regex: GROUPED_3_3_X, score: 0.35 }],
  digitRuns: [{ min: 8, max: 9, score: 0.25 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && tfnValid(value),
  context: { en: ['tfn', 'tax file', 'tax file number'], es: ['número de archivo fiscal', 'tfn'] },
  description: 'weighted mod 11 over 8 or 9 digits; context required',
};

/** AU_ABN: Australian business number (Presidio AU_ABN). */
export const auAbnRecognizer: Recognizer = {
  name: 'au-abn',
  entity: 'AU_ABN',
  category: 'CORPORATE',
  presidioEntity: 'AU_ABN',
  patterns: [{ regex: GROUPED_2_3_3_3, score: 0.5 }],
  digitRuns: [{ min: 11, max: 11, score: 0.3 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && abnValid(value),
  context: { en: ['abn', 'australian business number', 'business number'], es: ['abn', 'número de empresa'] },
  description: 'weighted mod 89 over 11 digits',
};

/** AU_MEDICARE: Medicare card number (Presidio AU_MEDICARE); context needed for the bare shape. */
export const auMedicareRecognizer: Recognizer = {
  name: 'au-medicare',
  entity: 'AU_MEDICARE',
  category: 'HEALTHCARE',
  presidioEntity: 'AU_MEDICARE',
  patterns: [{ regex: /\b[2-6]\d{3} \d{5} \d(?:[ -/]\d)?\b/g, score: 0.45 }],
  digitRuns: [{ min: 10, max: 11, first: '23456', score: 0.3 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && medicareValid(value),
  context: { en: ['medicare', 'medicare card', 'medicare number'], es: ['medicare', 'tarjeta medicare'] },
  description: 'first digit 2-6, weighted check digit, issue number',
};
