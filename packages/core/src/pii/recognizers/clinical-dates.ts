import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { CALENDAR_DATE_PATTERNS, COMPACT_DATE_RUNS, dateValid, hl7TimestampIn } from './date-of-birth.js';
import { inHl7ClinicalDateField } from './hl7.js';

const ALL_DIGITS = /^\d+$/;

/**
 * CLINICAL_DATE: the date of a patient's admission, discharge, death, service, visit, encounter, surgery or
 * procedure, or of a specimen's collection (a lab report's `Collected:`), next to the words that say so.
 * HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)(i)(C)) removes "all elements of dates (except year) for dates
 * directly related to an individual, including birth date, admission date, discharge date, date of death"; birth
 * dates are DATE_OF_BIRTH. Dates alone are not personal data (appointments, releases, log times stay), so the
 * recognizer needs its words: it reads the same calendar layouts as DATE_OF_BIRTH, in the same regex passes, and
 * runs only in texts holding one of its triggers. In an HL7 v2 message the field says it: PID-29 (death), PV1-44 and
 * PV1-45 (admit, discharge), as YYYYMMDD with a time maybe.
 *
 * Left out on purpose: `fecha de ingreso` and `fecha de alta` (Spanish HR and account records use them for a hire
 * or sign-up date), `expired` (tokens and cards expire), a bare `seen on`, `visit` or `appointment` (a user's
 * last visit, a meeting), and clinical events no phrase tells from an ordinary date (a lab's or a result's).
 */
export const clinicalDateRecognizer: Recognizer = {
  name: 'clinical-date',
  entity: 'CLINICAL_DATE',
  category: 'HEALTHCARE',
  patterns: CALENDAR_DATE_PATTERNS,
  // An HL7 timestamp (PID-29, PV1-44, PV1-45).
  digitRuns: COMPACT_DATE_RUNS,
  validate: (value, { text, start, end }) => {
    if (ALL_DIGITS.test(value)) return hl7TimestampIn(value, text, start, end, inHl7ClinicalDateField) ? 0.85 : false;
    return standsAlone(text, start, end, '') && dateValid(value);
  },
  context: {
    en: [
      'admission',
      'admitted',
      'admit date',
      'discharge',
      'discharged',
      'date of death',
      'death date',
      'time of death',
      'deceased',
      'died',
      'passed away',
      'date of service',
      'date of visit',
      'visit date',
      'encounter date',
      'date of encounter',
      'date of surgery',
      'surgery date',
      'date of procedure',
      'procedure date',
      'seen in clinic',
      'collection date',
      'date collected',
      'date of collection',
      'specimen collected',
      'collected:',
    ],
    es: [
      'ingresado',
      'ingresada',
      'ingresó',
      'fecha de hospitalización',
      'dado de alta',
      'dada de alta',
      'alta médica',
      'alta hospitalaria',
      'fecha de defunción',
      'defunción',
      'falleció',
      'fallecido',
      'fallecida',
      'fallecimiento',
      'fecha de consulta',
      'fecha de la consulta',
      'fecha de cirugía',
      'fecha de la cirugía',
    ],
  },
  // A piece of every context word, ASCII (see Recognizer.triggers): `admit` is in `admitted`, not in `admin`.
  caseInsensitiveTriggers: [
    'admission',
    'admit',
    'discharg',
    'death',
    'deceased',
    'died',
    'passed away',
    'of service',
    'of visit',
    'visit date',
    'encounter date',
    'of encounter',
    'of surgery',
    'surgery date',
    'of procedure',
    'procedure date',
    'seen in clinic',
    'collection date',
    'date collected',
    'of collection',
    'specimen collected',
    'collected:',
    'de consulta',
    'de la consulta',
    'de cirug',
    'de la cirug',
    'ingres',
    'hospitaliz',
    'de alta',
    'alta m',
    'alta hosp',
    'defunci',
    'falleci',
    // HL7 v2 segments holding one (lower case: the walk reads the text's case-folded).
    'pid|',
    'pv1|',
  ],
  description:
    'existing calendar dates next to an admission, discharge, death, service, visit, encounter, surgery or procedure word (HIPAA Safe Harbor dates)',
};
