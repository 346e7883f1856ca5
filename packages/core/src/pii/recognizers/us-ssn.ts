import type { Recognizer } from '../recognizer.js';
import { isDigit, standsAlone } from '../validators/boundaries.js';
import { inHl7SsnField } from './hl7.js';

// Numbers the SSA publicly voided after they appeared in advertising: still what people write as "an SSN" (a
// form's example, test data), so reported next to an SSN word only (VOIDED_SCORE + the context boost).
const VOIDED = new Set(['078051120', '219099999', '123456789']);
const VOIDED_SCORE = 0.2;

/**
 * SSA rules (since 2011 randomization): area 001-899 except 666, group 01-99, serial 0001-9999.
 * Area 000 is never issued, which is why Mask's SSN tokens (`000-GG-SSSS`) never match.
 */
export function ssnValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  return digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

// Dashes that word processors put for `-`: hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
const WIDE_DASH = /[\u2010-\u2014\u2212]/;

/** A wide dash joins the candidate to more digits (`536–22–1234–5`), as `-` would. */
function gluedByDash(text: string, start: number, end: number): boolean {
  return (
    (WIDE_DASH.test(text.charAt(end)) && isDigit(text.charCodeAt(end + 1))) ||
    (start > 1 && WIDE_DASH.test(text.charAt(start - 1)) && isDigit(text.charCodeAt(start - 2)))
  );
}

/**
 * US_SSN: AAA-GG-SSSS, the same separator twice. Dashes score 0.6, and so do the dashes word processors put for
 * `-` (hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, en dash U+2013, em dash U+2014, minus sign
 * U+2212: `536–22–1234`). Spaces score 0.45, dots and bare digits 0.3: `536.22.1234` needs a context word, as
 * dotted numbers are versions, outline numbers and amounts far more often than SSNs.
 */
export const usSsnRecognizer: Recognizer = {
  name: 'us-ssn',
  entity: 'US_SSN',
  category: 'IDENTITY_US',
  presidioEntity: 'US_SSN',
  patterns: [{ regex: /\b\d{3}([- .\u2010-\u2014\u2212])\d{2}\1\d{4}\b/g, score: 0.6 }],
  digitRuns: [{ min: 9, max: 9, score: 0.3 }],
  validate(value, match) {
    if (!standsAlone(match.text, match.start, match.end) || gluedByDash(match.text, match.start, match.end))
      return false;
    // Bare: weak, unless it fills an HL7 v2 SSN field (PID-19, NK1-37, GT1-12).
    const digits = value.length === 9 ? value : value.slice(0, 3) + value.slice(4, 6) + value.slice(7);
    if (!ssnValid(digits)) return false;
    if (VOIDED.has(digits)) return VOIDED_SCORE;
    if (value.length === 9) return inHl7SsnField(match.text, match.start, match.end) ? 0.85 : 0.3;
    return value[3] === ' ' ? 0.45 : value[3] === '.' ? 0.3 : true;
  },
  context: {
    en: [
      'ssn',
      'social security',
      'social sec',
      'social:',
      'social #',
      'my social',
      'your social',
      'ss#',
      'ss #',
      'ssid',
      'taxpayer',
    ],
    es: ['seguro social', 'número de seguro social', 'ssn'],
  },
  description:
    'area 001-899 except 666, group 01-99, serial 0001-9999, advertised numbers only next to an SSN word; dashes, en/em dashes, spaces, dots',
};
