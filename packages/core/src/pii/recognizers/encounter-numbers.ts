import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { allSame } from '../validators/checksums.js';
import { labelledValue } from './labelled-value.js';

// A hospital's number for one visit of a patient (an encounter): Epic's CSN (contact serial number), printed beside
// the MRN on every note, order and bill (`MRN: 10448271   CSN: 2024118873`), and the encounter number or id of
// other systems. It leads to the patient's record as the MRN does (HIPAA Safe Harbor identifiers 8 and 18), so it is
// reported as a MEDICAL_RECORD_NUMBER. No checksum, a plain run of digits: only the number right after its label.
//
// Not read: Cerner's FIN (a Finnish, a TCP and a Singapore foreign id's word too) and a `visit` number (a web
// analytics word): their labels say too little.

// 6-12 digits: Epic's CSNs run 9-10, other systems' encounter numbers 6-12. Not letters: `CSN: see the notes`.
const ENCOUNTER_VALUE = '\\d{6,12}';
// The labels: `CSN` (`Enc CSN`, `csn_id`), contact serial number, encounter number / id / # / CSN.
const ENCOUNTER_LABEL = [
  '(?:(?:enc|encounter)[ _-]?)?csn(?:[ _-]?(?:id|number|num|nbr|no))?',
  'contact[ _-]?serial[ _-]?(?:number|num|nbr|no)',
  'encounter[ _-]?(?:id|number|num|nbr|no)',
  'encounter(?=[ \\t]?#)',
].join('|');
const ENCOUNTER_LABELLED = labelledValue(ENCOUNTER_LABEL, ENCOUNTER_VALUE);

// `CSN` without `encounter` before it: also a card serial number, a change sequence number. What makes it Epic's:
// a clinical word in the same record (`Patient:`, `MRN`, `admit`, `discharge`).
const BARE_CSN =
  /(?<![\w-])csn(?:[ _-]?(?:id|number|num|nbr|no))?\.?[ \t]{0,2}#?["']?[ \t]{0,3}[:=|]?[ \t]{0,3}["']?$/i;
/** A clinical word other than `encounter`, which labels a game's fights too. */
const CARE_WORDS =
  'patient|paciente|\\bpt\\b|mrn|\\bepic\\b|admi(?:t|ssion)|discharg|hospital|clinic|\\bdob\\b|physician|provider|diagnos|\\bdx\\b|\\bward\\b';
const CARE_WORD = new RegExp(CARE_WORDS, 'i');
const CLINICAL_WORD = new RegExp(`${CARE_WORDS}|encounter`, 'i');
/** An encounter's own label right before the value (`Encounter #:`, `encounter_id=`), not a CSN's. */
const ENCOUNTER_LABEL_BEFORE =
  /encounter[ _-]?(?:id|number|num|nbr|no)?\.?[ \t]{0,2}#?["']?[ \t]{0,3}[:=|]?[ \t]{0,3}["']?$/i;
/** Characters around the value searched for a clinical word: its record, about. */
const CLINICAL_REACH = 200;

/**
 * Not one digit repeated; after a bare `CSN`, a clinical word within CLINICAL_REACH characters; after an encounter's
 * own label, a clinical word other than `encounter` (a game's `encounter_id` numbers its boss fights).
 */
function encounterVerdict(value: string, { text, start, end }: MatchContext): ValidatorResult {
  if (allSame(value)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const words = BARE_CSN.test(before) ? CLINICAL_WORD : ENCOUNTER_LABEL_BEFORE.test(before) ? CARE_WORD : undefined;
  if (words === undefined) return true;
  return words.test(text.slice(Math.max(0, start - CLINICAL_REACH), Math.min(text.length, end + CLINICAL_REACH)));
}

/** MEDICAL_RECORD_NUMBER: an encounter's number (Epic's CSN, an encounter id) after its label. */
export const encounterNumberRecognizer: Recognizer = {
  name: 'encounter-number',
  entity: 'MEDICAL_RECORD_NUMBER',
  category: 'HEALTHCARE',
  patterns: [{ regex: ENCOUNTER_LABELLED, score: 0.85, group: 1 }],
  validate: encounterVerdict,
  // Every label holds one of these. `csn` alone, though random tokens hold it (`…99CSNafK0…`, 2 of the bench log's
  // 65 texts): its spellings with what follows a label, one word each in the rare words' one search (see
  // rare-triggers.ts), cost every long text more than the label regex costs those few.
  caseInsensitiveTriggers: ['csn', 'contact serial', 'contact_serial', 'contactserial', 'contact-serial', 'encounter'],
  description:
    '6-12 digits after CSN (near a clinical word), contact serial number or encounter number / id / #: a visit of a patient',
};
