import { isDigit } from './validators/boundaries.js';

// Numbers read out digit by digit. Speech-to-text writes what a caller spells out as single digits between
// spaces (`my number is 2 0 6 8 6 7 5 3 0 9`, `social 5 3 6 2 2 1 1 8 7`), and voice agents pass such transcripts
// to their tools and models. No recognizer reads a number there. The scanner also reads each such run with its
// spaces taken out, and adds what that reading finds across a removed space, at the run's own offsets: the span
// holds the spaced digits, which is what the text says and what the vault keeps.

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

// A run: single digits standing alone, one space apart. Linear: only a run's first digit can start a match (the
// others follow a space and a digit), and a failed end gives back one digit at a time.
const SPOKEN_RUN = new RegExp(`(?<![\\w.,+-])\\d(?: \\d){${MIN_SPOKEN_DIGITS - 1},}(?![\\w.,]\\d|\\w)`, 'g');
const MAY_HOLD_RUN = /\d \d \d \d \d/;

/**
 * The text with each run of MIN_SPOKEN_DIGITS single digits or more, one space apart and standing alone (not
 * glued to a word, a decimal or a signed number), closed up: `from 2 0 6 8 6 7 5 3 0 9,` reads `from 2068675309,`.
 * What lies between the runs stays as it is, so context words read as they would. Undefined when the text holds no
 * run. Linear in the text.
 */
export function spokenDigitsReading(text: string): SpokenDigitsReading | undefined {
  if (!MAY_HOLD_RUN.test(text)) return undefined;
  const parts: string[] = [];
  const offsets: number[] = [];
  let copied = 0;
  SPOKEN_RUN.lastIndex = 0;
  for (let run = SPOKEN_RUN.exec(text); run !== null; run = SPOKEN_RUN.exec(text)) {
    const start = run.index;
    const end = start + run[0].length;
    // A digit right before the run across a space belongs to a longer spaced number (`12 3 4 5 6 7`): leave it.
    if (start >= 2 && text.charCodeAt(start - 1) === 32 && isDigit(text.charCodeAt(start - 2))) continue;
    parts.push(text.slice(copied, start));
    for (let index = copied; index < start; index++) offsets.push(index);
    for (let index = start; index < end; index += 2) {
      parts.push(text.charAt(index));
      offsets.push(index);
    }
    copied = end;
  }
  if (parts.length === 0) return undefined;
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
