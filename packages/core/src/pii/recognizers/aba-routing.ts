import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { abaChecksum } from '../validators/checksums.js';

/**
 * Federal Reserve routing symbol prefixes: 00-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80
 * (traveler's cheques). 5x is unassigned, which is why Mask's ABA tokens never match.
 */
export function abaValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  const prefix = Number(digits.slice(0, 2));
  const assigned = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  return assigned && digits !== '000000000' && abaChecksum(digits);
}

/** ABA_ROUTING_NUMBER: nine digits, assigned prefix, checksum; needs a context word to be reported. */
export const abaRoutingRecognizer: Recognizer = {
  name: 'aba-routing',
  entity: 'ABA_ROUTING_NUMBER',
  category: 'FINANCIAL',
  presidioEntity: 'ABA_ROUTING_NUMBER',
  patterns: [{ regex: /\b[0-8]\d{3}-\d{4}-\d\b/g, score: 0.3 }],
  digitRuns: [{ min: 9, max: 9, first: '012345678', score: 0.3 }],
  validate(value, match) {
    if (!standsAlone(match.text, match.start, match.end)) return false;
    return abaValid(value.replace(/-/g, ''));
  },
  context: {
    en: ['routing', 'aba', 'rtn', 'transit', 'bank', 'wire', 'ach'],
    es: ['ruta', 'enrutamiento', 'tránsito', 'banco', 'transferencia', 'aba'],
  },
  description: 'prefix 00-12/21-32/61-72/80 + 3-7-1 checksum; context required',
};
