/**
 * ISO 8601 timestamps as log lines open with them (`2026-11-22T15:32:40.407Z`), which the word-run pass steps
 * over whole. Such a timestamp is six word runs (`2026`, `11`, `22T15`, `32`, `40`, `407Z`), and each run met the
 * start conditions of several windowed regexes (IPv4, MAC, dates, phones, ...) only for their checks to turn it
 * down: on bench/detect's log, where every line has one, that was about a tenth of the scan.
 *
 * What makes the step safe: no built-in windowed regex and no built-in finder start matches at any position of
 * such a timestamp (pattern-starts.test.ts runs every one of them at every position of generated timestamps, and
 * compares scans with full passes on texts that glue timestamps to values). Two exceptions keep the timestamp
 * read as before:
 * - a time of midnight (`1985-03-14T00:00:00.000Z`): how JSON writes a date-only Date, a birth date near a birth
 *   word (date-of-birth.ts);
 * - a birth date with another time under a birth-date key is found by a regex that is not windowed (it runs over
 *   the whole text, only when a birth word occurs), so the step does not hide it.
 * Custom recognizers' regexes are never windowed; their digit runs are kept by the caller (see scanWordRuns).
 */

/** Whether the byte is an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the byte is a `\w` character (see asciiCodes: every non-ASCII character is 128, outside `\w`). */
function isWordByte(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Most digits of a fraction of a second stepped over (microseconds): 8 digits and a letter read as a Spanish NIF. */
const MAX_FRACTION = 6;

/**
 * Where the word-run pass may resume after the timestamp that opens at `start` (a run of four digits: the year),
 * or -1 when there is none: the year, `-MM-DDThh:mm:ss` in digits and ASCII dashes, not at midnight.
 * - Closed by `Z`, directly or after a fraction of 1-6 digits, and then no word character: after the `Z`.
 * - Else at the seconds: a run of two digits that goes on with ` ` or `.` and digits may open a phone number
 *   (`01 123-45-6789`, `03.37537`), which the pass must still try.
 * `codes` are the text's bytes (asciiCodes), `text` the text itself (a word processor's dash is `-` in `codes`).
 */
export function isoTimestampEnd(text: string, codes: Uint8Array, length: number, start: number): number {
  if (start + 19 > length) return -1;
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
  const seconds = start + 17;
  let zone = start + 19;
  if (codes[zone] === 46) {
    let digitsEnd = zone + 1;
    while (digitsEnd < length && digitsEnd - zone <= MAX_FRACTION && isDigit(codes[digitsEnd] as number)) digitsEnd++;
    if (digitsEnd === zone + 1) return seconds;
    zone = digitsEnd;
  }
  if (codes[zone] !== 90) return seconds;
  return zone + 1 < length && isWordByte(codes[zone + 1] as number) ? seconds : zone + 1;
}
