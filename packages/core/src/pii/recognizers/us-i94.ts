import type { Recognizer } from '../recognizer.js';
import { allSame } from '../validators/checksums.js';
import { labelledValue } from './labelled-value.js';

// The admission number of a non-citizen's I-94 (Arrival/Departure Record), which US Customs and Border Protection
// gives at each entry: on the I-94 itself, an employer's I-9 and every visa and status form (`I-94 number:
// 694821553A1`). Eleven characters: nine digits, a letter and a digit since 2013's electronic records, eleven digits
// before. No published check digit, so only the number right after its label is read: `I-94 (admission / record)
// number`, `I-94 #`, `admission (record) number`.
//
// Reported as ID_DOCUMENT_NUMBER: the number of a travel and immigration record, of no type of its own; not the
// USCIS A-number (US_ALIEN_REGISTRATION_NUMBER), a different number, nor a passport.

const I94_LABEL = [
  'i[ _-]?94(?:[ _-]?(?:admission|record|arrival[ /_-]?departure))?(?:[ _-]?(?:record))?(?:[ _-]?(?:number|num|nbr|no\\.?))?',
  'admission[ _-]?(?:\\(i[ _-]?94\\)[ _-]?)?(?:record[ _-]?)?(?:number|num|nbr|no\\.?)',
].join('|');
// Nine digits, a letter or a digit, a digit; maybe cut once by a space or a dash (`69482155 3A1`: usI94Verdict).
const I94_VALUE = '(?:\\d[ -]?){8}\\d[A-Za-z0-9]\\d';
/**
 * The value (group 1) after its label, as key / value (`"i94_number": "694821553A1"`, `I-94 #: 69482155301`) or in
 * prose (`my I-94 number is 694821553A1`). The value ends where its word ends.
 */
const I94_LABELLED = labelledValue(I94_LABEL, I94_VALUE, '#', true);

/** At most one space or dash inside; not one digit repeated (a form's filler). */
function usI94Verdict(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  return value.length - digits.length <= 1 && !allSame(digits.replace(/\D/g, ''));
}

// A field named for the record (`i94_number`, `I94AdmissionNumber`, `employee_i94`), as written: the words of a field
// name lose their digits (see wordsOf), and `i number` alone says nothing.
export const I94_FIELD = /(?:^|[^a-z0-9])i[ _-]?94(?:[ _-]?(?:admission|record))?(?:[ _-]?(?:number|num|nbr|no|id))?$/i;

/** ID_DOCUMENT_NUMBER: an I-94 admission number after its label (Presidio has none). */
export const usI94Recognizer: Recognizer = {
  name: 'us-i94-number',
  entity: 'ID_DOCUMENT_NUMBER',
  category: 'IDENTITY_US',
  patterns: [{ regex: I94_LABELLED, score: 0.85, group: 1 }],
  validate: usI94Verdict,
  // Every label holds one of these. `i94` alone, though e-mail addresses and random tokens hold it (`luisrossi94@`,
  // 2 of the bench log's 65 texts): a word each for what may follow it would cost the rare words' one search more.
  caseInsensitiveTriggers: ['i-94', 'i_94', 'i 94', 'i94', 'admission'],
  description:
    'an I-94 admission number (9 digits, a letter or a digit, a digit) right after I-94 (admission / record) number or admission (record) number',
};
