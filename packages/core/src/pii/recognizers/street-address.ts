import type { Candidate, Recognizer } from '../recognizer.js';
import { TextMemo } from '../text-memo.js';
import { isAlnum, isDigit, isSpace } from '../validators/boundaries.js';
import {
  ADDRESS_LABEL,
  addressLabelBefore,
  addressLabelLines,
  FRENCH_KIND,
  FRENCH_KINDS,
  frenchKindAt,
  frenchLines,
  GERMAN_OPENER,
  GERMAN_OPENERS,
  germanLines,
  ITALIAN_OPENER,
  ITALIAN_OPENERS,
  italianLines,
  openerAt,
  SMALL_OPENER_NAME,
  STREET_SUFFIX,
  smallOpenerBefore,
  smallOpenerLines,
  suffixLines,
  suffixWordAt,
  WORD_GOES_ON,
} from './european-street-address.js';

// Street addresses and ZIP codes (HIPAA Safe Harbor: "all geographic subdivisions smaller than a state, including
// street address, city, county, precinct, zip code"). Reported as LOCATION, NER's type for places, so that a line
// the NER tier reads in pieces (`742 [ORGANIZATION_1], [LOCATION_3], IL 62704`) becomes one `[LOCATION_n]`.
//
// A digit followed by a space is everywhere, so nothing here starts at a number. The finder runs only at the word
// runs the word-run pass hands it (FINDER_STARTS): a suffix word (Street, Avenue, Rd.) after a house number on its
// line, from which it looks back for the number; a Spanish or PO-box opener; a state abbreviation right before a
// five-digit run (`Springfield, IL 62704`: the city, state and ZIP, when a city and a comma come before the state:
// the second line of an address block, or a place alone); a ZIP / postal label (`ZIP: 62704`,
// `"postalCode": "28013"`). Not every run of five digits: those are ports, ids and counts in logs, and listening to
// them all cost about 4% of the bench log.
//
// Decisions: `PO Box 123` is a postal address (it leads to one person's mail) and is reported. A suffix right after
// the number (`12 Street Fighter games`, `version 2 Way forward`, `Chapter 11 Drive`, `5 Ave Maria`) names no
// street: a street line needs one to five name words between them. Two-letter suffixes (St, Rd, Dr, Ln, Ct, Pl, Sq)
// and Ter count only where a street line ends: before `.` or `,`, a line break, a tab, a closing quote or the end of
// the text (an address block's first line, `ship to 55 Water St`), or before a unit (`St Apt 4B`, `St #4`) or a
// post-directional that itself ends the line (`K St NW,`, `K St NW Suite 300`). Before any other word they are as
// often a title or a saint (`Dr Smith`, `St Martin's Press`), so `12 Oak St Springfield` is left to NER; but when a
// state and a ZIP follow (`12 Oak St Springfield, IL 62704`), the city's words hold the street's and the span
// starts at the house number. After a reference label (`Table 4 Ref Dr`, `Figure 2 Main St.`) a number before a
// two-letter suffix is no house number. The city before a state is one to four capitalised words on its line,
// after the last reported line, with no sentence's full stop inside (`Thanks. Brooklyn, NY 11201` reports
// `Brooklyn, NY 11201`); a street line's own tail is not reported again. A JSON-escaped line break or tab (`\n`,
// `\r`, `\t` as two characters: a tool's output holding an address block as a JSON string) starts and ends a line
// as the character does. Lines in capitals are read with the suffixes and units seldom anything else in capitals
// (CAPITAL_SUFFIXES: `742 EVERGREEN TER`, `1547 W GRACE ST APT 3`), and a town line with no comma right after a
// street line (`CHICAGO IL 60613-2819`, see townLineStart).

/** USPS state abbreviations: the 50 states, DC, the territories and the armed forces' APO / FPO regions. */
export const US_STATES: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI UM FM MH PW AA AE AP'
  ).split(' '),
);

/** Canada Post's province and territory abbreviations (a Canadian line's tail: `Toronto, ON M5V 2T6`). */
const CA_PROVINCES: ReadonlySet<string> = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));

// USPS Publication 28, appendix C1: the common street suffixes, written out and abbreviated (and British ones:
// Close, Crescent, Gardens, Mews, Grove, Rise, Parade, Vale, Wharf; `22 Elm Grove` leaked).
const LONG_SUFFIXES = [
  'Street',
  'Avenue',
  'Ave',
  'Boulevard',
  'Blvd',
  'Road',
  'Drive',
  'Lane',
  'Court',
  'Place',
  'Terrace',
  'Way',
  'Circle',
  'Cir',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Square',
  'Trail',
  'Trl',
  'Alley',
  'Crescent',
  'Close',
  'Gardens',
  'Mews',
  'Grove',
  'Rise',
  'Parade',
  'Vale',
  'Wharf',
  'Plaza',
  'Expressway',
  'Expy',
  'Freeway',
  'Fwy',
  'Turnpike',
  'Tpke',
  'Loop',
  'Pike',
];
/**
 * Two-letter suffixes (and Ter), and suffixes that are ordinary words too (`a 5 Minute Walk`, `3 Capitol Hill
 * restaurants`, `3 Back Row`): read only where a line ends (shortSuffixCloses), seldom a title, a saint or a phrase
 * there (`7 Church Walk, Ely`, `14 Primrose Hill`).
 */
const SHORT_SUFFIXES = ['St', 'Rd', 'Dr', 'Ln', 'Ct', 'Pl', 'Sq', 'Ter', 'Walk', 'Row', 'Hill', 'Ridge', 'Glen'];
// Words that open a Spanish or Portuguese line, and what must follow them (`Av.`, `C/`, `R.`).
const SPANISH_OPENERS = [
  'Calle',
  'Avda',
  'Avenida',
  'Av',
  'Plaza',
  'Pza',
  'Paseo',
  'Camino',
  'Carretera',
  'Ctra',
  'Ronda',
  'C',
  // Portuguese (see ES_LINE).
  'Rua',
  'R',
  'Travessa',
  'Alameda',
  'Estrada',
  'Rodovia',
  'Largo',
  // Colombian lines (see CO_LINE).
  'Carrera',
  'Cra',
  'Kra',
  'Kr',
  'Cr',
  'Cl',
  'Cll',
  'Diagonal',
  'Dg',
  'Transversal',
  'Tv',
  'Ak',
  'Ac',
];
const SPANISH_AFTER: Readonly<Record<string, string>> = {
  Av: '. ',
  Pza: '.',
  Ctra: '.',
  C: '/',
  Avda: '. ',
  R: '.',
  Cra: '. ',
  Kra: '. ',
  Kr: '. ',
  Cr: '. ',
  Cl: '. ',
  Cll: '. ',
  Dg: '. ',
  Tv: '. ',
  Ak: '. ',
  Ac: '. ',
};
// Words that open a post office box: `PO Box`, `P.O. Box`, `P. O. Box`, `Post Office Box`.
const BOX_OPENERS = ['PO', 'P', 'Post'];

/**
 * Suffixes in capitals, as shipping labels, scanned forms and mainframe records write a line (`742 EVERGREEN TER`,
 * `1550 W ALAMEDA AVE`): the abbreviations and the words that are seldom anything else in capitals; not `WAY`,
 * `CLOSE`, `COURT`, `PLACE` or `DRIVE`, which a log's capitals use as words (`RETRY 3 TIMES THEN CLOSE`).
 */
const CAPITAL_SUFFIXES = [
  'STREET',
  'AVENUE',
  'AVE',
  'BOULEVARD',
  'BLVD',
  'ROAD',
  'TERRACE',
  'CIR',
  'PARKWAY',
  'PKWY',
  'HIGHWAY',
  'HWY',
  'TRL',
  'CRESCENT',
  'EXPY',
  'FWY',
  'TPKE',
];
// Not `SQ`, `CT`, `LN`, `DR`: a chart's and an operator's capitals (`10 UNITS INSULIN SQ`, `1 HEAD CT`, `2 AXILLARY
// LN`, `3 NODES TO DR`).
const CAPITAL_SHORT_SUFFIXES = ['ST', 'RD', 'PL', 'TER'];

/** What a word run can open: the finder's work at it (a bit mask: a word can be a suffix and an opener). */
const SUFFIX_WORD = 1;
const SHORT_SUFFIX_WORD = 2;
const SPANISH_WORD = 4;
const BOX_WORD = 8;
const STATE_WORD = 16;
const ZIP_LABEL_WORD = 32;

// Words that label a ZIP or postal code, as keys and forms write them (`zip`, `ZIP Code`, `zipCode`, `postal_code`,
// `código postal`, `postcode`); `c.p.` is read from `C` / `c` (see zipLabelEnd), `CP:` (Spain, Mexico, France) only
// before its sign, and Brazil's `CEP` before a CEP (`CEP: 01310-200`, `CEP 01310200`).
const ZIP_LABELS = [
  'zip',
  'Zip',
  'ZIP',
  'zipcode',
  'zipCode',
  'ZipCode',
  'ZIPCODE',
  'zip_code',
  'Zip_Code',
  'ZIP_CODE',
  'postal',
  'Postal',
  'POSTAL',
  'postalCode',
  'PostalCode',
  'postal_code',
  'Postal_Code',
  'POSTAL_CODE',
  'postcode',
  'Postcode',
  'POSTCODE',
  'c',
  'C',
  'cp',
  'CP',
  'cep',
  'Cep',
  'CEP',
];

/** Per first character and length (`code << 4 | length`), the words of that shape and what each opens. */
const WORDS_BY_SHAPE = new Map<number, [string, number][]>();
for (const [words, kind] of [
  [LONG_SUFFIXES, SUFFIX_WORD],
  [CAPITAL_SUFFIXES, SUFFIX_WORD],
  [SHORT_SUFFIXES, SHORT_SUFFIX_WORD],
  [CAPITAL_SHORT_SUFFIXES, SHORT_SUFFIX_WORD],
  [SPANISH_OPENERS, SPANISH_WORD],
  [BOX_OPENERS, BOX_WORD],
  [[...US_STATES], STATE_WORD],
  [ZIP_LABELS, ZIP_LABEL_WORD],
  [ITALIAN_OPENERS, ITALIAN_OPENER],
  [GERMAN_OPENERS, GERMAN_OPENER],
  [FRENCH_KINDS, FRENCH_KIND],
] as const) {
  for (const word of words) {
    const key = (word.charCodeAt(0) << 4) | word.length;
    const list = WORDS_BY_SHAPE.get(key) ?? [];
    const known = list.find(([listed]) => listed === word);
    if (known === undefined) list.push([word, kind]);
    else known[1] |= kind;
    WORDS_BY_SHAPE.set(key, list);
  }
}

/**
 * First characters of every word above and every capital (the word-run pass's first-character filter): a
 * European street's suffix ends a word of any first letter (`Lindenweg`, `Zeppelinstraße`).
 */
export const STREET_WORD_FIRSTS = [
  ...new Set([
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    ...[...WORDS_BY_SHAPE.keys()].map((key) => String.fromCharCode(key >> 4)),
  ]),
].join('');

/**
 * What may follow a word run the finder starts at, besides a space and the end (FINDER_STARTS's `after`): the end
 * of a word of a line (see endsStreetWord), `=` and `-` (`zip=62704`, `zip-code`), and the Latin-1 letters a
 * European street's word goes on past (`Hauptstra|ße`, `M|ühlenweg`, `All|ée`).
 */
export const STREET_WORD_AFTER = `.,/);:"'=\\-${WORD_GOES_ON}`;
const AFTER_CODES = new Uint8Array(256);
for (const char of STREET_WORD_AFTER) AFTER_CODES[char.charCodeAt(0)] = 1;

/**
 * What the word run [start, end) opens (0 when nothing): a suffix after a space with a digit earlier on its line
 * (within HEAD_REACH), a short suffix only where a line ends (shortSuffixCloses), a Spanish opener (`Av`, `Pza`,
 * `Ctra` before `.`, `C` before `/`), a box opener before what completes it. Cheap: a table lookup and a few
 * character reads for every capitalised word of those first letters and lengths.
 */
export function streetWordKind(text: string, start: number, end: number): number {
  const length = end - start;
  let kind = 0;
  if (length <= MAX_WORD) {
    const words = WORDS_BY_SHAPE.get((text.charCodeAt(start) << 4) | length);
    if (words !== undefined) kind = tableWordKind(text, start, end, words);
  }
  const first = text.charCodeAt(start);
  if (first >= 65 && first <= 90) {
    if (suffixWordAt(text, start, end)) kind |= STREET_SUFFIX;
    if (smallOpenerBefore(text, start) !== -1) kind |= SMALL_OPENER_NAME;
    if (addressLabelBefore(text, start) !== -1) kind |= ADDRESS_LABEL;
  }
  return kind;
}

/** What a word of the table (WORDS_BY_SHAPE: its words of the run's first character and length) opens. */
function tableWordKind(text: string, start: number, end: number, words: readonly [string, number][]): number {
  for (const [word, kinds] of words) {
    if (!text.startsWith(word, start)) continue;
    let kind = 0;
    const next = text.charCodeAt(end);
    if ((kinds & ZIP_LABEL_WORD) !== 0 && zipLabelEnd(text, start, end) !== -1) kind |= ZIP_LABEL_WORD;
    if ((kinds & (ITALIAN_OPENER | GERMAN_OPENER)) !== 0 && openerAt(text, start, end)) {
      kind |= kinds & (ITALIAN_OPENER | GERMAN_OPENER);
    }
    if ((kinds & FRENCH_KIND) !== 0 && frenchKindAt(text, start, end)) kind |= FRENCH_KIND;
    if (!endsStreetWord(next)) return kind;
    if ((kinds & STATE_WORD) !== 0 && next === 32 && fiveDigitsAt(text, end + 1)) kind |= STATE_WORD;
    if ((kinds & SUFFIX_WORD) !== 0 && afterHouseNumber(text, start)) kind |= SUFFIX_WORD;
    else if ((kinds & SHORT_SUFFIX_WORD) !== 0 && shortSuffixCloses(text, end) && afterHouseNumber(text, start)) {
      kind |= SHORT_SUFFIX_WORD;
    }
    if ((kinds & SPANISH_WORD) !== 0 && (SPANISH_AFTER[word] ?? ' ').includes(text.charAt(end))) kind |= SPANISH_WORD;
    if ((kinds & BOX_WORD) !== 0 && boxOpener(text, end)) kind |= BOX_WORD;
    return kind;
  }
  return 0;
}

/**
 * What may follow a word of a line (as FINDER_STARTS states it): the end, a space, `.`, `,`, `/`, `)`, `;`, `:`, a
 * quote or a backslash (the line ends a quoted value or a JSON-escaped line: `"12 Oak Street"`, `12 Oak
 * Street\\nSpringfield` as a tool's JSON output spells it).
 */
function endsStreetWord(code: number): boolean {
  return (
    Number.isNaN(code) ||
    isSpace(code) ||
    code === 46 ||
    code === 44 ||
    code === 47 ||
    code === 41 ||
    code === 59 ||
    code === 58 ||
    code === 34 ||
    code === 39 ||
    code === 92
  );
}

/**
 * Whether a two-letter suffix (or Ter) ending at `end` closes a street line: before `.` or `,`, a line break or the
 * end of the text (an address block's street line, `ship to 55 Water St`), a tab or a closing quote (a cell or a
 * quoted value ends; a JSON-escaped `\\n`, `\\r`, `\\t` or `\\"` too), or before a unit (`St Apt 4B`, `St #4`)
 * or a post-directional that itself ends the line (`St NW,`, `St NW Suite 300`). Before any other word it is as
 * often a title or a saint (`Dr Smith`, `St Mary`), and `12 Oak St Springfield` is left to NER.
 */
function shortSuffixCloses(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 46 || next === 44 || next === 10 || next === 13 || next === 9 || next === 34 || Number.isNaN(next)) {
    return true;
  }
  if (next === 92) return escapedBreakAt(text, end);
  return next === 32 && CLOSE_FIRSTS.includes(text.charAt(end + 1)) && stickyAt(SHORT_SUFFIX_CLOSE, text, end) !== -1;
}

/**
 * Whether a JSON-escaped line break, tab or quote (`\\n`, `\\r`, `\\t`, `\\"`) is at `at`: where a tool's output
 * holds an address block as a JSON string, it ends a line as the character would.
 */
function escapedBreakAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 92) return false;
  const escaped = text.charCodeAt(at + 1);
  return escaped === 110 || escaped === 114 || escaped === 116 || escaped === 34;
}

/**
 * The index of the last character of the last JSON-escaped line break or tab in `window` (the `n` of `\\n`), or -1:
 * a house number may start right after it (`\\n55 Water St`).
 */
function lastEscapedBreak(window: string): number {
  const last = Math.max(window.lastIndexOf('\\n'), window.lastIndexOf('\\r'), window.lastIndexOf('\\t'));
  return last === -1 ? -1 : last + 1;
}

/** The longest word the finder starts at (`postal_code`). */
const MAX_WORD = 11;

/** Five digits at `at` standing alone: not a longer run, a decimal's integer part (`62704.5`) nor 00000. */
function fiveDigitsAt(text: string, at: number): boolean {
  for (let index = at; index < at + 5; index++) if (!isDigit(text.charCodeAt(index))) return false;
  const next = text.charCodeAt(at + 5);
  if (isAlnum(next) || next === 95) return false;
  if ((next === 46 || next === 44) && isDigit(text.charCodeAt(at + 6))) return false;
  return !text.startsWith('00000', at);
}

// After a ZIP label word: `code` maybe (`ZIP Code`, `zip-code`), a closing quote, `:`, `=` or `is`, an opening quote,
// then the five digits (`ZIP: 62704`, `"zip": "62704"`, `zip=62704`, `\"postalCode\": \"28013\"`, `my zip is
// 60614`).
const LABEL_TO_DIGITS = /(?:[ _-]?code)?(?:\\?["'])?[ \t]{0,3}(?:[:=]|is(?= ))?[ \t]{0,3}\\?["']?/iy;

/**
 * Where the ZIP after the label word [start, end) begins, or -1: the word stands alone (`unzip` is no label), `c`
 * only as `c.p.` (Spanish código postal), and five digits follow the label (see fiveDigitsAt).
 */
function zipLabelEnd(text: string, start: number, end: number): number {
  if (isWordCode(text.charCodeAt(start - 1))) return -1;
  let from = end;
  const first = text.charCodeAt(start);
  if (end - start === 1) {
    if (!(first === 99 || first === 67) || !/^\.[pP]\./.test(text.slice(end, end + 3))) return -1;
    from = end + 3;
  }
  LABEL_TO_DIGITS.lastIndex = from;
  if (!LABEL_TO_DIGITS.test(text)) return -1;
  const digits = LABEL_TO_DIGITS.lastIndex;
  if (isCepLabel(text, start, end)) return cepEnd(text, digits) === -1 ? -1 : digits;
  // `CP` names a checkpoint, a code page or a component as often: a postal code only right after its sign.
  if (end - start === 2 && !/^[ \t]*[:=][ \t]*$/.test(text.slice(from, digits))) return -1;
  return fiveDigitsAt(text, digits) ? digits : -1;
}

/** Whether the label word [start, end) is Brazil's `CEP` (código de endereçamento postal). */
function isCepLabel(text: string, start: number, end: number): boolean {
  return end - start === 3 && (text.charCodeAt(start) | 32) === 99 && (text.charCodeAt(start + 1) | 32) === 101;
}

/** The end of a CEP at `at` (`01310-200`, `01310200`), or -1. */
function cepEnd(text: string, at: number): number {
  CEP_DIGITS.lastIndex = at;
  return CEP_DIGITS.test(text) ? CEP_DIGITS.lastIndex : -1;
}

const CEP_DIGITS = /\d{5}-?\d{3}(?![\w-])/y;

/** A space before `start`, and a digit before it on the same line within HEAD_REACH (the house number's). */
function afterHouseNumber(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  for (let index = start - 2; index >= 0 && index >= start - HEAD_REACH; index--) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
    if (code === 10) return false;
  }
  return false;
}

/** What must follow a box opener run ending at `end`: ` Box` / ` BOX` after PO, `.O.` / `. O.` after P, ` Office Box`. */
function boxOpener(text: string, end: number): boolean {
  return (
    text.startsWith(' Box ', end) ||
    text.startsWith(' BOX ', end) ||
    text.startsWith('.O. ', end) ||
    text.startsWith('. O. ', end) ||
    text.startsWith(' Office Box ', end)
  );
}

/** The word-run pass's start check of the finder (FINDER_STARTS): the run opens some kind of line. */
export function streetWordStart(text: string, start: number, end: number): boolean {
  // What the word-run pass admits (FINDER_STARTS's `after`), so that a search of the whole text starts where it does.
  const after = text.charCodeAt(end);
  if (!(Number.isNaN(after) || AFTER_CODES[after] === 1 || isSpace(after))) return false;
  return streetWordKind(text, start, end) !== 0;
}

// A name word: capitalised (O'Neil, Martin-Luther, St.), a numbered street (5th, 42nd) or a directional (W., N).
const NAME_WORD = "(?:[A-Z][A-Za-z'-]{0,24}\\.?|\\d{1,4}(?:st|nd|rd|th)|[NSEW]\\.?)";
// A house number: 1-6 digits, maybe a letter (221B), a range (12-14) or a fraction (12 1/2), and in Australia and New
// Zealand the unit before a slash (`7/23 George St`, `12A/5 Smith Rd`).
const HOUSE_NUMBER = '(?:\\d{1,4}[A-Z]?\\/)?\\d{1,6}(?:[A-Z](?![A-Za-z]))?(?:-\\d{1,6}[A-Z]?)?(?: \\d\\/\\d)?';

/**
 * The house number and one to five name words right before a suffix (the window ends there). Not a number glued
 * to a word, a decimal, a price, a time or a `#` reference (`$12 Main`, `10:30 Lane`).
 */
const STREET_HEAD = new RegExp(`(?<![\\w.,$€£#/-]|\\d:)${HOUSE_NUMBER} (?:${NAME_WORD} ){1,5}$`);

/** Whether `start` opens a numbered line of a SWIFT option F party (`:50F:` / `:59F:`, then `1/` … `8/` lines). */
function swiftNumberedLine(text: string, start: number): boolean {
  const digit = text.charCodeAt(start);
  return (
    digit >= 49 &&
    digit <= 56 &&
    text.charCodeAt(start + 1) === 47 &&
    (start === 0 || text.charCodeAt(start - 1) === 10) &&
    holdsOptionF(text)
  );
}

/**
 * Whether the text holds a SWIFT option F party's tag, looked up once per text (many lines may ask); the memo lets
 * the text go after the scan.
 */
function holdsOptionF(text: string): boolean {
  return optionF.of(text);
}
const optionF = new TextMemo((text) => text.includes(':50F:') || text.includes(':59F:'));

/**
 * Whether the character before `at` glues a number there to what comes before (see STREET_HEAD): a word character,
 * a decimal point, a currency, a path, or a colon after a digit (a time); a colon after a key is no glue
 * (`LOCATION:742 Evergreen Terrace` in an iCalendar event).
 */
function gluedBefore(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  return before === ':' ? isDigit(text.charCodeAt(at - 2)) : GLUED_BEFORE.test(before);
}
const GLUED_BEFORE = /[\w.,$€£#/-]/;

// A word that numbers a part of a document or a table (`Table 4 Ref Dr`, `Figure 2 Main St.`, `page 12 Ln`): its
// number is no house number, at least before a two-letter suffix, which is as often an abbreviation.
const REFERENCE_LABELS =
  'table tab fig figure chapter ch section sec page pg line step item row col column vol volume part exhibit ' +
  'appendix version ver';
const REFERENCE_LABEL = new RegExp(`(?:^|[^\\w])(?:${REFERENCE_LABELS.split(' ').join('|')})\\.? $`, 'i');

/** Whether a reference label (REFERENCE_LABEL) comes right before the house number at `start`. */
function afterReferenceLabel(text: string, start: number): boolean {
  return REFERENCE_LABEL.test(text.slice(Math.max(0, start - 12), start));
}

// A unit before the street line (`Flat 3, 21 Baker Street`, `Unit 7, 23 George St`, `Suite 400, 9256 Towne Center Dr`):
// part of the address, as one after it is (see UNIT_BODY).
const UNIT_BEFORE =
  /(?<![\w-])(?:Flat|Apartment|Apt|Unit|Suite|Ste|Room|Rm|Level|Floor)\.? ?#?[A-Za-z0-9]{1,6}(?:-[A-Za-z0-9]{1,4})?,? $/i;
/** How far back from a house number (or a building's name) the unit before it may start. */
const UNIT_REACH = 28;
// A building's name between the unit and the street line (`Flat 12, Kestrel House, 45 Albion Street`, `Grosvenor
// Court, 12 Park Lane`): capitalised words, then a word for a building, then a comma.
const BUILDING_BEFORE =
  /(?<![\w-])(?:[A-Z][A-Za-z'’-]* ){1,3}(?:House|Court|Building|Tower|Mansions|Lodge|Apartments|Heights|Hall|Gardens|Residences?|Chambers|Point),? $/;
/** How far back from a house number a building's name may start. */
const BUILDING_REACH = 48;

/**
 * Where a street line starting at `start` starts with the unit right before it (UNIT_BEFORE), and the building's
 * name between them (BUILDING_BEFORE), not before `floor`. Before, `12, Kestrel House` of `Flat 12, Kestrel House,
 * 45 Albion Street` reached the model.
 */
function unitStart(text: string, start: number, floor: number): number {
  let from = Math.max(floor, start - BUILDING_REACH);
  const building = BUILDING_BEFORE.exec(text.slice(from, start));
  if (building !== null) start = from + building.index;
  from = Math.max(floor, start - UNIT_REACH);
  const unit = UNIT_BEFORE.exec(text.slice(from, start));
  return unit === null ? start : from + unit.index;
}

/** How far back from a suffix its house number may start (five long words and a number). */
const HEAD_REACH = 140;

// After the suffix: a post-directional (NW), a unit (Apt 4B, Suite 200, Unit 5, #12), then the city, state and
// ZIP (group 1 the state), the city before a British postcode (kept UK_POSTCODE) or an Australian suburb, state and
// postcode.
const DIRECTIONAL = '(?:NE|NW|SE|SW|N|S|E|W)';
const POST_DIRECTIONAL = `(?: ${DIRECTIONAL}\\b\\.?)?`;
// In capitals too, as statements and labels print a line (`1547 W GRACE ST APT 3`).
const UNIT_BODY =
  "(?:(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room|Fl|Floor|Bldg|Building|APT|APARTMENT|SUITE|STE|UNIT|RM|ROOM|FL|FLOOR|BLDG)(?![a-z])\\.? ?#?|# ?)[A-Za-z0-9]{1,6}(?:-[A-Za-z0-9]{1,4})?(?![\\w'-])";
const UNIT = `(?:,? ${UNIT_BODY})?`;
/** The first characters of SHORT_SUFFIX_CLOSE's words (a cheap test before the regex, at every `St ` and `Dr `). */
const CLOSE_FIRSTS = 'ASURFB#NEW';
/** After a short suffix and a space: a unit, or a directional before `,`, `.`, a unit, a line break or the end. */
const SHORT_SUFFIX_CLOSE = new RegExp(` (?:${UNIT_BODY}|${DIRECTIONAL}(?:$|[,.\\r\\n]| ${UNIT_BODY}))`, 'y');
const CITY = "[A-Z][A-Za-z.'-]{1,24}(?: [A-Z][A-Za-z.'-]{1,24}){0,3}";
const US_TAIL = `(?:, ${CITY}(?:, ?| )([A-Z]{2})(?: \\d{5}(?:-\\d{4})?| [A-Z]\\d[A-Z] ?\\d[A-Z]\\d)?(?![\\w-]))`;
const UK_TAIL = `(?:, ${CITY}(?=,? [A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b))`;
// An Australian suburb, state and postcode (`, Sydney NSW 2000`, `, Toorak VIC 3142`).
const AU_TAIL = `(?:, ${CITY} (?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT) \\d{4}(?![\\w-]))`;
// The Australian tail first: a US tail takes any two capitals for a state (`, Perth WA` without its `6000`).
const LINE_TAIL = new RegExp(`${POST_DIRECTIONAL}${UNIT}(?:${AU_TAIL}|${US_TAIL}|${UK_TAIL})?`, 'y');
const LINE_END = new RegExp(`${POST_DIRECTIONAL}${UNIT}`, 'y');

// Spanish lines name the street first and number it after: `Calle Mayor 5, 3º B, 28013 Madrid`, `C/ Alcalá 42`,
// `Avda. de la Constitución 12`, `Plaza Mayor 1`. Name words are capitalised or particles (de, la, del, ...); the
// number ends the name (`s/n`, sin número, too) and no lower-case word follows it but after a comma (`Plaza Hotel 2 nights`), then
// maybe the floor and door and the postcode (01-52) and city. Portuguese lines are written the same way (`Rua Augusta
// 1500`, `Avenida Paulista 1578`, `Travessa do Carmo 12`, `R. da Consolação 930`), with their particles (da, do, das,
// dos) and letters (ã, õ, ç, â, ê, ô), and the flat after the number (`apto 12`, `casa 2`, `bloco B`, `sala 101`).
const ES_STREET =
  '(?:Calle|C\\/|Avda\\.?|Avenida|Av\\.|Plaza|Pza\\.|Paseo|Camino|Carretera|Ctra\\.|Ronda|Rua|R\\.|Travessa|Alameda|Estrada|Rodovia|Largo)';
const ES_CAPITAL = "[A-ZÁÉÍÓÚÑÃÕÇÂÊÔÀ][A-Za-záéíóúüñãõçâêôà'.-]{0,24}";
const ES_PARTICLE = '(?:de|del|la|las|los|el|y|da|do|das|dos|e)';
// A word of the city after the postcode: no dot, so the sentence after it is not taken (`28009 Madrid. Mi móvil`).
const ES_CITY = "[A-ZÁÉÍÓÚÑÃÕÇÂÊÔ][A-Za-záéíóúüñãõçâêô'-]{0,24}";
// The word of a Portuguese flat after the house number (`apto 12`, `casa 2`, `bloco B`, `sala 101`, `loja 3`).
const PT_FLAT_WORD = '(?:[Aa]pto?|[Aa]partamento|[Cc]asa|[Bb]loco|[Ss]ala|[Ll]oja)(?![a-z])';
const ES_LINE = new RegExp(
  `${ES_STREET} {1,2}(?:${ES_PARTICLE} ){0,3}${ES_CAPITAL}(?: (?:${ES_PARTICLE}|${ES_CAPITAL})){0,6},? ` +
    `(?:\\d{1,4}[A-Za-z]?|s\\/n)(?![\\w%€$]|[.,]\\d| (?!${PT_FLAT_WORD})[a-záéíóúñãõç])` +
    `(?:,? (?:\\d{1,2}[ºª°](?: ?[A-Za-z]{1,4}\\b| ?\\d{1,2}[ºª]?)?|[Bb]ajo(?: [A-Za-z]\\b)?|${PT_FLAT_WORD}\\.? ?[0-9A-Za-z]{1,6}(?![\\w-])))?` +
    `(?:,? (?:0[1-9]|[1-4]\\d|5[0-2])\\d{3} ${ES_CITY}(?: (?:${ES_PARTICLE} )?${ES_CITY}){0,2})?`,
  'y',
);

// Colombian lines number the street and then the nearest crossing street and the metres from it (`Carrera 7 #
// 45-12`, `Calle 100 # 15-20 Apto 502`, `Cra. 43A No. 1 Sur-100`, `Av. Calle 26 # 69-76`, `Dg 23 #45-67`): the
// kind of street (spelt out or abbreviated, `Ak` / `Ac` for an avenue that is a carrera or a calle), its number
// (a letter, `Bis`, `Sur` or `Este` after it), `#` or `No.`, the crossing's number, a dash and the metres, then
// maybe the flat, office, tower or floor. `#` or `No.` and the dash between two numbers make the shape.
const CO_STREET =
  '(?:(?:Avenida|Av\\.?) (?:Calle|Carrera|Cra\\.?|Kr\\.?|Cl\\.?)|Calle|Carrera|Cra\\.?|Kra\\.?|Kr\\.?|Cr\\.?|Cll\\.?|Cl\\.?|Diagonal|Dg\\.?|Transversal|Tv\\.?|Avenida|Av\\.?|Ak\\.?|Ac\\.?)';
const CO_NUMBER = '\\d{1,3}(?: ?[A-Z](?![A-Za-z]))?(?: ?[Bb]is)?(?: ?[A-Z](?![A-Za-z]))?(?: (?:Sur|Este))?';
const CO_UNIT =
  '(?:,? (?:[Aa]pto\\.?|[Aa]partamento|[Aa]p\\.|[Oo]f\\.?|[Oo]ficina|[Ii]nt\\.?|[Ii]nterior|[Cc]asa|[Ll]ocal|[Tt]orre|[Bb]loque|[Pp]iso|[Cc]onsultorio) ?[0-9A-Za-z]{1,6}(?![\\w-]))';
const CO_LINE = new RegExp(
  `${CO_STREET} ?${CO_NUMBER} ?(?:#|[Nn]o\\.?|N[°º]\\.?|[Nn]ro\\.?) ?${CO_NUMBER} ?- ?\\d{1,3}(?: (?:Sur|Este|Oeste))?(?![\\w-])${CO_UNIT}{0,2}`,
  'y',
);

// A post office box (its unit, city, state and ZIP are read as a street line's).
const PO_BOX = /(?:P\. ?O\.|PO|Post Office) (?:Box|BOX) \d{1,6}(?![\w-])/y;

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

/** Where a sticky regex's match at `start` ends, or -1 when it does not match there. */
function stickyAt(regex: RegExp, text: string, start: number): number {
  regex.lastIndex = start;
  return regex.test(text) ? regex.lastIndex : -1;
}

/**
 * Street lines, Spanish street lines and post office boxes, looking only at the word runs `starts` (in text order)
 * that {@link streetWordStart} admits. A suffix's line is found backwards, at most HEAD_REACH characters on the
 * same line, for the house number and name words, then forwards over the unit and the city, state and ZIP.
 */
export function* findStreetAddressesAt(text: string, starts: readonly number[]): Iterable<Candidate> {
  let reported = 0;
  // The end of the last European line: a US line may still end in it (its spans settle by the overlap rule).
  let europeanEnd = 0;
  for (const at of starts) {
    let end = at;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    const kind = streetWordKind(text, at, end);
    if ((kind & (SUFFIX_WORD | SHORT_SUFFIX_WORD)) !== 0 && at >= reported) {
      // The line's start within reach (a search back over the whole line was quadratic on a text of one line).
      let from = Math.max(reported, at - HEAD_REACH);
      let window = text.slice(from, at);
      const newline = Math.max(window.lastIndexOf('\n'), lastEscapedBreak(window));
      if (newline !== -1) {
        from += newline + 1;
        window = window.slice(newline + 1);
      }
      const head = STREET_HEAD.exec(window);
      let start = head === null ? -1 : from + head.index;
      // A SWIFT option F party's line number (`2/12 MAIN STREET`) is no unit before a slash.
      if (head !== null && swiftNumberedLine(text, start)) start += 2;
      // The window may open inside a longer number or word: the lookbehind saw only the window.
      if (
        head !== null &&
        !(start > 0 && gluedBefore(text, start) && !escapedBreakAt(text, start - 2)) &&
        !((kind & SUFFIX_WORD) === 0 && afterReferenceLabel(text, start))
      ) {
        const suffixEnd = text.charCodeAt(end) === 46 ? end + 1 : end;
        const lineStart = unitStart(text, start, reported);
        reported = lineEnd(text, suffixEnd);
        yield { start: lineStart, end: reported, score: ADDRESS_SCORE };
      }
    }
    if ((kind & SPANISH_WORD) !== 0) {
      let lineStop = stickyAt(CO_LINE, text, at);
      if (lineStop === -1) lineStop = stickyAt(ES_LINE, text, at);
      if (lineStop !== -1) yield { start: at, end: lineStop, score: ADDRESS_SCORE };
    }
    if ((kind & EUROPEAN_WORDS) !== 0) {
      for (const line of europeanLines(text, at, kind, Math.max(reported, europeanEnd))) {
        yield line;
        europeanEnd = Math.max(europeanEnd, line.end);
      }
    }
    if ((kind & BOX_WORD) !== 0) {
      const boxEnd = stickyAt(PO_BOX, text, at);
      if (boxEnd !== -1) yield { start: at, end: lineEnd(text, boxEnd), score: ADDRESS_SCORE };
    }
    // A city, state and ZIP with no street line before them (a street line's tail holds its own), or a ZIP after
    // its label.
    if ((kind & STATE_WORD) !== 0 && end + 1 >= reported) {
      const townLine = townLineStart(text, at, reported);
      if (townLine !== -1 || cityBefore(text, at)) {
        const stop = zipEnd(text, end + 1);
        const start = townLine !== -1 ? townLine : cityStart(text, at, reported, end + 1);
        yield { start, end: stop, score: ADDRESS_SCORE };
        reported = stop;
      }
    }
    if ((kind & ZIP_LABEL_WORD) !== 0) {
      const digits = zipLabelEnd(text, at, end);
      if (digits >= reported) {
        const stop = isCepLabel(text, at, end) ? cepEnd(text, digits) : zipEnd(text, digits);
        yield { start: digits, end: stop, score: ADDRESS_SCORE };
      }
    }
  }
}

/** The kinds of word that open a German, French, Italian or Dutch line or label a postcode. */
const EUROPEAN_WORDS = ITALIAN_OPENER | GERMAN_OPENER | FRENCH_KIND | STREET_SUFFIX | SMALL_OPENER_NAME | ADDRESS_LABEL;

/** The European lines (european-street-address.ts) the word at `at` opens, by its kind. */
function europeanLines(text: string, at: number, kind: number, reported: number): Candidate[] {
  if ((kind & STREET_SUFFIX) !== 0) return suffixLines(text, at, reported);
  if ((kind & FRENCH_KIND) !== 0) return frenchLines(text, at, reported);
  if ((kind & SMALL_OPENER_NAME) !== 0) return smallOpenerLines(text, at, reported);
  if (at < reported) return [];
  if ((kind & ITALIAN_OPENER) !== 0) return italianLines(text, at);
  if ((kind & GERMAN_OPENER) !== 0) return germanLines(text, at);
  return addressLabelLines(text, at);
}

/** The end of the ZIP at `at` (five digits, see fiveDigitsAt): past its `-1234` too (ZIP+4). */
function zipEnd(text: string, at: number): number {
  const plusFour = /^-\d{4}(?![\w-])/.test(text.slice(at + 5, at + 11));
  return plusFour ? at + 10 : at + 5;
}

// A city and a comma right before a state abbreviation: `Springfield, ` in `Springfield, IL 62704`.
const CITY_BEFORE_STATE = /(?:^|[^\w]|\\[nrt])[A-Z][A-Za-z.'-]{1,24}(?: [A-Z][A-Za-z.'-]{1,24}){0,3}, ?$/;

// An address block's town line with no comma before its state (`CHICAGO IL 60613-2819`, as a statement prints it):
// the line break right after a street line, maybe its indent, then one to four capitalised words and a space.
const TOWN_LINE_BEFORE_STATE = /^(?:\r?\n|\\n)[ \t]{0,16}([A-Z][A-Za-z.'-]{1,24}(?: [A-Z][A-Za-z.'-]{1,24}){0,3}) $/;

/**
 * Where the town line before the state at `at` starts, when it is the line right after the last reported street
 * line (`reported`, its end); -1 otherwise (a line of its own after no street, `REF CA 94043`, is no town's).
 */
function townLineStart(text: string, at: number, reported: number): number {
  if (reported === 0 || at - reported > CITY_REACH) return -1;
  const line = TOWN_LINE_BEFORE_STATE.exec(text.slice(reported, at));
  return line === null ? -1 : at - (line[1] as string).length - 1;
}

/** Whether a city and a comma come right before the state abbreviation at `at` (so `Ref CA 94043` is no ZIP). */
function cityBefore(text: string, at: number): boolean {
  return CITY_BEFORE_STATE.test(text.slice(Math.max(0, at - CITY_REACH), at));
}

/** How far back from a state the city before it may start (CITY_BEFORE_STATE: four words and a comma). */
const CITY_REACH = 110;

// The city's own words before the state: one to four, capitalised (`Mountain View`, `Winston-Salem`) or a dotted
// abbreviation (`St. Louis`, `Mt. Pleasant`), so that a sentence's last word (`Thanks. Brooklyn, NY`) is not taken.
const CITY_WORD = "(?:(?:St|Ste|Ft|Mt|Pt)\\.|[A-Z][A-Za-z'-]{1,24})";
const CITY_NAME = new RegExp(`(?<=^|[^\\w.'\\\\-]|\\\\[nrt])${CITY_WORD}(?: ${CITY_WORD}){0,3}, ?$`);

/**
 * Where the city before the state at `at` starts (CITY_NAME, within CITY_REACH and after the last reported line),
 * or `zip` (the ZIP alone) when its words are not a city's: the city is a subdivision smaller than a state, an
 * identifier as much as the ZIP.
 */
function cityStart(text: string, at: number, reported: number, zip: number): number {
  const from = Math.max(0, reported, at - CITY_REACH);
  const city = CITY_NAME.exec(text.slice(from, at));
  if (city === null || (city.index === 0 && from > reported && isWordCode(text.charCodeAt(from - 1)))) return zip;
  const start = from + city.index;
  return holdsSuffix(city[0]) ? streetStartBefore(text, start, reported) : start;
}

/** Whether one of `words` (a city's, split at spaces) is a street suffix (`Oak St Springfield`). */
function holdsSuffix(words: string): boolean {
  for (const word of words.replace(/,? ?$/, '').split(' ')) {
    const kinds = WORDS_BY_SHAPE.get((word.charCodeAt(0) << 4) | word.length)?.find(([listed]) => listed === word);
    if (kinds !== undefined && (kinds[1] & (SUFFIX_WORD | SHORT_SUFFIX_WORD)) !== 0) return true;
  }
  return false;
}

// A house number and a space right before a city's words (see STREET_HEAD).
const HOUSE_NUMBER_BEFORE = new RegExp(`(?<![\\w.,$€£#/-]|\\d:)${HOUSE_NUMBER} $`);

/**
 * Where the street line starts whose words, with no comma after the suffix, the city regex took as the city's
 * (`12 Oak St Springfield, IL 62704`): at its house number, so that the number is not left out of the line; at
 * `start` when no house number comes right before.
 */
function streetStartBefore(text: string, start: number, reported: number): number {
  const from = Math.max(0, reported, start - 20);
  const head = HOUSE_NUMBER_BEFORE.exec(text.slice(from, start));
  if (head === null) return start;
  const number = from + head.index;
  const glued = number > 0 && gluedBefore(text, number) && !escapedBreakAt(text, number - 2);
  return glued ? start : number;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const LETTER_RUN = /[A-Za-z_]{1,40}/g;

/**
 * The same candidates over the whole text (a custom copy of the recognizer, which the word-run pass does not
 * start): every whole word of letters that {@link streetWordStart} admits.
 */
export function findStreetAddresses(text: string): Iterable<Candidate> {
  const starts: number[] = [];
  LETTER_RUN.lastIndex = 0;
  for (let run = LETTER_RUN.exec(text); run !== null; run = LETTER_RUN.exec(text)) {
    const end = run.index + run[0].length;
    // A word run: not the letters before a digit (`St2`), nor after one, nor part of a longer run.
    if (isWordCode(text.charCodeAt(run.index - 1)) || isWordCode(text.charCodeAt(end))) continue;
    if (streetWordStart(text, run.index, end)) starts.push(run.index);
  }
  return findStreetAddressesAt(text, starts);
}

function isWordCode(code: number): boolean {
  return isAlnum(code) || code === 95;
}

/**
 * LOCATION: a street line (US, Canadian, British, Spanish) or a post office box, with its city, state and ZIP; a
 * city, state and ZIP; a ZIP under its label.
 */
export const streetAddressRecognizer: Recognizer = {
  name: 'street-address',
  entity: 'LOCATION',
  category: 'PERSONAL',
  // No triggers: the finder runs only where the word-run pass saw a suffix or opener (FINDER_STARTS).
  find: findStreetAddresses,
  description:
    'a street line: house number, 1-5 name words, a USPS Publication 28 suffix (Street, Ave, Blvd, Rd., ...), unit, city, state and ZIP; Spanish lines (Calle Mayor 5, 3º B, 28013 Madrid); Colombian lines (Carrera 7 # 45-12); PO boxes; a city, state and ZIP (Springfield, IL 62704); a ZIP after a ZIP / postal label',
};
