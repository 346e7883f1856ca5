import { findColumnCells } from '../column-cells.js';
import type { Candidate, MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import { hl7PatientIds } from './hl7.js';
import { labelledValue } from './labelled-value.js';

// Medical record numbers (HIPAA identifier 8): each hospital numbers its patients its own way, with no checksum, so
// a number is one only where the text says so: after an MRN label, in an MRN column, or in an HL7 v2 patient
// identifier field. A bare number never is.

// An MRN: up to three letters (`A1234567`, `E-7654321`), then 4-15 digits, maybe grouped by `-`.
const MRN_VALUE = '(?:[A-Za-z]{1,3}-?)?\\d(?:-?\\d){3,14}';
// The labels: MRN (`patient_mrn`, `mrn_number`, `MRN #`), medical record (number), historia clínica, NHC. `MR#` only
// after `patient` or `pt`, or before a colon (`Patient MR# 4459912`, `MR#: 4459912`): in a developer's text it is a
// merge request (`see MR #45213`, `Merged MR# 123456 into main`). The patient's id or number as a registration desk,
// a lab or a discharge summary writes it (`Patient ID: 009981274`, `Patient #: 4471923`, `Pt ID 4471923`, `patient
// no. 4471923`), Spanish `ID del paciente` / `número de paciente`: the hospital's number for the person, as an MRN is.
// Not `patient` alone (`patient 2 of 40`), and the value still needs its digits (`Patient ID: pending`).
const MRN_LABEL = [
  '(?:(?:patient|pt)[ _.-]?)?mrn(?:[ _-]?(?:number|num|nbr|no|id))?',
  'medical[ _-]?records?(?:[ _-]?(?:number|num|nbr|no|id))?',
  'historia[ _-]?cl[ií]nica',
  'nhc',
  '(?:patient|pt)\\.?[ _-]?mr(?=[ \\t]?#)',
  'mr(?=[ \\t]?#[ \\t]?:)',
  '(?:patient|pt\\.?)[ _-]?(?:id|number|num|nbr|no)',
  '(?:patient|pt)(?=[ \\t]?#)',
  '(?:id|identificador)[ _-](?:del[ _-])?paciente',
  '(?:n[uú]m(?:ero|\\.)?|n\\.?[º°])[ \\t]{0,2}de[ \\t]{1,2}paciente',
].join('|');

/**
 * An MRN after its label, as key / value (`"mrn": "A1234567"`, `mrn=…`, `<MRN>…</MRN>`) or in prose (`MRN
 * 00123456`, `Medical Record No. 4455667`, `número de historia clínica: 123456`). The label is a whole word: not
 * `mrn_count`, `mRNA` or a path (`/api/mrn`). The value ends the number: not a decimal, a time or a date.
 */
const MRN_LABELLED = labelledValue(MRN_LABEL, MRN_VALUE);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A label spelled out (`medical record`, `historia clínica`) with white space alone before the value, and what
// makes it a label then: a number word before (`número de`, `nº`).
const SPELLED_BARE = /(?:medical[ _-]?records?|historia[ _-]?cl[ií]nica)["']?[ \t]{1,3}$/i;
const NUMBER_BEFORE = /(?:n[uú]m(?:ero|\.)?|n\.?[º°o]\.?)[ \t]{1,2}(?:de[ \t]{1,2})?$/i;

/**
 * Not a date (`MRN: 2024-03-14`); with white space alone between them, `medical record` and `historia clínica`
 * are prose (`the medical record 12345678 pages long`) unless a number word comes first, and `nhc` counts in
 * capitals only.
 */
function mrnVerdict(value: string, match: MatchContext): ValidatorResult {
  if (ISO_DATE.test(value)) return false;
  const before = match.text.slice(Math.max(0, match.start - 40), match.start);
  const spelled = SPELLED_BARE.exec(before);
  if (spelled !== null) return NUMBER_BEFORE.test(before.slice(0, spelled.index));
  const nhc = /(nhc)["']?[ \t]{1,3}$/i.exec(before);
  return nhc === null || nhc[1] === 'NHC';
}

// Column headers (as csv-header's columnName spells them, lower-cased) of MRNs.
const MRN_COLUMN =
  /^(?:(?:patient|pt) )?(?:mrn|medical record)(?: ?(?:number|num|nbr|no|id))?$|^(?:n[uú]m(?:ero)? )?(?:de )?historia cl[ií]nica$|^nhc$|^(?:patient|pt) ?(?:id|number|num|nbr|no)$/;
const MRN_HEADER_WORDS = /mrn|medical|historia|nhc|patient|pt ?id/gi;
const MRN_CELL = new RegExp(`^${MRN_VALUE}$`);

function isMrnChar(code: number): boolean {
  return isAlnum(code) || code === 45;
}

/**
 * MEDICAL_RECORD_NUMBER: an MRN after its label (MRN, medical record number, historia clínica, NHC), or a cell of a
 * column so headed. One recognizer, so that a text without those words costs one trigger search.
 */
export const medicalRecordNumberRecognizer: Recognizer = {
  name: 'medical-record-number',
  entity: 'MEDICAL_RECORD_NUMBER',
  category: 'HEALTHCARE',
  patterns: [{ regex: MRN_LABELLED, score: 0.85, group: 1 }],
  find: (text) =>
    findColumnCells(
      text,
      MRN_HEADER_WORDS,
      (header, value) => MRN_COLUMN.test(header) && (value === '' || MRN_CELL.test(value)),
      isMrnChar,
    ),
  validate: mrnVerdict,
  // Every label and header holds one of these; a field named by one is read as a label (`{"mrn": …}`). `patient`
  // whole rather than its labels' spellings: each word joins the one search that rules the rare recognizers out of a
  // long text (see rare-triggers.ts), and sixteen spellings cost that search more than `patient` in a clinical note.
  caseInsensitiveTriggers: [
    'mrn',
    'medical',
    'historia',
    'nhc',
    'mr#',
    'mr #',
    'patient',
    'pt id',
    'pt_id',
    'pt-id',
    'pt. id',
    'pt#',
    'pt #',
    'paciente',
  ],
  description:
    'an MRN (letters and 4-15 digits) after MRN, medical record number, historia clínica, NHC, a patient MR#, patient ID / number / # or ID del paciente, or in such a column',
};

const HL7_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{2,19}$/;
const HAS_DIGIT = /\d/;

function* hl7PatientIdCandidates(text: string): Iterable<Candidate> {
  for (const [start, end] of hl7PatientIds(text)) {
    if (end - start < 3 || end - start > 20) continue;
    const id = text.slice(start, end);
    // Below a specific finding (an SSN with its dashes, a card): this field holds any patient identifier.
    if (HL7_ID.test(id) && HAS_DIGIT.test(id)) yield { start, end, score: 0.55 };
  }
}

/**
 * MEDICAL_RECORD_NUMBER in HL7 v2: the IDs of the patient identifier fields (PID-3, the patient identifier list,
 * and PID-2, PID-4, MRG-1), whatever their identifier type (MR, PI, PT, ...), and the patient account number
 * (PID-18): each identifies the patient.
 */
export const medicalRecordNumberHl7Recognizer: Recognizer = {
  name: 'medical-record-number-hl7',
  entity: 'MEDICAL_RECORD_NUMBER',
  category: 'HEALTHCARE',
  triggers: ['PID|', 'MRG|'],
  find: hl7PatientIdCandidates,
  description: 'IDs of HL7 v2 patient identifier fields (PID-2, PID-3, PID-4, the account number PID-18, MRG-1)',
};
