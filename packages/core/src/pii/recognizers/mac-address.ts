import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';

/** The decimal number of `length` digits at `index`, or -1 when one is not a digit. */
function decimal(value: string, index: number, length: number): number {
  let number = 0;
  for (let at = index; at < index + length; at++) {
    const digit = value.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

const within = (number: number, low: number, high: number): boolean => number >= low && number <= high;

/**
 * Decimal groups that read as a date and a time rather than a MAC: `24-01-15-12-30-45` (a date, year, month and
 * day in any of the usual orders, then hours, minutes, seconds), or a calendar version `2024.0115.1230`. About one
 * random MAC in 30,000 is all digits and reads as a date and time; one in 380,000 as a calendar version.
 */
function timestamp(value: string): boolean {
  if (value[4] === '.') {
    return (
      within(decimal(value, 0, 4), 1900, 2099) &&
      within(decimal(value, 5, 2), 1, 12) &&
      within(decimal(value, 7, 2), 1, 31) &&
      decimal(value, 10, 4) >= 0
    );
  }
  const a = decimal(value, 0, 2);
  const b = decimal(value, 3, 2);
  const c = decimal(value, 6, 2);
  const day = (number: number): boolean => within(number, 1, 31);
  const month = (number: number): boolean => within(number, 1, 12);
  const date = (month(b) && (day(a) || day(c))) || (month(a) && day(b));
  return (
    date &&
    a >= 0 &&
    c >= 0 &&
    within(decimal(value, 9, 2), 0, 23) &&
    within(decimal(value, 12, 2), 0, 59) &&
    within(decimal(value, 15, 2), 0, 59)
  );
}

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
    if (hex === 'ffffffffffff' || hex === '000000000000' || !/[0-9]/.test(hex) || timestamp(value)) return false;
    return value[4] === '.' ? 0.6 : true;
  },
  context: {
    en: ['mac', 'mac address', 'hwaddr', 'ether', 'bssid', 'device'],
    es: ['mac', 'dirección mac', 'dispositivo'],
  },
  description: 'EUI-48 in colon, hyphen or Cisco dot notation',
};
