import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { luhn } from '../validators/checksums.js';

/** NPI: ten digits starting 1 or 2, Luhn over the prefix 80840 + the number (CMS). */
export function npiValid(digits: string): boolean {
  return digits.length === 10 && (digits[0] === '1' || digits[0] === '2') && luhn(`80840${digits}`);
}

/** DEA: registrant letter, last-name letter (or 9), seven digits; (d1+d3+d5) + 2·(d2+d4+d6) ends in d7. */
export function deaValid(value: string): boolean {
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(value)) return false;
  const d = [...value.slice(2)].map(Number) as number[];
  const sum =
    (d[0] as number) +
    (d[2] as number) +
    (d[4] as number) +
    2 * ((d[1] as number) + (d[3] as number) + (d[5] as number));
  return sum % 10 === d[6];
}

const MBI_LETTER = 'AC-HJKMNP-RT-Y';
const L = `[${MBI_LETTER}]`;
const AN = `[0-9${MBI_LETTER}]`;
// Medicare Beneficiary Identifier positions: 1 digit 1-9, 2 letter, 3 alnum, 4 digit, 5 letter, 6 alnum, 7 digit,
// 8-9 letters, 10-11 digits (CMS MBI format; S, L, O, I, B, Z never used). Dashes after 4 and 7 are allowed.
const MBI = new RegExp(`\\b[1-9]${L}${AN}\\d-?${L}${AN}\\d-?${L}{2}\\d{2}\\b`, 'g');

/** US_NPI: National Provider Identifier. */
export const usNpiRecognizer: Recognizer = {
  name: 'us-npi',
  entity: 'US_NPI',
  category: 'HEALTHCARE',
  digitRuns: [{ min: 10, max: 10, first: '12', score: 0.4 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && npiValid(value),
  context: {
    en: ['npi', 'national provider', 'provider id', 'prescriber', 'provider'],
    es: ['npi', 'proveedor', 'prestador', 'identificador nacional'],
  },
  description: '10 digits, Luhn over 80840 + NPI; context required',
};

/** US_MBI: Medicare Beneficiary Identifier (11 characters, position rules). */
export const usMbiRecognizer: Recognizer = {
  name: 'us-mbi',
  entity: 'US_MBI',
  category: 'HEALTHCARE',
  patterns: [{ regex: MBI, score: 0.6 }],
  validate: (_value, match) => standsAlone(match.text, match.start, match.end),
  context: {
    en: ['mbi', 'medicare', 'beneficiary', 'medicare number'],
    es: ['mbi', 'medicare', 'beneficiario'],
  },
  description: 'CMS MBI positions (no S L O I B Z)',
};

/** US_DEA_NUMBER: DEA registration number with its check digit. */
export const usDeaRecognizer: Recognizer = {
  name: 'us-dea',
  entity: 'US_DEA_NUMBER',
  category: 'HEALTHCARE',
  patterns: [{ regex: /\b[A-Z][A-Z9]\d{7}\b/g, score: 0.55 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && deaValid(value),
  context: {
    en: ['dea', 'dea number', 'registration', 'prescriber'],
    es: ['dea', 'registro', 'prescriptor'],
  },
  description: 'registrant letter + letter/9 + 7 digits with DEA check digit',
};
