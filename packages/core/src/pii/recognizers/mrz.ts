import { layoutFinders } from '../layout-values.js';
import type { Recognizer } from '../recognizer.js';
import { shortDateValid } from './date-of-birth.js';

// The machine-readable zone of a passport, an identity card or a visa (ICAO Doc 9303), as an OCR or a document
// reader hands it to a KYC agent:
//
//   P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<      TD3 (passports): two lines of 44
//   L898902C36UTO7408122F1204159ZE184226B<<<<<10
//
// TD2 (older identity cards, MRV-B visas) has two lines of 36, TD1 (identity cards) three lines of 30. No word says
// what `ERIKSSON` or `L898902C3` is; its place in the zone does, and the zone's check digits (weights 7, 3, 1 over
// digits, letters as 10-35 and `<` as 0) tell a zone from any other capitals. Read: the holder's names (the primary
// identifier and the secondary one, each its own span), the document number, the birth date (YYMMDD) and the
// optional data that holds the holder's personal number; not the issuing state, nationality, sex or expiry date.

/** A line of a zone: capitals, digits and the filler `<`; 30, 36 or 44 characters, checked by the caller. */
const ZONE_LINE = /(?<![A-Z0-9<])[A-Z0-9<]{30,44}(?![A-Z0-9<])/g;
/** Between two lines: a line break (maybe `\r\n`, maybe escaped in a JSON string), or the spaces an OCR puts. */
const LINE_GAP = /^(?:[ \t]*\r?\n[ \t]*|\\r\\n|\\n| {1,4})$/;

type MrzKind = 'name' | 'passport' | 'document' | 'birth' | 'personal';

/** Value of a character in a check digit's sum: digits as themselves, A-Z as 10-35, `<` (and anything else) 0. */
function characterValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return 0;
}

const WEIGHTS = [7, 3, 1];

/** The check digit over `line[from, to)` (ICAO 9303 part 3, 4.9). */
function checkDigit(line: string, from: number, to: number): number {
  let sum = 0;
  for (let index = from; index < to; index++)
    sum += characterValue(line.charCodeAt(index)) * (WEIGHTS[(index - from) % 3] as number);
  return sum % 10;
}

/** Whether the character at `at` is the check digit of `line[from, to)`; a `<` checks a field of fillers only. */
function checks(line: string, from: number, to: number, at: number): boolean {
  const code = line.charCodeAt(at);
  if (code === 60) return /^<*$/.test(line.slice(from, to));
  return code - 48 === checkDigit(line, from, to);
}

/** The fields of one zone's data: where each value starts in its line, with the line's offset in the text. */
interface ZoneLayout {
  readonly document: readonly [line: number, from: number, check: number];
  readonly birth: readonly [line: number, from: number];
  readonly expiry: readonly [line: number, from: number];
  readonly personal: readonly (readonly [line: number, from: number, to: number])[];
  /** The name field: line and first column. */
  readonly name: readonly [line: number, from: number];
}

// ICAO 9303 parts 4 (TD3, MRV-A), 5 (TD1) and 6 (TD2, MRV-B).
const TD3: ZoneLayout = { document: [1, 0, 9], birth: [1, 13], expiry: [1, 21], personal: [[1, 28, 42]], name: [0, 5] };
const TD2: ZoneLayout = { document: [1, 0, 9], birth: [1, 13], expiry: [1, 21], personal: [[1, 28, 35]], name: [0, 5] };
const TD1: ZoneLayout = {
  document: [0, 5, 14],
  birth: [1, 0],
  expiry: [1, 8],
  personal: [
    [0, 15, 30],
    [1, 18, 29],
  ],
  name: [2, 0],
};

/** Spans of the values of the zones in `text`, in text order. */
function* zoneValues(text: string): Iterable<[number, number, MrzKind]> {
  const lines: [number, string][] = [];
  ZONE_LINE.lastIndex = 0;
  for (let match = ZONE_LINE.exec(text); match !== null; match = ZONE_LINE.exec(text)) {
    const line = match[0];
    if (line.length === 30 || line.length === 36 || line.length === 44) lines.push([match.index, line]);
  }
  for (let index = 0; index < lines.length; index++) {
    const first = lines[index] as [number, string];
    const width = first[1].length;
    const count = width === 30 ? 3 : 2;
    const zone = lines.slice(index, index + count);
    if (zone.length < count || zone.some(([, line]) => line.length !== width)) continue;
    if (!zone.every((line, at) => at === 0 || followsOn(text, zone[at - 1] as [number, string], line))) continue;
    const values = zoneOf(zone, width);
    if (values === undefined) continue;
    yield* values;
    index += count - 1;
  }
}

/** Whether `line` starts right after `previous` ends, across one LINE_GAP. */
function followsOn(text: string, previous: [number, string], line: [number, string]): boolean {
  return LINE_GAP.test(text.slice(previous[0] + previous[1].length, line[0]));
}

/** The values of one zone, or undefined when its lines are not a zone of their width (layout or check digits). */
function zoneOf(zone: readonly [number, string][], width: number): [number, number, MrzKind][] | undefined {
  const top = (zone[0] as [number, string])[1];
  // The document code: P (passport), I, A, C (identity cards and other travel documents), V (visa).
  if (!/^[PIACV][A-Z<][A-Z<]{3}/.test(top)) return undefined;
  const layout = width === 44 ? TD3 : width === 36 ? TD2 : TD1;
  if (width === 30 && top.charCodeAt(0) === 80) return undefined;
  const line = (at: number) => (zone[at] as [number, string])[1];
  const [documentLine, documentFrom, documentCheck] = layout.document;
  const [birthLine, birthFrom] = layout.birth;
  const [expiryLine, expiryFrom] = layout.expiry;
  if (!shortDateValid(line(birthLine).slice(birthFrom, birthFrom + 6))) return undefined;
  // Two of the three field checks at least: one misread character (an OCR's O for 0) leaves the zone a zone.
  const passed =
    Number(checks(line(documentLine), documentFrom, documentCheck, documentCheck)) +
    Number(checks(line(birthLine), birthFrom, birthFrom + 6, birthFrom + 6)) +
    Number(checks(line(expiryLine), expiryFrom, expiryFrom + 6, expiryFrom + 6));
  if (passed < 2) return undefined;
  const values: [number, number, MrzKind][] = [];
  const at = (lineIndex: number, column: number) => (zone[lineIndex] as [number, string])[0] + column;
  // The name field: the primary identifier, `<<`, the secondary one (given names joined by `<`), filler after.
  const [nameLine, nameFrom] = layout.name;
  const name = line(nameLine).slice(nameFrom).replace(/<+$/, '');
  const split = name.indexOf('<<');
  const parts: [number, number][] =
    split === -1
      ? [[0, name.length]]
      : [
          [0, split],
          [split + 2, name.length],
        ];
  for (const [from, to] of parts) {
    if (to > from && /[A-Z]/.test(name.slice(from, to)))
      values.push([at(nameLine, nameFrom + from), at(nameLine, nameFrom + to), 'name']);
  }
  // A passport's number is reported as any passport number is (the same value, the same token); an identity
  // card's or a visa's as an identity document's.
  const documentKind: MrzKind = top.charCodeAt(0) === 80 ? 'passport' : 'document';
  const number = trimmed(line(documentLine), documentFrom, documentCheck);
  if (number !== undefined) values.push([at(documentLine, number[0]), at(documentLine, number[1]), documentKind]);
  values.push([at(birthLine, birthFrom), at(birthLine, birthFrom + 6), 'birth']);
  for (const [personalLine, from, to] of layout.personal) {
    const personal = trimmed(line(personalLine), from, to);
    if (personal !== undefined && /[0-9]/.test(line(personalLine).slice(personal[0], personal[1]))) {
      values.push([at(personalLine, personal[0]), at(personalLine, personal[1]), 'personal']);
    }
  }
  return values.sort((a, b) => a[0] - b[0]);
}

/** `line[from, to)` without its filler at both ends, as [from, to], or undefined when it is filler only. */
function trimmed(line: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  let end = to;
  while (start < end && line.charCodeAt(start) === 60) start++;
  while (end > start && line.charCodeAt(end - 1) === 60) end--;
  return end > start ? [start, end] : undefined;
}

/** Score of a value read by its place in a zone whose check digits hold. */
const ZONE_SCORE = 0.9;

// The five recognizers below read the same zones: the text is searched once per scan.
const candidatesOf = layoutFinders(zoneValues, ZONE_SCORE);

// Every zone's name line holds `<<` (between the identifiers, or as filler after a single one).
const MRZ_TRIGGERS = ['<<'];
const MRZ_DESCRIPTION = 'of the machine-readable zone of a passport, identity card or visa (ICAO 9303 TD1, TD2, TD3)';

export const mrzNameRecognizer: Recognizer = {
  name: 'mrz-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  triggers: MRZ_TRIGGERS,
  find: candidatesOf('name'),
  description: `the holder's primary and secondary identifiers (surname, given names) ${MRZ_DESCRIPTION}`,
};

export const mrzBirthDateRecognizer: Recognizer = {
  name: 'mrz-birth-date',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  triggers: MRZ_TRIGGERS,
  find: candidatesOf('birth'),
  description: `the holder's birth date (YYMMDD) ${MRZ_DESCRIPTION}`,
};

export const mrzPassportNumberRecognizer: Recognizer = {
  name: 'mrz-passport-number',
  entity: 'PASSPORT',
  category: 'IDENTITY_INTL',
  triggers: MRZ_TRIGGERS,
  find: candidatesOf('passport'),
  description: `a passport's number ${MRZ_DESCRIPTION}`,
};

export const mrzDocumentNumberRecognizer: Recognizer = {
  name: 'mrz-document-number',
  entity: 'ID_DOCUMENT_NUMBER',
  category: 'IDENTITY_INTL',
  triggers: MRZ_TRIGGERS,
  find: candidatesOf('document'),
  description: `an identity card's, a residence permit's or a visa's number ${MRZ_DESCRIPTION}`,
};

export const mrzPersonalNumberRecognizer: Recognizer = {
  name: 'mrz-personal-number',
  entity: 'ID_DOCUMENT_NUMBER',
  category: 'IDENTITY_INTL',
  triggers: MRZ_TRIGGERS,
  find: candidatesOf('personal'),
  description: `the optional data that holds the holder's personal number ${MRZ_DESCRIPTION}`,
};
