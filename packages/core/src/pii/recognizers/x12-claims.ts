import type { Candidate, Recognizer } from '../recognizer.js';
import { TextMemo } from '../text-memo.js';
import { compactDateValid } from './date-of-birth.js';

// People in ASC X12 health care transactions (HIPAA's 837 claims, 835 remittances, 270/271 eligibility, 276/277
// claim status): `NM1*IL*1*DOE*JOHN*A***MI*XYZ123456789~N3*123 MAIN ST~N4*SPRINGFIELD*IL*62701~DMG*D8*19700101*M~`.
// No word says what `DOE` is; its place does, as in HL7 v2 (see hl7-names-addresses.ts). Each NM1 segment opens a
// loop naming one party (NM101, its entity code); the N3, N4, DMG and REF segments after it describe that party.
// Only the subscriber (IL), the patient (QC) and a dependent (03) are read, and only as persons (NM102 = 1): the
// providers, payers, submitters and receivers are organisations or the provider's staff, whose names, addresses
// and NPIs are no patient's (the NPI is reported by its own recognizer), as HL7's doctors are left.
//
// Read: the last, first and middle names (NM103-NM105), the member id or SSN (NM109 by its qualifier NM108: MI and
// II member ids, 34 an SSN), the street lines (N301, N302), the city and the ZIP (N401, N403; not the state, which
// Safe Harbor keeps), the birth date (DMG02 when DMG01 is D8, CCYYMMDD) and the SSN and member ids of REF segments
// (REF01 SY, 1W, IG, 23). Elements are separated by `*` and segments end at `~` or a line break: the separators
// the implementation guides use in every example (ISA may name others; such an interchange is not read).

/** Entity codes of the parties that are the individual: subscriber / insured, patient, dependent. */
const PERSON_PARTIES: ReadonlySet<string> = new Set(['IL', 'QC', '03']);
/** NM108 qualifiers of NM109: member ids (MI, II: a standard unique health identifier) and the SSN (34). */
const MEMBER_ID_QUALIFIERS: ReadonlySet<string> = new Set(['MI', 'II']);
const SSN_QUALIFIER = '34';
/** REF01 qualifiers: SSN (SY), member ids (1W, IG: insurance policy, 23: client number). */
const REF_MEMBER_IDS: ReadonlySet<string> = new Set(['1W', 'IG', '23']);
const REF_SSN = 'SY';

/** Score of a value read by its element: the element says what it is, as for HL7 fields. */
const ELEMENT_SCORE = 0.85;

type X12Kind = 'name' | 'place' | 'birth' | 'member' | 'ssn';

/** Each element [start, end) of a person's loop and what it is, in text order. */
function* x12PersonElements(text: string): Iterable<[number, number, X12Kind]> {
  let inPerson = false;
  let segmentStart = 0;
  const length = text.length;
  while (segmentStart < length) {
    let segmentEnd = segmentStart;
    while (segmentEnd < length) {
      const code = text.charCodeAt(segmentEnd);
      if (code === 126 || code === 10 || code === 13) break;
      segmentEnd++;
    }
    const elements = elementsOf(text, segmentStart, segmentEnd);
    const id = elementText(text, elements, 0).trimStart();
    if (id === 'NM1') {
      inPerson = PERSON_PARTIES.has(elementText(text, elements, 1)) && elementText(text, elements, 2) === '1';
      if (inPerson) {
        for (const index of [3, 4, 5]) yield* element(elements, index, 'name');
        const qualifier = elementText(text, elements, 8);
        if (MEMBER_ID_QUALIFIERS.has(qualifier)) yield* element(elements, 9, 'member');
        else if (qualifier === SSN_QUALIFIER) yield* element(elements, 9, 'ssn');
      }
    } else if (inPerson) {
      if (id === 'N3') {
        yield* element(elements, 1, 'place');
        yield* element(elements, 2, 'place');
      } else if (id === 'N4') {
        yield* element(elements, 1, 'place');
        yield* element(elements, 3, 'place');
      } else if (id === 'DMG' && elementText(text, elements, 1) === 'D8') {
        yield* element(elements, 2, 'birth');
      } else if (id === 'REF') {
        const qualifier = elementText(text, elements, 1);
        if (qualifier === REF_SSN) yield* element(elements, 2, 'ssn');
        else if (REF_MEMBER_IDS.has(qualifier)) yield* element(elements, 2, 'member');
      }
    }
    segmentStart = segmentEnd + 1;
  }
}

/** The [start, end) of each `*`-separated element of the segment [start, end), the segment id first. */
function elementsOf(text: string, start: number, end: number): [number, number][] {
  const elements: [number, number][] = [];
  let from = start;
  for (let index = start; index <= end; index++) {
    if (index === end || text.charCodeAt(index) === 42) {
      elements.push([from, index]);
      from = index + 1;
      // NM1 holds 12 elements at most; no segment read here needs more.
      if (elements.length > 12) break;
    }
  }
  return elements;
}

function elementText(text: string, elements: readonly [number, number][], index: number): string {
  const range = elements[index];
  return range === undefined ? '' : text.slice(range[0], range[1]);
}

function* element(
  elements: readonly [number, number][],
  index: number,
  kind: X12Kind,
): Iterable<[number, number, X12Kind]> {
  const range = elements[index];
  if (range !== undefined && range[1] > range[0]) yield [range[0], range[1], kind];
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const EIGHT_DIGITS = /^\d{8}$/;

// The five recognizers below read the same elements: the text's segments are walked once per scan.
const PERSON_ELEMENTS = new TextMemo((text) => [...x12PersonElements(text)]);

/** The candidates of one kind: names hold a letter, places and ids a letter or a digit, a birth date is CCYYMMDD. */
function candidatesOf(kind: X12Kind): (text: string) => Iterable<Candidate> {
  return function* (text: string): Iterable<Candidate> {
    for (const [start, end, found] of PERSON_ELEMENTS.of(text)) {
      if (found !== kind) continue;
      const value = text.slice(start, end);
      const fits =
        kind === 'name'
          ? LETTER.test(value)
          : kind === 'birth'
            ? EIGHT_DIGITS.test(value) && compactDateValid(value)
            : LETTER_OR_DIGIT.test(value);
      if (fits) yield { start, end, score: ELEMENT_SCORE };
    }
  };
}

// Every loop read opens with an NM1 segment; texts without one cost nothing.
const X12_TRIGGERS = ['NM1*'];

const X12_DESCRIPTION =
  'of the subscriber, patient or dependent loops of X12 health care transactions (837, 835, 270/271, 276/277)';

/** PERSON in X12: the last, first and middle names of a subscriber's, patient's or dependent's NM1. */
export const x12NameRecognizer: Recognizer = {
  name: 'x12-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  triggers: X12_TRIGGERS,
  find: candidatesOf('name'),
  description: `last, first and middle names (NM103-NM105) ${X12_DESCRIPTION}; not providers or payers`,
};

/** LOCATION in X12: the street lines, city and ZIP of a subscriber's, patient's or dependent's N3 and N4. */
export const x12AddressRecognizer: Recognizer = {
  name: 'x12-address',
  entity: 'LOCATION',
  category: 'PERSONAL',
  triggers: X12_TRIGGERS,
  find: candidatesOf('place'),
  description: `street lines, city and ZIP (N301, N302, N401, N403) ${X12_DESCRIPTION}; not the state`,
};

/** DATE_OF_BIRTH in X12: DMG02 (CCYYMMDD, DMG01 D8) of a subscriber's, patient's or dependent's loop. */
export const x12BirthDateRecognizer: Recognizer = {
  name: 'x12-birth-date',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  triggers: X12_TRIGGERS,
  find: candidatesOf('birth'),
  description: `birth dates (DMG02, D8) ${X12_DESCRIPTION}`,
};

/** HEALTH_PLAN_ID in X12: member ids of a subscriber's, patient's or dependent's NM109 (MI, II) and REF (1W, IG, 23). */
export const x12MemberIdRecognizer: Recognizer = {
  name: 'x12-member-id',
  entity: 'HEALTH_PLAN_ID',
  category: 'HEALTHCARE',
  triggers: X12_TRIGGERS,
  find: candidatesOf('member'),
  description: `member ids (NM109 after MI or II, REF02 after 1W, IG or 23) ${X12_DESCRIPTION}`,
};

/** US_SSN in X12: a subscriber's, patient's or dependent's SSN (NM109 after 34, REF02 after SY), whatever its rules. */
export const x12SsnRecognizer: Recognizer = {
  name: 'x12-ssn',
  entity: 'US_SSN',
  category: 'IDENTITY_US',
  triggers: X12_TRIGGERS,
  find: candidatesOf('ssn'),
  description: `SSNs (NM109 after 34, REF02 after SY) ${X12_DESCRIPTION}`,
};
