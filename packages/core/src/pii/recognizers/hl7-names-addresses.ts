// Names and addresses in HL7 v2 messages: `PID|1||12345^^^MRN||OKONKWO^WANJIRU^A||…|742 EVERGREEN TER^^SPRINGFIELD^IL^62704`.
// No word says what `OKONKWO` is; its place does (PID-5, the patient's name). Only the people HIPAA's Safe Harbor
// names are read: the patient, the mother, the next of kin, the guarantor and the insured. The doctors of PV1-7,
// PV1-8, PV1-9 and PV1-17 (XCN fields) are the hospital's staff, not the individual or a relative, employer or
// household member: their names stay, as does the id (an NPI is reported by its own recognizer).

import type { Candidate, Recognizer } from '../recognizer.js';
import { type Hl7ComponentsWanted, hl7Components } from './hl7.js';

/** Of an XPN name: family (1), given (2), middle (3); not the suffix, prefix, degree or type codes (JR, DR, MD, L). */
const XPN_NAME_PARTS: readonly number[] = [1, 2, 3];
/**
 * Of an XAD address: street (1), other designation (2: apartment, suite), city (3), ZIP (5), county (9); not the
 * state (4) nor the country (6), which Safe Harbor keeps, nor the type and other codes.
 */
const XAD_PLACE_PARTS: readonly number[] = [1, 2, 3, 5, 9];

/**
 * XPN fields: PID-5 (patient name), PID-6 (mother's maiden name), PID-9 (alias), NK1-2 (next of kin), GT1-3
 * (guarantor), GT1-16 (guarantor's employer: Safe Harbor names employers too), IN1-16 (name of insured).
 */
const NAME_FIELDS: Hl7ComponentsWanted = {
  PID: { 5: XPN_NAME_PARTS, 6: XPN_NAME_PARTS, 9: XPN_NAME_PARTS },
  NK1: { 2: XPN_NAME_PARTS },
  GT1: { 3: XPN_NAME_PARTS, 16: XPN_NAME_PARTS },
  IN1: { 16: XPN_NAME_PARTS },
};

/**
 * XAD fields: PID-11 (patient address), NK1-4 (next of kin), GT1-5 (guarantor), GT1-17 (guarantor's employer),
 * IN1-19 (insured's address).
 */
const ADDRESS_FIELDS: Hl7ComponentsWanted = {
  PID: { 11: XAD_PLACE_PARTS },
  NK1: { 4: XAD_PLACE_PARTS },
  GT1: { 5: XAD_PLACE_PARTS, 17: XAD_PLACE_PARTS },
  IN1: { 19: XAD_PLACE_PARTS },
};

/** Score of a value read by its field: the field says what it is, as for HL7 birth dates and SSNs. */
const FIELD_SCORE = 0.85;

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** A name part holds a letter (`\"\"`, HL7's null in a JSON string, holds none). */
function* hl7NameCandidates(text: string): Iterable<Candidate> {
  for (const [start, end] of hl7Components(text, NAME_FIELDS)) {
    if (LETTER.test(text.slice(start, end))) yield { start, end, score: FIELD_SCORE };
  }
}

/** An address part holds a letter or a digit (a ZIP is digits). */
function* hl7AddressCandidates(text: string): Iterable<Candidate> {
  for (const [start, end] of hl7Components(text, ADDRESS_FIELDS)) {
    if (LETTER_OR_DIGIT.test(text.slice(start, end))) yield { start, end, score: FIELD_SCORE };
  }
}

// Every segment read opens with one of these ids; texts without them cost nothing.
const HL7_PERSON_SEGMENTS = ['PID|', 'NK1|', 'GT1|', 'IN1|'];

/**
 * PERSON in HL7 v2: the family, given and middle names (each its own span) of PID-5, PID-6, PID-9, NK1-2, GT1-3
 * and IN1-16, every repetition.
 */
export const hl7NameRecognizer: Recognizer = {
  name: 'hl7-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  triggers: HL7_PERSON_SEGMENTS,
  find: hl7NameCandidates,
  description:
    'family, given and middle names of HL7 v2 person name fields (PID-5, PID-6, PID-9, NK1-2, GT1-3, IN1-16); not doctors (PV1)',
};

/**
 * LOCATION in HL7 v2: the street lines, city, ZIP and county (each its own span) of PID-11, NK1-4, GT1-5 and IN1-19,
 * every repetition; the state and the country stay.
 */
export const hl7AddressRecognizer: Recognizer = {
  name: 'hl7-address',
  entity: 'LOCATION',
  category: 'PERSONAL',
  triggers: HL7_PERSON_SEGMENTS,
  find: hl7AddressCandidates,
  description:
    'street lines, city, ZIP and county of HL7 v2 address fields (PID-11, NK1-4, GT1-5, IN1-19); not the state or country',
};
