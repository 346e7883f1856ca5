import { abaCheckDigit, abaValid } from './checksums.js';
import type { TokenFormat } from './token-format.js';

const NINE_DIGITS_FROM_5 = /5\d{8}/;

/**
 * ABA_ROUTING_NUMBER: nine digits starting `5`, checksum-valid. Routing numbers begin 00-12, 21-32, 61-72 or
 * 80; the 5x block is unassigned, so no real routing number has this shape. Space: 10^7 per scope.
 *
 * Not a reserved range, though: other nine-digit identifiers use it (one in ten bare SSNs of areas 500-599 passes
 * the ABA checksum, and so do Canadian SINs and Dutch BSNs), so only the vault says that such a number is a token.
 * Detectors do not skip the shape; the ABA recognizer rejects it, since no routing number starts with 5.
 */
export const abaRoutingFormat: TokenFormat = {
  entityType: 'ABA_ROUTING_NUMBER',
  accepts: (value) => /^\d{9}$/.test(value),
  candidate(_value, stream) {
    const payload = `5${stream.digits(7)}`;
    return payload + abaCheckDigit(payload);
  },
  grammar: /(?<!\d)5\d{8}(?!\d)/g,
  isTokenShape: abaValid,
  // Without the grammar's lookarounds and global flag: a plain test, no match objects.
  mayContain: (text) => NINE_DIGITS_FROM_5.test(text),
};
