import { BEFORE_RUN } from './pattern-starts.js';

/**
 * ISO 8601 timestamps as log lines open with them (`2026-11-22T15:32:40.407Z`), which the word-run pass steps over:
 * no windowed regex matches at a position stepped over (iso-timestamps.test.ts), and what could match is left to the
 * pass. The rules and why: docs/detection.md, "The loop steps over the ISO 8601 timestamps".
 */

/** Whether the byte is an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the byte is a `\w` character (see asciiCodes: every non-ASCII character is 128, outside `\w`). */
function isWordByte(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The byte at `index`, or -1 at and past `length`. */
function byteAt(codes: Uint8Array, length: number, index: number): number {
  return index < length ? (codes[index] as number) : -1;
}

/** Most digits of a fraction of a second stepped over (microseconds): 8 digits and a letter read as a Spanish NIF. */
const MAX_FRACTION = 6;

/**
 * Where the word-run pass may resume after the timestamp that opens at `start` (a run of four digits: the year),
 * or -1 when it may not step: the year, `-MM-DDThh:mm:ss` in digits and ASCII dashes, not at midnight, and no
 * character of BEFORE_RUN before the year.
 * - Closed by `Z`, directly or after a fraction of 1-6 digits, and then no word character: after the `Z`.
 * - Else at the minutes, which the pass reads as usual (see above).
 * `codes` are the text's bytes (asciiCodes), valid up to `length` (the array may be longer: a scratch array keeps
 * an earlier text's bytes after it); `text` is the text itself (a word processor's dash is `-` in `codes`).
 */
export function isoTimestampEnd(text: string, codes: Uint8Array, length: number, start: number): number {
  if (start + 19 > length || (start > 0 && BEFORE_RUN.has(text.charCodeAt(start - 1)))) return -1;
  if (
    !(
      text.charCodeAt(start + 4) === 45 &&
      isDigit(codes[start + 5] as number) &&
      isDigit(codes[start + 6] as number) &&
      text.charCodeAt(start + 7) === 45 &&
      isDigit(codes[start + 8] as number) &&
      isDigit(codes[start + 9] as number) &&
      codes[start + 10] === 84 &&
      isDigit(codes[start + 11] as number) &&
      isDigit(codes[start + 12] as number) &&
      codes[start + 13] === 58 &&
      isDigit(codes[start + 14] as number) &&
      isDigit(codes[start + 15] as number) &&
      codes[start + 16] === 58 &&
      isDigit(codes[start + 17] as number) &&
      isDigit(codes[start + 18] as number)
    )
  ) {
    return -1;
  }
  // Midnight: maybe a birth date (see above).
  if (codes[start + 11] === 48 && codes[start + 12] === 48 && codes[start + 14] === 48 && codes[start + 15] === 48) {
    return -1;
  }
  const minutes = start + 14;
  let zone = start + 19;
  if (byteAt(codes, length, zone) === 46) {
    let digitsEnd = zone + 1;
    while (digitsEnd - zone <= MAX_FRACTION && isDigit(byteAt(codes, length, digitsEnd))) digitsEnd++;
    if (digitsEnd === zone + 1) return minutes;
    zone = digitsEnd;
  }
  if (byteAt(codes, length, zone) !== 90 || isWordByte(byteAt(codes, length, zone + 1))) return minutes;
  return zone + 1;
}
