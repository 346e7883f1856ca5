import type { Candidate, MatchContext, Recognizer } from '../recognizer.js';

// Street addresses and ZIP codes (HIPAA Safe Harbor: "all geographic subdivisions smaller than a state, including
// street address, city, county, precinct, zip code"). Reported as LOCATION, NER's type for places, so that a line
// the NER tier reads in pieces (`742 [ORGANIZATION_1], [LOCATION_3], IL 62704`) becomes one `[LOCATION_n]`.
//
// A digit followed by a space is everywhere, so nothing here starts at a number. The street finder runs only on
// texts holding one of its suffix words (`triggers`: Street, Avenue, Road, Calle, ...) and looks back from each
// suffix for the house number; the ZIP code listens to the word-run pass's runs of five digits (no regex, no
// trigger) and keeps one only after a state abbreviation (`Springfield, IL 62704`) or a ZIP / postal label.
//
// Decisions: `PO Box 123` is a postal address (it leads to one person's mail) and is reported. A suffix right after
// the number (`12 Street Fighter games`, `version 2 Way forward`, `Chapter 11 Drive`, `5 Ave Maria`) names no
// street: a street line needs one to five name words between them. Two-letter suffixes (St, Rd, Dr, Ln, Ct, Pl, Sq)
// and Ter count only before `.` or `,` (their triggers: two letters alone would be searched in every text), so
// `12 Oak St Springfield` is left to NER. Addresses in capitals (`742 EVERGREEN TERRACE`) are not read.

/** USPS state abbreviations: the 50 states, DC, the territories and the armed forces' APO / FPO regions. */
export const US_STATES: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI UM FM MH PW AA AE AP'
  ).split(' '),
);

/** Canada Post's province and territory abbreviations (a Canadian line's tail: `Toronto, ON M5V 2T6`). */
const CA_PROVINCES: ReadonlySet<string> = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));

// USPS Publication 28, appendix C1: the common street suffixes, written out and abbreviated (and a few British
// ones: Close, Crescent, Gardens, Mews). Each form either holds a trigger or is read only before `.` / `,`.
const LONG_SUFFIXES =
  'Street|Avenue|Ave|Boulevard|Blvd|Road|Drive|Lane|Court|Place|Terrace|Way|Circle|Cir|Parkway|Pkwy|Highway|Hwy|' +
  'Square|Trail|Trl|Alley|Crescent|Close|Gardens|Mews|Plaza|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke';
const SHORT_SUFFIXES = 'St|Rd|Dr|Ln|Ct|Pl|Sq|Ter';

/** A suffix word, ending the street name: a long form bare or with `.`, a short one only before `.` or `,`. */
const SUFFIX = new RegExp(`\\b(?:(?:${LONG_SUFFIXES})\\b\\.?|(?:${SHORT_SUFFIXES})(?:\\.|(?=,)))`, 'g');

// A name word: capitalised (O'Neil, Martin-Luther, St.), a numbered street (5th, 42nd) or a directional (W., N).
const NAME_WORD = "(?:[A-Z][A-Za-z'-]{0,24}\\.?|\\d{1,4}(?:st|nd|rd|th)|[NSEW]\\.?)";
// A house number: 1-6 digits, maybe a letter (221B), a range (12-14) or a fraction (12 1/2).
const HOUSE_NUMBER = '\\d{1,6}(?:[A-Z](?![A-Za-z]))?(?:-\\d{1,6}[A-Z]?)?(?: \\d\\/\\d)?';

/**
 * The house number and one to five name words right before a suffix (the window ends there). Not a number glued
 * to a word, a decimal, a price, a time or a `#`/`No.` reference (`$12 Main`, `10:30 Lane`).
 */
const STREET_HEAD = new RegExp(`(?<![\\w.,$€£#/:-])${HOUSE_NUMBER} (?:${NAME_WORD} ){1,5}$`);

const GLUED_BEFORE = /[\w.,$€£#/:-]/;

/** How far back from a suffix its house number may start (five long words and a number). */
const HEAD_REACH = 140;

// After the suffix: a post-directional (NW), a unit (Apt 4B, Suite 200, Unit 5, #12), then the city, state and
// ZIP (group 1 the city's end, group 2 the state) or the city before a British postcode (kept UK_POSTCODE).
const POST_DIRECTIONAL = '(?: (?:NE|NW|SE|SW|N|S|E|W)\\b\\.?)?';
const UNIT =
  "(?:,? (?:(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room|Fl|Floor|Bldg|Building)\\.? ?#?|# ?)[A-Za-z0-9]{1,6}(?:-[A-Za-z0-9]{1,4})?(?![\\w'-]))?";
const CITY = "[A-Z][A-Za-z.'-]{1,24}(?: [A-Z][A-Za-z.'-]{1,24}){0,3}";
const US_TAIL = `(?:, ${CITY}(?:, ?| )([A-Z]{2})(?: \\d{5}(?:-\\d{4})?| [A-Z]\\d[A-Z] ?\\d[A-Z]\\d)?(?![\\w-]))`;
const UK_TAIL = `(?:, ${CITY}(?=,? [A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b))`;
const LINE_TAIL = new RegExp(`${POST_DIRECTIONAL}${UNIT}(?:${US_TAIL}|${UK_TAIL})?`, 'y');
const LINE_END = new RegExp(`${POST_DIRECTIONAL}${UNIT}`, 'y');

// Spanish lines name the street first and number it after: `Calle Mayor 5, 3º B, 28013 Madrid`, `C/ Alcalá 42`,
// `Avda. de la Constitución 12`, `Plaza Mayor 1`. Name words are capitalised or particles (de, la, del, ...); the
// number ends the name (`s/n`, sin número, too), then maybe the floor and door and the postcode (01-52) and city.
const ES_STREET = '(?:Calle|C\\/|Avda\\.?|Avenida|Av\\.|Plaza|Pza\\.|Paseo|Camino|Carretera|Ctra\\.|Ronda)';
const ES_CAPITAL = "[A-ZÁÉÍÓÚÑ][A-Za-záéíóúüñ'.-]{0,24}";
const ES_PARTICLE = '(?:de|del|la|las|los|el|y)';
const ES_LINE = new RegExp(
  `\\b${ES_STREET} {1,2}(?:${ES_PARTICLE} ){0,3}${ES_CAPITAL}(?: (?:${ES_PARTICLE}|${ES_CAPITAL})){0,6},? ` +
    `(?:\\d{1,4}[A-Za-z]?|s\\/n)(?![\\w%€$]|[.,]\\d|,? ?[a-záéíóúñ])` +
    `(?:,? (?:\\d{1,2}[ºª°](?: ?[A-Za-z]{1,4}\\b| ?\\d{1,2}[ºª]?)?|[Bb]ajo(?: [A-Za-z]\\b)?))?` +
    `(?:,? (?:0[1-9]|[1-4]\\d|5[0-2])\\d{3} ${ES_CAPITAL}(?: ${ES_CAPITAL}){0,2})?`,
  'g',
);

// A post office box (its city, state and ZIP are read as a street line's).
const PO_BOX = /\b(?:P\. ?O\.|PO|Post Office) (?:Box|BOX) \d{1,6}(?![\w-])/g;

/** Base score of a street line, a box and a ZIP code read by its state or label. */
const ADDRESS_SCORE = 0.85;

/**
 * Whether a two-letter code before a ZIP is a state (or a province before a Canadian postal code), so that
 * `Mountain View, CA 94043` is a tail and `Ref, XX 12345` is not.
 */
function tailStateValid(state: string | undefined, tail: string): boolean {
  if (state === undefined) return true;
  return /\d[A-Z]\d$/.test(tail) ? CA_PROVINCES.has(state) : US_STATES.has(state);
}

/** The end of a street line whose suffix ends at `from`: past its directional, unit and a valid tail. */
function lineEnd(text: string, from: number): number {
  LINE_TAIL.lastIndex = from;
  const tail = LINE_TAIL.exec(text);
  if (tail !== null && tailStateValid(tail[1], tail[0])) return from + tail[0].length;
  LINE_END.lastIndex = from;
  const end = LINE_END.exec(text);
  return end === null ? from : from + end[0].length;
}

/**
 * Street lines, Spanish street lines and post office boxes. US and British lines are found from their suffix
 * words (the triggers), looking back at most HEAD_REACH characters on the same line for the house number and
 * name words, then forward over the unit and city, state and ZIP.
 */
export function* findStreetAddresses(text: string): Iterable<Candidate> {
  let reported = 0;
  SUFFIX.lastIndex = 0;
  for (let suffix = SUFFIX.exec(text); suffix !== null; suffix = SUFFIX.exec(text)) {
    const at = suffix.index;
    if (at < reported) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const from = Math.max(lineStart, reported, at - HEAD_REACH);
    const head = STREET_HEAD.exec(text.slice(from, at));
    if (head === null) continue;
    const start = from + head.index;
    // The window may open inside a longer number or word: the lookbehind saw only the window.
    if (start > 0 && GLUED_BEFORE.test(text.charAt(start - 1))) continue;
    const end = lineEnd(text, at + suffix[0].length);
    reported = end;
    yield { start, end, score: ADDRESS_SCORE };
  }
  ES_LINE.lastIndex = 0;
  for (let match = ES_LINE.exec(text); match !== null; match = ES_LINE.exec(text)) {
    yield { start: match.index, end: match.index + match[0].length, score: ADDRESS_SCORE };
  }
  PO_BOX.lastIndex = 0;
  for (let match = PO_BOX.exec(text); match !== null; match = PO_BOX.exec(text)) {
    yield { start: match.index, end: lineEnd(text, match.index + match[0].length), score: ADDRESS_SCORE };
  }
}

/** LOCATION: a street line (US, Canadian, British, Spanish) or a post office box, with its city, state and ZIP. */
export const streetAddressRecognizer: Recognizer = {
  name: 'street-address',
  entity: 'LOCATION',
  category: 'PERSONAL',
  find: findStreetAddresses,
  // Every suffix the finder reads holds one (Ave: Avenue, Avenida; Cir: Circle); capitalised, so `street` in prose
  // enables nothing.
  triggers: [
    'Street',
    'St.',
    'St,',
    'Ave',
    'Av.',
    'Boulevard',
    'Blvd',
    'Road',
    'Rd.',
    'Rd,',
    'Drive',
    'Dr.',
    'Dr,',
    'Lane',
    'Ln.',
    'Ln,',
    'Court',
    'Ct.',
    'Ct,',
    'Place',
    'Pl.',
    'Pl,',
    'Terrace',
    'Ter.',
    'Ter,',
    'Way',
    'Cir',
    'Parkway',
    'Pkwy',
    'Highway',
    'Hwy',
    'Square',
    'Sq.',
    'Sq,',
    'Trail',
    'Trl',
    'Alley',
    'Crescent',
    'Close',
    'Gardens',
    'Mews',
    'Plaza',
    'Pza.',
    'Expressway',
    'Expy',
    'Freeway',
    'Fwy',
    'Turnpike',
    'Tpke',
    'Calle',
    'C/',
    'Avda',
    'Paseo',
    'Camino',
    'Carretera',
    'Ctra.',
    'Ronda',
    'PO Box',
    'PO BOX',
    'P.O.',
    'P. O.',
    'Post Office',
  ],
  description:
    'a street line: house number, 1-5 name words, a USPS Publication 28 suffix (Street, Ave, Blvd, Rd., ...), unit, city, state and ZIP; Spanish lines (Calle Mayor 5, 3º B, 28013 Madrid); PO boxes',
};

// A state abbreviation after a city and a comma, right before the ZIP: `Springfield, IL 62704`.
const STATE_BEFORE_ZIP = /(?:^|[^\w])[A-Z][A-Za-z.'-]{1,24}(?: [A-Z][A-Za-z.'-]{1,24}){0,3}, ?([A-Z]{2}) $/;
// A ZIP or postal label: `ZIP: 62704`, `zip code 62704`, `"postalCode": "28013"`, `código postal 28013`.
const ZIP_LABEL =
  /(?:\b(?:zip|postal)(?:[ _-]?code)?|\bpostcode|c[óo]digo[ _]postal|\bc\.p\.)(?:\\?["'])?[ \t]{0,3}[:=]?[ \t]{0,3}\\?["']?$/i;

/**
 * A five-digit run is a ZIP code after a USPS state abbreviation that follows a city and a comma, or after a ZIP /
 * postal label; not a decimal's integer part (`62704.5`), nor 00000.
 */
export function zipCodeVerdict(value: string, match: MatchContext): boolean {
  if (value === '00000') return false;
  const { text, start, end } = match;
  const next = text.charCodeAt(end);
  if ((next === 46 || next === 44) && isDigit(text.charCodeAt(end + 1))) return false;
  const before = text.slice(Math.max(0, start - 64), start);
  const state = STATE_BEFORE_ZIP.exec(before);
  if (state !== null) return US_STATES.has(state[1] as string);
  return ZIP_LABEL.test(before);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** LOCATION: a ZIP code (or a Spanish postal code under its label) read by the state or label before it. */
export const zipCodeRecognizer: Recognizer = {
  name: 'zip-code',
  entity: 'LOCATION',
  category: 'PERSONAL',
  digitRuns: [{ min: 5, max: 5, score: ADDRESS_SCORE }],
  validate: zipCodeVerdict,
  description: 'five digits after a state abbreviation and a city (Springfield, IL 62704) or a ZIP / postal label',
};
