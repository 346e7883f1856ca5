import type { Recognizer } from '../recognizer.js';
import { allSame } from '../validators/checksums.js';
import { compactDateValid } from './date-of-birth.js';
import { joinings, labelledValue, NUMBER_WORD } from './labelled-value.js';

// The numbers a US traveller gives an airline to pass security as a trusted or cleared passenger: the Known Traveler
// Number of TSA PreCheck, Global Entry, NEXUS and SENTRI (Global Entry's PASSID: nine digits; PreCheck's: `TT` and
// seven letters and digits), and the DHS redress number of a traveller once misidentified on a watch list (seven
// digits, up to thirteen). Each is issued by the government to one person and opens their records; none has a check
// digit, so a number is one only after its label (`Known Traveler Number: 98127734`, `KTN 981277345`, `Redress #:
// 2000123`) or under its key (see identity-fields.ts). Reported as ID_DOCUMENT_NUMBER, the type of a document's
// number of no one country's kind. In a booking's SSR DOCO element they are read by airline-service-requests.ts.

const TRAVELER_LABEL = [
  `(?:known|trusted)[ _-]?travell?er[ _-]?(?:${NUMBER_WORD})?`,
  'ktn',
  `(?:global[ _-]?entry|nexus|sentri)[ _-]?(?:${NUMBER_WORD}|membership[ _-]?number|ktn|pass[ _-]?id)`,
  // Not `pre-check id`: a build's step is numbered so.
  'pre[ _-]?check[ _-]?(?:number|num|nbr|no|ktn)',
  // Global Entry's own word; a bare `pass id` is as often a boarding or an event pass's.
  'passid',
  // The verb (`redress 2024015`) is no label: a number word, `#` or a sign after it.
  `redress[ _-]?(?:control[ _-]?)?(?:${NUMBER_WORD}|(?=[ \\t]{0,2}[#:=]))`,
].join('|');
const TRAVELER_VALUE = '[A-Za-z0-9]{7,13}';
const TRAVELER_LABELLED = labelledValue(TRAVELER_LABEL, TRAVELER_VALUE);

/** Five digits or more, not one digit repeated (a form's filler), not a date's eight digits (`20240115`). */
function travelerNumberShape(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 5 && !allSame(digits) && !(/^\d{8}$/.test(value) && compactDateValid(value));
}

/** ID_DOCUMENT_NUMBER: a Known Traveler Number or a redress number after its label. */
export const travelerNumberRecognizer: Recognizer = {
  name: 'traveler-number',
  entity: 'ID_DOCUMENT_NUMBER',
  category: 'IDENTITY_US',
  patterns: [{ regex: TRAVELER_LABELLED, score: 0.85, group: 1 }],
  validate: travelerNumberShape,
  // Every label holds one of these (`travel` of known or trusted traveler).
  caseInsensitiveTriggers: [
    'travel',
    // `ktn` then what may follow a label (see labelledValue): the three letters alone stand in random ids.
    ...[' ', '\t', ':', '=', '#', '"', "'", '.', ']', '|', '>', '\\'].map((next) => `ktn${next}`),
    'nexus',
    'sentri',
    'redress',
    ...joinings('global entry'),
    'passid',
    ...joinings('pre check'),
  ],
  description:
    'a Known Traveler Number (TSA PreCheck, Global Entry PASSID, NEXUS, SENTRI) or a DHS redress number: 7-13 letters and digits, 5 or more digits, right after its label',
};
