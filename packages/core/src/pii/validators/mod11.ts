// Mod-11 check digits of Latin American tax numbers, as their issuers publish them (SAT, SII, AFIP, DIAN, SUNAT).
// Each takes the value as matched (separators and all) and never throws.

import { allSame, digitsOf, weightedSum } from './checksums.js';

/** Σ digit·weight with the weights numbered from the LAST digit leftwards, as RUT and NIT number them. */
function weightedFromRight(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < digits.length && index < weights.length; index++)
    sum += (digits.charCodeAt(digits.length - 1 - index) - 48) * (weights[index] as number);
  return sum;
}

// SAT's table: a character's value is its index (digits 0-9, A-N 10-23, & 24, O-Z 25-36, space 37, Ñ 38).
const RFC_CHARS = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/**
 * Mexico's RFC: the date (YYMMDD) is a real day, and the last character is (11 - Σ value·(13 - position)) mod 11
 * over the twelve before it (A for 10), a company's 12-character RFC read with a leading space.
 */
export function rfcValid(value: string): boolean {
  const padded = value.length === 12 ? ` ${value}` : value;
  if (padded.length !== 13) return false;
  const year = 2000 + Number(padded.slice(4, 6));
  const month = Number(padded.slice(6, 8));
  const day = Number(padded.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    const weight = RFC_CHARS.indexOf(padded[index] as string);
    if (weight < 0) return false;
    sum += weight * (13 - index);
  }
  return RFC_CHARS[(11 - (sum % 11)) % 11] === padded[12];
}

/** Chile's RUT/RUN: a 7-8 digit body weighted 2..7 from the right, 11 - sum mod 11 (0 for 11, K for 10). */
export function rutValid(value: string): boolean {
  const compact = value.replace(/[.-]/g, '').toUpperCase();
  if (!/^\d{7,8}[\dK]$/.test(compact)) return false;
  const body = compact.slice(0, -1);
  if (allSame(body)) return false;
  const remainder = weightedFromRight(body, [2, 3, 4, 5, 6, 7, 2, 3]) % 11;
  return '0123456789K'[(11 - remainder) % 11] === compact[compact.length - 1];
}

/** AFIP's and SUNAT's weights over the first ten of eleven digits. */
const WEIGHTS_5432765432 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Argentina's CUIT/CUIL: prefix 20, 23, 24, 27 (people) or 30, 33, 34 (companies), eight digits, and
 * 11 - sum mod 11 (0 for 11; AFIP never issues 10: it changes the prefix to 23 or 33 instead).
 */
export function cuitValid(value: string): boolean {
  const digits = digitsOf(value);
  if (!/^(?:2[0347]|3[034])\d{9}$/.test(digits)) return false;
  return (11 - (weightedSum(digits, WEIGHTS_5432765432) % 11)) % 11 === Number(digits[10]);
}

/** Peru's RUC: prefix 10 (people, then the DNI), 15, 17 or 20 (companies), check (11 - sum mod 11) mod 10. */
export function rucValid(value: string): boolean {
  if (!/^(?:1[057]|20)\d{9}$/.test(value)) return false;
  return (11 - (weightedSum(value, WEIGHTS_5432765432) % 11)) % 10 === Number(value[10]);
}

/** Colombia's NIT: DIAN's prime weights from the right over up to 15 digits; remainder 0 or 1 is the digit, else 11 - it. */
export function nitValid(value: string): boolean {
  const digits = value.replace(/[.-]/g, '');
  if (!/^\d{7,16}$/.test(digits)) return false;
  const body = digits.slice(0, -1);
  if (allSame(body)) return false;
  const remainder = weightedFromRight(body, [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]) % 11;
  return (remainder < 2 ? remainder : 11 - remainder) === Number(digits[digits.length - 1]);
}
