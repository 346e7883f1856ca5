import type { MatchContext, Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, luhn } from '../validators/checksums.js';
import { rfcValid } from '../validators/mod11.js';
import { labelledValue } from './labelled-value.js';

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const STATES = 'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const CURP = new RegExp(
  `\\b[A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX](?:${STATES})[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d\\b`,
  'g',
);

/** CURP check digit (RENAPO): Σ value·(18 - position) over 17 characters, (10 - sum mod 10) mod 10. */
export function curpValid(value: string): boolean {
  if (value.length !== 18) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += CURP_CHARS.indexOf(value[index] as string) * (18 - index);
  return (10 - (sum % 10)) % 10 === Number(value[17]);
}

/** MX_CURP: Mexican population registry key. */
export const mxCurpRecognizer: Recognizer = {
  name: 'mx-curp',
  entity: 'MX_CURP',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: CURP, score: 0.9 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && curpValid(value),
  context: { en: ['curp', 'mexico'], es: ['curp', 'clave única', 'registro de población', 'méxico'] },
  description: 'layout with birth date, sex, state code and RENAPO check digit',
};

// Name letters (3 for a company, 4 for a person; & and Ñ occur in names), date, and SAT's homoclave alphabet;
// written whole as SAT prints it, or split by spaces or dashes (GODE 561231 GR8, MAB-930714-8T4).
const RFC = /\b[A-Z][A-Z&Ñ]{2,3}([ -]?)\d{6}\1[1-9A-V][1-9A-Z][\dA]\b/g;
/** SAT's generic RFCs for the general public and for foreigners: they name nobody. */
const GENERIC_RFCS = new Set(['XAXX010101000', 'XEXX010101000']);

/**
 * An RFC as written (maybe split by spaces or dashes, maybe in lower case) that names a taxpayer: on its own, not a
 * generic RFC, with a real date and SAT's check character, both read on the upper-cased value (SAT's table has
 * capitals only).
 */
function rfcHolds(value: string, match: MatchContext): boolean {
  const compact = value.replace(/[ -]/g, '').toUpperCase();
  return standsAlone(match.text, match.start, match.end) && !GENERIC_RFCS.has(compact) && rfcValid(compact);
}

/** MX_RFC: Mexican taxpayer registry key of a person or a company. */
export const mxRfcRecognizer: Recognizer = {
  name: 'mx-rfc',
  entity: 'MX_RFC',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: RFC, score: 0.7 }],
  validate: rfcHolds,
  context: {
    en: ['rfc', 'taxpayer', 'tax id'],
    es: ['rfc', 'registro federal de contribuyentes', 'contribuyente', 'homoclave'],
  },
  description: 'name letters, a real YYMMDD date, homoclave and SAT mod-11 check character',
};

// The same layout in any case (the `i` flag: ñ for Ñ too), right after an RFC label (`RFC: gomr800101ab2`,
// `R.F.C. Gode 561231 Gr8`, `"rfc": "mab-930714-8t4"`); one separator throughout, spelt out as no group may hold it
// (labelledValue's group 1 is the value).
const LABELLED_RFC = labelledValue(
  'r\\.?f\\.?c',
  '[a-z][a-z&ñ]{2,3}(?:\\d{6}| \\d{6} |-\\d{6}-)[1-9a-v][1-9a-z][\\da]',
);

/**
 * MX_RFC typed in lower or mixed case (a form's field, a chat): lower-case text holds many more runs of this shape
 * than capitals do, so only right after its label, in a text holding `rfc`. In capitals it is mx-rfc's on sight.
 */
export const mxRfcLabelledRecognizer: Recognizer = {
  name: 'mx-rfc-labelled',
  entity: 'MX_RFC',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: LABELLED_RFC, score: 0.85, group: 1 }],
  validate: (value, match) => value !== value.toUpperCase() && rfcHolds(value, match),
  caseInsensitiveTriggers: ['rfc', 'r.f.c'],
  description: 'an RFC in lower or mixed case right after its label, checked as mx-rfc checks it (upper-cased)',
};

/**
 * IMSS's número de seguridad social: eleven digits, the subdelegación that registered the worker (2), the year of
 * registration (2), the year of birth (2), a sequence (4) and a check digit: Luhn over the first ten. The years carry
 * no century (a worker born in 1985 and registered in 2005 reads `05 85`), so no order between them is checked.
 */
export function nssValid(value: string): boolean {
  return /^\d{11}$/.test(value) && !allSame(value) && luhn(value);
}

/**
 * MX_NSS: Mexican social security number (IMSS; Presidio has none). A Luhn digit passes one run of eleven digits in
 * ten, so a context word is required. Spain's NUSS shares the word `NSS` but has twelve digits: each length reads as
 * its own.
 */
export const mxNssRecognizer: Recognizer = {
  name: 'mx-nss',
  entity: 'MX_NSS',
  category: 'IDENTITY_INTL',
  patterns: [],
  digitRuns: [{ min: 11, max: 11, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && nssValid(value),
  context: {
    en: ['nss', 'imss', 'social security'],
    es: [
      'nss',
      'imss',
      'número de seguridad social',
      'numero de seguridad social',
      'seguridad social',
      'seguro social',
    ],
  },
  description:
    'eleven digits (subdelegación, registration year, birth year, sequence), Luhn check digit; a context word required',
};
