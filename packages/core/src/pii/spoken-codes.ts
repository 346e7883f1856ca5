import { firstEndingAfter } from './sorted-ranges.js';
import { DIGIT_WORD, digitsOfWord } from './spoken-digits.js';

// Short codes said after their label. A caller reads a card's security code, a medical record number or a DNI to a
// voice agent, and speech-to-text writes it as words (`CVV three one seven`, `mi DNI es cuatro ocho tres nueve dos
// cero uno siete, letra V`) or spells the label out (`M R N, zero zero seven seven three four five one two`). The
// spoken-digits reading wants five digits or more and reads no label: a CVV is three, and `M R N,` is no MRN label.
// The scanner also reads each such label and code as the recognizers read them written (`CVV 317`, `MRN 007734512`,
// `DNI 48392017V`), and keeps what the code's own recognizer finds there: its label, length and checksum rules
// decide. The span holds the spoken code, which is what the text says and what the vault keeps.

/** The text with its spoken codes written as their recognizers read them (see spokenCodesReading). */
export interface SpokenCodesReading {
  readonly text: string;
  /** Per character of the reading, and one past the last, its offset in the scanned text. */
  readonly offsets: Int32Array;
  /** Each written code's digits (and letter) [start, end) in the reading, and the type its recognizer reports. */
  readonly codes: readonly SpokenCode[];
}

interface SpokenCode {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
}

/** A code's label as written for its recognizer, the type, and how many digits a code of it holds. */
interface CodeKind {
  readonly label: string;
  readonly entity: string;
  readonly min: number;
  readonly max: number;
  /** Whether a letter follows the digits (`letra V`): a DNI's check letter. */
  readonly letter: boolean;
}

const CVV: CodeKind = { label: 'CVV', entity: 'CARD_SECURITY_CODE', min: 3, max: 4, letter: false };
const MRN: CodeKind = { label: 'MRN', entity: 'MEDICAL_RECORD_NUMBER', min: 4, max: 15, letter: false };
const DNI: CodeKind = { label: 'DNI', entity: 'ES_NIF', min: 8, max: 8, letter: true };

// A digit word (`seven`, `oh`, `double seven`) or a single figure.
const SAID_DIGIT = `(?:${DIGIT_WORD}|\\d(?!\\d))`;
// The labels, each its own group, in their usual spellings (case-sensitive: a search for any case costs the whole
// text more): a card's security code, an MRN (spelled out letter by letter too: `M R N`, `M.R.N.`), a DNI (`D N I`).
// Then `,` or `:`, white space, and maybe `is`, `es`, `number is`, `it's`; then the code (groups 4 and 5: its digits,
// one word or figure apart, and a letter after `letra` or `letter`). Linear: each digit is followed by one of three
// separators before the next, and the count is bounded. The label must not follow a letter (checked in code: a
// lookbehind first would cost the search its fast scan for a label's first character).
const SPOKEN_CODE = new RegExp(
  `(?:(CVV2?|[Cc]vv2?|CVC2?|[Cc]vc2?|CSC|csc|[Ss]ecurity code|[Cc][oó]digo de seguridad)|(M ?R ?N|M\\.R\\.N\\.?|mrn|[Mm]edical record(?: number)?|[Hh]istoria cl[ií]nica)|(DNI|D N I|NIF|dni|nif))[,:]?[ \\t]{1,3}(?:(?:number is|is|es|it's|it is|son)[ \\t]{1,3})?(${SAID_DIGIT}(?:(?:, | |-)${SAID_DIGIT}){2,14})(?![A-Za-z\\d\\u00c0-\\u024f])(?:,?[ \\t]{1,2}(?:letra|letter)[ \\t]{1,2}([A-Za-z])(?![A-Za-z\\d]))?`,
  'dg',
);
/**
 * The labels' words, for the scanner's trigger walk (ASCII lower case): a text without one costs the code reading
 * nothing.
 */
export const SPOKEN_CODE_TRIGGERS: readonly string[] = [
  'cvv',
  'cvc',
  'csc',
  'security code',
  'seguridad',
  'mrn',
  'm r n',
  'm.r.n',
  'medical record',
  'historia',
  'dni',
  'd n i',
  'nif',
];
const SAID_DIGIT_AT = new RegExp(SAID_DIGIT, 'iy');

/**
 * The text with each code said after its label (a card's security code, an MRN, a DNI with its letter) written as
 * its recognizer reads it: `CVV three one seven` as `CVV 317`, `M R N, zero zero seven …` as `MRN 007…`, `DNI es
 * cuatro ocho … siete, letra V` as `DNI 48392017V`. At least one digit must be said as a word, or the label spelled
 * out; the plain scan and the spoken-digits reading read the others. Undefined when the text holds none. Linear.
 */
export function spokenCodesReading(text: string): SpokenCodesReading | undefined {
  const chunks: string[] = [];
  const offsets: number[] = [];
  const codes: SpokenCode[] = [];
  let copied = 0;
  let length = 0;
  SPOKEN_CODE.lastIndex = 0;
  for (let match = SPOKEN_CODE.exec(text); match !== null; match = SPOKEN_CODE.exec(text)) {
    if (match.index > 0 && isLetter(text.charCodeAt(match.index - 1))) {
      SPOKEN_CODE.lastIndex = match.index + 1;
      continue;
    }
    const kind = match[1] !== undefined ? CVV : match[2] !== undefined ? MRN : DNI;
    const [saidStart, saidEnd] = (match.indices as RegExpIndicesArray)[4] as [number, number];
    // Each digit and the offset it is read at.
    let digits = '';
    const at: number[] = [];
    let words = false;
    for (let index = saidStart; index < saidEnd; ) {
      SAID_DIGIT_AT.lastIndex = index;
      const word = (SAID_DIGIT_AT.exec(text) as RegExpExecArray)[0];
      const read = word.length === 1 && word >= '0' && word <= '9' ? word : digitsOfWord(word);
      if (read !== word) words = true;
      for (const digit of read) {
        digits += digit;
        at.push(index);
      }
      index += word.length;
      while (index < saidEnd && isGap(text.charCodeAt(index))) index++;
    }
    const letter = match[5];
    if (digits.length < kind.min || digits.length > kind.max || (letter !== undefined) !== kind.letter) continue;
    // All figures after a written label: the plain scan reads those (`MRN, 1 2 3 4 5` aside, which no recognizer
    // reads written either).
    if (!words && !/ /.test(match[2] ?? match[3] ?? '')) continue;
    const start = match.index;
    const end = match.index + match[0].length;
    chunks.push(text.slice(copied, start));
    for (let index = copied; index < start; index++) offsets.push(index);
    length += start - copied;
    // The label and its space read at the label's start, each digit at its word, the letter at itself.
    const label = `${kind.label} `;
    chunks.push(label);
    for (let index = 0; index < label.length; index++) offsets.push(start);
    length += label.length;
    const code = digits + (letter?.toUpperCase() ?? '');
    chunks.push(code);
    offsets.push(...at);
    if (letter !== undefined) offsets.push(end - 1);
    codes.push({ start: length, end: length + code.length, entity: kind.entity });
    length += code.length;
    copied = end;
  }
  if (codes.length === 0) return undefined;
  chunks.push(text.slice(copied));
  for (let index = copied; index <= text.length; index++) offsets.push(index);
  return { text: chunks.join(''), offsets: Int32Array.from(offsets), codes };
}

/** An ASCII letter or one of Latin-1 and Latin Extended (U+00C0-U+024F). */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** A space, a comma or a hyphen: what parts two digits of a code. */
function isGap(code: number): boolean {
  return code === 32 || code === 44 || code === 45;
}

/** Whether the reading's [start, end) of type `entity` is a written code whole (what its recognizer found there). */
export function isSpokenCode(reading: SpokenCodesReading, start: number, end: number, entity: string): boolean {
  const codes = reading.codes;
  for (let index = firstEndingAfter(codes, start, (code) => code.end); index < codes.length; index++) {
    const code = codes[index] as SpokenCode;
    if (code.start > start) return false;
    if (code.entity === entity && code.start === start && code.end === end) return true;
  }
  return false;
}
