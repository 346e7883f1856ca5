import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, luhn } from '../validators/checksums.js';
import { GROUPED_3_3_X } from '../validators/shared-shapes.js';

/** SIN: nine digits, Luhn; first digit 0 and 8 are never assigned. */
export function sinValid(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  return /^[1-79]\d{8}$/.test(digits) && !allSame(digits) && luhn(digits);
}

/** CA_SIN: Canadian social insurance number; context needed for the bare shape. */
export const caSinRecognizer: Recognizer = {
  name: 'ca-sin',
  entity: 'CA_SIN',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: GROUPED_3_3_X, score: 0.4 }],
  digitRuns: [{ min: 9, max: 9, score: 0.25 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && sinValid(value),
  context: {
    en: ['sin', 'social insurance', 'social insurance number', 'canada'],
    es: ['seguro social', 'número de seguro social', 'canadá', 'sin'],
    fr: ['nas', "numéro d'assurance sociale", 'assurance sociale'],
  },
  description: '9 digits, first not 0/8, Luhn; context required',
};
