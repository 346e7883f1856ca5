import { layoutFinders } from '../layout-values.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import { dayMonthYearValid } from './date-of-birth.js';

// What a travel agent reads from an airline's or a GDS's systems names its passengers the airline way, surname
// first and a slash between (`OKONKWO/WANJIRU`), where no word says it is a name:
//
//   1.OKONKWO/WANJIRU MS  2.OKONKWO/CHIDI MR                  a booking's (PNR's) name elements
//   SSR DOCS UA HK1 P/USA/548491635/USA/14MAR87/F/12JUN30/OKONKWO/WANJIRU     the passenger's travel document
//   M1OKONKWO/WANJIRU     EZX7KQ2 SFOLAXUA 0123 348Y012A…   a boarding pass's barcode (IATA BCBP)
//
// A bare `WORD/WORD` is no name (`TCP/IP`, `SFO/LAX`, `AND/OR`): each layout is read only where it stands. Read: the
// passenger's name (one span, `SURNAME/GIVEN`, without the title, so the same passenger gets the same token in each
// layout); in a DOCS element, also the document number (PASSPORT for a passport, ID_DOCUMENT_NUMBER otherwise) and
// the birth date. Not read: the record locator, flights, the ticket number, the nationality or the gender.

type AirlineKind = 'name' | 'passport' | 'document' | 'birth';

/**
 * A booking's name element: `1.` or `1.1` (Sabre's count) after a space or a line's start, then `SURNAME/GIVEN
 * NAMES`, its title left out. Run only at a run of one or two digits before `.` (pattern-starts.ts).
 */
export const PASSENGER_NAME_ELEMENT =
  /(?<!\S)\d{1,2}\.\d{0,2}([A-Z][A-Z'-]{1,30}(?: [A-Z][A-Z'-]{0,30}){0,2}\/[A-Z][A-Z'-]{1,30}(?: (?!(?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF)\b)[A-Z][A-Z'-]{0,30}){0,3})(?![A-Za-z0-9/])/g;
/** A DOCS element's document part: type, issuer, number, nationality, birth date, gender, expiry, names. */
const DOCS_ELEMENT =
  /\bDOCS[ /][A-Z0-9 ]{0,16}?\b(?:\/(?=[PIAC]\/))?([PIAC]?)\/([A-Z]{3})?\/([A-Z0-9]{1,15})\/([A-Z]{3})?\/(\d{2}[A-Z]{3}\d{2})\/(?:MI|FI|M|F|U|X)?\/(?:\d{2}[A-Z]{3}\d{2})?\/([A-Z][A-Z' -]{0,30}\/[A-Z][A-Z' -]{0,30})/dg;
/** A boarding pass's barcode: `M`, the number of legs, the 20-character name field, `E` or a space, the locator. */
const BOARDING_PASS = /(?<![A-Za-z0-9])M[1-4]([A-Z' ./-]{20})[E ][A-Z0-9 ]{7}[A-Z]{6}/g;

/** The values of the text's DOCS elements, in text order. */
function docsValues(text: string): [number, number, AirlineKind][] {
  const values: [number, number, AirlineKind][] = [];
  DOCS_ELEMENT.lastIndex = 0;
  for (let match = DOCS_ELEMENT.exec(text); match !== null; match = DOCS_ELEMENT.exec(text)) {
    const indices = match.indices as RegExpIndicesArray;
    const [numberStart, numberEnd] = indices[3] as [number, number];
    values.push([numberStart, numberEnd, match[1] === 'P' ? 'passport' : 'document']);
    if (dayMonthYearValid(match[5] as string)) values.push([...(indices[5] as [number, number]), 'birth']);
    const nameStart = (indices[6] as [number, number])[0];
    values.push([nameStart, nameStart + (match[6] as string).trimEnd().length, 'name']);
  }
  return values;
}

/** Score of a value read by its place in a layout. */
const LAYOUT_SCORE = 0.85;

// The four DOCS recognizers below read the same elements: the text is searched once per scan.
const docsCandidates = layoutFinders(docsValues, LAYOUT_SCORE);

/** The name fields of the boarding pass barcodes in `text` (a surname, a slash, a given name, padded). */
function* boardingPassNames(text: string): Iterable<Candidate> {
  BOARDING_PASS.lastIndex = 0;
  for (let match = BOARDING_PASS.exec(text); match !== null; match = BOARDING_PASS.exec(text)) {
    const field = (match[1] as string).trimEnd();
    if (/^[A-Z][A-Z' .-]*\/[A-Z]/.test(field)) {
      yield { start: match.index + 2, end: match.index + 2 + field.length, score: LAYOUT_SCORE };
    }
  }
}

export const airlineNameRecognizer: Recognizer = {
  name: 'airline-passenger-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [{ regex: PASSENGER_NAME_ELEMENT, score: LAYOUT_SCORE, group: 1 }],
  description: "a passenger's name element of a booking (PNR): `1.OKONKWO/WANJIRU MS`, `1.1OKONKWO/WANJIRU`",
};

export const boardingPassNameRecognizer: Recognizer = {
  name: 'boarding-pass-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  // No triggers: the finder runs only at a word run that opens a barcode (pattern-starts.ts, FINDER_STARTS); `M1`
  // alone stands in many random tokens.
  find: boardingPassNames,
  description: "the passenger's name field of a boarding pass's barcode (IATA BCBP: `M1OKONKWO/WANJIRU     E…`)",
};

const DOCS_DESCRIPTION = "of a booking's SSR DOCS element (the passenger's travel document)";

export const airlineDocsNameRecognizer: Recognizer = {
  name: 'airline-docs-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  triggers: ['DOCS'],
  find: docsCandidates('name'),
  description: `the passenger's surname and given name ${DOCS_DESCRIPTION}`,
};

export const airlineBirthDateRecognizer: Recognizer = {
  name: 'airline-birth-date',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  triggers: ['DOCS'],
  find: docsCandidates('birth'),
  description: `the passenger's birth date (DDMMMYY) ${DOCS_DESCRIPTION}`,
};

export const airlinePassportRecognizer: Recognizer = {
  name: 'airline-passport-number',
  entity: 'PASSPORT',
  category: 'IDENTITY_INTL',
  triggers: ['DOCS'],
  find: docsCandidates('passport'),
  description: `a passport's number (document type P) ${DOCS_DESCRIPTION}`,
};

export const airlineDocumentRecognizer: Recognizer = {
  name: 'airline-document-number',
  entity: 'ID_DOCUMENT_NUMBER',
  category: 'IDENTITY_INTL',
  triggers: ['DOCS'],
  find: docsCandidates('document'),
  description: `an identity card's or another document's number ${DOCS_DESCRIPTION}`,
};
