import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

/** ITIN: 9NN-GG-NNNN (N any digit) with group GG in 50-65, 70-88, 90-92 or 94-99 (IRS). */
export function itinValid(digits: string): boolean {
  if (digits.length !== 9 || digits[0] !== '9') return false;
  const group = Number(digits.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

// IRS campus prefixes of Employer Identification Numbers.
const EIN_PREFIXES = new Set(
  '01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99'.split(
    ' ',
  ),
);

/** EIN: two-digit IRS prefix, seven digits. */
export function einValid(digits: string): boolean {
  return digits.length === 9 && EIN_PREFIXES.has(digits.slice(0, 2)) && !/^(\d)\1{8}$/.test(digits);
}

/** US_ITIN (Presidio US_ITIN). */
export const usItinRecognizer: Recognizer = {
  name: 'us-itin',
  entity: 'US_ITIN',
  category: 'IDENTITY_US',
  presidioEntity: 'US_ITIN',
  patterns: [{ regex: /\b9\d{2}([- ]?)[5-9]\d\1\d{4}\b/g, score: 0.6 }],
  // Dashes 0.6, spaces 0.45, bare 0.3 (context lifts the weaker layouts).
  validate: (value, match) =>
    standsAlone(match.text, match.start, match.end) &&
    itinValid(value.replace(/[- ]/g, '')) &&
    (value[3] === '-' ? true : value[3] === ' ' ? 0.45 : 0.3),
  context: {
    en: ['itin', 'taxpayer identification', 'individual taxpayer', 'tax id', 'tin'],
    es: ['itin', 'identificación del contribuyente', 'número de identificación fiscal', 'contribuyente'],
  },
  description: '9NN-GG-NNNN, group 50-65/70-88/90-92/94-99',
};

/** US_EIN: employer identification number, NN-NNNNNNN with an IRS campus prefix (context needed). */
export const usEinRecognizer: Recognizer = {
  name: 'us-ein',
  entity: 'US_EIN',
  category: 'CORPORATE',
  patterns: [{ regex: /\b\d{2}-\d{7}\b/g, score: 0.4 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && einValid(value.replace('-', '')),
  context: {
    en: ['ein', 'fein', 'employer identification', 'federal tax id', 'tax id', 'tax identification'],
    es: ['ein', 'número de identificación del empleador', 'identificación fiscal', 'empleador'],
  },
  description: 'NN-NNNNNNN with a valid IRS campus prefix; context required',
};
