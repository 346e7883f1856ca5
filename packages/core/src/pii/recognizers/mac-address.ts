import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';

/** MAC_ADDRESS: EUI-48 as 00:1A:2B:3C:4D:5E, 00-1A-..., or 001a.2b3c.4d5e; broadcast and all-zero skipped. */
export const macAddressRecognizer: Recognizer = {
  name: 'mac-address',
  entity: 'MAC_ADDRESS',
  category: 'NETWORK',
  patterns: [
    {
      regex:
        /\b(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b/g,
      score: 0.7,
    },
  ],
  validate(value, match) {
    const { text, start, end } = match;
    const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
    const next = end < text.length ? text.charCodeAt(end) : -1;
    if (previous === 58 || previous === 45 || previous === 46 || next === 58 || next === 45) return false;
    if (previous !== -1 && isAlnum(previous)) return false;
    const hex = value.replace(/[:.-]/g, '').toLowerCase();
    if (hex === 'ffffffffffff' || hex === '000000000000' || !/[0-9]/.test(hex)) return false;
    return value[4] === '.' ? 0.6 : true;
  },
  context: {
    en: ['mac', 'mac address', 'hwaddr', 'ether', 'bssid', 'device'],
    es: ['mac', 'dirección mac', 'dispositivo'],
  },
  description: 'EUI-48 in colon, hyphen or Cisco dot notation',
};
