// Hand-written checksums over ASCII strings. Each takes the bare characters (no separators) and never throws.

/** Digits only (drops every other character). */
export function digitsOf(value: string): string {
  // Joined a run of digits at a time (a character at a time took twice as long), and the value itself when it is
  // all digits.
  let out = '';
  let runStart = -1;
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : -1;
    if (code >= 48 && code <= 57) {
      if (runStart === -1) runStart = index;
    } else if (runStart !== -1) {
      if (runStart === 0 && index === value.length) return value;
      out += value.slice(runStart, index);
      runStart = -1;
    }
  }
  return out;
}

/** Count of ASCII digits. */
export function countDigits(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/** Luhn (ISO/IEC 7812-1 mod 10). */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ABA routing checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaChecksum(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  const weights = [3, 7, 1];
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (weights[index % 3] as number);
  return sum % 10 === 0;
}

/** ISO 7064 mod 97-10 over an alphanumeric string (letters A=10..Z=35), as IBAN uses it after rotation. */
export function mod97(value: string): number {
  let remainder = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return -1;
  }
  return remainder;
}

/** IBAN check: rotate the first four characters to the end, mod 97 must be 1. */
export function ibanChecksum(compact: string): boolean {
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff dihedral-group checksum (Aadhaar). */
export function verhoeff(digits: string): boolean {
  let check = 0;
  const length = digits.length;
  for (let index = 0; index < length; index++) {
    const digit = digits.charCodeAt(length - 1 - index) - 48;
    if (digit < 0 || digit > 9) return false;
    check = (VERHOEFF_D[check] as number[])[(VERHOEFF_P[index % 8] as number[])[digit] as number] as number;
  }
  return length > 0 && check === 0;
}

/** Weighted digit sum: Σ digit[i]·weights[i] (weights may be shorter; extra digits are ignored). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++)
    sum += (digits.charCodeAt(index) - 48) * (weights[index] as number);
  return sum;
}

/** True when every character of `digits` is the same (000000000, 111111111): never a real identifier. */
/** GS1 check digit of an EAN-13 barcode (weights 1 and 3 alternating): the shape of product codes. */
export function ean13(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * (index % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

export function allSame(value: string): boolean {
  for (let index = 1; index < value.length; index++) if (value[index] !== value[0]) return false;
  return true;
}
