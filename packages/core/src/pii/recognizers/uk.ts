import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, weightedSum } from '../validators/checksums.js';
import { GROUPED_3_3_X } from '../validators/shared-shapes.js';
import { codeLabelBefore } from './passports.js';

/** NHS number: ten digits, mod 11 with weights 10..2; a check value of 10 is never issued. */
export function nhsValid(digits: string): boolean {
  if (digits.length !== 10 || allSame(digits)) return false;
  const check = 11 - (weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** Score of an identifier typed in lower case: it then needs a context word (CONTEXT_BOOST lifts it to 0.65). */
export const LOWER_CASE_SCORE = 0.3;

/**
 * `verdict` for an identifier written in capitals; {@link LOWER_CASE_SCORE} when it holds a lower-case letter
 * (users type `ab123456c`, `sw1a 1aa`): lower-case text holds far more codes and words of these shapes, so
 * only a context word makes one of them an identifier.
 */
export function typedInLowerCase(value: string, verdict: boolean | number): boolean | number {
  return value === value.toUpperCase() ? verdict : LOWER_CASE_SCORE;
}

/** UK_NINO: two prefix letters (HMRC rules), six digits, suffix A-D. */
export const ukNinoRecognizer: Recognizer = {
  name: 'uk-nino',
  entity: 'UK_NINO',
  category: 'IDENTITY_INTL',
  presidioEntity: 'UK_NINO',
  // In lower or mixed case (`ab123456c`, typed in a chat) only next to a context word: see typedInLowerCase.
  patterns: [{ regex: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi, score: 0.6 }],
  validate: (value, match) =>
    standsAlone(match.text, match.start, match.end) &&
    !NINO_BAD_PREFIXES.has(value.slice(0, 2).toUpperCase()) &&
    typedInLowerCase(value, true),
  context: {
    en: ['national insurance', 'nino', 'ni number', 'ni no', 'insurance number'],
    es: ['seguro nacional', 'número de seguro', 'nino'],
  },
  description: 'HMRC prefix rules (no D F I Q U V first, no BG GB NK KN TN NT ZZ), suffix A-D',
};

/** UK_NHS: NHS number, 3-3-4 digits, mod-11 check digit. */
export const ukNhsRecognizer: Recognizer = {
  name: 'uk-nhs',
  entity: 'UK_NHS',
  category: 'HEALTHCARE',
  presidioEntity: 'UK_NHS',
  patterns: [{ regex: GROUPED_3_3_X, score: 0.4 }],
  digitRuns: [{ min: 10, max: 10, score: 0.3 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && nhsValid(value.replace(/[ -]/g, '')),
  context: {
    en: ['nhs', 'nhs number', 'health service', 'patient', 'nhs no'],
    es: ['nhs', 'paciente', 'servicio de salud'],
  },
  description: 'ten digits, weights 10..2, mod 11; context required',
};

/** UK_PASSPORT: nine digits (or two letters + seven digits since 2023 books); context required. */
export const ukPassportRecognizer: Recognizer = {
  name: 'uk-passport',
  entity: 'UK_PASSPORT',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b[A-Z]{2}\d{7}\b/g, score: 0.3 }],
  // Not a value labelled as an error, status or reference code (see codeLabelBefore).
  validate: (_value, match) =>
    standsAlone(match.text, match.start, match.end) && !codeLabelBefore(match.text, match.start),
  context: {
    en: ['passport', 'uk passport', 'british passport', 'hm passport'],
    es: ['pasaporte', 'pasaporte británico'],
  },
  description: 'two letters + seven digits near a passport word (nine-digit books: US_PASSPORT pattern)',
};

/** UK_POSTCODE: outward + inward code (Royal Mail layout); with the space 0.5, without 0.3. */
export const ukPostcodeRecognizer: Recognizer = {
  name: 'uk-postcode',
  entity: 'UK_POSTCODE',
  category: 'CONTACT',
  patterns: [{ regex: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/gi, score: 0.5 }],
  validate: (value, match) =>
    standsAlone(match.text, match.start, match.end, '-_/') && typedInLowerCase(value, value.includes(' ') ? true : 0.3),
  context: {
    en: ['postcode', 'post code', 'postal code', 'address', 'london', 'uk'],
    es: ['código postal', 'dirección', 'reino unido'],
  },
  description: 'Royal Mail outward/inward layout',
};
