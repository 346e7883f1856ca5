import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame } from '../validators/checksums.js';
import { LETTER_DIGITS } from '../validators/shared-shapes.js';
import { codeLabelBefore } from './passports.js';

const alone = (value: string, match: { text: string; start: number; end: number }): boolean =>
  standsAlone(match.text, match.start, match.end) && !allSame(value.replace(/\D/g, '') || value);

/**
 * US_PASSPORT: nine digits, or a letter and eight digits (next generation book); context required. Not a value
 * labelled as an error, status or reference code (`Passport renewal failed: error C12345678`, see codeLabelBefore).
 */
export const usPassportRecognizer: Recognizer = {
  name: 'us-passport',
  entity: 'US_PASSPORT',
  category: 'IDENTITY_US',
  presidioEntity: 'US_PASSPORT',
  patterns: [{ regex: LETTER_DIGITS, score: 0.3 }],
  digitRuns: [{ min: 9, max: 9, score: 0.2 }],
  validate: (value, match) =>
    value.length === 9 ? alone(value, match) && !codeLabelBefore(match.text, match.start) : false,
  context: {
    en: ['passport', 'passport no', 'passport number', 'travel document'],
    es: ['pasaporte', 'número de pasaporte', 'documento de viaje'],
  },
  description: 'C12345678 or 123456789 near a passport word',
};

/** US_DRIVER_LICENSE: the common state layouts (letter + digits, digit runs, WA/FL/IL dashed); context required. */
export const usDriverLicenseRecognizer: Recognizer = {
  name: 'us-driver-license',
  entity: 'US_DRIVER_LICENSE',
  category: 'IDENTITY_US',
  presidioEntity: 'US_DRIVER_LICENSE',
  patterns: [
    { regex: LETTER_DIGITS, score: 0.3 },
    {
      regex:
        /\b(?:[A-Z]\d{3}-\d{3}-\d{2}-\d{3}(?:-\d)?|[A-Z]{1,2}\d{2,3}-\d{3,4}-\d{3,4}(?:-\d{1,3})?|WDL[A-Z0-9]{9})\b/g,
      score: 0.3,
    },
  ],
  digitRuns: [{ min: 7, max: 12, score: 0.2 }],
  validate: alone,
  context: {
    en: [
      'driver license',
      "driver's license",
      'drivers license',
      'driving licence',
      'driver licence',
      'dl',
      'dln',
      'license number',
      'licence number',
    ],
    es: ['licencia de conducir', 'licencia de manejo', 'permiso de conducir', 'carnet de conducir', 'licencia'],
  },
  description: 'state layouts near a licence word',
};

// What says a text is about AWS: an ARN, an AWS endpoint, an IAM unique id or access key id (`AIDA…`, `AKIA…`).
const AWS_MARKERS = /arn:aws|amazonaws\.com|\b(?:AIDA|AROA|AKIA|ASIA|AGPA|ANPA|APKA)[A-Z0-9]{12,}/;

/** How far from the digits an AWS marker is looked for (a CLI's JSON record). */
const AWS_REACH = 400;

/**
 * Twelve digits near an AWS marker: an account id (`aws sts get-caller-identity`'s `"Account"`, an ARN's), which an
 * agent needs to build ARNs and pass `--account-id`, not a bank account.
 */
function awsAccountId(value: string, match: { text: string; start: number; end: number }): boolean {
  const { text, start, end } = match;
  return value.length === 12 && AWS_MARKERS.test(text.slice(Math.max(0, start - AWS_REACH), end + AWS_REACH));
}

/** US_BANK_NUMBER: 8-17 digit account numbers; context required (Presidio US_BANK_NUMBER). */
export const usBankNumberRecognizer: Recognizer = {
  name: 'us-bank-number',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  presidioEntity: 'US_BANK_NUMBER',
  digitRuns: [{ min: 8, max: 17, score: 0.2 }],
  validate: (value, match) => alone(value, match) && !awsAccountId(value, match),
  context: {
    en: ['account', 'acct', 'a/c', 'account number', 'account no', 'checking', 'savings', 'bank account', 'deposit'],
    es: ['cuenta', 'número de cuenta', 'cuenta bancaria', 'cuenta corriente', 'ahorros', 'depósito'],
  },
  description: '8-17 digits near an account word; not 12 digits near an ARN or an AWS id (an account id)',
};
