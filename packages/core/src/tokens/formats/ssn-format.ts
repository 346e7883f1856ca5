import type { TokenFormat } from './token-format.js';

/**
 * US_SSN: `000-GG-SSSS`, keeping the value's separators. Area 000 is never issued by the SSA, so no real
 * SSN has a token's shape and the SSN recognizer never flags one. Space: 10^6 per scope.
 */
export const ssnFormat: TokenFormat = {
  entityType: 'US_SSN',
  accepts: (value) => /^\d{3}([- ]?)\d{2}\1\d{4}$/.test(value),
  candidate(value, stream) {
    const separator = /^\d{3}([- ]?)/.exec(value)?.[1] ?? '';
    return `000${separator}${stream.digits(2)}${separator}${stream.digits(4)}`;
  },
  grammar: /(?<![\d-])000([- ]?)\d{2}\1\d{4}(?![\d-])/g,
  reserved: { mayContain: (text) => text.includes('000') },
};
