import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, weightedSum } from '../validators/checksums.js';

/** PESEL: 11 digits, birth date with century in the month, weights 1,3,7,9 repeating, mod 10 check digit. */
export function peselValid(value: string): boolean {
  if (!/^\d{11}$/.test(value) || allSame(value)) return false;
  const check = (10 - (weightedSum(value, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  if (check !== Number(value[10])) return false;
  const rawMonth = Number(value.slice(2, 4));
  const centuryOffset = Math.floor(rawMonth / 20);
  const month = rawMonth % 20;
  const year = [1900, 2000, 2100, 2200, 1800][centuryOffset] ?? 0;
  const day = Number(value.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year + Number(value.slice(0, 2)), month, 0)).getUTCDate();
}

/** BSN: nine digits, "elfproef": 9·d1 + 8·d2 + ... + 2·d8 - d9 ≡ 0 (mod 11). */
export function bsnValid(value: string): boolean {
  const digits = value.replace(/[ .-]/g, '');
  if (!/^\d{9}$/.test(digits) || allSame(digits)) return false;
  const sum = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(digits[8]);
  return sum > 0 && sum % 11 === 0;
}

/** PL_PESEL (Presidio PL_PESEL). */
export const plPeselRecognizer: Recognizer = {
  name: 'pl-pesel',
  entity: 'PL_PESEL',
  category: 'IDENTITY_INTL',
  presidioEntity: 'PL_PESEL',
  digitRuns: [{ min: 11, max: 11, score: 0.4 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && peselValid(value),
  context: { en: ['pesel', 'polish id', 'poland'], es: ['pesel', 'polonia'], pl: ['pesel', 'numer pesel'] },
  description: 'birth date with century-in-month + weighted mod 10; context required',
};

/** NL_BSN: Dutch citizen service number. */
export const nlBsnRecognizer: Recognizer = {
  name: 'nl-bsn',
  entity: 'NL_BSN',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b\d{4}\.\d{2}\.\d{3}\b/g, score: 0.45 }],
  digitRuns: [{ min: 9, max: 9, score: 0.25 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && bsnValid(value),
  context: {
    en: ['bsn', 'citizen service number', 'burgerservicenummer', 'dutch'],
    es: ['bsn', 'número de servicio al ciudadano', 'holanda', 'países bajos'],
    nl: ['bsn', 'burgerservicenummer', 'sofinummer'],
  },
  description: 'nine digits, 11-proef; context required',
};
