import { findColumnCells } from '../column-cells.js';
import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import { allSame } from '../validators/checksums.js';
import { DASHED_DATE, labelledValue, NUMBER_WORD } from './labelled-value.js';

// A student's id or number, which a school gives each student (FERPA's "personally identifiable information": the
// student ID number is named in its definition, 34 CFR 99.3): on transcripts, rosters, a learning platform's export
// (Canvas's and PowerSchool's `sis_id`, `sis_user_id`), in a parent's or a student's message. Every school numbers
// its students its own way, with no checksum, so (as for MRNs) a number is one only after its label or in a column so
// headed; a bare number never is.

// Up to three letters (`S20240918`, `A01234567`, `u-1234567`), then 5-15 digits, maybe grouped by `-`.
const STUDENT_ID_VALUE = '(?:[A-Za-z]{1,3}-?)?\\d(?:-?\\d){4,14}';
// The labels: student id / number / # (`studentId`, `Student No.`), the SIS id of a school's student information
// system (`sis_id`, `sis_user_id`), Spanish número / código / id de estudiante or alumno.
const STUDENT_ID_LABEL = [
  `student[ _-]?(?:${NUMBER_WORD}|identifier|identification(?:[ _-]?number)?)`,
  'student(?=[ \\t]?#)',
  `sis[ _-]?(?:user[ _-]?|student[ _-]?)?${NUMBER_WORD}`,
  '(?:n[uú]mero|c[oó]digo|id)[ _-]de[ _-](?:estudiante|alumn[oa])',
].join('|');
/**
 * The value (group 1) after its label, as key / value (`"sis_id":"S20240918"`, `Student ID: 48291036`) or in prose
 * (`my student number is 990482117`). The label is a whole word, not in a path; the value ends where its word ends:
 * not a decimal, a time or a date.
 */
const STUDENT_ID_LABELLED = labelledValue(STUDENT_ID_LABEL, STUDENT_ID_VALUE, '#', true);

/** Not a date (`Student since: 2019-04-01`), not one digit repeated (a form's filler). */
function studentIdVerdict(value: string): boolean {
  return !DASHED_DATE.test(value) && !allSame(value.replace(/\D/g, ''));
}

// Column headers (as csv-header's columnName spells them, lower-cased) of student ids.
const STUDENT_ID_COLUMN = /^(?:student ?(?:id|number|num|nbr|no)|sis ?(?:user |student )?(?:id|number|no))$/;
const STUDENT_ID_HEADER_WORDS = /student|sis/gi;
const STUDENT_ID_CELL = new RegExp(`^${STUDENT_ID_VALUE}$`);

function isStudentIdChar(code: number): boolean {
  return isAlnum(code) || code === 45;
}

/** STUDENT_ID: a student's id or number after its label, or a cell of a column so headed (Presidio has none). */
export const studentIdRecognizer: Recognizer = {
  name: 'student-id',
  entity: 'STUDENT_ID',
  category: 'PERSONAL',
  patterns: [{ regex: STUDENT_ID_LABELLED, score: 0.85, group: 1 }],
  find: (text) =>
    findColumnCells(
      text,
      STUDENT_ID_HEADER_WORDS,
      (header, value) => STUDENT_ID_COLUMN.test(header) && (value === '' || STUDENT_ID_CELL.test(value)),
      isStudentIdChar,
    ),
  validate: studentIdVerdict,
  // Every label and header holds one of these. `sis` with what follows it: the three letters stand in `analysis`,
  // `basis`, `crisis`.
  caseInsensitiveTriggers: ['student', 'sis_', 'sis id', 'sis user', 'sis-', 'sisid', 'sisuser', 'estudiante', 'alumn'],
  description:
    'a student id or number (up to three letters and 5-15 digits) after student ID / number / #, SIS id or número de estudiante, or in such a column',
};
