import { ibanCheckDigits, ibanMod97 } from './checksums.js';
import type { TokenFormat } from './token-format.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * IBAN_CODE: same country, same length, same letter/digit pattern and spacing, mod-97-valid check digits.
 * ISO 13616 reserves no BBAN range, so an IBAN token's shape alone does not tell it from a real IBAN: it is
 * a token only if the scope's vault holds it. Space: 10^digits · 26^letters of the BBAN.
 */
export const ibanFormat: TokenFormat = {
  entityType: 'IBAN_CODE',
  accepts: (value) => /^[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}$/.test(value),
  candidate(value, stream) {
    const compact = value.replace(/ /g, '');
    const country = compact.slice(0, 2);
    let bban = '';
    for (const char of compact.slice(4))
      bban += char >= 'A' && char <= 'Z' ? stream.chars(1, LETTERS) : stream.digits(1);
    const token = country + ibanCheckDigits(country, bban) + bban;
    // Re-insert spaces where the value had them.
    let index = 0;
    return value.replace(/[A-Z0-9]/g, () => token[index++] as string);
  },
  grammar: /(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}(?![A-Z0-9])/g,
  isTokenShape: (match) => ibanMod97(match.replace(/ /g, '')) === 1,
};
