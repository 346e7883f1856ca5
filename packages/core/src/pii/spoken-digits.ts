import { isDigit } from './validators/boundaries.js';

// Numbers read out digit by digit. Speech-to-text writes what a caller spells out as single digits between
// spaces (`my number is 2 0 6 8 6 7 5 3 0 9`, `social 5 3 6 2 2 1 1 8 7`) or as words when it does not turn them into
// figures (`SSN is five two three, eight one, four seven nine zero`), and voice agents pass such transcripts to their
// tools and models. No recognizer reads a number there. The scanner also reads each such run closed up, and adds what
// that reading finds across a removed space or word, at the run's own offsets: the span holds the spoken digits,
// which is what the text says and what the vault keeps.

/** The text with its runs of spoken digits closed up (see spokenDigitsReading). */
export interface SpokenDigitsReading {
  /** The text, each run's spaces taken out. */
  readonly text: string;
  /** Per character of the reading, and one past the last, its offset in the scanned text. */
  readonly offsets: Int32Array;
}

/**
 * Fewest digits in a run: five, a ZIP code's; shorter runs (`1 2 3`, a list's numbers, a score) hold no identifier
 * a recognizer reads without a label either.
 */
const MIN_SPOKEN_DIGITS = 5;

// A run: single digits standing alone, one space apart, maybe in groups of two or more a comma and a space apart, as
// speech-to-text writes a number read out in groups (`4 1 5, 8 6 7, 2 3 0 9`; a list's single digits, `4, 1, 5`,
// are no group). Linear: only a run's first digit can start a match (the others follow a space and a digit), and a
// failed end gives back one digit at a time.
const SPOKEN_RUN = /(?<![\w.,+-])\d(?: \d)+(?:, \d(?: \d)+)*(?![\w.,]\d|\w)/g;
const MAY_HOLD_RUN = /\d \d(?:,? \d){3}/;

// Digits spoken as words: English and Spanish digit words (`oh` for zero), in lower case or capitalised as
// transcripts write them, `double` or `doble` before one (`double seven`), one space, a comma and a space, or a hyphen
// apart. Each word reads as its digit, at the word's offset.
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
};
/** A word in lower case or capitalised (`Five`): a case-blind search costs a third more. */
const casedWord = (word: string): string => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`;
const ANY_DIGIT_WORD = `(?:${Object.keys(DIGIT_WORDS).map(casedWord).join('|')})`;
/** A digit word, maybe after `double` (see DIGIT_WORDS), as a regex's source. */
export const DIGIT_WORD = `(?:[Dd]o(?:uble|ble) )?${ANY_DIGIT_WORD}`;
const WORD_GAP = '(?:, | |-)';
const LETTER_OR_DIGIT = 'A-Za-z\\d\\u00c0-\\u024f';
// Linear: a run starts only at a digit word not preceded by a letter, digit or hyphen, and each word of the run is
// followed by one of three separators before the next.
const SPOKEN_WORD_RUN = new RegExp(
  `(?<![${LETTER_OR_DIGIT}-])${DIGIT_WORD}(?:${WORD_GAP}${DIGIT_WORD}){${MIN_SPOKEN_DIGITS - 1},}(?![${LETTER_OR_DIGIT}])`,
  'g',
);
const SPOKEN_WORD = new RegExp(DIGIT_WORD, 'y');
/** Two digit words side by side: a text without them holds no run (a search of about 1 ns per character). */
const MAY_HOLD_WORD_RUN = new RegExp(`${ANY_DIGIT_WORD}${WORD_GAP}${ANY_DIGIT_WORD}`);

/**
 * Words one of which every run of digit words holds, but for runs of `one`, `oh`, `uno`, `dos` and `tres` alone
 * (`one oh one oh one`): the scanner's trigger walk looks for them in every text it scans anyway, so a text without
 * them (a log: `one` stands in `phone` and `done`, `oh` in `John`) costs the word reading nothing.
 */
export const SPOKEN_WORD_TRIGGERS: readonly string[] = [
  'zero',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'cero',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
];

/** A run of spoken digits: [start, end) of the text and, per digit, the offset it is read at. */
interface SpokenRun {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly at: readonly number[];
}

/** The runs of single digits one space apart, maybe in groups (see SPOKEN_RUN). */
function digitRuns(text: string, runs: SpokenRun[]): void {
  if (!MAY_HOLD_RUN.test(text)) return;
  SPOKEN_RUN.lastIndex = 0;
  for (let run = SPOKEN_RUN.exec(text); run !== null; run = SPOKEN_RUN.exec(text)) {
    const start = run.index;
    const end = start + run[0].length;
    // A digit right before the run across a space belongs to a longer spaced number (`12 3 4 5 6 7`): leave it.
    if (start >= 2 && text.charCodeAt(start - 1) === 32 && isDigit(text.charCodeAt(start - 2))) continue;
    const at: number[] = [];
    for (let index = start; index < end; index++) if (isDigit(text.charCodeAt(index))) at.push(index);
    if (at.length < MIN_SPOKEN_DIGITS) continue;
    runs.push({ start, end, digits: run[0].replace(/[ ,]/g, ''), at });
  }
}

/** The runs of digit words (see SPOKEN_WORD_RUN). */
function wordRuns(text: string, runs: SpokenRun[]): void {
  if (!MAY_HOLD_WORD_RUN.test(text)) return;
  SPOKEN_WORD_RUN.lastIndex = 0;
  for (let run = SPOKEN_WORD_RUN.exec(text); run !== null; run = SPOKEN_WORD_RUN.exec(text)) {
    const start = run.index;
    const end = start + run[0].length;
    let digits = '';
    const at: number[] = [];
    for (let index = start; index < end; ) {
      SPOKEN_WORD.lastIndex = index;
      const word = (SPOKEN_WORD.exec(text) as RegExpExecArray)[0];
      // `double seven`: two digits, both read at the phrase's start.
      for (const digit of digitsOfWord(word)) {
        digits += digit;
        at.push(index);
      }
      index += word.length;
      while (index < end && isWordGap(text.charCodeAt(index))) index++;
    }
    runs.push({ start, end, digits, at });
  }
}

/** The digits a digit word (see DIGIT_WORD) says: `seven` 7, `Oh` 0, `double seven` 77. */
export function digitsOfWord(word: string): string {
  const parts = word.toLowerCase().split(' ');
  const digit = DIGIT_WORDS[parts[parts.length - 1] as string] as string;
  return parts.length === 2 ? digit + digit : digit;
}

/** A space, a comma or a hyphen (see WORD_GAP). */
function isWordGap(code: number): boolean {
  return code === 32 || code === 44 || code === 45;
}

/**
 * The text with each run of MIN_SPOKEN_DIGITS single digits or more, one space apart and standing alone (not
 * glued to a word, a decimal or a signed number), closed up: `from 2 0 6 8 6 7 5 3 0 9,` reads `from 2068675309,`;
 * and, when `words`, each run of as many digit words or more (`five two three, eight one, four seven nine zero` reads
 * `523814790`). What lies between the runs stays as it is, so context words read as they would. Undefined when the
 * text holds no run. Linear in the text.
 */
export function spokenDigitsReading(text: string, words = true): SpokenDigitsReading | undefined {
  const runs: SpokenRun[] = [];
  digitRuns(text, runs);
  if (words) wordRuns(text, runs);
  if (runs.length === 0) return undefined;
  // Digits and words never share a run (a digit word is no digit), but the two lists are found apart.
  runs.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const offsets: number[] = [];
  let copied = 0;
  for (const run of runs) {
    parts.push(text.slice(copied, run.start));
    for (let index = copied; index < run.start; index++) offsets.push(index);
    parts.push(run.digits);
    for (const offset of run.at) offsets.push(offset);
    copied = run.end;
  }
  parts.push(text.slice(copied));
  for (let index = copied; index <= text.length; index++) offsets.push(index);
  return { text: parts.join(''), offsets: Int32Array.from(offsets) };
}

/** Whether the reading's [start, end) crosses a space it took out (two characters not side by side in the text). */
export function crossesRemovedSpace(reading: SpokenDigitsReading, start: number, end: number): boolean {
  for (let index = start + 1; index < end; index++) {
    if ((reading.offsets[index] as number) !== (reading.offsets[index - 1] as number) + 1) return true;
  }
  return false;
}
