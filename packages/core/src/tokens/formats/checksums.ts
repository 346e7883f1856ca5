import { abaChecksum, luhn, mod97 } from '../../pii/validators/checksums.js';

// Validation is the detectors' (pii/validators/checksums.ts); token formats add only the check-digit generators.

/** Luhn (mod 10) check over a digit string. */
export const luhnValid: (digits: string) => boolean = luhn;

/** The Luhn check digit that completes `payload`. */
export function luhnCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (luhn(payload + digit)) return String(digit);
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

/** ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaValid(digits: string): boolean {
  return /^\d{9}$/.test(digits) && abaChecksum(digits);
}

/** The ninth digit that makes an ABA number valid. */
export function abaCheckDigit(eightDigits: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (abaValid(eightDigits + digit)) return String(digit);
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

/** ISO 13616 mod-97 over an IBAN without spaces (country, check digits, BBAN): 1 when valid. */
export function ibanMod97(iban: string): number {
  return mod97(iban.slice(4) + iban.slice(0, 4));
}

/** Check digits ("02".."98") for country + BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - ibanMod97(`${country}00${bban}`)).padStart(2, '0');
}
