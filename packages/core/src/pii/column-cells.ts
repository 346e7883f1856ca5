import {
  cellBounds,
  columnName,
  delimiterCounts,
  delimitersIn,
  isBorderLine,
  MAX_LINE,
  readCsvHeader,
} from './csv-header.js';
import type { Candidate } from './recognizer.js';
import { isDigit } from './validators/boundaries.js';

// The cells of a table column named by its header (CVV, PIN, MRN, birth-date columns): the value of each row's cell
// in that column.

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

function isPadding(code: number): boolean {
  return code === 32 || code === 34;
}

/**
 * The cells of a table column whose header `wanted` accepts (given the header as csv-header's columnName spells
 * it, lower-cased, and the cell: `''` when only the header is asked about), cells of digits unless `isValueChar`
 * says otherwise. A table is a header line and the lines after it that hold as many of its
 * delimiter (outside double quotes), as the scanner reads tables for context; the border lines of a drawn table
 * (`+----+`, `|---|`) are stepped over. Only a line holding one of `headerWords` (a global, case-insensitive
 * regex of words every accepted header holds) is read as a header, and not when the line above continues a table
 * with its delimiter count: one native search finds them, so a text without such a table is not read line by line
 * (reading every line as a possible header cost 4% of the bench corpus).
 */
export function* findColumnCells(
  text: string,
  headerWords: RegExp,
  wanted: (header: string, value: string) => boolean,
  isValueChar: (code: number) => boolean = isDigit,
): Iterable<Candidate> {
  // A copy per call: a scan started from inside another must not move the other's search.
  const words = new RegExp(headerWords);
  let nextWord = words.exec(text)?.index ?? -1;
  let delimiter = -1;
  let count = 0;
  let header = '';
  let column = -1;
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
      const cell = column === -1 ? undefined : valueCell(text, lineStart, end, delimiter, column, isValueChar);
      if (cell !== undefined && wanted(header, text.slice(cell[0], cell[1]))) {
        yield { start: cell[0], end: cell[1], score: 0.85 };
      }
    } else if (nextWord !== -1 && nextWord < lineEnd && !continuesTableAbove(text, lineStart, end)) {
      // Another table may start here.
      const read = readCsvHeader(text.slice(lineStart, lineEnd + 1));
      delimiter = read === undefined ? -1 : read.delimiter.charCodeAt(0);
      if (read !== undefined) {
        count = delimitersIn(text, lineStart, end, delimiter);
        column = read.cells.findIndex((cell) => wanted(columnName(cell).toLowerCase(), ''));
        header = column === -1 ? '' : columnName(read.cells[column] as string).toLowerCase();
      }
    } else {
      delimiter = -1;
    }
    while (nextWord !== -1 && nextWord <= lineEnd) {
      words.lastIndex = lineEnd + 1;
      nextWord = words.exec(text)?.index ?? -1;
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
