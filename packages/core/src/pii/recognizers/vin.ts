import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { typedInLowerCase } from './uk.js';

const TRANSLITERATION: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** ISO 3779 / 49 CFR 565 check digit (position 9, `X` for 10). */
export function vinValid(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin) || !/\d/.test(vin) || !/[A-Z]/.test(vin)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const char = vin[index] as string;
    const value = char >= '0' && char <= '9' ? Number(char) : (TRANSLITERATION[char] as number);
    sum += value * (WEIGHTS[index] as number);
  }
  const remainder = sum % 11;
  return vin[8] === (remainder === 10 ? 'X' : String(remainder));
}

/** VIN: 17 characters without I, O, Q, and a valid check digit. */
export const vinRecognizer: Recognizer = {
  name: 'vin',
  entity: 'VIN',
  category: 'VEHICLE',
  patterns: [{ regex: /\b[A-HJ-NPR-Z0-9]{17}\b/gi, score: 0.65 }],
  // In lower or mixed case (`vin 1hgcm82633a004352`) only next to a context word.
  validate: (value, match) =>
    standsAlone(match.text, match.start, match.end) && vinValid(value.toUpperCase()) && typedInLowerCase(value, true),
  context: {
    en: ['vin', 'vehicle', 'chassis', 'vehicle identification'],
    es: ['vin', 'vehículo', 'bastidor', 'número de bastidor', 'chasis'],
  },
  description: '17 characters (no I/O/Q) with the position-9 check digit',
};
