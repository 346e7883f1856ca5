import { type AlignedHeader, readAlignedHeader } from './aligned-header.js';
import {
  cellBounds,
  columnName,
  csvHeaderAt,
  delimiterCounts,
  delimitersIn,
  firstTableHeaderLine,
  isBorderLine,
  lowerColumnNames,
  MAX_LINE,
} from './csv-header.js';
import { lineEnd } from './line-starts.js';
import type { Candidate } from './recognizer.js';
import { isDigit } from './validators/boundaries.js';

// The cells of a table column named by its header (CVV, PIN, MRN, birth-date, password and secret columns): the
// value of each row's cell in that column, in CSV/TSV, drawn and space-aligned tables.

/**
 * The value of cell `column` of the line [from, to) when the cell holds only characters `isValueChar` accepts,
 * padded with at most 8 spaces or double quotes on each side (as FINDER_STARTS admits a digit cell), as [start,
 * end]; undefined otherwise.
 */
function valueCell(
  text: string,
  from: number,
  to: number,
  delimiter: number,
  column: number,
  isValueChar: (code: number) => boolean,
): [number, number] | undefined {
  const bounds = cellBounds(text, from, to, delimiter, column);
  if (bounds === undefined) return undefined;
  const [start, cellEnd] = bounds;
  let digitsStart = start;
  while (digitsStart < cellEnd && digitsStart - start < 9 && isPadding(text.charCodeAt(digitsStart))) digitsStart++;
  if (digitsStart - start > 8) return undefined;
  let digitsEnd = digitsStart;
  while (digitsEnd < cellEnd && isValueChar(text.charCodeAt(digitsEnd))) digitsEnd++;
  for (let rest = digitsEnd; rest < cellEnd; rest++) if (!isPadding(text.charCodeAt(rest))) return undefined;
  return digitsEnd > digitsStart ? [digitsStart, digitsEnd] : undefined;
}

/**
 * A character of a text cell (a secret, a name, an address): any but a tab or a line break. Spaces and double
 * quotes inside count (a password's spaces, CSV's doubled `""`); those that pad the cell on the right are trimmed
 * (see cellText).
 */
export function isCellChar(code: number): boolean {
  return code >= 32;
}

/** A text cell's value as read: without the spaces and the closing quote that pad it on the right. */
export function cellText(value: string): string {
  return value.replace(/"?\s*$/, '');
}

function isPadding(code: number): boolean {
  return code === 32 || code === 34;
}

/** Texts up to this long are searched for header words only from the first line that heads a table. */
const TABLE_CHECKED_LENGTH = 16_384;

/** A cell of a column findColumnCells was asked for, and its column's header (lower-cased, see columnName). */
export interface ColumnCell extends Candidate {
  readonly header: string;
}

/**
 * The cells of the table columns whose header `wanted` accepts (given the header as csv-header's columnName spells
 * it, lower-cased, and the cell: `''` when only the header is asked about), cells of digits unless `isValueChar`
 * says otherwise. A table is a header line and the lines after it that hold as many of its
 * delimiter (outside double quotes), as the scanner reads tables for context; the border lines of a drawn table
 * (`+----+`, `|---|`) are stepped over. Only a line holding one of `headerWords` (a global, case-insensitive
 * regex of words every accepted header holds) is read as a header, and not when the line above continues a table
 * with its delimiter count: one native search finds them, so a text without such a table is not read line by line
 * (reading every line as a possible header cost 4% of the bench corpus). With `headerReach`, only a line starting
 * in the text's first `headerReach` characters is read as a header (for words that most lines of a log hold).
 */
export function* findColumnCells(
  text: string,
  headerWords: RegExp,
  wanted: (header: string, value: string) => boolean,
  isValueChar: (code: number) => boolean = isDigit,
  headerReach = Number.POSITIVE_INFINITY,
): Iterable<ColumnCell> {
  // The text the header words are searched in: the whole text, or its head up to the end of the line at the reach.
  const searched = headerReach < text.length ? text.slice(0, lineEnd(text, headerReach)) : text;
  // No delimited table starts before the first line that heads one (most prose holds none): the words are searched
  // for from there. A long text (a log's 64 KB) is searched from its start: most of its lines are never read, and
  // finding its first header line cost more than the search. `search` finds the first word as a copy's `exec`
  // would, and leaves the shared regex's lastIndex as it was.
  const firstHeader = text.length <= TABLE_CHECKED_LENGTH ? firstTableHeaderLine(text) : 0;
  let nextWord = -1;
  if (firstHeader !== -1 && firstHeader < searched.length) {
    const found = (firstHeader === 0 ? searched : searched.slice(firstHeader)).search(headerWords);
    if (found !== -1) nextWord = firstHeader + found;
  }
  // A table aligned with spaces (command-line output), its header on the first line.
  const firstEnd = text.indexOf('\n');
  const wordOnFirstLine =
    firstEnd > 0 &&
    (firstHeader === 0 ? nextWord !== -1 && nextWord < firstEnd : text.slice(0, firstEnd).search(headerWords) !== -1);
  const aligned = wordOnFirstLine ? readAlignedHeader(text) : undefined;
  if (aligned !== undefined) {
    const names = aligned.names.map((name) => columnName(name).toLowerCase());
    for (const [start, end, column] of alignedCells(text, aligned, (_name, column) =>
      wanted(names[column] as string, ''),
    )) {
      // At a line start or after two spaces (as FINDER_STARTS admits an aligned cell), whole value characters.
      if (
        text.charCodeAt(start - 1) !== 10 &&
        !(text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 32)
      )
        continue;
      let index = start;
      while (index < end && isValueChar(text.charCodeAt(index))) index++;
      // Digits the next column's start cuts (a date under two headers) are no cell of either column, as a whole run
      // of digits is what FINDER_STARTS admits.
      if (isValueChar === isDigit && isDigit(text.charCodeAt(end))) continue;
      const header = names[column] as string;
      if (index === end && wanted(header, text.slice(start, end))) yield { start, end, score: 0.85, header };
    }
    return;
  }
  let delimiter = -1;
  let count = 0;
  // The accepted columns' indexes, and their headers.
  let columns: number[] = [];
  let headers: string[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    if (delimiter === -1) {
      // No table open: go to the next line holding a header word, if any.
      if (nextWord === -1) return;
      if (nextWord >= lineStart) lineStart = text.lastIndexOf('\n', nextWord - 1) + 1;
    }
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (end - lineStart > MAX_LINE) {
      delimiter = -1;
    } else if (isBorderLine(text, lineStart, end)) {
      // A drawn table's border: the table goes on.
    } else if (delimiter !== -1 && delimitersIn(text, lineStart, end, delimiter) === count) {
      for (let index = 0; index < columns.length; index++) {
        const cell = valueCell(text, lineStart, end, delimiter, columns[index] as number, isValueChar);
        if (cell !== undefined && wanted(headers[index] as string, text.slice(cell[0], cell[1]))) {
          yield { start: cell[0], end: cell[1], score: 0.85, header: headers[index] as string };
        }
      }
    } else if (nextWord !== -1 && nextWord < lineEnd && !continuesTableAbove(text, lineStart, end)) {
      // Another table may start here.
      const read = csvHeaderAt(text, lineStart);
      delimiter = read === undefined ? -1 : read.delimiter.charCodeAt(0);
      if (read !== undefined) {
        count = delimitersIn(text, lineStart, end, delimiter);
        headers = [...lowerColumnNames(read)];
        columns = [];
        headers.forEach((header, index) => {
          if (wanted(header, '')) columns.push(index);
        });
        headers = columns.map((index) => headers[index] as string);
      }
    } else {
      delimiter = -1;
    }
    while (nextWord !== -1 && nextWord <= lineEnd) {
      // Past the searched text, `exec` would find nothing.
      if (lineEnd + 1 > searched.length) {
        nextWord = -1;
        break;
      }
      // A search of the rest: `search` leaves the shared regex's lastIndex as it was (a copy of the regex per call
      // cost more than the search; the words hold no lookbehind, and the rest starts after a line feed).
      const found = searched.slice(lineEnd + 1).search(headerWords);
      nextWord = found === -1 ? -1 : lineEnd + 1 + found;
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * Whether the line [from, to) is a row of a table above it: the line above holds as many of one of the line's
 * delimiters (`,` `;` tab `|`), at least one. Such a line is not read as a header.
 */
function continuesTableAbove(text: string, from: number, to: number): boolean {
  if (from === 0) return false;
  let aboveEnd = from - 1;
  if (text.charCodeAt(aboveEnd - 1) === 13) aboveEnd--;
  const aboveStart = text.lastIndexOf('\n', aboveEnd - 1) + 1;
  if (aboveEnd - aboveStart > MAX_LINE) return false;
  const above = delimiterCounts(text, aboveStart, aboveEnd);
  return delimiterCounts(text, from, to).some((count, slot) => count > 0 && above[slot] === count);
}

/**
 * The cells [start, end) of the columns `wanted` accepts (given a header cell as written) of a table aligned with
 * spaces whose header is the text's first line; none when the first line is no such header.
 */
export function* alignedColumnCells(text: string, wanted: (name: string) => boolean): Iterable<[number, number]> {
  const header = readAlignedHeader(text);
  if (header === undefined) return;
  for (const [start, end] of alignedCells(text, header, wanted)) yield [start, end];
}

/**
 * The cells [start, end, column] of the columns `wanted` accepts (given a header cell as written, and its index) of
 * the table aligned with spaces under `header`, the text's first line: each from its header's column to the next
 * one's, unpadded, down to the first blank line.
 */
function* alignedCells(
  text: string,
  header: AlignedHeader,
  wanted: (name: string, column: number) => boolean,
): Iterable<[number, number, number]> {
  const columns = header.names.map(wanted);
  if (!columns.includes(true)) return;
  let lineStart = text.indexOf('\n') + 1;
  while (lineStart > 0 && lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // The table ends at a blank line.
    if (lineEnd === lineStart || (lineEnd === lineStart + 1 && text.charCodeAt(lineStart) === 13)) return;
    for (let column = 0; column < columns.length; column++) {
      if (columns[column] !== true) continue;
      const from = lineStart + (header.starts[column] as number);
      if (from >= lineEnd) break;
      const next = header.starts[column + 1];
      const to = next === undefined ? lineEnd : Math.min(lineEnd, lineStart + next);
      const cell = unpadded(text, from, to);
      if (cell !== undefined) yield [cell[0], cell[1], column];
    }
    lineStart = lineEnd + 1;
  }
}

/** [from, to) without a carriage return, spaces around and one pair of double quotes; undefined when empty. */
function unpadded(text: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  let end = to;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(start) === 34 && text.charCodeAt(end - 1) === 34 && end - start >= 2) {
    start++;
    end--;
  }
  return end > start ? [start, end] : undefined;
}
