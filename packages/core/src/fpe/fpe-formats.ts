import {
  abaCheckDigit,
  abaValid,
  ibanCheckDigits,
  ibanMod97,
  luhnCheckDigit,
  luhnValid,
} from '../tokens/formats/checksums.js';
import { countDigits, fillDigits } from '../tokens/formats/token-format.js';

/** The alphabets FF1 runs over in vaultless mode. */
export const FPE_ALPHABETS = {
  digits: '0123456789',
  alphanumeric: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
} as const;
export type FpeAlphabet = keyof typeof FPE_ALPHABETS;

/** FF1 in one direction, bound to a key and a tweak by the engine. */
export type FpeTransform = (numerals: string, alphabet: FpeAlphabet) => string;

/**
 * How one entity type is encrypted in place. `apply` runs for both directions (the transform decides which);
 * everything outside the encrypted characters (separators, country codes, check digits) is kept or recomputed.
 */
export interface FpeFormat {
  /** Whether the value has a shape this format can encrypt (and decrypt back). */
  accepts(value: string): boolean;
  apply(value: string, transform: FpeTransform): string;
}

const DIGIT_LAYOUT = /^[\d\s().+/-]+$/;

/** Every digit encrypted, separators kept (SSN, phone, account numbers). At least 6 digits (10^6 domain). */
export const digitsFormat = (shape: RegExp = DIGIT_LAYOUT, minDigits = 6): FpeFormat => ({
  accepts: (value) => shape.test(value) && countDigits(value) >= minDigits && countDigits(value) <= 256,
  apply: (value, transform) => fillDigits(value, transform(value.replace(/\D/g, ''), 'digits')),
});

/** Payment card: every digit but the check digit encrypted, then the Luhn digit recomputed (token is Luhn-valid). */
export const cardFormat: FpeFormat = {
  accepts: (value) => {
    if (!/^\d[\d -]*\d$/.test(value)) return false;
    const digits = value.replace(/\D/g, '');
    return digits.length >= 13 && digits.length <= 19 && luhnValid(digits);
  },
  apply: (value, transform) => {
    const digits = value.replace(/\D/g, '');
    const payload = transform(digits.slice(0, -1), 'digits');
    return fillDigits(value, payload + luhnCheckDigit(payload));
  },
};

/** ABA routing number: eight digits encrypted, the checksum digit recomputed. */
export const abaFormat: FpeFormat = {
  accepts: (value) => abaValid(value),
  apply: (value, transform) => {
    const payload = transform(value.slice(0, 8), 'digits');
    return payload + abaCheckDigit(payload);
  },
};

/**
 * IBAN: the digits of the BBAN encrypted (letters such as a bank code kept, so the country's layout holds),
 * check digits recomputed; spaces kept. Needs at least 6 BBAN digits.
 */
export const ibanFormat: FpeFormat = {
  accepts: (value) => {
    const compact = value.replace(/ /g, '');
    return (
      /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact) && ibanMod97(compact) === 1 && countDigits(compact.slice(4)) >= 6
    );
  },
  apply: (value, transform) => {
    const compact = value.replace(/ /g, '');
    const country = compact.slice(0, 2);
    const bban = compact.slice(4);
    const encrypted = fillDigits(bban, transform(bban.replace(/\D/g, ''), 'digits'));
    const result = `${country}${ibanCheckDigits(country, encrypted)}${encrypted}`;
    let index = 0;
    return value.replace(/[^ ]/g, () => result[index++] as string);
  },
};

/** Letters and digits encrypted over a 62-character alphabet (case kept in the alphabet), the rest kept. */
export const alphanumericFormat: FpeFormat = {
  accepts: (value) => {
    const count = value.replace(/[^0-9A-Za-z]/g, '').length;
    return count >= 4 && count <= 256;
  },
  apply: (value, transform) => {
    const encrypted = transform(value.replace(/[^0-9A-Za-z]/g, ''), 'alphanumeric');
    let index = 0;
    return value.replace(/[0-9A-Za-z]/g, () => encrypted[index++] as string);
  },
};

/** Entity types the vaultless engine handles by default (Presidio names). */
export const DEFAULT_FPE_FORMATS: ReadonlyMap<string, FpeFormat> = new Map<string, FpeFormat>([
  ['CREDIT_CARD', cardFormat],
  ['US_SSN', digitsFormat(/^\d{3}([- ]?)\d{2}\1\d{4}$/)],
  ['US_ITIN', digitsFormat(/^9\d{2}([- ]?)\d{2}\1\d{4}$/)],
  ['PHONE_NUMBER', digitsFormat()],
  ['US_BANK_NUMBER', digitsFormat(/^\d{6,17}$/)],
  ['ABA_ROUTING_NUMBER', abaFormat],
  ['IBAN_CODE', ibanFormat],
  ['US_PASSPORT', alphanumericFormat],
  ['US_DRIVER_LICENSE', alphanumericFormat],
]);
