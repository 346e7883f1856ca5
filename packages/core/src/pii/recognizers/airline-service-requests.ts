import { layoutFinders } from '../layout-values.js';
import type { Recognizer } from '../recognizer.js';
import { allSame, luhn } from '../validators/checksums.js';

// A booking's (PNR's) special service requests carry what the airline must know of a passenger, in the GDS's own
// shorthand, where no word says what the value is:
//
//   SSR FOID UA HK1/PP548102773-1.1          the form of identification an e-ticket is checked in with
//   SSR CTCM UA HK1/447842615903/EN          the passenger's mobile phone for disruption messages
//   SSR CTCE UA HK1/JANE.DOE//GMAIL.COM      their e-mail, written the IATA way: `//` for `@`, `..` for `_`, `./` for `-`
//   SSR DOCO UA HK1//K/98127734//US          their Known Traveler Number (K), redress number (R) or visa (V)
//
// The card and phone recognizers read a number standing alone, and the e-mail recognizer an `@`: these values
// reached the model whole. Read, by their place in the element (an airline's code and a status like `HK1` may stand
// before them, after `/`, `-` or spaces, as the GDSs write and display them):
// - FOID: a passport's number (`PP`) as PASSPORT; an identity card's (`NI`), a driving licence's (`DL`) or another
//   id (`ID`) as ID_DOCUMENT_NUMBER; a card (`CC` and its brand's two letters) as CREDIT_CARD when it passes the
//   Luhn check; a frequent flyer number (`FF` and the airline's code) as LOYALTY_NUMBER. Not the ticket number (`TN`).
// - CTCM, CTCH, CTCB and CTCP (mobile, home, business and other phones): PHONE_NUMBER, 7 to 15 digits.
// - CTCE: EMAIL_ADDRESS, the encoded address as written (its token is a placeholder: it holds no `@`).
// - DOCO: the document's number (ID_DOCUMENT_NUMBER) and a place of birth when given (LOCATION).

type ServiceRequestKind = 'passport' | 'document' | 'card' | 'loyalty' | 'phone' | 'email' | 'birthplace';

/**
 * An element's name, then maybe its airline's code and status (`UA HK1`, `YY NN1`), each after `/`, `-` or spaces.
 * Glued after a line's number or Amadeus's `SR` as entered (`3FOID/PP…`, `SRFOID-PP…`), or standing alone.
 */
const elementHead = (element: string) =>
  `(?:(?<![A-Za-z])|(?<=(?<![A-Za-z])S?SR))${element}(?:[ /-]{1,3}[A-Z0-9]{2}(?=[ /-]))?(?:[ /-]{1,3}[A-Z]{2}\\d{1,2}(?=[ /-]))?`;

/** FOID: the document's type (group 1) and its value (group 2), which ends at `/`, `-`, a space or the line's end. */
const FOID_ELEMENT = new RegExp(
  `${elementHead('FOID')}[ /-]{1,3}(PP|NI|DL|ID|CC|FF)([A-Z0-9]{4,25})(?![A-Za-z0-9])`,
  'dg',
);
/** CTCM and the other phones: the digits, maybe after `+`, then `/` and a language, `-` and a passenger, or the end. */
const PHONE_ELEMENT = new RegExp(`${elementHead('CTC[MHBP]')}[ /-]{1,3}\\+?(\\d{7,15})(?![\\dA-Za-z])`, 'dg');
/** CTCE: a local part (`..` and `./` stand for `_` and `-`), `//`, a domain ending in letters (not a passenger's `-1.1`). */
const EMAIL_ELEMENT = new RegExp(
  `${elementHead('CTCE')}[ /-]{1,3}([A-Za-z0-9](?:[A-Za-z0-9_'+]|\\.\\/?){0,63}\\/\\/[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,3}\\.[A-Za-z]{2,24})(?![A-Za-z0-9])`,
  'dg',
);
/** DOCO: the place of birth (group 1, maybe empty), the document's type and its number (group 2). */
const DOCO_ELEMENT = new RegExp(
  `${elementHead('DOCO')} {0,2}\\/([A-Z][A-Z .'-]{0,34})?\\/(?:K|R|V)\\/([A-Z0-9]{4,25})(?![A-Za-z0-9])`,
  'dg',
);

/** The values of the text's FOID, CTC and DOCO elements. */
function serviceRequestValues(text: string): [number, number, ServiceRequestKind][] {
  const values: [number, number, ServiceRequestKind][] = [];
  for (const match of text.matchAll(FOID_ELEMENT)) {
    const [start, end] = (match.indices as RegExpIndicesArray)[2] as [number, number];
    const value = match[2] as string;
    const kind = foidKind(match[1] as string, value);
    if (kind === 'card') values.push([start + 2, end, kind]);
    else if (kind !== undefined) values.push([start, end, kind]);
  }
  for (const match of text.matchAll(PHONE_ELEMENT)) {
    if (!allSame(match[1] as string))
      values.push([...((match.indices as RegExpIndicesArray)[1] as [number, number]), 'phone']);
  }
  for (const match of text.matchAll(EMAIL_ELEMENT)) {
    values.push([...((match.indices as RegExpIndicesArray)[1] as [number, number]), 'email']);
  }
  for (const match of text.matchAll(DOCO_ELEMENT)) {
    const indices = match.indices as RegExpIndicesArray;
    const birthplace = indices[1];
    if (birthplace !== undefined && (match[1] as string).trim().length > 1) {
      values.push([birthplace[0], birthplace[0] + (match[1] as string).trimEnd().length, 'birthplace']);
    }
    values.push([...(indices[2] as [number, number]), 'document']);
  }
  return values;
}

/** What a FOID's value is, by its type: a card only when its digits (after the brand) pass the Luhn check. */
function foidKind(type: string, value: string): ServiceRequestKind | undefined {
  switch (type) {
    case 'PP':
      return 'passport';
    case 'FF':
      return 'loyalty';
    case 'CC':
      return /^[A-Z]{2}\d{13,19}$/.test(value) && luhn(value.slice(2)) ? 'card' : undefined;
    default:
      return /\d/.test(value) ? 'document' : undefined;
  }
}

/** Score of a value read by its place in the element. */
const ELEMENT_SCORE = 0.85;

// The recognizers below read the same elements: the text is searched once per scan.
const candidatesOf = layoutFinders(serviceRequestValues, ELEMENT_SCORE);

const OF_ELEMENT = "of a booking's special service request";

/** One recognizer per entity the elements hold, each reading its kind of value. */
function elementRecognizer(
  name: string,
  entity: string,
  category: Recognizer['category'],
  kind: ServiceRequestKind,
  triggers: readonly string[],
  description: string,
): Recognizer {
  return { name, entity, category, triggers, find: candidatesOf(kind), description: `${description} ${OF_ELEMENT}` };
}

export const airlineFoidPassportRecognizer = elementRecognizer(
  'airline-foid-passport',
  'PASSPORT',
  'IDENTITY_INTL',
  'passport',
  ['FOID'],
  "a passport's number (PP) in the form of identification (SSR FOID)",
);

export const airlineRequestDocumentRecognizer = elementRecognizer(
  'airline-request-document',
  'ID_DOCUMENT_NUMBER',
  'IDENTITY_INTL',
  'document',
  ['FOID', 'DOCO'],
  "an identity card's (NI), driving licence's (DL) or other id's (ID) number in the form of identification (SSR FOID), or a Known Traveler Number (K), redress number (R) or visa's number (V) of an SSR DOCO",
);

export const airlineFoidCardRecognizer = elementRecognizer(
  'airline-foid-card',
  'CREDIT_CARD',
  'FINANCIAL',
  'card',
  ['FOID'],
  "a card's number (CC and its brand, Luhn-checked) in the form of identification (SSR FOID)",
);

export const airlineFoidLoyaltyRecognizer = elementRecognizer(
  'airline-foid-loyalty',
  'LOYALTY_NUMBER',
  'PERSONAL',
  'loyalty',
  ['FOID'],
  "a frequent flyer number (FF and the airline's code) in the form of identification (SSR FOID)",
);

export const airlineContactPhoneRecognizer = elementRecognizer(
  'airline-contact-phone',
  'PHONE_NUMBER',
  'CONTACT',
  'phone',
  ['CTCM', 'CTCH', 'CTCB', 'CTCP'],
  "the passenger's mobile, home, business or other phone (SSR CTCM, CTCH, CTCB, CTCP)",
);

export const airlineContactEmailRecognizer = elementRecognizer(
  'airline-contact-email',
  'EMAIL_ADDRESS',
  'CONTACT',
  'email',
  ['CTCE'],
  "the passenger's e-mail as IATA encodes it (SSR CTCE: `JANE.DOE//GMAIL.COM`)",
);

export const airlineBirthplaceRecognizer = elementRecognizer(
  'airline-birthplace',
  'LOCATION',
  'PERSONAL',
  'birthplace',
  ['DOCO'],
  "the passenger's place of birth in an SSR DOCO",
);
