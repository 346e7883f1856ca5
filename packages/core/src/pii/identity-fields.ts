import { isPlaceholderShaped } from '../tokens/formats/placeholder-format.js';
import { placeholderSecret } from './recognizers/secret-value.js';
import { I94_FIELD } from './recognizers/us-i94.js';

// Fields that name one person's identifier (`ssn`, `mrn`, `passport_number`, `driverLicense`, `member_id`): their
// whole value is that identifier, whatever its shape, as a password field's whole value is a PASSWORD (see
// field-context.ts). The recognizers report such a value only when it passes its published rules (an SSN's area,
// group and serial, a passport's layout), which is right in free text and wrong under a key that already says what
// the value is: `{"ssn": "000-12-3456"}` is a typo'd, test or foreign number the record calls an SSN, and
// `{"mrn": "ABC-12"}` a hospital's own layout. Both reached the model. Fail closed: the key decides.
//
// Not here on purpose: generic ids (`id`, `user_id`, `order_id`: an agent needs them and they name no one), a
// provider's NPI or DEA number (the recognizers still read valid ones), tax ids (a company's as often as a
// person's) and `national_id` (no one entity type for every country's: each country's recognizer reads its own).

// The field's words as written (see wordsOf in field-context.ts), with the recognizer whose entity the value is.
const IDENTITY_FIELDS: readonly (readonly [RegExp, string])[] = [
  [/(?:^| )(?:ssn|social security(?: card)?(?: number| no)?)$/, 'us-ssn'],
  [/(?:^| )itin$/, 'us-itin'],
  [/(?:^| )(?:mrn|medical record(?: number| no| id)?|patient (?:id|number|no)|chart number)$/, 'medical-record-number'],
  [/(?:^| )(?:drivers?(?: s)? licen[cs]e(?: number| no| id)?|dl number)$/, 'us-driver-license'],
  [/(?:^| )passport(?: number| no| id)?$/, 'passport'],
  [/(?:^| )(?:mbi|medicare beneficiary identifier)$/, 'us-mbi'],
  [
    /(?:^| )(?:(?:known|trusted) travell?er(?: number| no| id)?|ktn|global entry (?:number|id|pass id)|passid|redress(?: control)?(?: number| no)?)$/,
    'traveler-number',
  ],
  // Before the health plan's: a programme's `rewards_member_id` is no plan member's.
  [
    /(?:^| )(?:frequent fl[yi]er(?: number| no| id)?|ff number|(?:loyalty|rewards?)(?: card| member| membership)? (?:number|no|account)|(?:loyalty|rewards?) (?:card|member|membership) id|loyalty card)$/,
    'loyalty-number',
  ],
  [/(?:^| )(?:member|subscriber|beneficiary) (?:id|number|no)$/, 'health-plan-id'],
  [/(?:^| )(?:a number|alien(?: registration)? number|uscis number)$/, 'us-alien-number'],
  // A school's number for a student (`student_id`, a student information system's `sis_user_id`). Not a bare
  // `sis_id`: Canvas gives courses, sections and terms theirs (`BIO101-F24`); a student's, of a student id's shape, is
  // read by the label reading (`"sis_id": "S20240918"`).
  [/(?:^| )(?:student|sis user|sis student) (?:id|number|no)$/, 'student-id'],
  // A document the field calls an identity one, of no one country's type: ID_DOCUMENT_NUMBER. Also the field a typed
  // record's number is read under (`{ type: "DNI", number }` as `DNI identity document`; see typed-numbers.ts), once
  // its label reading found no type of its own: a CPF that fails its check digits is still the payer's document.
  [/(?:^| )(?:identity|id) document(?: number| no)?$/, 'latin-american-document'],
];

const IDENTITY_RECOGNIZERS: ReadonlySet<string> = new Set([
  ...IDENTITY_FIELDS.map(([, recognizer]) => recognizer),
  'us-i94-number',
]);

/**
 * The recognizer whose entity a whole value under the field is, if the field names a person's identifier: by its
 * words, or (for a name whose digits say what it is: `i94_number`) by the name as written, `field`.
 */
export function identityFieldRecognizer(fieldWords: string, field?: string): string | undefined {
  const named = IDENTITY_FIELDS.find(([names]) => names.test(fieldWords))?.[1];
  if (named !== undefined || field === undefined) return named;
  return I94_FIELD.test(field) ? 'us-i94-number' : undefined;
}

/** Whether `recognizer` is one an identity field names (its whole values are checked by identityValue). */
export function isIdentityRecognizer(recognizer: string): boolean {
  return IDENTITY_RECOGNIZERS.has(recognizer);
}

/**
 * Whether a whole value under an identity field is an identifier: 3-64 characters with a digit, no white space
 * run of more than one character (a sentence about the number is scanned as text), not a placeholder (see
 * placeholderSecret), a masked form (`***-**-6789`, `XXXX-1234`) or a Mask token.
 */
export function identityValue(value: string): boolean {
  if (value.length < 3 || value.length > 64 || !/\d/.test(value) || /\s{2}|[\r\n]/.test(value)) return false;
  if (isPlaceholderShaped(value)) return false;
  // A masked form keeps at most the last four digits behind three mask characters or more (`****1234`).
  return !placeholderSecret(value) && !/^[*x•#]{3,}\d{0,4}$/i.test(value.replace(/[\s-]/g, ''));
}
