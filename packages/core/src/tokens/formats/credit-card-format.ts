import { luhnCheckDigit, luhnValid } from './checksums.js';
import { countDigits, fillDigits, type TokenFormat } from './token-format.js';

/**
 * CREDIT_CARD: same length (13-19 digits) and separator layout, prefix `99`, Luhn-valid. ISO/IEC 7812 major
 * industry identifier 9 is for national assignment, not a payment network, so no card the recognizer accepts
 * (issuer ranges) has this shape. Space: 10^(length-3) per scope, at least 10^10.
 */
export const creditCardFormat: TokenFormat = {
  entityType: 'CREDIT_CARD',
  accepts: (value) => {
    const digits = countDigits(value);
    return digits >= 13 && digits <= 19 && /^\d[\d -]*\d$/.test(value);
  },
  candidate(value, stream) {
    const length = countDigits(value);
    const payload = `99${stream.digits(length - 3)}`;
    return fillDigits(value, payload + luhnCheckDigit(payload));
  },
  grammar: /(?<![\d-])99\d{2}(?:[ -]?\d){9,15}(?![\d-])/g,
  isTokenShape: (match) => luhnValid(match.replace(/\D/g, '')),
  reserved: { mayContain: (text) => text.includes('99') },
};
