import { findColumnCells } from '../column-cells.js';
import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { isDigit } from '../validators/boundaries.js';
import { allSame } from '../validators/checksums.js';
import { DASHED_DATE, labelledValue, YEARS } from './labelled-value.js';

// A person's account numbers at a lender or a bank that the bank-number recognizer (us-documents.ts: 8-17 bare digits
// near an account word) does not read: a loan's or a mortgage's number after its label (`loan #0471188234`, `Loan
// Number: 0471188234`), and a number written in groups (`1002-338812`) in a bank statement's `account` column. Both
// are reported as US_BANK_NUMBER: a loan is an account at its bank (GLBA's nonpublic personal information, HIPAA's
// identifier 10, "account numbers"), read, tokenized and decoded as the bank's other account numbers are. No checksum,
// so only the number its label or its column names; a bare number never is.

// 6-17 digits, maybe grouped by `-` (`0471-188234`); loanVerdict counts them.
const LOAN_VALUE = '\\d(?:-?\\d){5,19}';
// The labels: loan / mortgage (loan) (account) number (`Loan No.`, `loan_number`, `mortgage account number`), loan #.
// Not `loan id` (a lending app's row id) nor `loan amount`, `loan term`.
const LOAN_LABEL = [
  '(?:mortgage[ _-]?)?loan[ _-]?(?:account[ _-]?)?(?:number|num|nbr|no)',
  'mortgage[ _-]?(?:account[ _-]?)?(?:number|num|nbr|no)',
  '(?:mortgage|loan)(?=[ \\t]?#)',
].join('|');
const LOAN_LABELLED = labelledValue(LOAN_LABEL, LOAN_VALUE);

/** 6-17 digits, not a date, not one digit repeated (`loan #: 000000`). */
function accountDigits(value: string): boolean {
  if (DASHED_DATE.test(value)) return false;
  const digits = value.replace(/-/g, '');
  return digits.length >= 6 && digits.length <= 17 && !allSame(digits);
}

/** US_BANK_NUMBER: a loan's or a mortgage's number after its label. */
export const loanNumberRecognizer: Recognizer = {
  name: 'loan-number',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  patterns: [{ regex: LOAN_LABELLED, score: 0.85, group: 1 }],
  validate: accountDigits,
  // Every label holds one of these.
  caseInsensitiveTriggers: ['loan', 'mortgage'],
  description: '6-17 digits (maybe grouped by -) after loan number / no. / #, mortgage (account) number',
};

// A bank account's number written in groups after its label (`Account #: 0047-2291-8834`, `account 0047 2291 8834`,
// `cuenta 0047-2291-8834`): the bank number's reading (us-documents.ts) takes its digits unbroken only. Groups of two
// to eight digits apart by `-` or a space, 8-17 digits in all, one group of four or more.
const ACCOUNT_LABEL = [
  '(?:bank[ _-]?|checking[ _-]?|savings[ _-]?)?(?:account|acct)(?:[ _-]?(?:number|num|nbr|no))?',
  'n[uú]mero[ _-]de[ _-]cuenta',
  'cuenta(?:[ _-](?:bancaria|corriente|de[ _-]ahorros?))?',
].join('|');
const GROUPED_VALUE = '\\d{2,8}(?:[ -]\\d{2,8}){1,4}';
const ACCOUNT_LABELLED = labelledValue(ACCOUNT_LABEL, GROUPED_VALUE, '#', true);
const FOUR_DIGITS = /\d{4}/;

/** 8-17 digits with a group of four or more, not a date or years, not an AWS account id in a text about AWS. */
function groupedAccountVerdict(value: string, match: MatchContext): ValidatorResult {
  const digits = value.replace(/[ -]/g, '');
  if (digits.length < 8 || digits.length > 17 || !FOUR_DIGITS.test(value) || allSame(digits)) return false;
  if (DASHED_DATE.test(value) || YEARS.test(value)) return false;
  return notAwsAccount(value.replace(/ /g, '-'), match);
}

/** US_BANK_NUMBER: an account's number in groups after its label. */
export const groupedAccountNumberRecognizer: Recognizer = {
  name: 'grouped-account-number',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  patterns: [{ regex: ACCOUNT_LABELLED, score: 0.85, group: 1 }],
  validate: groupedAccountVerdict,
  // Every label holds one of these.
  caseInsensitiveTriggers: ['account', 'acct', 'cuenta'],
  description:
    '8-17 digits in groups (0047-2291-8834, 0047 2291 8834) right after account / acct (number, #) or cuenta',
};

// Column headers (as csv-header's columnName spells them, lower-cased) of account numbers: `account` alone, as a
// bank's statement export heads it, and account / acct number, no., #; not `account id` or `account name`.
const ACCOUNT_COLUMN = /^(?:(?:bank |checking |savings )?(?:account|acct)(?: ?(?:number|num|nbr|no|#))?)$/;
const ACCOUNT_HEADER_WORDS = /account|acct/gi;
// Digits in two to four groups joined by `-` (`1002-338812`, `12-3456-7890123`), one group of five digits or more: bare
// digits are the bank number's digit runs, read there with the header's word. A ledger's account codes are short
// groups (`6100-200-10`, `4000-1000` in a chart of accounts or a journal's `Account` column), which a bookkeeping
// agent needs.
const GROUPED_ACCOUNT = /^\d{1,10}(?:-\d{1,10}){1,3}$/;
const LONG_GROUP = /\d{5}/;

function isAccountChar(code: number): boolean {
  return isDigit(code) || code === 45;
}

// What says a text is about AWS (as us-documents.ts reads it): the console writes an account id `1234-5678-9012`.
const AWS_MARKERS = /arn:aws|amazonaws\.com|\b(?:AIDA|AROA|AKIA|ASIA|AGPA|ANPA|APKA)[A-Z0-9]{12,}/;

/** How far from the cell an AWS marker is looked for (a report's header and first rows). */
const AWS_REACH = 2048;

/** Not twelve digits in a text about AWS (an account id, which an agent needs). */
function notAwsAccount(value: string, { text, start, end }: MatchContext): ValidatorResult {
  if (value.replace(/-/g, '').length !== 12) return true;
  return !AWS_MARKERS.test(text.slice(Math.max(0, start - AWS_REACH), end + AWS_REACH));
}

/** US_BANK_NUMBER: the cells written in groups of an `account` / `account number` column (a bank statement's). */
export const accountColumnRecognizer: Recognizer = {
  name: 'account-column',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  find: (text) =>
    findColumnCells(
      text,
      ACCOUNT_HEADER_WORDS,
      (header, value) =>
        ACCOUNT_COLUMN.test(header) &&
        (value === '' || (GROUPED_ACCOUNT.test(value) && LONG_GROUP.test(value) && accountDigits(value))),
      isAccountChar,
    ),
  validate: notAwsAccount,
  // Every header holds one of these.
  caseInsensitiveTriggers: ['account', 'acct'],
  description:
    'digits in groups (1002-338812, 6-17 digits, one group of 5 or more, not a date) in an account / account number column',
};
