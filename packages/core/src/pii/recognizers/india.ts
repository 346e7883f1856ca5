import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, verhoeff } from '../validators/checksums.js';

/** Aadhaar: 12 digits, first 2-9, Verhoeff check digit (UIDAI). */
export function aadhaarValid(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  return /^[2-9]\d{11}$/.test(digits) && !allSame(digits) && verhoeff(digits);
}

/** Labels of a parcel's tracking number (FedEx's are 12 digits, and one in ten passes Verhoeff by chance). */
const TRACKING_LABEL =
  /tracking|fedex|waybill|shipment|seguimiento|rastreo|(?<![a-z])(?:ups|usps|dhl|awb|gu[ií]a)(?![a-z])/gi;
const AADHAAR_WORD = /aadha?ar|uidai|(?<![a-z])uid(?![a-z])/i;

/**
 * Whether the candidate at `start` sits under a tracking label: one in the 48 characters before it, with no
 * Aadhaar word between the label and the candidate (`Aadhaar: … , tracking number: …` reads each under its own).
 */
function underTrackingLabel(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  TRACKING_LABEL.lastIndex = 0;
  let after = -1;
  for (let label = TRACKING_LABEL.exec(before); label !== null; label = TRACKING_LABEL.exec(before)) {
    after = TRACKING_LABEL.lastIndex;
  }
  return after !== -1 && !AADHAAR_WORD.test(before.slice(after));
}

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
    !underTrackingLabel(match.text, match.start),
  context: { en: ['aadhaar', 'aadhar', 'uidai', 'uid'], es: ['aadhaar', 'identidad india'] },
  description: '12 digits, first 2-9, Verhoeff',
};

/**
 * A product or stock code's key right before the value (`sku RYZPF4694D`, `"part_number": "…"`, `Item #: …`,
 * `modelo: …`): a person's PAN has the shape of some such codes, and nothing checks it. The key, maybe a suffix
 * (`_number`, ` no.`, ` code`, ` id`, `#`), maybe quotes and `:`, `=` or `=>`, then the value: `As part of KYC:` or
 * `PAN (item 4):` leave a PAN a PAN.
 */
const PRODUCT_KEY =
  /(?<![A-Za-z])(?:sku|upc|ean|mpn|asin|part|model|item|article|product|art[ií]culo|modelo|producto)(?:[ _-]?(?:no\.?|nr|number|num|code|id|#))?["']?[ \t]*(?:=>|[:=#])?[ \t]*["']?$/i;

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
    if (PRODUCT_KEY.test(match.text.slice(Math.max(0, match.start - 32), match.start))) return false;
    return value[3] === 'P' ? true : 0.35;
  },
  context: { en: ['pan', 'permanent account', 'income tax', 'pan card'], es: ['pan', 'cuenta permanente'] },
  description: "5 letters (4th = holder type; other than a person's, with context), 4 digits, letter",
};

// The states and the largest cities an Indian PIN follows directly in an address, folded (also its triggers).
const PIN_PLACES = [
  'andhra pradesh',
  'assam',
  'bihar',
  'chhattisgarh',
  'goa',
  'gujarat',
  'haryana',
  'himachal pradesh',
  'jharkhand',
  'karnataka',
  'kerala',
  'madhya pradesh',
  'maharashtra',
  'odisha',
  'punjab',
  'rajasthan',
  'tamil nadu',
  'telangana',
  'uttar pradesh',
  'uttarakhand',
  'west bengal',
  'delhi',
  'new delhi',
  'mumbai',
  'bengaluru',
  'bangalore',
  'hyderabad',
  'chennai',
  'kolkata',
  'pune',
  'ahmedabad',
  'jaipur',
  'lucknow',
  'kochi',
  'noida',
  'gurugram',
  'gurgaon',
  'india',
];
// Its own words (`PIN code`, `pincode`) or PIN_PLACES, then only `:`, `-`, `,` and spaces.
const PIN_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:pin ?code|pin|${PIN_PLACES.join('|')})[ \\t]*[:,-]?[ \\t]*$`, 'iu');

/**
 * LOCATION: an Indian postal code (PIN, six digits, the first 1-9: India Post) right after its word or the state or
 * city it is written with (`Hyderabad - 500028`, `Telangana 500028`, `Mumbai 400 001`, `Pincode: 560034`). Elsewhere
 * six digits are order numbers, amounts and OTPs (`Mumbai office, order 500028` stays). Reported as a place, as other
 * postal codes in an address are.
 */
export const inPinCodeRecognizer: Recognizer = {
  name: 'in-pin-code',
  entity: 'LOCATION',
  category: 'CONTACT',
  patterns: [{ regex: /\b[1-9]\d{2} \d{3}\b/g, score: 0.6 }],
  digitRuns: [{ min: 6, max: 6, score: 0.6, first: '123456789' }],
  // `pin` finds `PIN code` and `pincode` too.
  caseInsensitiveTriggers: ['pin', ...PIN_PLACES],
  validate: (_value, { text, start, end }) =>
    standsAlone(text, start, end, '-_/.') && PIN_LABEL.test(text.slice(Math.max(0, start - 24), start)),
  description: 'six digits, the first 1-9, right after a PIN word or an Indian state or city',
};
