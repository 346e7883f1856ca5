// Context for tables aligned with spaces, as command-line tools print them (`kubectl get`, `docker ps`, `column -t`,
// report exports): the header's words sit above each column, far from the rows below the first.

import { MAX_LINE } from './csv-header.js';

/** A header row of a table aligned with spaces: each cell's name and the column where it starts. */
export interface AlignedHeader {
  readonly names: readonly string[];
  readonly starts: readonly number[];
}

/**
 * Reads the first line as the header of a space-aligned table: two cells or more, each one or more words (letters,
 * digits, `_` `-` `.` `#` `/`, single spaces between words), cells parted by two spaces or more; no run of four
 * digits (a data line), no other punctuation (prose) and no delimiter (so a delimited table's header never reads
 * as one), at most {@link MAX_LINE} characters.
 */
export function readAlignedHeader(text: string): AlignedHeader | undefined {
  const newline = text.indexOf('\n');
  if (newline <= 0 || newline > MAX_LINE) return undefined;
  const end = text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  const names: string[] = [];
  const starts: number[] = [];
  let index = 0;
  while (index < end && text.charCodeAt(index) === 32) index++;
  let digits = 0;
  while (index < end) {
    const start = index;
    // A cell: words parted by single spaces.
    while (index < end) {
      const code = text.charCodeAt(index);
      if (code === 32) {
        if (index + 1 >= end || text.charCodeAt(index + 1) === 32) break;
      } else if (code >= 48 && code <= 57) {
        if (++digits === 4) return undefined;
      } else if (!headerCharacter(code)) return undefined;
      if (code < 48 || code > 57) digits = 0;
      index++;
    }
    names.push(text.slice(start, index));
    starts.push(start);
    while (index < end && text.charCodeAt(index) === 32) index++;
  }
  return names.length >= 2 ? { names, starts } : undefined;
}

/** Letters (ASCII, Latin-1 and Latin Extended), `_` `-` `.` `#` `/` and a space between words. */
function headerCharacter(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f) ||
    code === 95 ||
    code === 45 ||
    code === 46 ||
    code === 35 ||
    code === 47 ||
    code === 32
  );
}

/**
 * The header cell above a value that starts `column` characters into its line: the last cell starting at or
 * before it, or -1 when it starts left of the first. A value right-aligned under a wider header still starts
 * after that header's start, past the end of the cell before.
 */
export function alignedColumnAt(header: AlignedHeader, column: number): number {
  const starts = header.starts;
  let found = -1;
  for (let index = 0; index < starts.length && (starts[index] as number) <= column; index++) found = index;
  return found;
}
