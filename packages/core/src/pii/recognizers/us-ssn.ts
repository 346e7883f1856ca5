import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

// Numbers the SSA publicly voided after they appeared in advertising.
const VOIDED = new Set(['078051120', '219099999', '123456789']);

/**
 * SSA rules (since 2011 randomization): area 001-899 except 666, group 01-99, serial 0001-9999.
 * Area 000 is never issued, which is why Mask's SSN tokens (`000-GG-SSSS`) never match.
 */
export function ssnValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  return !VOIDED.has(digits);
}

/** US_SSN: AAA-GG-SSSS (dashes 0.6, spaces 0.45, bare 0.3; context words lift the weaker shapes). */
export const usSsnRecognizer: Recognizer = {
  name: 'us-ssn',
  entity: 'US_SSN',
  category: 'IDENTITY_US',
  presidioEntity: 'US_SSN',
  patterns: [{ regex: /\b\d{3}([- ])\d{2}\1\d{4}\b/g, score: 0.6 }],
  digitRuns: [{ min: 9, max: 9, score: 0.3 }],
  validate(value, match) {
    if (!standsAlone(match.text, match.start, match.end)) return false;
    if (!ssnValid(value.replace(/[- ]/g, ''))) return false;
    return value[3] === ' ' ? 0.45 : value.length === 9 ? 0.3 : true;
  },
  context: {
    en: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'ssid', 'taxpayer'],
    es: ['seguro social', 'número de seguro social', 'ssn'],
  },
  description: 'area 001-899 except 666, group 01-99, serial 0001-9999, advertised numbers excluded',
};
