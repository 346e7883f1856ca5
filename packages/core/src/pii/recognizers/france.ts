import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

/**
 * NIR (numéro de sécurité sociale): sex 1/2 (3/4/7/8 for provisional), year, month 01-12 or 20-42/50-99,
 * department (2A/2B for Corsica read as 19/18), commune, order, key = 97 - (number mod 97).
 */
export function nirValid(value: string): boolean {
  const compact = value.replace(/[ .-]/g, '').toUpperCase();
  if (!/^[1-478]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(compact)) return false;
  const month = Number(compact.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const department = compact.slice(5, 7);
  const body =
    compact.slice(0, 5) + (department === '2A' ? '19' : department === '2B' ? '18' : department) + compact.slice(7, 13);
  const remainder = Number(BigInt(body) % 97n);
  return 97 - remainder === Number(compact.slice(13));
}

/** FR_NIR: French social security number (INSEE). */
export const frNirRecognizer: Recognizer = {
  name: 'fr-nir',
  entity: 'FR_NIR',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b/g, score: 0.7 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && nirValid(value),
  context: {
    en: ['social security', 'nir', 'insee', 'french social security'],
    es: ['seguridad social', 'nir', 'seguridad social francesa'],
    fr: ['sécurité sociale', 'numéro de sécu', 'nir', 'insee', 'carte vitale'],
  },
  description: 'sex/year/month/department/commune/order + 97-complement key, Corsica 2A/2B',
};
