import { MONTHS_EN, MONTHS_ES } from './recognizers/date-of-birth.js';
import { firstEndingAfter } from './sorted-ranges.js';
// Dates of birth said aloud. Speech-to-text writes a date a caller says as words when it does not turn it into figures
// (`Agent: And your date of birth?\nCaller: March third, nineteen eighty-seven.`, `oh-four, seventeen, sixty-six`,
// `born on the fifth of June, nineteen ninety`, `nací el cinco de marzo de mil novecientos ochenta y ocho`), and no
// layout the birth-date recognizer reads holds a word for a day or a year. The scanner also reads such a date written
// as figures (`March 3, 1987`, `04/17/66`, `5 June 1990`, `5 de marzo de 1988`), and keeps what the birth-date
// recognizer makes of it there: the recognizer's own cues decide (a birth word before or after the date, a birth
// question on the previous turn), so a year in a story (`in nineteen eighty-seven we moved`) or a date with no birth
// word near stays what it is. The span holds the spoken words, which is what the text says and what the vault keeps.

/** The text with its spoken dates near a birth word written as figures (see spokenDatesReading). */
export interface SpokenDatesReading {
  /** The text, each spoken date replaced by its written form. */
  readonly text: string;
  /** Per character of the reading, and one past the last, its offset in the scanned text. */
  readonly offsets: Int32Array;
  /** Each written date's [start, end) in the reading, in order. */
  readonly dates: readonly (readonly [number, number])[];
}

/**
 * The birth words BIRTH_CUE finds, for the scanner's trigger walk (ASCII: `nac` for `nací` and `nacimiento`): a text
 * without one costs the date reading nothing.
 */
export const SPOKEN_DATE_TRIGGERS: readonly string[] = ['dob', 'd.o.b', 'birth', 'born', 'nac', 'cumplea'];

// A birth word: where a spoken date may be one of birth (see date-of-birth.ts's BIRTH_WORD, of which these are the
// stems: `date of birth`, `DOB`, `born`, `birthday`, `nací`, `nacimiento`, `cumpleaños`). A text without one reads
// no date.
const BIRTH_CUE = /dob|d\.o\.b|birth|born|nac[ií]|cumplea/gi;
/** How far before a birth word a spoken date may start (`March third, nineteen eighty-seven, that's my birthday`). */
const REACH_BEFORE = 64;
/**
 * How far after a birth word a spoken date may start: across the question's turn and the answer's speaker label
 * (`date of birth?\nCaller: um, it's March third, …`).
 */
const REACH_AFTER = 120;
/** The longest spoken date read (`the twenty-seventh of September, nineteen eighty-seven` and room to spare). */
const LONGEST_DATE = 90;

// Words and figures of a window: letters (Spanish ones too) or digits, with an ordinal's suffix (`3rd`).
const TOKEN = /[A-Za-z\u00c0-\u024f]+|\d+(?:st|nd|rd|th)?/g;

interface Token {
  /** The word, lower case. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** What lies between this token and the next: ` `, `-`, `, ` or anything else. */
  readonly gap: string;
}

// Month names as the birth-date recognizer reads them (English with its abbreviations, Spanish), whole words.
const ENGLISH_MONTH = new RegExp(`^(?:${MONTHS_EN})$`);
const SPANISH_MONTH = new RegExp(`^(?:${MONTHS_ES})$`);

const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

// Spanish: 1 to 31 as a day is said (`primero`, `uno`, `veintiuno`, `treinta y uno`), and the parts of a year.
const UNIDADES: Readonly<Record<string, number>> = {
  un: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
};
const DIECES: Readonly<Record<string, number>> = {
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiún: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  primero: 1,
};
const DECENAS: Readonly<Record<string, number>> = {
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};

/**
 * A number said as a word, English or Spanish (every word of the tables above, `oh` and `mil`): each spoken date holds
 * one. Searched for in a window before its tokens are read.
 */
const SAID_NUMBER = new RegExp(
  `(?<![A-Za-z\\u00c0-\\u024f])(?:${[
    ...[UNITS, TEENS, TENS, ORDINALS, UNIDADES, DIECES, DECENAS].flatMap((table) => Object.keys(table)),
    'oh',
    'mil',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![A-Za-z\\u00c0-\\u024f])`,
  'i',
);

/** A number read from tokens: its value and the token after it. */
interface Said {
  readonly value: number;
  readonly next: number;
}

/** Whether the number said ends with an ordinal (`twenty-first`): a day, never a month's number or a year. */
function saidAsOrdinal(tokens: readonly Token[], said: Said): boolean {
  return ORDINALS[(tokens[said.next - 1] as Token).word] !== undefined;
}

/** Whether the word is an English number word (a unit, a teen or a ten). */
function numberWord(word: string): boolean {
  return UNITS[word] !== undefined || TEENS[word] !== undefined || TENS[word] !== undefined || word === 'oh';
}

/** Whether the gap after a token joins two words of one number (` ` or `-`: `eighty-seven`, `eighty seven`). */
function joins(gap: string): boolean {
  return gap === ' ' || gap === '-';
}

/** Whether the gap after a token may part a date's parts (` ` or `, `: `March third, nineteen eighty-seven`). */
function parts(gap: string): boolean {
  return gap === ' ' || gap === ', ';
}

/** An English number of 1 to 99, cardinal or ordinal (`seven`, `seventeen`, `eighty-seven`, `twenty-first`). */
function english(tokens: readonly Token[], at: number): Said | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  const word = token.word;
  const small = UNITS[word] ?? TEENS[word] ?? ORDINALS[word];
  if (small !== undefined) return { value: small, next: at + 1 };
  const tens = TENS[word];
  if (tens === undefined) return undefined;
  const unit = tokens[at + 1];
  if (unit !== undefined && joins(token.gap)) {
    // `eighty-seven`, `twenty-first`.
    const value = UNITS[unit.word] ?? ORDINALS[unit.word];
    if (value !== undefined && value < 10) return { value: tens + value, next: at + 2 };
  }
  return { value: tens, next: at + 1 };
}

/** A Spanish number of 1 to 99 (`cinco`, `diecisiete`, `veintiuno`, `ochenta y ocho`, `primero`). */
function spanish(tokens: readonly Token[], at: number): Said | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  const small = UNIDADES[token.word] ?? DIECES[token.word];
  if (small !== undefined) return { value: small, next: at + 1 };
  const tens = DECENAS[token.word];
  if (tens === undefined) return undefined;
  const and = tokens[at + 1];
  const unit = tokens[at + 2];
  if (and?.word === 'y' && token.gap === ' ' && and.gap === ' ' && unit !== undefined) {
    const value = UNIDADES[unit.word];
    if (value !== undefined) return { value: tens + value, next: at + 3 };
  }
  return { value: tens, next: at + 1 };
}

/** A figure of one or two digits, maybe with an ordinal's suffix (`3`, `3rd`, `17th`). */
function figure(tokens: readonly Token[], at: number, longest: number): Said | undefined {
  const word = tokens[at]?.word;
  if (word === undefined || !/^\d/.test(word)) return undefined;
  const digits = /^\d+/.exec(word)?.[0] as string;
  if (digits.length > longest) return undefined;
  return { value: Number(digits), next: at + 1 };
}

/** A day of the month, said (`third`, `the third`, `twenty-first`, `seventeen`) or written (`3rd`). */
function day(tokens: readonly Token[], at: number, said: typeof english): Said | undefined {
  const number = said(tokens, at) ?? figure(tokens, at, 2);
  return number !== undefined && number.value >= 1 && number.value <= 31 ? number : undefined;
}

/** `oh five` or `oh-five`: a number's zero and a unit, 1 to 9. */
function ohUnit(tokens: readonly Token[], at: number): Said | undefined {
  const token = tokens[at];
  const unit = tokens[at + 1];
  if (token === undefined || unit === undefined || (token.word !== 'oh' && token.word !== 'zero')) return undefined;
  const value = UNITS[unit.word];
  return joins(token.gap) && value !== undefined ? { value, next: at + 2 } : undefined;
}

/**
 * An English year of 1900 to 2099 (`nineteen eighty-seven`, `nineteen oh five`, `nineteen hundred`, `two thousand
 * three`, `two thousand and three`, `twenty twenty-one`, `twenty oh five`), or four figures.
 */
function englishYear(tokens: readonly Token[], at: number): Said | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  if (/^(?:19|20)\d\d$/.test(token.word)) return { value: Number(token.word), next: at + 1 };
  const next = tokens[at + 1];
  if (next === undefined || !joins(token.gap)) return undefined;
  if (token.word === 'two' && next.word === 'thousand') {
    let rest = at + 2;
    if (joins(next.gap) && tokens[rest]?.word === 'and' && joins((tokens[rest] as Token).gap)) rest++;
    const tail = joins((tokens[rest - 1] as Token).gap) ? english(tokens, rest) : undefined;
    if (tail !== undefined && !saidAsOrdinal(tokens, tail)) return { value: 2000 + tail.value, next: tail.next };
    return { value: 2000, next: at + 2 };
  }
  const century = token.word === 'nineteen' ? 1900 : token.word === 'twenty' ? 2000 : undefined;
  if (century === undefined) return undefined;
  if (century === 1900 && next.word === 'hundred') return { value: 1900, next: at + 2 };
  const rest = ohUnit(tokens, at + 1) ?? english(tokens, at + 1);
  // `nineteen eighty-seven`, `twenty twenty`; not `twenty five` (a number of its own) nor an ordinal.
  if (rest === undefined || (rest.value < 10 && tokens[at + 1]?.word !== 'oh' && tokens[at + 1]?.word !== 'zero')) {
    return undefined;
  }
  if (saidAsOrdinal(tokens, rest)) return undefined;
  return { value: century + rest.value, next: rest.next };
}

/** A Spanish year (`mil novecientos ochenta y ocho`, `mil novecientos`, `dos mil tres`), or four figures. */
function spanishYear(tokens: readonly Token[], at: number): Said | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  if (/^(?:19|20)\d\d$/.test(token.word)) return { value: Number(token.word), next: at + 1 };
  let base: number;
  let rest: number;
  if (token.word === 'mil' && tokens[at + 1]?.word === 'novecientos' && token.gap === ' ') {
    base = 1900;
    rest = at + 2;
  } else if (token.word === 'dos' && tokens[at + 1]?.word === 'mil' && token.gap === ' ') {
    base = 2000;
    rest = at + 2;
  } else {
    return undefined;
  }
  const tail = tokens[rest - 1]?.gap === ' ' ? spanish(tokens, rest) : undefined;
  if (tail === undefined || tokens[rest]?.word === 'primero') return { value: base, next: rest };
  return { value: base + tail.value, next: tail.next };
}

/** A two-digit year said (`sixty-six`, `twelve`) or a year of four (`nineteen sixty-six`), for MM DD YY. */
function numericYear(tokens: readonly Token[], at: number): { text: string; next: number } | undefined {
  const full = englishYear(tokens, at);
  if (full !== undefined) return { text: String(full.value), next: full.next };
  // Said as a ten or a teen (`oh nine` reads digits one by one, as a phone number's tail does).
  const short = english(tokens, at);
  if (short === undefined || short.value < 10 || saidAsOrdinal(tokens, short)) return undefined;
  return { text: String(short.value).padStart(2, '0'), next: short.next };
}

/** Whether any token of [from, to) is a word (the date is not all figures: the plain scan reads those). */
function holdsWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!/^\d/.test((tokens[index] as Token).word)) return true;
  return false;
}

/** A spoken date found: its tokens [from, to) and how it is written. */
interface Found {
  readonly from: number;
  readonly to: number;
  readonly written: string;
}

/** `March third, nineteen eighty-seven`, `March the third 1987`: as `March 3, 1987`. */
function monthFirst(tokens: readonly Token[], at: number, source: string): Found | undefined {
  const month = tokens[at] as Token;
  if (!ENGLISH_MONTH.test(month.word) || !parts(month.gap)) return undefined;
  let dayAt = at + 1;
  if (tokens[dayAt]?.word === 'the' && tokens[dayAt]?.gap === ' ') dayAt++;
  const said = day(tokens, dayAt, english);
  if (said === undefined || !parts(tokens[said.next - 1]?.gap ?? '')) return undefined;
  const year = englishYear(tokens, said.next);
  if (year === undefined || !holdsWord(tokens, at + 1, year.next)) return undefined;
  return {
    from: at,
    to: year.next,
    written: `${source.slice(month.start, month.end)} ${said.value}, ${year.value}`,
  };
}

/** `fifth of June, nineteen ninety`, `fifth June nineteen ninety`: as `5 June 1990`. */
function dayFirst(tokens: readonly Token[], at: number, source: string): Found | undefined {
  const said = day(tokens, at, english);
  if (said === undefined) return undefined;
  let monthAt = said.next;
  const afterDay = tokens[monthAt - 1] as Token;
  if (afterDay.gap !== ' ') return undefined;
  if (tokens[monthAt]?.word === 'of' && tokens[monthAt]?.gap === ' ') monthAt++;
  const month = tokens[monthAt];
  if (month === undefined || !ENGLISH_MONTH.test(month.word) || !parts(month.gap)) return undefined;
  const year = englishYear(tokens, monthAt + 1);
  if (year === undefined || !holdsWord(tokens, at, year.next)) return undefined;
  return { from: at, to: year.next, written: `${said.value} ${source.slice(month.start, month.end)} ${year.value}` };
}

/** `cinco de marzo de mil novecientos ochenta y ocho`, `primero de mayo del dos mil tres`: as `5 de marzo de 1988`. */
function spanishDate(tokens: readonly Token[], at: number, source: string): Found | undefined {
  const said = day(tokens, at, spanish);
  if (said === undefined) return undefined;
  const of = tokens[said.next];
  const month = tokens[said.next + 1];
  const ofYear = tokens[said.next + 2];
  if (of?.word !== 'de' || month === undefined || !SPANISH_MONTH.test(month.word) || ofYear === undefined) {
    return undefined;
  }
  if ((tokens[said.next - 1] as Token).gap !== ' ' || of.gap !== ' ' || !parts(month.gap)) return undefined;
  const yearAt = ofYear.word === 'de' || ofYear.word === 'del' ? said.next + 3 : said.next + 2;
  if (yearAt !== said.next + 2 && ofYear.gap !== ' ') return undefined;
  const year = spanishYear(tokens, yearAt);
  if (year === undefined || !holdsWord(tokens, at, year.next)) return undefined;
  return {
    from: at,
    to: year.next,
    written: `${said.value} de ${source.slice(month.start, month.end)} de ${year.value}`,
  };
}

/** A month said as a number (`four`, `oh-four`, `twelve`). */
function numericMonth(tokens: readonly Token[], at: number): Said | undefined {
  const said = ohUnit(tokens, at) ?? english(tokens, at);
  if (said === undefined || said.value < 1 || said.value > 12) return undefined;
  return saidAsOrdinal(tokens, said) ? undefined : said;
}

/**
 * `oh-four, seventeen, sixty-six`, `four seventeen nineteen sixty-six`: month, day and year said as numbers, as
 * `04/17/66`. Three parts a comma or a space apart, each a number of its own (`twenty nine ninety nine` holds no
 * month), and all words.
 */
function numericDate(tokens: readonly Token[], at: number): Found | undefined {
  // The month starts the numbers: `… four one five, two three …` is a longer number, no date.
  const before = tokens[at - 1];
  if (before !== undefined && parts(before.gap) && numberWord(before.word)) return undefined;
  const month = numericMonth(tokens, at);
  if (month === undefined || !parts((tokens[month.next - 1] as Token).gap)) return undefined;
  const said = ohUnit(tokens, month.next) ?? english(tokens, month.next);
  if (said === undefined || said.value < 1 || said.value > 31) return undefined;
  if (saidAsOrdinal(tokens, said)) return undefined;
  if (!parts((tokens[said.next - 1] as Token).gap)) return undefined;
  const year = numericYear(tokens, said.next);
  if (year === undefined) return undefined;
  // The year ends the numbers: `four one five, eight six seven, …` is a longer number, no date.
  const after = tokens[year.next];
  if (after !== undefined && parts((tokens[year.next - 1] as Token).gap) && numberWord(after.word)) return undefined;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return { from: at, to: year.next, written: `${pad(month.value)}/${pad(said.value)}/${year.text}` };
}

/** The spoken date starting at token `at`, if any. */
function dateAt(tokens: readonly Token[], at: number, source: string): Found | undefined {
  const word = (tokens[at] as Token).word;
  if (ENGLISH_MONTH.test(word)) return monthFirst(tokens, at, source);
  return dayFirst(tokens, at, source) ?? spanishDate(tokens, at, source) ?? numericDate(tokens, at);
}

/** The tokens of text[from, to), each with the gap after it. */
function tokensOf(text: string, from: number, to: number): Token[] {
  const window = text.slice(from, to);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previous: { word: string; start: number; end: number } | undefined;
  for (let match = TOKEN.exec(window); match !== null; match = TOKEN.exec(window)) {
    const start = from + match.index;
    if (previous !== undefined) tokens.push({ ...previous, gap: text.slice(previous.end, start) });
    previous = { word: match[0].toLowerCase(), start, end: start + match[0].length };
  }
  if (previous !== undefined) tokens.push({ ...previous, gap: text.slice(previous.end, to) });
  return tokens;
}

/**
 * The text with each date said as words within reach of a birth word (REACH_BEFORE before it, REACH_AFTER after)
 * written as figures: English month first (`March third, nineteen eighty-seven` as `March 3, 1987`) or day first
 * (`fifth of June, nineteen ninety` as `5 June 1990`), Spanish (`cinco de marzo de mil novecientos ochenta y ocho`
 * as `5 de marzo de 1988`), or month, day and year as numbers (`oh-four, seventeen, sixty-six` as `04/17/66`).
 * Undefined when the text holds none. Linear in the text: only the windows around birth words are read.
 */
export function spokenDatesReading(text: string): SpokenDatesReading | undefined {
  BIRTH_CUE.lastIndex = 0;
  if (!BIRTH_CUE.test(text)) return undefined;
  // The windows around the birth words, merged.
  const windows: [number, number][] = [];
  BIRTH_CUE.lastIndex = 0;
  for (let cue = BIRTH_CUE.exec(text); cue !== null; cue = BIRTH_CUE.exec(text)) {
    const from = Math.max(0, cue.index - REACH_BEFORE);
    const to = Math.min(text.length, cue.index + cue[0].length + REACH_AFTER + LONGEST_DATE);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const found: { start: number; end: number; written: string }[] = [];
  for (const [from, to] of windows) {
    // Most windows hold a date in figures or none: a window with no number said costs one search, not its tokens.
    if (!SAID_NUMBER.test(text.slice(from, to))) continue;
    const tokens = tokensOf(text, from, to);
    for (let at = 0; at < tokens.length; ) {
      const date = dateAt(tokens, at, text);
      if (date === undefined) {
        at++;
        continue;
      }
      const start = (tokens[date.from] as Token).start;
      const end = (tokens[date.to - 1] as Token).end;
      if (found.length === 0 || start >= (found[found.length - 1] as { end: number }).end) {
        found.push({ start, end, written: date.written });
      }
      at = date.to;
    }
  }
  if (found.length === 0) return undefined;
  const chunks: string[] = [];
  const offsets: number[] = [];
  const dates: [number, number][] = [];
  let copied = 0;
  let length = 0;
  for (const { start, end, written } of found) {
    chunks.push(text.slice(copied, start));
    for (let index = copied; index < start; index++) offsets.push(index);
    length += start - copied;
    chunks.push(written);
    // Every character of the written date reads at the spoken date's start, and its end at the spoken date's end.
    for (let index = 0; index < written.length; index++) offsets.push(start);
    dates.push([length, length + written.length]);
    length += written.length;
    copied = end;
  }
  chunks.push(text.slice(copied));
  for (let index = copied; index <= text.length; index++) offsets.push(index);
  return { text: chunks.join(''), offsets: Int32Array.from(offsets), dates };
}

/**
 * Whether the reading's [start, end) holds a written date whole and cuts none in part: what the birth-date
 * recognizer found there is a spoken date.
 */
export function holdsSpokenDate(reading: SpokenDatesReading, start: number, end: number): boolean {
  const dates = reading.dates;
  let holds = false;
  for (let index = firstEndingAfter(dates, start, (date) => date[1]); index < dates.length; index++) {
    const [from, to] = dates[index] as readonly [number, number];
    if (from >= end) break;
    if (from < start || to > end) return false;
    holds = true;
  }
  return holds;
}
