import { layoutFinders } from '../layout-values.js';
import type { Recognizer } from '../recognizer.js';
import { compactDateValid } from './date-of-birth.js';

// The PDF417 barcode on the back of a North American driver's licence or identity card (AAMVA DL/ID Card Design
// Standard), as a KYC agent's scanner decodes it: a header (`@`, `ANSI 636014…DL`), then one data element per line,
// a three-letter id and its value:
//
//   DAQD1234562      customer id number (the licence number)
//   DCSMARTINEZ      family name
//   DACSOFIA         first name
//   DBB03141987      birth date (MMDDCCYY; CCYYMMDD on Canadian cards)
//   DAG1234 ELM STREET
//
// No word says what `MARTINEZ` is; its element id does. A text is read when at least three of its lines open with
// the ids below (one `DCS` line in a log is no licence). Read: names, the licence number, the birth date, the street
// lines, the city and the postal code, and the document discriminator (a number unique to the card); not the
// state, the dates of issue and expiry or the physical description.

type AamvaKind = 'name' | 'licence' | 'birth' | 'place' | 'document';

/** Element ids read, and what each holds (AAMVA 2020, D.12.5: mandatory and optional elements). */
const ELEMENTS: Readonly<Record<string, AamvaKind>> = {
  DCS: 'name', // family name
  DAC: 'name', // first name
  DAD: 'name', // middle names
  DCT: 'name', // given names (versions 1-3)
  DAA: 'name', // full name (version 1)
  DAB: 'name', // family name (version 1)
  DCU: 'name', // name suffix
  DBN: 'name', // alias family name
  DBG: 'name', // alias given name
  DAQ: 'licence',
  DBB: 'birth',
  DAG: 'place', // street 1
  DAH: 'place', // street 2
  DAI: 'place', // city
  DAK: 'place', // postal code
  DCF: 'document', // document discriminator
};

/** An element line: its id at a line's start (or after the subfile type that opens the first subfile). */
const ELEMENT_LINE = /(?:^|[\n\r]|(?<=\d(?:DL|ID)))(D[A-Z]{2})([^\n\r]*)/g;
/** Lines of a licence that must be element lines before any is read. */
const MIN_ELEMENTS = 3;

/** Whether `value` is a birth date as AAMVA writes it: MMDDCCYY (US) or CCYYMMDD (Canada). */
function birthDateValid(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  return compactDateValid(value) || compactDateValid(value.slice(4) + value.slice(0, 4));
}

/** The values of the licence's element lines, in text order. */
function licenceValues(text: string): [number, number, AamvaKind][] {
  const values: [number, number, AamvaKind][] = [];
  let elements = 0;
  ELEMENT_LINE.lastIndex = 0;
  for (let match = ELEMENT_LINE.exec(text); match !== null; match = ELEMENT_LINE.exec(text)) {
    const kind = ELEMENTS[match[1] as string];
    if (kind === undefined) continue;
    elements++;
    const raw = match[2] as string;
    const value = raw.trimEnd();
    const start = match.index + match[0].length - raw.length;
    if (value.length === 0 || value === 'NONE' || value === 'unavl' || value === 'unavail') continue;
    if (kind === 'birth' && !birthDateValid(value)) continue;
    values.push([start, start + value.length, kind]);
  }
  return elements >= MIN_ELEMENTS ? values : [];
}

/** Score of a value read by its element id: the id says what it is, as for HL7 and X12. */
const ELEMENT_SCORE = 0.85;

// The five recognizers below read the same lines: the text is searched once per scan.
const candidatesOf = layoutFinders(licenceValues, ELEMENT_SCORE);

// Every licence and card holds its customer id number and its family name.
const AAMVA_TRIGGERS = ['DAQ', 'DCS'];
const AAMVA_DESCRIPTION = "of a driver's licence's or identity card's PDF417 barcode data (AAMVA DL/ID)";

export const aamvaNameRecognizer: Recognizer = {
  name: 'aamva-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  triggers: AAMVA_TRIGGERS,
  find: candidatesOf('name'),
  description: `family, first, middle and alias names (DCS, DAC, DAD, DCT, DAA, DAB, DCU, DBN, DBG) ${AAMVA_DESCRIPTION}`,
};

export const aamvaAddressRecognizer: Recognizer = {
  name: 'aamva-address',
  entity: 'LOCATION',
  category: 'PERSONAL',
  triggers: AAMVA_TRIGGERS,
  find: candidatesOf('place'),
  description: `street lines, city and postal code (DAG, DAH, DAI, DAK) ${AAMVA_DESCRIPTION}; not the state`,
};

export const aamvaBirthDateRecognizer: Recognizer = {
  name: 'aamva-birth-date',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  triggers: AAMVA_TRIGGERS,
  find: candidatesOf('birth'),
  description: `the birth date (DBB, MMDDCCYY or CCYYMMDD) ${AAMVA_DESCRIPTION}`,
};

export const aamvaLicenceNumberRecognizer: Recognizer = {
  name: 'aamva-licence-number',
  entity: 'US_DRIVER_LICENSE',
  category: 'IDENTITY_US',
  triggers: AAMVA_TRIGGERS,
  find: candidatesOf('licence'),
  description: `the customer id number (DAQ) ${AAMVA_DESCRIPTION}`,
};

export const aamvaDocumentNumberRecognizer: Recognizer = {
  name: 'aamva-document-number',
  entity: 'ID_DOCUMENT_NUMBER',
  category: 'IDENTITY_INTL',
  triggers: AAMVA_TRIGGERS,
  find: candidatesOf('document'),
  description: `the document discriminator (DCF), unique to the card, ${AAMVA_DESCRIPTION}`,
};
