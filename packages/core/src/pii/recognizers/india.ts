import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, verhoeff } from '../validators/checksums.js';
import { underOtherLabel } from '../validators/other-label.js';

/** Aadhaar: 12 digits, first 2-9, Verhoeff check digit (UIDAI). */
export function aadhaarValid(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  return /^[2-9]\d{11}$/.test(digits) && !allSame(digits) && verhoeff(digits);
}

/** Labels of a parcel's tracking number (FedEx's are 12 digits, and one in ten passes Verhoeff by chance). */
const TRACKING_LABEL =
  /tracking|fedex|waybill|shipment|seguimiento|rastreo|(?<![a-z])(?:ups|usps|dhl|awb|gu[ií]a)(?![a-z])/gi;
const AADHAAR_WORD = /aadha?ar|uidai|(?<![a-z])uid(?![a-z])/i;

/** IN_AADHAAR (Presidio IN_AADHAAR). */
export const inAadhaarRecognizer: Recognizer = {
  name: 'in-aadhaar',
  entity: 'IN_AADHAAR',
  category: 'IDENTITY_INTL',
  presidioEntity: 'IN_AADHAAR',
  patterns: [{ regex: /\b[2-9]\d{3}([ -])\d{4}\1\d{4}\b/g, score: 0.5 }],
  digitRuns: [{ min: 12, max: 12, first: '23456789', score: 0.3 }],
  validate: (value, match) =>
    standsAlone(match.text, match.start, match.end) &&
    aadhaarValid(value) &&
    !underOtherLabel(match.text, match.start, TRACKING_LABEL, AADHAAR_WORD),
  context: { en: ['aadhaar', 'aadhar', 'uidai', 'uid'], es: ['aadhaar', 'identidad india'] },
  description: '12 digits, first 2-9, Verhoeff',
};

/**
 * Labels of a product or stock code (`sku RYZPF4694D`: a person's PAN has that shape, and nothing checks it), right
 * before the value.
 */
const PRODUCT_LABEL =
  /(?<![a-z])(?:sku|upc|ean|mpn|asin|part|model|item|article|product|art[ií]culo|modelo|producto)(?![a-z])/gi;
const PAN_WORD = /(?<![a-z])pan(?![a-z])|permanent account|income tax/i;

/** IN_PAN: permanent account number, AAAPA9999A with the holder-type letter in position 4. */
export const inPanRecognizer: Recognizer = {
  name: 'in-pan',
  entity: 'IN_PAN',
  category: 'IDENTITY_INTL',
  presidioEntity: 'IN_PAN',
  patterns: [{ regex: /\b[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]\b/g, score: 0.6 }],
  // The fourth letter says who holds the PAN: P a person (nearly all of them, and the only personal data), C a
  // company, H a Hindu undivided family, F a firm, A, B, G, J, L, T other bodies. Ten capitals and digits of that
  // shape are also product codes and SKUs (`LNWHF9766U`): a holder other than a person needs a context word.
  validate: (value, match) => {
    if (!standsAlone(match.text, match.start, match.end) || /^(.)\1{4}/.test(value)) return false;
    if (underOtherLabel(match.text, match.start, PRODUCT_LABEL, PAN_WORD, 24)) return false;
    return value[3] === 'P' ? true : 0.35;
  },
  context: { en: ['pan', 'permanent account', 'income tax', 'pan card'], es: ['pan', 'cuenta permanente'] },
  description: "5 letters (4th = holder type; other than a person's, with context), 4 digits, letter",
};
