import type { Candidate, Recognizer } from '../recognizer.js';
import { TextMemo } from '../text-memo.js';
import { compactDateValid } from './date-of-birth.js';

// vCards (RFC 6350, and 2.1 and 3.0 before it): what a contacts tool, a CardDAV server or an address book export
// returns. A card's structured name (`N:Gump;Forrest;;Mr.;`) and address (`ADR;TYPE=HOME:;;42 Plantation St.;
// Baytown;LA;30314;USA`) put a family name, a street and a postal code each in a component of their own, which no
// recognizer reads as what it is (a lone family name, a bare ZIP), and `BDAY:1944-06-06` is a birth date without a
// word the birth-date recognizer knows. Each component is read by its place, as X12's and HL7's fields are: its own
// span, so the card keeps its `;` and decodes back exactly.

/** What a component is. */
type CardKind = 'name' | 'place' | 'postal' | 'birth';

/**
 * Score of a value read by its property: the property says what it is. A postal code's is just below, so that a
 * UK postcode keeps its type (UK_POSTCODE), as in a table's postcode column.
 */
const PROPERTY_SCORE = 0.85;
const POSTAL_SCORE = 0.8;

/** Components read, by property: N's family, given and additional names; ADR's box, extension, street, city, code. */
const COMPONENTS: Readonly<Record<string, readonly [number, CardKind][]>> = {
  N: [
    [0, 'name'],
    [1, 'name'],
    [2, 'name'],
  ],
  FN: [[0, 'name']],
  NICKNAME: [[0, 'name']],
  ADR: [
    [0, 'place'],
    [1, 'place'],
    [2, 'place'],
    [3, 'place'],
    [5, 'postal'],
  ],
  LABEL: [[0, 'place']],
  BDAY: [[0, 'birth']],
};

/**
 * The components of the text's vCard properties that name a person, a place or a birth date: lines between
 * `BEGIN:VCARD` and `END:VCARD`, a property with or without a group (`item1.ADR`) and parameters (`;TYPE=HOME`,
 * quoted values included), its value after the first `:` outside quotes, components split at `;` not escaped with
 * `\`. Folded lines are read as they are (the first line of a folded value).
 */
function* cardComponents(text: string): Iterable<[number, number, CardKind]> {
  let inCard = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, end);
    const upper = line.toUpperCase();
    if (upper === 'BEGIN:VCARD') inCard = true;
    else if (upper === 'END:VCARD') inCard = false;
    else if (inCard) yield* propertyComponents(line, lineStart);
    lineStart = lineEnd + 1;
  }
}

function* propertyComponents(line: string, offset: number): Iterable<[number, number, CardKind]> {
  const colon = valueStart(line);
  if (colon === -1) return;
  // The property's name: after a group's dot, before its parameters.
  const head = line.slice(0, colon);
  const name = (head.split(';')[0] as string).replace(/^[\w-]*\./, '').toUpperCase();
  const wanted = COMPONENTS[name];
  if (wanted === undefined) return;
  const ranges = componentRanges(line, colon + 1);
  for (const [index, kind] of wanted) {
    const range = ranges[index];
    if (range === undefined) continue;
    let [start, end] = range;
    while (start < end && line.charCodeAt(start) === 32) start++;
    while (end > start && line.charCodeAt(end - 1) === 32) end--;
    if (end > start) yield [offset + start, offset + end, kind];
  }
}

/** Where the value starts: the first `:` outside a quoted parameter value, or -1. */
function valueStart(line: string): number {
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 34) quoted = !quoted;
    else if (code === 58 && !quoted) return index;
  }
  return -1;
}

/** The value's components from `from`: split at each `;` not escaped with `\`. */
function componentRanges(line: string, from: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  for (let index = from; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 92) index++;
    else if (code === 59) {
      ranges.push([start, index]);
      start = index + 1;
    }
  }
  ranges.push([start, line.length]);
  return ranges;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
// A vCard date: 19440606, 1944-06-06, with a time after `T`; --0606 (a birthday without its year) is no birth date.
const CARD_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.Z+-]*)?$/;

// The recognizers below read the same components: the text's cards are read once per scan.
const COMPONENTS_OF = new TextMemo((text) => [...cardComponents(text)]);

function candidatesOf(kind: CardKind): (text: string) => Iterable<Candidate> {
  return function* (text: string): Iterable<Candidate> {
    for (const [start, end, found] of COMPONENTS_OF.of(text)) {
      if (found === 'postal' && kind === 'place') {
        if (LETTER_OR_DIGIT.test(text.slice(start, end))) yield { start, end, score: POSTAL_SCORE };
        continue;
      }
      if (found !== kind) continue;
      const value = text.slice(start, end);
      if (kind === 'birth') {
        const date = CARD_DATE.exec(value);
        if (date === null || !compactDateValid(`${date[1]}${date[2]}${date[3]}`)) continue;
        yield { start, end, score: PROPERTY_SCORE };
      } else if ((kind === 'name' ? LETTER : LETTER_OR_DIGIT).test(value)) {
        yield { start, end, score: PROPERTY_SCORE };
      }
    }
  };
}

// Every card opens with BEGIN:VCARD (any case, as the RFC allows); texts without one cost nothing.
const VCARD_TRIGGERS = ['begin:vcard'];

/** PERSON in a vCard: N's family, given and additional names, FN and NICKNAME. */
export const vcardNameRecognizer: Recognizer = {
  name: 'vcard-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  caseInsensitiveTriggers: VCARD_TRIGGERS,
  find: candidatesOf('name'),
  description: "a vCard's names: N's family, given and additional names, FN, NICKNAME (not its prefixes and suffixes)",
};

/** LOCATION in a vCard: ADR's post office box, extension, street, locality and postal code, and LABEL. */
export const vcardAddressRecognizer: Recognizer = {
  name: 'vcard-address',
  entity: 'LOCATION',
  category: 'PERSONAL',
  caseInsensitiveTriggers: VCARD_TRIGGERS,
  find: candidatesOf('place'),
  description: "a vCard's address: ADR's box, extension, street, locality and postal code (not region, country), LABEL",
};

/** DATE_OF_BIRTH in a vCard: BDAY with its year. */
export const vcardBirthDateRecognizer: Recognizer = {
  name: 'vcard-birth-date',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  caseInsensitiveTriggers: VCARD_TRIGGERS,
  find: candidatesOf('birth'),
  description: "a vCard's BDAY with its year (19440606, 1944-06-06)",
};
