import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { GROUPED_2_3_3_3 } from '../validators/shared-shapes.js';

/**
 * Steuerliche Identifikationsnummer: 11 digits, first not 0; among the first ten exactly one digit repeats
 * (twice, or three times but not three in a row) and the rest occur once; ISO 7064 MOD 11,10 check digit.
 */
export function steuerIdValid(value: string): boolean {
  const digits = value.replace(/[ /]/g, '');
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || (repeated[0] as number) > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(digits.slice(0, 10))) return false;
  let product = 10;
  for (let index = 0; index < 10; index++) {
    let sum = (Number(digits[index]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[10]);
}

/** DE_TAX_ID: German Steuer-ID; context required (any 11-digit run could match the shape). */
export const deTaxIdRecognizer: Recognizer = {
  name: 'de-tax-id',
  entity: 'DE_TAX_ID',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: GROUPED_2_3_3_3, score: 0.35 }],
  digitRuns: [{ min: 11, max: 11, first: '123456789', score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && steuerIdValid(value),
  context: {
    en: ['tax id', 'steuer-id', 'steuer id', 'tax identification', 'german tax'],
    es: ['identificación fiscal', 'número fiscal', 'steuer-id'],
    de: ['steuer-id', 'steuerid', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'steuernummer'],
  },
  description: '11 digits, one repeated digit rule, ISO 7064 MOD 11,10; context required',
};
