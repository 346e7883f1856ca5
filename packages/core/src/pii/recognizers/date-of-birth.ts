import { datePartOfWord, prefixedDatePart } from '../birth-date-parts.js';
import { findColumnCells } from '../column-cells.js';
import {
  type Candidate,
  CONTEXT_BOOST,
  type DigitRun,
  type Recognizer,
  type RecognizerPattern,
} from '../recognizer.js';
import { isAlnum, standsAlone } from '../validators/boundaries.js';
import { hl7FieldEnds, inHl7BirthDateField } from './hl7.js';

export const MONTHS_EN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const MONTHS_ES =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
// Month names longer than their three-letter abbreviation, English and Spanish.
const MONTHS_LONG =
  'sept(?:ember)?|january|february|march|april|june|july|august|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
// Three-letter abbreviations, English and the Spanish ones that differ.
const MONTHS_SHORT = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic';
const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  // Spanish abbreviations of DD-Mon-YYYY that differ from the English ones.
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

const ALL_DIGITS = /^\d+$/;
// The value of dateOfBirthFieldRecognizer's pattern: an ISO date.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function plausible(year: number, month: number, day: number): boolean {
  if (year < 100) year += year > 30 ? 1900 : 2000;
  if (year < 1900 || year > 2030 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the YYYYMMDD at the start of `value` (an HL7 or X12 date, a compact run) is an existing date. */
export function compactDateValid(value: string): boolean {
  return plausible(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)));
}

/** Whether YYMMDD (a passport zone's birth date) names an existing day, of either century. */
export function shortDateValid(value: string): boolean {
  return (
    /^\d{6}$/.test(value) && plausible(Number(value.slice(0, 2)), Number(value.slice(2, 4)), Number(value.slice(4, 6)))
  );
}

/** Whether DDMMMYY (`14MAR87`, an airline's) names an existing day. */
export function dayMonthYearValid(value: string): boolean {
  return plausible(Number(value.slice(5, 7)), monthOf(value.slice(2, 5)), Number(value.slice(0, 2)));
}

function monthOf(word: string): number {
  const lower = word.toLowerCase();
  return MONTH_NUMBER[lower] ?? MONTH_NUMBER[lower.slice(0, 3)] ?? 0;
}

/** Reads the date in any of the recognizer's layouts and checks that it exists. */
export function dateValid(text: string): boolean {
  // `1985\tMar\t14`: the layouts read tabs and runs of spaces as one space.
  const value = text.replace(/[ \t]+/g, ' ');
  let parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (parts) return plausible(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  parts = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(value);
  if (parts) {
    const [first, second, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    // Month-first (US) or day-first (rest of the world): either reading may be meant.
    return plausible(year, first, second) || plausible(year, second, first);
  }
  parts = /^(\d{1,2})(?:st|nd|rd|th|º|°)?\s+(?:de\s+|of\s+)?([A-Za-zé]+)\.?,?\s+(?:de\s+|del\s+)?(\d{4}|\d{2})$/i.exec(
    value,
  );
  if (parts) return plausible(Number(parts[3]), monthOf(parts[2] as string), Number(parts[1]));
  parts = /^(\d{1,2})([-/]?)([A-Za-z]{3,10})\2(\d{4}|\d{2})$/.exec(value);
  if (parts) return plausible(Number(parts[4]), monthOf(parts[3] as string), Number(parts[1]));
  parts = /^(\d{4})([-/ ])([A-Za-z]{3,10})\.?\2(\d{1,2})$/.exec(value);
  if (parts) return plausible(Number(parts[1]), monthOf(parts[3] as string), Number(parts[4]));
  parts = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(value);
  if (parts) return plausible(Number(parts[3]), monthOf(parts[1] as string), Number(parts[2]));
  parts = /^(\d{4})[年년] ?(\d{1,2})[月월] ?(\d{1,2})[日일]$/.exec(value);
  if (parts) return plausible(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  return false;
}

/** `1985-03-14T00:00:00Z`: an ISO date standing alone on its left, followed by midnight (`T00:00`). */
function isoDateThenTime(text: string, start: number, end: number): boolean {
  const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
  return text.charCodeAt(start + 4) === 45 && text.startsWith('T00:00', end) && (previous === -1 || !isAlnum(previous));
}

// The value of FHIR's valueDateTime, in JSON (escaped too) or XML.
const VALUE_DATE_TIME = /valueDateTime\\?"[ \t]*:[ \t]*\\?"$|<valueDateTime[ \t]+value="$/;

/**
 * Whether the value at `start` is the valueDateTime of a patient-birthTime extension: the extension's url before
 * it in the same JSON object or XML element, as FHIR writes it (`{"url": "…/patient-birthTime", "valueDateTime":
 * "1985-03-14T08:30:00-05:00"}`), at most 64 characters back.
 */
function fhirBirthTime(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 64), start);
  if (!VALUE_DATE_TIME.test(before)) return false;
  const url = before.lastIndexOf('patient-birthTime');
  return url !== -1 && !/[{}]/.test(before.slice(url));
}

// Field names (letters only, lower case) that name a birth date, as the last word of a key: `dob`, `patientDOB`,
// `birthDate`, `date_of_birth`, `Date of Birth`, `fecha_nacimiento`, `FechaDeNacimiento`.
const BIRTH_KEY =
  /(?:dob|birth|birthdate|birthday|birthtime|birthdatetime|born|nacimiento|cumpleaños|生年月日|出生日期|생년월일)$/;
// Characters of a key: letters (Spanish ones too), digits, `_`, `.`, `-`.
const KEY_CHAR = /[\p{L}\d_.-]/u;

/**
 * Whether a birth-date key names the value at `start`: `dob=`, `DOB: `, `"birthDate": "`, `<dob>`,
 * `fecha_nacimiento=`, `Date of Birth 19850314` (the key's last word, then `=`, `:` or `>`, or a space, with
 * quotes and spaces around). A context word nearby is not enough for a bare YYYYMMDD.
 */
function birthKeyBefore(text: string, start: number): boolean {
  let index = start - 1;
  const floor = Math.max(0, start - 64);
  let separators = 0;
  let spaced = false;
  for (; index >= floor && separators < 6; index--, separators++) {
    const char = text[index] as string;
    if (char === ' ' || char === '\t') spaced = true;
    else if (char !== '"' && char !== "'" && char !== '=' && char !== ':' && char !== '>') break;
  }
  if (separators === 0 || (!spaced && !/[=:>]/.test(text.slice(index + 1, start)))) return false;
  let key = '';
  for (; index >= floor && KEY_CHAR.test(text[index] as string); index--) key = (text[index] as string) + key;
  // A label of two words (`Birth Date 19850314`, `patient birth date: …`, as a field's label reads `birthDate`;
  // `birth time`, as it reads FHIR's `birthTime` extension).
  const last = key.toLowerCase();
  if ((last === 'date' || last === 'time') && text[index] === ' ') {
    for (index--; index >= floor && KEY_CHAR.test(text[index] as string); index--) key = (text[index] as string) + key;
  }
  return BIRTH_KEY.test(key.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/** `HH`, `HHMM` or `HHMMSS` of an HL7 timestamp after its date (or nothing). */
function timeValid(time: string): boolean {
  if (time.length % 2 === 1) return false;
  const [hours, minutes, seconds] = [time.slice(0, 2), time.slice(2, 4), time.slice(4, 6)].map(Number);
  return (hours as number) < 24 && (minutes ?? 0) < 60 && (seconds ?? 0) < 60;
}

/**
 * A run of 8 to 14 digits: YYYYMMDD, an existing date, under a birth-date key (`dob=19850314`), or the birth-date
 * field of an HL7 v2 segment (PID-7, NK1-16, GT1-8), there with a time maybe (`198503141230`, `19850314123000`,
 * then `.0000` or `-0500`). Anywhere else eight digits are order ids, builds and log dates (`date=20240314`).
 */
function compactBirthDate(value: string, text: string, start: number, end: number): number | false {
  if (!compactDateValid(value)) return false;
  if (value.length === 8 && standsAlone(text, start, end) && birthKeyBefore(text, start)) return 0.85;
  return hl7TimestampIn(value, text, start, end, inHl7BirthDateField) ? 0.85 : false;
}

/**
 * Whether a run of 8 to 14 digits is an HL7 v2 timestamp filling a field that `inField` accepts: an existing date
 * YYYYMMDD, maybe a time (`198503141230`, `19850314123000`), then the field's end, or `.0000` or `-0500`.
 */
export function hl7TimestampIn(
  value: string,
  text: string,
  start: number,
  end: number,
  inField: (text: string, start: number) => boolean,
): boolean {
  if (!compactDateValid(value)) return false;
  if (!timeValid(value.slice(8)) || !inField(text, start)) return false;
  const next = text.charCodeAt(end);
  return hl7FieldEnds(text, end) || next === 46 || next === 43 || next === 45;
}

/**
 * DATE_OF_BIRTH: a real calendar date next to a birth word (dates alone are not personal data); a bare YYYYMMDD
 * only under a birth-date key or in an HL7 v2 birth-date field.
 */
// The birth words of the context, as the windows around a date may hold them (`nació`, `nacida`, `nacidos`; not
// `nacional`).
const BIRTH_WORD = /dob|d\.o\.b|birth|born|nacimiento|naci(?:ó|o\b|d[oa]s?\b)|nací|cumplea/gi;
// The key of another field: `, "lastVisit":`, ` signup=`, `; hired:`.
const OTHER_KEY = /[,;&\s]["']?[A-Za-z_][\w-]{0,40}["']?[ \t]{0,4}[:=]/;
// The rest of a birth word's own two-word label, `birth date:` (how a `birthDate` or `Birth Date` key reads) and
// `born on:` (Duffel's `born_on`), which OTHER_KEY would otherwise take for another field's key `date:` or `on:`.
const OWN_LABEL_REST = /^[ \t](?:date|on)["']?[ \t]{0,4}[:=]/i;
// A date or a year in prose: `1985`, `1985-03-14`, `03/14/1985`, `3.4.85`.
const DATE_OR_YEAR = /\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|(?<![\w.])(?:1[89]|20)\d\d(?![\w.])/g;
// The end of a clause in prose: `;` (not an HTML entity's), `!`, `?`, a sentence's full stop (after a word of
// three lower-case letters or more, or after a digit, and before a capital: `Madrid. Joined`, `born 1960. On`, not
// `St. Louis` or `Mass. on`), or a conjunction before a verb, not right after the birth word (`and joined`, `and was
// hired`, `y se casó`, `y trabajó`; not `born to John and Mary`, `born and raised`), or a comma before such a verb,
// not right after the birth word (`born in Madrid, joined on`, `nació en Madrid, se mudó el`; not `born, raised in`,
// nor the verbs of a birth's own record: `born at home, delivered by`, `born in Ohio, baptized on`).
const CLAUSE_END =
  /(?<!&#?\w{1,8});\s|[!?]\s|(?:[a-z]{3}|\d)\.\s+[A-Z]|(?<=\S)\s(?:and|but|then)\s+(?:was|were|is|has|had|became|[a-z]+ed)\s|(?<=\S)\sy\s+(?:se|fue|[a-zñ]+ó)\s|(?<=\S),\s+(?:later\s+|then\s+)?(?!(?:delivered|baptized|baptised|christened|named|registered)\s)(?:was|were|became|[a-z]{2,}ed)\s|(?<=\S),\s+(?:se|fue|[a-zñ]{2,}ó)\s/;
// How far after a birth word its own date may be (`born in Madrid on 1985-03-14`).
const OWN_DATE_REACH = 32;
// The label of another date right before the date, as prose and forms write it without a key's `:` (`born in
// Madrid, hire date March 3, 2020`, `passport issued March 3, 2020`, `member since …`, `fecha de alta 3 de marzo`):
// an event's noun before `date` (`hire date`, `start date`), `date of` an event (`date of hire`), an event's verb or
// word (`joined`, `issued`, `expiry`, `valid until`), then maybe `on` / `of` / `el` and punctuation. Not `birth date`
// (the birth word itself), nor `due date` (a birth's own: `born on her due date, March 3, 1990`).
const OTHER_DATE_LABEL = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F])(?:${[
    '(?:hire|hiring|start|starting|end|join|joining|issue|issuance|expiry|expiration|admission|discharge|visit|appointment|death|wedding|marriage|graduation|effective|termination|separation|release|renewal|enrol(?:l)?ment|sign[ _-]?up|service|arrival|departure|payment|order|delivery|shipping|invoice|exam|contract|employment|retirement|surgery|vaccination|review|closing|entry)[ _-]?date',
    'date[ _-]of[ _-](?:hire|hiring|joining|death|issue|expiry|expiration|admission|discharge|marriage|service|employment|visit|arrival|departure|payment|termination|separation|graduation|entry)',
    'joined|hired|started|issued|expires|expired|expiring|expiry|expiration|renewed|married|died|deceased|graduated|admitted|discharged|enrolled|terminated|effective|since|until|valid[ _-](?:until|through|thru|to|from)',
    'fecha[ _-]de[ _-](?:alta|baja|ingreso|inicio|fin|emisi[oó]n|expedici[oó]n|vencimiento|caducidad|contrataci[oó]n|defunci[oó]n|boda|matrimonio|llegada|salida|pago|vigencia)',
    'emitid[oa]|expedid[oa]|vence|caduca|expira|v[aá]lid[oa][ _-]hasta',
  ].join('|')})(?:[ \\t]+(?:on|of|is|was|el|de))?[\\s:=,.'"()-]*$`,
  'i',
);
// Before such a label, `on` (`el`) and words with no punctuation between make it the birth's own date (`born on his
// start date, …`, `born on the day they married, …`); a comma between keeps it a label (`born in Madrid on a
// farm, hire date …`).
const ON_LABEL = /(?<![\p{L}])(?:on|el)[ \t]+[^,;:.()\n]*$/iu;

/**
 * Whether the text between a birth word and a date (`gap`) ends with another date's label: the date is that
 * field's (`born in Madrid, hire date March 3, 2020`), unless `on` makes it the birth's own.
 */
function anotherDateLabel(gap: string): boolean {
  const label = OTHER_DATE_LABEL.exec(gap);
  return label !== null && !ON_LABEL.test(gap.slice(0, label.index));
}

/**
 * Whether prose between a birth word and a date cuts them apart: a line of prose whose clause ends between them,
 * or that holds another date or year (`born 1985, joined on March 3, 2020`: the word has its date, the nearest
 * after it). A date or year that the candidate repeats (`DOB (1985): 03/04/1985`) cuts nothing. Across a line
 * break only another field's key counts: a table's rows hold their own dates (see birthWordOfAnotherField).
 */
function cutApart(gap: string, value: string): boolean {
  if (gap.includes('\n')) return false;
  if (CLAUSE_END.test(gap)) return true;
  DATE_OR_YEAR.lastIndex = 0;
  for (let match = DATE_OR_YEAR.exec(gap); match !== null; match = DATE_OR_YEAR.exec(gap)) {
    if (!value.includes(match[0])) return true;
  }
  return false;
}

// A question about the birth date and the answer on the next turn (`Can you confirm your date of birth?\nCaller: the
// 4th of July 1971`): the speaker's label is no other field's key. The date reached the model.
const ANSWER_AFTER_QUESTION =
  /^[^\n]{0,40}\?[ \t]*\r?\n[ \t]*[A-Z][\w .'-]{0,24}:[ \t]*(?:(?:it'?s|it is|the|sure|yes|yeah|um|uh)[ \t,]+){0,3}$/i;

/**
 * Whether the birth words around the date (in the context windows: 48 characters before, 20 after within its
 * field) all belong to other dates, so that none of them makes this one a birth date. A birth word belongs to the
 * nearest date after it in its clause, and its reach ends at another field's key (`{"birthDate": "1985-03-14",
 * "lastVisit": "2024-03-01"}`, `dob=1985-03-14 signup=2024-03-14`), another date (`born 1985, joined on March 3,
 * 2020`) or the clause's end (`born in Madrid. Joined on March 3, 2020`). A birth word after the date names it
 * when it has no date of its own (`03/04/1985 (DOB)`, not `joined on March 3, 2020 and born in 1985`). Without any
 * birth word nearby, the context lookup decides (a table's header may name the column).
 */
function birthWordOfAnotherField(text: string, value: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 48);
  // After the date, as the context lookup reads it: 20 characters, to the end of its field.
  const limit = Math.min(text.length, end + 20);
  let stop = end;
  while (stop < limit && !endsField(text.charCodeAt(stop))) stop++;
  // Both windows and the date in one string: most dates have no birth word near, and one search tells.
  const window = text.slice(from, stop);
  BIRTH_WORD.lastIndex = 0;
  let match = BIRTH_WORD.exec(window);
  if (match === null) return false;
  const dateStart = start - from;
  const dateEnd = end - from;
  let after = -1;
  let event = false;
  for (; match !== null && match.index < dateStart; match = BIRTH_WORD.exec(window)) {
    after = match.index + match[0].length;
    event = birthdayEvent(window, match.index, after);
  }
  if (after !== -1 && after <= dateStart && !event) {
    let gap = window.slice(after, dateStart);
    const ownLabel = OWN_LABEL_REST.exec(gap);
    if (ownLabel !== null) gap = gap.slice(ownLabel[0].length);
    if (ANSWER_AFTER_QUESTION.test(gap)) return false;
    if (!OTHER_KEY.test(gap) && !cutApart(gap, value) && !anotherDateLabel(gap)) return false;
  }
  // The first birth word after the date (not one inside it).
  while (match !== null && match.index < dateEnd) match = BIRTH_WORD.exec(window);
  if (match === null) return after !== -1;
  const wordEnd = from + match.index + match[0].length;
  if (birthdayEvent(window, match.index, wordEnd - from)) return true;
  if (cutApart(window.slice(dateEnd, match.index), value)) return true;
  // The word's own date: after it in its clause (`and born in 1985`).
  let clause = text.slice(wordEnd, Math.min(text.length, wordEnd + OWN_DATE_REACH));
  const cut = clause.search(/[\n;,]/);
  if (cut !== -1) clause = clause.slice(0, cut);
  DATE_OR_YEAR.lastIndex = 0;
  return DATE_OR_YEAR.test(clause);
}

// What a birthday names when it is an event, not a birth date: `birthday party`, `birthday dinner on`, `fiesta de
// cumpleaños`, `cena de su cumpleaños`.
const BIRTHDAY_EVENT_AFTER =
  /^days?(?:'s)?[ \t]+(?:party|parties|celebrations?|dinner|lunch|brunch|bash|cake|gifts?|presents?|cards?|trip|event|drinks|sale|week|weekend)\b/i;
const BIRTHDAY_EVENT_BEFORE =
  /(?:fiesta|celebración|cena|comida|almuerzo|regalo|tarta|pastel)[ \t]+de(?:l)?[ \t]+(?:(?:su|mi|tu|nuestro)[ \t]+)?$/i;

/**
 * Whether the birth word at [start, end) of `text` is a birthday as an event (`birthday party on March 3, 2024`,
 * `fiesta de cumpleaños el 3 de marzo de 2024`): its date is the event's, not a birth date. Only the words next
 * to it tell: `her birthday is March 3, 1985` and a baby's `born on March 3, 2024` are birth dates.
 */
function birthdayEvent(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (word === 'birth') return BIRTHDAY_EVENT_AFTER.test(text.slice(end, end + 40));
  if (word === 'cumplea') return BIRTHDAY_EVENT_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  return false;
}

/** `,` `;` `|` `&`, tab, line feed, carriage return: where the context after a value ends (see hasContext). */
function endsField(code: number): boolean {
  return code === 44 || code === 59 || code === 124 || code === 38 || code === 9 || code === 10 || code === 13;
}

/**
 * `b. 03/04/1985`, `(b. March 3, 1985)`: the abbreviation of born, lower case, standing alone right before the
 * date. Too short a word to be a context word (`b.` anywhere in the window would be any list's second item), and
 * `Exhibit B. 03/04/2024` is a label.
 */
function bornAbbreviationBefore(text: string, start: number): boolean {
  let index = start - 1;
  if (text.charCodeAt(index) !== 32) return false;
  if (text.charCodeAt(index - 1) === 32) index--;
  if (text.charCodeAt(index - 1) !== 46 || text.charCodeAt(index - 2) !== 98) return false;
  const previous = index >= 3 ? text.charCodeAt(index - 3) : -1;
  return previous === -1 || !(isAlnum(previous) || previous === 46);
}

// After a date, its subject (a few words) and a verb of birth: `, she was born`, `, our daughter Emma was born`, `
// nació`, `, nacieron los gemelos`. Not a relative clause (`, I met a man who was born`): the birth is another's.
const BORN_LATER =
  /^,?[ \t]+(?:(?!(?:who|that|which|whom|whose|que|quien)[ \t])[\p{L}'’-]+[ \t]+){0,4}(?:(?:was|were|is|got|been)[ \t]+born\b|(?:nació|nací|nacimos|nacieron)(?![\p{L}]))/iu;

/**
 * Whether the date's clause goes on to say a birth (`On March 3, 1985, she was born in Ohio`, `El 3 de marzo de
 * 1985 nació Ana`): the context after a value ends at its field's `,`, so the window never sees that `born`.
 * birthWordOfAnotherField already gave the birth word to a date of its own when it has one (`born in 1985`).
 */
function bornLater(text: string, end: number): boolean {
  const match = BORN_LATER.exec(text.slice(end, end + 48));
  if (match === null) return false;
  // The birth word's own date: after it in its clause (`On March 3, 2020, she said she was born in 1985`).
  const wordEnd = end + match[0].length;
  let clause = text.slice(wordEnd, Math.min(text.length, wordEnd + OWN_DATE_REACH));
  const cut = clause.search(/[\n;,]/);
  if (cut !== -1) clause = clause.slice(0, cut);
  DATE_OR_YEAR.lastIndex = 0;
  return !DATE_OR_YEAR.test(clause);
}

/**
 * The calendar-date layouts the birth-date and clinical-date recognizers read (one windowed regex each, shared by
 * both: the scanner runs a regex once for all its recognizers).
 */
export const CALENDAR_DATE_PATTERNS: readonly RecognizerPattern[] = [
  // An ISO date may go on with midnight (`1985-03-14T00:00:00.000Z`: how JSON writes a date-only Date); other
  // times are events (log timestamps), not birth dates (but see dateOfBirthTimeRecognizer).
  {
    regex: /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?=T00:00|\b)|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b)/g,
    score: 0.2,
  },
  // A month in words between spaces: `14 March 1985`, `14 Mar 85`, `5 de marzo de 1990`, `3 dic. 1985`,
  // `1º de marzo de 1985`, `3rd of March, 1985`, `March 14, 1985`, and year first on one line, `1985 March 14`
  // (not a log's `2024 Mar 14 10:22:01`).
  {
    regex: new RegExp(
      `\\b(?:\\d{1,2}(?:(?:st|nd|rd|th)\\s(?:of\\s|de\\s)?|[º°]?\\s(?:de\\s)?)(?:${MONTHS_EN}|${MONTHS_ES}|ene|abr|ago|dic)\\.?,?\\s(?:de\\s|del\\s)?(?:\\d{4}|\\d{2})|(?:${MONTHS_EN})\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}|\\d{4}[ \\t](?:${MONTHS_EN}|${MONTHS_ES})\\.?[ \\t]\\d{1,2}\\b(?![ \\t]+\\d{1,2}:\\d))\\b`,
      'gi',
    ),
    score: 0.2,
  },
  // A month in words between dashes or slashes, the same separator twice: `14-Mar-1985`, `14/MAR/85` (Oracle's
  // DD-MON-YY), `14-March-1985`, `14-Sept-1985`, `3/dic/1990`, and year first, `1985-Mar-14`; or glued, as
  // passports and military records print it: `14MAR1985`, `14MAR85`. English or Spanish. Not followed by `:`
  // and a digit: `22/Nov/2026:07:58:34` is an access log's time.
  {
    regex: new RegExp(
      `\\b(?:\\d{1,2}([-/])(?:${MONTHS_SHORT}|${MONTHS_LONG})\\1(?:\\d{4}|\\d{2})|\\d{4}([-/])(?:${MONTHS_SHORT}|${MONTHS_LONG})\\2\\d{1,2}|\\d{1,2}(?:${MONTHS_SHORT})(?:\\d{4}|\\d{2}))\\b(?!:\\d)`,
      'gi',
    ),
    score: 0.2,
  },
  // Chinese, Japanese and Korean: year, month and day each followed by its sign, `1985年3月12日`, `1985년 3월 12일`.
  {
    regex:
      /\b(?:19|20)\d{2}(?:年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日|년 ?(?:0?[1-9]|1[0-2])월 ?(?:0?[1-9]|[12]\d|3[01])일)/g,
    score: 0.2,
  },
];

/** YYYYMMDD, maybe with an HL7 time: 1900-2030 only, so a digit run's first digit is 1 or 2 (see hl7TimestampIn). */
export const COMPACT_DATE_RUNS: readonly DigitRun[] = [{ min: 8, max: 14, first: '12', score: 0.2 }];

export const dateOfBirthRecognizer: Recognizer = {
  name: 'date-of-birth',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  patterns: CALENDAR_DATE_PATTERNS,
  digitRuns: COMPACT_DATE_RUNS,
  validate: (value, { text, start, end }) => {
    if (ALL_DIGITS.test(value)) return compactBirthDate(value, text, start, end);
    if (!(standsAlone(text, start, end, '') || isoDateThenTime(text, start, end)) || !dateValid(value)) return false;
    // `b. 03/04/1985` scores as a date with a birth word near.
    if (bornAbbreviationBefore(text, start)) return 0.2 + CONTEXT_BOOST;
    if (birthWordOfAnotherField(text, value, start, end)) return false;
    // `On March 3, 1985, she was born`: scores as a date with a birth word near.
    return bornLater(text, end) ? 0.2 + CONTEXT_BOOST : true;
  },
  context: {
    // English, and the birth-date words of German, French, Italian, Portuguese, Dutch, Polish, Turkish and Nordic
    // records.
    en: [
      'dob',
      'd.o.b',
      'date of birth',
      'birth date',
      'birthdate',
      'birthday',
      'born',
      'birth',
      'geburtsdatum',
      'geboren',
      'date de naissance',
      'naissance',
      'data di nascita',
      'nascita',
      'data de nascimento',
      'nascimento',
      'geboortedatum',
      'data urodzenia',
      // Short forms before a date in letters and records: `geb. 03.02.1975`, `né le 12/06/1948`, `nata il …`.
      'geb.',
      'né le',
      'née le',
      'nato il',
      'nata il',
      'nascido em',
      'nascida em',
      // Turkish and Scandinavian labels.
      'doğum tarihi',
      'dogum tarihi',
      'fødselsdato',
      'födelsedatum',
      'syntymäaika',
    ],
    es: [
      'fecha de nacimiento',
      'fecha nacimiento',
      'fecha nac',
      'nacimiento',
      'nacido',
      'nacida',
      'nací',
      'nació',
      'fecha de nac',
      'f. nac',
      'fec. nac',
      'cumpleaños',
    ],
    // Chinese, Japanese and Korean words count wherever they stand (see compileContext); Russian, Arabic, Hebrew.
    zh: ['出生', '生日'],
    ja: ['生年月日', '誕生日', '生まれ'],
    ko: ['생년월일', '생일'],
    ru: ['дата рождения', 'д.р.', 'родился', 'родилась', 'день рождения'],
    ar: ['تاريخ الميلاد', 'تاريخ الولادة'],
    he: ['תאריך לידה'],
  },
  description:
    'existing calendar dates (ISO, US, European, written months in English/Spanish, CJK year-month-day) near a birth word; YYYYMMDD under a birth-date key or in HL7 PID-7',
};

// Words every birth-date column header holds (dob, birth_date, Date of Birth, fecha_nacimiento, born).
const BIRTH_HEADER_WORDS = /dob|birth|nacimiento|cumplea|born/gi;

/** Whether a column header (as columnName spells it, lower-cased) names a birth date by its last word, as keys do. */
function birthColumn(header: string): boolean {
  return BIRTH_KEY.test(header.replace(/[^\p{L}]/gu, ''));
}

// Words every birth-date key holds, to find the keys of date objects.
const BIRTH_KEY_WORDS = /dob|birth|nacimiento|cumplea|born/gi;

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** After an optional backslash, a quote (`"`, `'`) at `index`: the index past it, or `index`. */
function skipQuote(text: string, index: number): number {
  const at = text.charCodeAt(index) === 92 ? index + 1 : index;
  const code = text.charCodeAt(at);
  return code === 34 || code === 39 ? at + 1 : index;
}

/** After blanks, `:`, `=` or `=>`, then blanks: the index past them, or -1 when no such separator is there. */
function skipKeySeparator(text: string, index: number): number {
  while (isBlank(text.charCodeAt(index))) index++;
  const code = text.charCodeAt(index);
  if (code !== 58 && code !== 61) return -1;
  index++;
  if (code === 61 && text.charCodeAt(index) === 62) index++;
  while (isBlank(text.charCodeAt(index))) index++;
  return index;
}

/**
 * One `key: value` part of a birth-date object at `index`: `"day": 3`, `'month': '04'`, `year: 1985`, quotes
 * escaped or not. Fills `parts` (the value's [start, end] by part) and returns the index past the value, or -1.
 */
function readPart(text: string, index: number, parts: ([number, number] | undefined)[]): number {
  let at = skipQuote(text, index);
  const keyStart = at;
  while (at - keyStart < 5 && /\p{L}/u.test(text[at] ?? '')) at++;
  const part = datePartOfWord(text.slice(keyStart, at));
  if (part === undefined || parts[part] !== undefined) return -1;
  return readPartValue(text, skipQuote(text, at), part, parts);
}

/**
 * The separator and the value of a part after its key (and the key's closing quote) at `index`: `: 3`, `=
 * "04"`, `=>1985`, quotes escaped or not. Fills `parts` and returns the index past the value, or -1.
 */
function readPartValue(text: string, index: number, part: number, parts: ([number, number] | undefined)[]): number {
  const at = skipKeySeparator(text, index);
  if (at === -1) return -1;
  const quoted = skipQuote(text, at);
  const valueStart = quoted;
  let valueEnd = valueStart;
  while (valueEnd - valueStart < 5 && text.charCodeAt(valueEnd) >= 48 && text.charCodeAt(valueEnd) <= 57) valueEnd++;
  const length = valueEnd - valueStart;
  if (part === 2 ? length !== 4 : length < 1 || length > 2) return -1;
  if (isKeyChar(text, valueEnd)) return -1;
  parts[part] = [valueStart, valueEnd];
  return quoted === at ? valueEnd : skipQuote(text, valueEnd) === valueEnd ? -1 : skipQuote(text, valueEnd);
}

// At most this many entries in a birth-date object, its parts and other keys (`"source": "manual"`).
const MAX_ENTRIES = 12;
// At most this many characters in another entry's key or quoted value, and in a nested object or list.
const MAX_OTHER_LENGTH = 256;
const MAX_NESTED_LENGTH = 1024;

/** The part (0 day, 1 month, 2 year) a key at `index` names, quoted or not, as a whole word: or undefined. */
function partKeyAt(text: string, index: number): number | undefined {
  const keyStart = skipQuote(text, index);
  let at = keyStart;
  while (at - keyStart < 5 && /\p{L}/u.test(text[at] ?? '')) at++;
  if (isKeyChar(text, at)) return undefined;
  return datePartOfWord(text.slice(keyStart, at));
}

/**
 * A quoted string at `index` (`"manual"`, `'x'`, `\"manual\"` in escaped JSON, whose inner escapes are doubled):
 * the index past its closing quote, or -1 (none within MAX_OTHER_LENGTH).
 */
function skipQuoted(text: string, index: number): number {
  const escaped = text.charCodeAt(index) === 92;
  let at = escaped ? index + 1 : index;
  const quote = text.charCodeAt(at);
  if (quote !== 34 && quote !== 39) return -1;
  at++;
  let innerEscape = false;
  for (const limit = Math.min(text.length, at + MAX_OTHER_LENGTH); at < limit; ) {
    // One character of the string as written, with one level of escapes undone when the string is escaped.
    let code = text.charCodeAt(at);
    if (escaped && code === 92) {
      code = text.charCodeAt(at + 1);
      at += 2;
    } else at++;
    if (code === 10 || code === 13) return -1;
    if (innerEscape) innerEscape = false;
    else if (code === 92) innerEscape = true;
    else if (code === quote) return at;
  }
  return -1;
}

/**
 * A nested object or list at `index` (`{"a": [1, "}"]}`), its quoted strings read as such: the index past its
 * closing bracket, or -1 (none within MAX_NESTED_LENGTH).
 */
function skipNested(text: string, index: number): number {
  let depth = 0;
  for (let at = index, limit = Math.min(text.length, index + MAX_NESTED_LENGTH); at < limit; ) {
    const code = text.charCodeAt(at);
    if (
      code === 34 ||
      code === 39 ||
      (code === 92 && (text.charCodeAt(at + 1) === 34 || text.charCodeAt(at + 1) === 39))
    ) {
      at = skipQuoted(text, at);
      if (at === -1) return -1;
      continue;
    }
    if (code === 123 || code === 91) depth++;
    else if ((code === 125 || code === 93) && --depth === 0) return at + 1;
    at++;
  }
  return -1;
}

/**
 * Another entry of a birth-date object at `index`: a key (quoted or not), its separator and a value (a quoted
 * string, a number, `true`, `false`, `null`, a bare word, a nested object or list). The index past it, or -1.
 */
function skipEntry(text: string, index: number): number {
  let at = index;
  const code = text.charCodeAt(at);
  if (code === 34 || code === 39 || (code === 92 && text.charCodeAt(at + 1) === 34)) at = skipQuoted(text, at);
  else while (at - index < 64 && isKeyChar(text, at)) at++;
  if (at === -1 || at === index) return -1;
  at = skipKeySeparator(text, at);
  if (at === -1) return -1;
  const value = text.charCodeAt(at);
  if (value === 34 || value === 39 || (value === 92 && text.charCodeAt(at + 1) === 34)) return skipQuoted(text, at);
  if (value === 123 || value === 91) return skipNested(text, at);
  const valueStart = at;
  while (at - valueStart < 64 && /[\w.+-]/.test(text[at] ?? '')) at++;
  return at === valueStart ? -1 : at;
}

/**
 * The parts of a `{day, month, year}` object opening at `index` (`{`), any order, spread over lines or not, with
 * other entries of scalar values around them (`"source": "manual"`, `"verified": true`).
 */
function readFlowObject(text: string, index: number): ([number, number] | undefined)[] | undefined {
  const parts: ([number, number] | undefined)[] = [undefined, undefined, undefined];
  let at = index + 1;
  for (let count = 0; count < MAX_ENTRIES; count++) {
    while (isWhiteSpace(text.charCodeAt(at))) at++;
    at = partKeyAt(text, at) === undefined ? skipEntry(text, at) : readPart(text, at, parts);
    if (at === -1) return undefined;
    while (isWhiteSpace(text.charCodeAt(at))) at++;
    const code = text.charCodeAt(at);
    if (code === 125) return parts;
    if (code !== 44) return undefined;
    at++;
    while (isWhiteSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) === 125) return parts;
  }
  return undefined;
}

/**
 * The parts of a YAML block under a key whose line is indented by `indent`: lines `day: 3`, `month: 4`, `year:
 * 1985` (any order), each indented the same and deeper than the key, among other lines of the block (`source:
 * manual`, and what is nested under them, deeper). `index` is the key line's end.
 */
function readBlock(text: string, index: number, indent: number): ([number, number] | undefined)[] | undefined {
  const parts: ([number, number] | undefined)[] = [undefined, undefined, undefined];
  let at = index;
  let childIndent = -1;
  for (let count = 0; count < MAX_ENTRIES; count++) {
    if (text.charCodeAt(at) === 13) at++;
    if (text.charCodeAt(at) !== 10) break;
    at++;
    const lineStart = at;
    while (text.charCodeAt(at) === 32) at++;
    const lineIndent = at - lineStart;
    const blank = isWhiteSpace(text.charCodeAt(at)) || at >= text.length;
    if (blank || lineIndent <= indent || (childIndent !== -1 && lineIndent < childIndent)) break;
    if (childIndent === -1) childIndent = lineIndent;
    if (lineIndent === childIndent && partKeyAt(text, at) !== undefined) {
      at = readPart(text, at, parts);
      if (at === -1) return undefined;
      while (isBlank(text.charCodeAt(at))) at++;
      const code = text.charCodeAt(at);
      if (!(code === 10 || code === 13 || Number.isNaN(code))) return undefined;
    } else {
      // Another key of the block, or a line nested under one: its line is skipped.
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd === -1 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    }
  }
  return parts;
}

/** A character of a key (see KEY_CHAR), read by its code for ASCII. */
function isKeyChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return isAlnum(code) || code === 95 || code === 46 || code === 45;
  return KEY_CHAR.test(text[index] as string);
}

/** A character of a key at `index`, or a single space between two of them. */
function keyChar(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 32) return isKeyChar(text, index);
  return isKeyChar(text, index - 1) && isKeyChar(text, index + 1);
}

/**
 * A birth date written as an object of its parts under a birth-date key, as Stripe's API returns it: `"dob":
 * {"day": 3, "month": 4, "year": 1985}` (any key order, `birth_date`, `date_of_birth`, `birthDate`, quoted values
 * or not, on one line or spread over lines, escaped quotes), YAML's block (`dob:` then the three parts indented on
 * their own lines) or flow (`dob: {day: 3, month: 4, year: 1985}`) style, Python's quotes, Ruby's `=>`. The date
 * must exist (year 1900-2030). One candidate per value: a placeholder in place of each value keeps the object's
 * keys, and each value comes back where it was, quoted by the model or not.
 */
function* findBirthDateObjects(text: string): Generator<Candidate> {
  BIRTH_KEY_WORDS.lastIndex = 0;
  for (let match = BIRTH_KEY_WORDS.exec(text); match !== null; match = BIRTH_KEY_WORDS.exec(text)) {
    // The key, its words joined by `_`, `-`, `.` or one space (`birth date`, as a field's label reads it).
    let keyEnd = match.index + match[0].length;
    while (keyEnd - match.index < 64 && keyChar(text, keyEnd)) keyEnd++;
    BIRTH_KEY_WORDS.lastIndex = keyEnd;
    // An object or a line break after the key's separator first: a birth word in prose has neither.
    const at = skipKeySeparator(text, skipQuote(text, keyEnd));
    const opens = at === -1 ? -1 : text.charCodeAt(at);
    if (opens !== 123 && opens !== 10 && opens !== 13) continue;
    let keyStart = match.index;
    while (match.index - keyStart < 64 && keyStart > 0 && keyChar(text, keyStart - 1)) keyStart--;
    if (!birthColumn(text.slice(keyStart, keyEnd).toLowerCase())) continue;
    let parts: ([number, number] | undefined)[] | undefined;
    if (opens === 123) parts = readFlowObject(text, at);
    else {
      const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
      let indent = 0;
      while (text.charCodeAt(lineStart + indent) === 32) indent++;
      parts = readBlock(text, at, indent);
    }
    const [day, month, year] = parts ?? [];
    if (day === undefined || month === undefined || year === undefined) continue;
    const value = (range: [number, number]) => Number(text.slice(range[0], range[1]));
    if (!plausible(value(year), value(month), value(day))) continue;
    for (const [start, end] of [day, month, year].sort((a, b) => a[0] - b[0])) yield { start, end, score: 0.85 };
  }
}

// Birth words of flat part keys (a separate regex from BIRTH_KEY_WORDS: both finders run in one scan).
const FLAT_BIRTH_WORDS = /dob|birth|nacimiento|cumplea|born/gi;
// How far apart the three parts of one flat birth date may be, from the first to the last.
const FLAT_REACH = 512;

/** A character of a flat key: a key's (see isKeyChar), `[`, `]` or `%` (`%5B`, `%5D`: brackets URL-encoded). */
function isFlatKeyChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 91 || code === 93 || code === 37 || isKeyChar(text, index);
}

/**
 * A birth date spread over keys of its own, one per part, as forms and flat records write it:
 * `dob_day=3&dob_month=4&dob_year=1985`, `{"dob_day": 3, "dob_month": 4, "dob_year": 1985}`,
 * `birth_date[day]=3&birth_date[month]=4&birth_date[year]=1985` and Stripe's `individual[dob][day]=3&…` (Rails'
 * encoding of the object, brackets URL-encoded too: `individual%5Bdob%5D%5Bday%5D=3`), `dobDay: 3`. The three parts under one prefix (any order, within FLAT_REACH), the date
 * existing; each value is its own span, as in an object (see findBirthDateObjects), so each key stays and each
 * value comes back in place.
 */
function* findFlatBirthDateParts(text: string): Generator<Candidate> {
  // By prefix (lower case): the parts read so far and where the first began.
  const open = new Map<string, { parts: ([number, number] | undefined)[]; first: number }>();
  FLAT_BIRTH_WORDS.lastIndex = 0;
  for (let match = FLAT_BIRTH_WORDS.exec(text); match !== null; match = FLAT_BIRTH_WORDS.exec(text)) {
    let keyEnd = match.index + match[0].length;
    while (keyEnd - match.index < 64 && isFlatKeyChar(text, keyEnd)) keyEnd++;
    FLAT_BIRTH_WORDS.lastIndex = keyEnd;
    let keyStart = match.index;
    while (match.index - keyStart < 64 && keyStart > 0 && isFlatKeyChar(text, keyStart - 1)) keyStart--;
    const key = text.slice(keyStart, keyEnd).replace(/%5b/gi, '[').replace(/%5d/gi, ']');
    const flat = prefixedDatePart(key);
    if (flat === undefined || !birthColumn(flat.prefix)) continue;
    const { part, prefix } = flat;
    let entry = open.get(prefix);
    if (entry === undefined || entry.parts[part] !== undefined || keyStart - entry.first > FLAT_REACH) {
      entry = { parts: [undefined, undefined, undefined], first: keyStart };
      open.set(prefix, entry);
    }
    if (readPartValue(text, skipQuote(text, keyEnd), part, entry.parts) === -1) {
      open.delete(prefix);
      continue;
    }
    const [day, month, year] = entry.parts;
    if (day === undefined || month === undefined || year === undefined) continue;
    open.delete(prefix);
    const value = (range: [number, number]) => Number(text.slice(range[0], range[1]));
    if (!plausible(value(year), value(month), value(day))) continue;
    for (const [start, end] of [day, month, year].sort((a, b) => a[0] - b[0])) yield { start, end, score: 0.85 };
  }
}

// The birth words of partial birth dates: the core of a birth-date key or label (`dob`, `birth`, `birthday`,
// `born`, `fecha_nacimiento`, `cumpleaños`, `birth_year`) or a Spanish verb of birth (`nació`, `nacida`), read
// whole (see PARTIAL_BIRTH_TOKEN).
const PARTIAL_BIRTH_WORDS = /dob|birth|born|nacimiento|cumplea|naci/gi;
const PARTIAL_BIRTH_TOKEN = /^(?:nació|nací|nacid[oa]s?|nacimos|nacieron)$|(?:birth|dob)year$/;
// How far after its birth word a partial birth date may be (`date of birth is the 3rd of March`).
const PARTIAL_REACH = 40;
// A date with a part or more left out, the first in a birth word's clause: a month and a day (`March 3`, `3
// March`, `the 3rd of March`, `3 de marzo`, `March 3, 85`), a month and a year (`March 1985`, `marzo de 1985`), a
// year alone (`1985`), or `03/14` (only right after a key's separator, see findPartialBirthDates).
const PARTIAL_DATE = new RegExp(
  [
    `(?<![\\p{L}\\d.])(${MONTHS_EN}|${MONTHS_ES})\\.?[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?(?:,?[ \\t]+(\\d{2}))?(?![\\p{L}\\d:]|[.,]?[ \\t]*\\d)`,
    `(?<![\\p{L}\\d.])(\\d{1,2})(?:st|nd|rd|th|º|°)?[ \\t]+(?:of[ \\t]+|de[ \\t]+)?(${MONTHS_EN}|${MONTHS_ES}|ene|abr|ago|dic)\\.?(?!\\p{L}|,?[ \\t]*(?:de[ \\t]+|del[ \\t]+)?\\d)`,
    `(?<![\\p{L}\\d.])(${MONTHS_EN}|${MONTHS_ES})\\.?,?[ \\t]+(?:de[ \\t]+|del[ \\t]+)?((?:19|20)\\d\\d)(?![\\p{L}\\d])`,
    `(?<![\\p{L}\\d.\\-/])((?:19|20)\\d\\d)(?![\\p{L}\\d.\\-/]|[ \\t]*[-/.]\\d)`,
    `(?<![\\p{L}\\d.\\-/])(\\d{1,2})[/-](\\d{1,2})(?![\\p{L}\\d.\\-/])`,
  ]
    .map((branch) => `(?:${branch})`)
    .join('|'),
  'iu',
);
// A full date, as dateOfBirthRecognizer's patterns read it: that recognizer has it.
const FULL_DATE = new RegExp(
  (dateOfBirthRecognizer.patterns ?? []).map(({ regex }) => `(?:${regex.source})`).join('|'),
  'i',
);
// The words that may come between `birth` and its date (`date of birth is the 3rd of March`, `birth date: March
// 3`, `birth year: 1930`), and between any birth word and a year alone (`born in 1930`, `nació en el año 1930`).
const BIRTH_GAP_WORDS = new Set(['date', 'day', 'year', 'is', 'was', 'on', 'the', 'in', 'of', 'es', 'fue', 'el']);
const YEAR_GAP_WORDS = new Set([
  'in',
  'the',
  'year',
  'of',
  'is',
  'was',
  'around',
  'circa',
  'c',
  'ca',
  'en',
  'el',
  'año',
  'de',
  'es',
  'fue',
]);
// Right after a key and its separator: `: `, `="`, `": "`.
const KEY_SEPARATOR_ONLY = /^\\?["']?[ \t]*[:=][ \t]*\\?["']?$/;

/** The number of days in a month (February's in a leap year), or 0 for no month. */
function daysIn(month: number): number {
  return month < 1 || month > 12 ? 0 : new Date(Date.UTC(2000, month, 0)).getUTCDate();
}

/**
 * A birth date with a part or more left out, the first date in a birth word's clause (within PARTIAL_REACH, no
 * clause end nor another key between): `born March 3`, `birthday: 3rd of March`, `nació el 3 de marzo`, `DOB:
 * 03/14`, `born in March 1985`. HIPAA counts each element of a birth date but the year as PHI, and a day and a month
 * narrow a person down with a name or a town: the span is what is there. A year alone (`born in 1985`, `year of
 * birth: 1985`) is kept, as HIPAA's Safe Harbor keeps it, unless it puts the person over 89 (Safe Harbor's
 * exception: such years are aggregated). Not a birthday event's date (`birthday party on March 3`).
 */
function* findPartialBirthDates(text: string): Generator<Candidate> {
  const oldestKeptYear = new Date().getUTCFullYear() - 89;
  PARTIAL_BIRTH_WORDS.lastIndex = 0;
  for (let match = PARTIAL_BIRTH_WORDS.exec(text); match !== null; match = PARTIAL_BIRTH_WORDS.exec(text)) {
    const wordStart = match.index;
    const coreEnd = wordStart + match[0].length;
    let tokenStart = wordStart;
    while (wordStart - tokenStart < 64 && tokenStart > 0 && isKeyChar(text, tokenStart - 1)) tokenStart--;
    let tokenEnd = coreEnd;
    while (tokenEnd - coreEnd < 64 && isKeyChar(text, tokenEnd)) tokenEnd++;
    PARTIAL_BIRTH_WORDS.lastIndex = tokenEnd;
    const letters = text
      .slice(tokenStart, tokenEnd)
      .toLowerCase()
      .replace(/[^\p{L}]/gu, '');
    if (!(birthColumn(letters) || PARTIAL_BIRTH_TOKEN.test(letters))) continue;
    if (birthdayEvent(text, wordStart, coreEnd)) continue;
    let clause = text.slice(tokenEnd, tokenEnd + PARTIAL_REACH);
    const cut = clause.search(/[\n\r;]/);
    if (cut !== -1) clause = clause.slice(0, cut);
    const date = PARTIAL_DATE.exec(clause);
    if (date === null) continue;
    const gap = clause.slice(0, date.index);
    // `birth date: March 3`, `birth year: 1930`: the label's last word is no other key.
    if (
      CLAUSE_END.test(gap) ||
      OTHER_KEY.test(gap.replace(/^[ \t]+(?:date|day|year)(?=[ \t]*[:=])/i, '')) ||
      anotherDateLabel(gap)
    ) {
      continue;
    }
    // `birth` alone is also `birth rate`, `birth control`, `birth certificate`: only a date's words may follow it.
    const gapWords = gap.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (letters === 'birth' && !gapWords.every((word) => BIRTH_GAP_WORDS.has(word))) continue;
    // A full date first, or this one the start of one: the date-of-birth recognizer reads it.
    const full = FULL_DATE.exec(clause);
    if (full !== null && full.index <= date.index + date[0].length) continue;
    const [, monthFirst, dayAfter, shortYear, dayFirst, monthAfter, monthOfYear, yearOfMonth, year, first, second] =
      date;
    let valid: boolean;
    if (monthFirst !== undefined) {
      valid =
        Number(dayAfter) <= daysIn(monthOf(monthFirst)) &&
        Number(dayAfter) >= 1 &&
        (shortYear === undefined || plausible(Number(shortYear), monthOf(monthFirst), Number(dayAfter)));
    } else if (dayFirst !== undefined) {
      valid = Number(dayFirst) >= 1 && Number(dayFirst) <= daysIn(monthOf(monthAfter as string));
    } else if (monthOfYear !== undefined) {
      valid = plausible(Number(yearOfMonth), monthOf(monthOfYear), 1);
    } else if (year !== undefined) {
      // Only right after its birth word: a year is any event's (`born in Madrid, where in 1930 …`).
      valid =
        Number(year) >= 1900 && Number(year) < oldestKeptYear && gapWords.every((word) => YEAR_GAP_WORDS.has(word));
    } else {
      const [a, b] = [Number(first), Number(second)];
      valid =
        KEY_SEPARATOR_ONLY.test(gap) &&
        ((a >= 1 && b >= 1 && a <= 12 && b <= daysIn(a)) || (b >= 1 && a >= 1 && b <= 12 && a <= daysIn(b)));
    }
    if (!valid) continue;
    const start = tokenEnd + date.index;
    yield { start, end: start + date[0].length, score: 0.6 };
  }
}

/**
 * DATE_OF_BIRTH where only a key or a column header says so: an ISO date with a time of day other than midnight
 * (`1985-03-14T08:30:00-05:00`) under a birth-date key (`"dob": "1985-03-13T23:00:00.000Z"`, a local midnight
 * written in UTC) or as the valueDateTime of FHIR's patient-birthTime extension; and an existing YYYYMMDD in a
 * column headed `dob`, `birth_date`, `Date of Birth`, `fecha_nacimiento`, ... Elsewhere such values are events and
 * ids (log timestamps, order dates). One recognizer, so that a text without a birth word (most logs) costs one
 * trigger search.
 */
export const dateOfBirthFieldRecognizer: Recognizer = {
  name: 'date-of-birth-field',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  patterns: [{ regex: /\b\d{4}-\d{2}-\d{2}(?=T(?!00:00)\d{2}:\d{2})/g, score: 0.85 }],
  find: function* (text) {
    yield* findColumnCells(
      text,
      BIRTH_HEADER_WORDS,
      (header, value) => birthColumn(header) && (value === '' || (value.length === 8 && compactDateValid(value))),
    );
    yield* findBirthDateObjects(text);
    yield* findFlatBirthDateParts(text);
    yield* findPartialBirthDates(text);
  },
  caseInsensitiveTriggers: ['dob', 'birth', 'naci', 'cumplea', 'born'],
  // Cells, parts and partial dates come checked from the finders; the pattern's ISO dates are checked here.
  validate: (value, { text, start }) =>
    !ISO_DAY.test(value) || (dateValid(value) && (birthKeyBefore(text, start) || fhirBirthTime(text, start))),
  description:
    'ISO dates with a time under a birth-date key or in the FHIR patient-birthTime extension; YYYYMMDD cells of a birth-date column',
};
