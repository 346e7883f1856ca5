import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** DNI/NIF: eight digits and the letter at (number mod 23); the digits may be grouped by dots (12.345.678-Z). */
export function dniValid(value: string): boolean {
  const compact = value.replace(/[ .-]/g, '').toUpperCase();
  if (!/^\d{8}[A-Z]$/.test(compact)) return false;
  return DNI_LETTERS[Number(compact.slice(0, 8)) % 23] === compact[8];
}

/** NIE: X/Y/Z (read as 0/1/2), seven digits, mod-23 letter. */
export function nieValid(value: string): boolean {
  const compact = value.replace(/[ -]/g, '').toUpperCase();
  if (!/^[XYZ]\d{7}[A-Z]$/.test(compact)) return false;
  const number = Number(String('XYZ'.indexOf(compact[0] as string)) + compact.slice(1, 8));
  return DNI_LETTERS[number % 23] === compact[8];
}

/** NUSS: province (2) + number (8) + control (2) = (province·10^8 + number) mod 97, the TGSS rule. */
export function nussValid(value: string): boolean {
  const digits = value.replace(/[ /-]/g, '');
  if (!/^\d{12}$/.test(digits)) return false;
  const province = Number(digits.slice(0, 2));
  const number = Number(digits.slice(2, 10));
  const base = number < 10_000_000 ? province * 10_000_000 + number : Number(digits.slice(0, 10));
  return province >= 1 && province <= 53 && base % 97 === Number(digits.slice(10));
}

/** CIF: organisation letter, province + serial (7 digits), control digit or letter (AEAT rule). */
export function cifValid(value: string): boolean {
  const compact = value.replace(/[ -]/g, '').toUpperCase();
  if (!/^[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]$/.test(compact)) return false;
  let sum = 0;
  for (let index = 1; index <= 7; index++) {
    const digit = Number(compact[index]);
    if (index % 2 === 0) sum += digit;
    else {
      const doubled = digit * 2;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    }
  }
  const control = (10 - (sum % 10)) % 10;
  const letter = 'JABCDEFGHI'[control] as string;
  const last = compact[8] as string;
  const kind = compact[0] as string;
  if ('PQRSNW'.includes(kind)) return last === letter;
  if ('ABEH'.includes(kind)) return last === String(control);
  return last === letter || last === String(control);
}

const context = {
  en: ['dni', 'nif', 'nie', 'id', 'spanish id', 'tax id', 'identity'],
  es: ['dni', 'nif', 'nie', 'documento nacional', 'identidad', 'identificación fiscal', 'extranjero'],
};

/** ES_NIF: Spanish DNI/NIF (Presidio ES_NIF). */
export const esNifRecognizer: Recognizer = {
  name: 'es-nif',
  entity: 'ES_NIF',
  category: 'IDENTITY_INTL',
  presidioEntity: 'ES_NIF',
  patterns: [
    { regex: /\b\d{8}-?[A-Z]\b/g, score: 0.8 },
    // As printed on the card and in many forms: 12.345.678-Z.
    { regex: /\b\d{2}\.\d{3}\.\d{3}-?[A-Z]\b/g, score: 0.8 },
  ],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && dniValid(value),
  context,
  description: '8 digits (plain or grouped 12.345.678) + mod-23 letter',
};

/** ES_NIE: foreigner identity number (Presidio ES_NIE). */
export const esNieRecognizer: Recognizer = {
  name: 'es-nie',
  entity: 'ES_NIE',
  category: 'IDENTITY_INTL',
  presidioEntity: 'ES_NIE',
  patterns: [{ regex: /\b[XYZ]-?\d{7}-?[A-Z]\b/g, score: 0.85 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && nieValid(value),
  context,
  description: 'X/Y/Z + 7 digits + mod-23 letter',
};

/** ES_NUSS: Spanish social security number (número de afiliación). */
export const esNussRecognizer: Recognizer = {
  name: 'es-nuss',
  entity: 'ES_NUSS',
  category: 'IDENTITY_INTL',
  patterns: [
    { regex: /\b\d{2}([ /-])\d{8}\1\d{2}\b/g, score: 0.5 },
    // The province apart from the rest (`28 1234567840`, `28/1234567840`): as weak as twelve digits in a row.
    { regex: /\b\d{2}[ /-]\d{10}\b/g, score: 0.3 },
  ],
  digitRuns: [{ min: 12, max: 12, score: 0.3 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && nussValid(value),
  context: {
    en: ['social security', 'nuss', 'nss', 'naf', 'ssn', 'affiliation'],
    es: ['seguridad social', 'nuss', 'nss', 'naf', 'afiliación', 'número de afiliación', 'seg. social'],
  },
  description: 'province 01-53 + 8 digits + mod-97 control',
};

/** ES_CIF: Spanish company tax code. */
export const esCifRecognizer: Recognizer = {
  name: 'es-cif',
  entity: 'ES_CIF',
  category: 'CORPORATE',
  patterns: [{ regex: /\b[ABCDEFGHJNPQRSUVW]-?\d{7}-?[0-9A-J]\b/g, score: 0.7 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && cifValid(value),
  context: {
    en: ['cif', 'company tax', 'vat', 'tax id'],
    es: ['cif', 'código de identificación fiscal', 'sociedad', 'empresa', 'nif'],
  },
  description: 'organisation letter + 7 digits + AEAT control digit/letter',
};
