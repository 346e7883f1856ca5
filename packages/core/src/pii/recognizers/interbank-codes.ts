// Latin American interbank account codes: the number a payer types to send money to an account, with the bank, the
// branch and the account in it. Mexico's CLABE and Argentina's CBU (and its virtual twin, the CVU of wallets such as
// Mercado Pago) carry check digits, but a check digit passes one run of digits in ten: both need a context word,
// which tool output nearly always gives (`CLABE:`, `"cbu":`).

import type { MatchContext, Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame } from '../validators/checksums.js';

/** Below the threshold: reported only near a context word. */
const NEEDS_CONTEXT = 0.35;

/** The check digit of `digits` weighted by `weights` (repeated): 10 minus the sum's last digit, 0 for 10. */
function weightedCheckDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++)
    sum += Number(digits[index]) * (weights[index % weights.length] as number);
  return (10 - (sum % 10)) % 10;
}

/**
 * A CLABE (Clave Bancaria Estandarizada, Banxico): eighteen digits, a bank code (never 000), a branch city, eleven of
 * account and a check digit: the first seventeen weighted 3, 7, 1 (repeated), each product taken mod 10.
 */
export function clabeValid(value: string): boolean {
  const digits = value.replace(/ /g, '');
  if (!/^\d{18}$/.test(digits) || digits.startsWith('000') || allSame(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += (Number(digits[index]) * ([3, 7, 1][index % 3] as number)) % 10;
  return (10 - (sum % 10)) % 10 === Number(digits[17]);
}

/**
 * A CBU or CVU (Clave Bancaria / Virtual Uniforme, BCRA): twenty-two digits in two blocks, each with its check
 * digit: the bank and branch (seven digits weighted 7, 1, 3, 9) and the account (thirteen weighted 3, 9, 7, 1). A
 * CVU's bank code is 000.
 */
export function cbuValid(value: string): boolean {
  const digits = value.replace(/ /g, '');
  if (!/^\d{22}$/.test(digits) || allSame(digits)) return false;
  return (
    weightedCheckDigit(digits.slice(0, 7), [7, 1, 3, 9]) === Number(digits[7]) &&
    weightedCheckDigit(digits.slice(8, 21), [3, 9, 7, 1]) === Number(digits[21]) &&
    // A CVU's account block is a wallet's own number, never all zeros; neither is a CBU's.
    !/^0{13}$/.test(digits.slice(8, 21))
  );
}

function alone(checkDigitsHold: (value: string) => boolean) {
  return (value: string, match: MatchContext) =>
    standsAlone(match.text, match.start, match.end) && checkDigitsHold(value);
}

/** MX_CLABE: Mexican interbank account code (Presidio has none). */
export const mxClabeRecognizer: Recognizer = {
  name: 'mx-clabe',
  entity: 'MX_CLABE',
  category: 'FINANCIAL',
  // As bank statements and transfer screens group it: bank, city, account, check digit.
  patterns: [{ regex: /\b\d{3} \d{3} \d{11} \d\b/g, score: NEEDS_CONTEXT }],
  digitRuns: [{ min: 18, max: 18, score: NEEDS_CONTEXT }],
  validate: alone(clabeValid),
  context: {
    en: ['clabe', 'interbank', 'spei'],
    es: ['clabe', 'clabe interbancaria', 'cuenta clabe', 'interbancaria', 'spei'],
  },
  description: 'eighteen digits (bank, city, account), check digit with weights 3, 7, 1; a context word required',
};

/** AR_CBU: Argentine uniform bank code of an account (CBU) or of a wallet (CVU) (Presidio has none). */
export const arCbuRecognizer: Recognizer = {
  name: 'ar-cbu',
  entity: 'AR_CBU',
  category: 'FINANCIAL',
  // Its two blocks apart, as banks print them: `28505909 40090418135201`.
  patterns: [{ regex: /\b\d{8} \d{14}\b/g, score: NEEDS_CONTEXT }],
  digitRuns: [{ min: 22, max: 22, score: NEEDS_CONTEXT }],
  validate: alone(cbuValid),
  context: {
    en: ['cbu', 'cvu', 'bank code'],
    es: ['cbu', 'cvu', 'clave bancaria uniforme', 'clave virtual uniforme'],
  },
  description:
    'twenty-two digits in two blocks (bank and branch, account), each with a weighted check digit; a context word required',
};
