import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { ISO_COUNTRIES } from '../validators/countries.js';

/** SWIFT_CODE: BIC (ISO 9362): 4-letter bank, ISO country, 2-char location, optional 3-char branch. */
export const swiftBicRecognizer: Recognizer = {
  name: 'swift-bic',
  entity: 'SWIFT_CODE',
  category: 'FINANCIAL',
  patterns: [{ regex: /\b[A-Z]{6}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?\b/g, score: 0.3 }],
  validate(value, match) {
    if (!standsAlone(match.text, match.start, match.end)) return false;
    if (!ISO_COUNTRIES.has(value.slice(4, 6))) return false;
    // A BIC's location code nearly always carries a digit or the branch part; all-letter 8-letter words are words.
    return /\d/.test(value) || value.length === 11 ? 0.45 : true;
  },
  context: {
    en: ['swift', 'bic', 'swift code', 'bank identifier', 'wire'],
    es: ['swift', 'bic', 'código swift', 'código bic', 'transferencia'],
  },
  description: 'ISO 9362 layout with an ISO 3166 country; context required',
};
