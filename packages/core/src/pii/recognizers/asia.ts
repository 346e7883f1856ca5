import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { ean13, weightedSum } from '../validators/checksums.js';

const NRIC_ST = 'JZIHGFEDCBA';
const NRIC_FG = 'XWUTRQPNMLK';

/** NRIC/FIN: S/T (citizens) or F/G (foreigners), 7 digits, weights 2,7,6,5,4,3,2 (+4 for T/G), mod 11 letter. */
export function nricValid(value: string): boolean {
  const code = value.toUpperCase();
  if (!/^[STFG]\d{7}[A-Z]$/.test(code)) return false;
  const prefix = code[0] as string;
  const sum = weightedSum(code.slice(1, 8), [2, 7, 6, 5, 4, 3, 2]) + (prefix === 'T' || prefix === 'G' ? 4 : 0);
  const table = prefix === 'S' || prefix === 'T' ? NRIC_ST : NRIC_FG;
  return table[sum % 11] === code[8];
}

function validBirthDate(yymmdd: string, centuryDigit: string): boolean {
  const century = '1256'.includes(centuryDigit) ? 1900 : '3478'.includes(centuryDigit) ? 2000 : 1800;
  const year = century + Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * RRN: YYMMDD-SBBBBBC; the birth date must exist and S is 1-8. Numbers issued before October 2020 end in a
 * weighted mod-11 check digit (0.85); later ones are random there (0.45, a context word lifts them).
 */
export function rrnScore(value: string): number | false {
  const digits = value.replace('-', '');
  if (!/^\d{6}[1-8]\d{6}$/.test(digits) || !validBirthDate(digits.slice(0, 6), digits[6] as string)) return false;
  const check = (11 - (weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  if (check !== Number(digits[12])) return value.includes('-') ? 0.45 : false;
  // Without the dash, thirteen digits that are also an EAN-13 barcode, or epoch milliseconds of 2017-2033 (what
  // logs and APIs print now), need a context word. The range also holds RRNs of people born 2014-2019 (1914-1919)
  // written without their dash: those need a context word too.
  if (!value.includes('-') && (ean13(digits) || (digits >= '1480000000000' && digits < '2000000000000'))) return 0.45;
  return 0.85;
}

/** SG_NRIC_FIN (Presidio's name). */
export const sgNricRecognizer: Recognizer = {
  name: 'sg-nric',
  entity: 'SG_NRIC_FIN',
  category: 'IDENTITY_INTL',
  presidioEntity: 'SG_NRIC_FIN',
  patterns: [{ regex: /\b[STFG]\d{7}[A-Z]\b/gi, score: 0.85 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && nricValid(value),
  context: { en: ['nric', 'fin', 'singapore', 'identity card'], es: ['nric', 'singapur', 'identidad'] },
  description: 'S/T/F/G + 7 digits + mod-11 letter',
};

/** KR_RRN: Korean resident registration number (Presidio KR_RRN). */
export const krRrnRecognizer: Recognizer = {
  name: 'kr-rrn',
  entity: 'KR_RRN',
  category: 'IDENTITY_INTL',
  presidioEntity: 'KR_RRN',
  patterns: [{ regex: /\b\d{6}-?[1-8]\d{6}\b/g, score: 0.85 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && rrnScore(value),
  context: {
    // The Korean terms count in every language: they are what Korean documents and headers say.
    en: ['rrn', 'resident registration', 'korean id', 'korea', '주민등록번호', '주민번호'],
    es: ['registro de residente', 'corea', '주민등록번호', '주민번호'],
    ko: ['주민등록번호', '주민번호'],
  },
  description: 'existing birth date + gender/century digit + pre-2020 mod-11 check',
};
