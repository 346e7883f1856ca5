import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { ean13, weightedSum } from '../validators/checksums.js';
import { compactDateValid } from './date-of-birth.js';

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

// GB 11643-1999: the weights of the seventeen digits (2^(17-i) mod 11) and the check character of each remainder
// (ISO 7064 MOD 11-2, X for 10).
const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = '10X98765432';

/**
 * Chinese resident identity card number (GB 11643-1999): a six-digit address code (first digit 1-8, the regions),
 * a birth date YYYYMMDD that exists and is not in the future, a three-digit sequence and a MOD 11-2 check
 * character. The fifteen-digit cards of before 1999 carry no check and stay unread.
 */
export function cnResidentIdValid(value: string): boolean {
  const code = value.toUpperCase();
  if (!/^[1-8]\d{16}[\dX]$/.test(code)) return false;
  const birth = code.slice(6, 14);
  if (!compactDateValid(birth)) return false;
  const born = Date.UTC(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)) - 1, Number(birth.slice(6, 8)));
  if (born > Date.now()) return false;
  return CN_CHECK[weightedSum(code, CN_WEIGHTS) % 11] === code[17];
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

/** CN_RESIDENT_ID: Chinese resident identity card number (居民身份证号码; Presidio has none). */
export const cnResidentIdRecognizer: Recognizer = {
  name: 'cn-resident-id',
  entity: 'CN_RESIDENT_ID',
  category: 'IDENTITY_INTL',
  patterns: [
    { regex: /\b[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]\b/g, score: 0.85 },
  ],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && cnResidentIdValid(value),
  context: {
    // The Chinese terms count in every language, as the Korean ones above.
    en: ['resident identity', 'resident id', 'chinese id', 'prc id', 'id card', '身份证', '公民身份号码'],
    es: ['documento de identidad chino', 'china', '身份证', '公民身份号码'],
    zh: ['身份证', '身份证号', '身份证号码', '公民身份号码', '居民身份证'],
  },
  description: 'region digit 1-8 + existing birth date YYYYMMDD + sequence + ISO 7064 MOD 11-2 check (X for 10)',
};
