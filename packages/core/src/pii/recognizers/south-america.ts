// Tax and identity numbers of Chile, Argentina, Colombia and Peru. A checksum alone passes about one number in
// eleven, so a bare run of digits needs a context word; the formats' own separators report without one.

import type { MatchContext, Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { cuitValid, nitValid, rucValid, rutValid } from '../validators/mod11.js';
import { DASHED_CHECK, DOTTED_WITH_CHECK } from '../validators/shared-shapes.js';

/** Weaker than the threshold: reported only near a context word. */
const NEEDS_CONTEXT = 0.3;

/** A validator: the candidate stands alone (not inside a longer number) and its check digit holds. */
function alone(checkDigitHolds: (value: string) => boolean) {
  return (value: string, match: MatchContext) =>
    standsAlone(match.text, match.start, match.end) && checkDigitHolds(value);
}

/** RUT and NIT are written alike: thousands grouped by dots, or the check digit after a dash alone. */
const GROUPED_OR_DASHED: Recognizer['patterns'] = [
  { regex: DOTTED_WITH_CHECK, score: 0.7 },
  // 12345678-5: the format's own dash, but dated build numbers and order ids share the shape.
  { regex: DASHED_CHECK, score: NEEDS_CONTEXT },
];

/** CL_RUT: Chilean RUT (taxpayers) and RUN (people), the same number. */
export const clRutRecognizer: Recognizer = {
  name: 'cl-rut',
  entity: 'CL_RUT',
  category: 'IDENTITY_INTL',
  patterns: GROUPED_OR_DASHED,
  digitRuns: [{ min: 8, max: 9, score: NEEDS_CONTEXT }],
  validate: alone(rutValid),
  // Not the bare word "run": an English verb everywhere in tool output (CI runs have numeric ids).
  context: {
    en: ['rut', 'tax id'],
    es: ['rut', 'rol único tributario', 'rol único nacional', 'rol unico'],
  },
  description: '7-8 digits + mod-11 check digit or K; context required without the dots',
};

/** AR_CUIT: Argentine tax number of companies (CUIT) and workers (CUIL). */
export const arCuitRecognizer: Recognizer = {
  name: 'ar-cuit',
  entity: 'AR_CUIT',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b(?:2[0347]|3[034])-\d{8}-\d\b/g, score: 0.7 }],
  digitRuns: [{ min: 11, max: 11, first: '23', score: NEEDS_CONTEXT }],
  validate: alone(cuitValid),
  context: {
    en: ['cuit', 'cuil', 'tax id'],
    es: ['cuit', 'cuil', 'clave única de identificación', 'clave unica de identificacion'],
  },
  description: 'prefix 20/23/24/27/30/33/34, 8 digits, mod-11 check digit; context required without the dashes',
};

/** CO_NIT: Colombian tax number (a company's, or a person's cédula) with its verification digit. */
export const coNitRecognizer: Recognizer = {
  name: 'co-nit',
  entity: 'CO_NIT',
  category: 'IDENTITY_INTL',
  patterns: GROUPED_OR_DASHED,
  digitRuns: [{ min: 8, max: 11, score: NEEDS_CONTEXT }],
  // A dotted 7-8 digit body reads as a Chilean RUT as well: that one waits for its word.
  validate: (value, match) => {
    if (!alone(nitValid)(value, match)) return false;
    const dottedLikeRut = value.includes('.') && value.length <= 12;
    return dottedLikeRut ? NEEDS_CONTEXT : true;
  },
  context: {
    en: ['nit', 'tax id'],
    es: ['nit', 'número de identificación tributaria', 'numero de identificacion tributaria'],
  },
  description: 'up to 15 digits + DIAN mod-11 verification digit; context required unless grouped 900.123.456-8',
};

/** PE_RUC: Peruvian taxpayer registry number. */
export const peRucRecognizer: Recognizer = {
  name: 'pe-ruc',
  entity: 'PE_RUC',
  category: 'IDENTITY_INTL',
  // Written bare, as SUNAT prints it: nothing tells it from other 11-digit numbers but its word.
  digitRuns: [{ min: 11, max: 11, first: '12', score: NEEDS_CONTEXT }],
  validate: alone(rucValid),
  context: {
    en: ['ruc', 'tax id'],
    es: ['ruc', 'registro único de contribuyente', 'registro unico de contribuyente'],
  },
  description: 'prefix 10/15/17/20, mod-11 check digit; context required',
};
