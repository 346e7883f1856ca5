// The cells of a table's named columns (a password or secret column): CSV/TSV, drawn and space-aligned tables.

import { readAlignedHeader } from './aligned-header.js';
import { isBorderLine, readCsvHeader } from './csv-header.js';

/**
 * The cells [start, end) of every column whose header, with spaces, `_` and `-` removed, `names`: one pass over
 * the lines of a CSV/TSV table (or of a drawn table, whose header follows a border line), or of a table aligned
 * with spaces (see readAlignedHeader), cells unpadded and unquoted.
 */
export function* cellsOfNamedColumn(text: string, names: (name: string) => boolean): Iterable<[number, number]> {
  // A drawn table (the mysql client's) starts with a border line; its header is the next line.
  const firstEnd = text.indexOf('\n');
  const headerStart = firstEnd > 0 && isBorderLine(text, 0, firstEnd) ? firstEnd + 1 : 0;
  const header = readCsvHeader(headerStart === 0 ? text : text.slice(headerStart));
  if (header === undefined) {
    if (headerStart === 0) yield* alignedCells(text, names);
    return;
  }
  const columns = header.cells.map((cell) => names(cell.replace(/[ _-]+/g, '')));
  if (!columns.includes(true)) return;
  const delimiter = header.delimiter.charCodeAt(0);
  let lineStart = text.indexOf('\n', headerStart) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let index = 0;
    let cellStart = lineStart;
    let quoted = false;
    for (let position = lineStart; position <= lineEnd && index < columns.length; position++) {
      const code = position < lineEnd ? text.charCodeAt(position) : delimiter;
      if (code === 34) quoted = !quoted;
      else if (code === delimiter && !quoted) {
        if (columns[index] === true) {
          const cell = unpadded(text, cellStart, position);
          if (cell !== undefined) yield cell;
        }
        index++;
        cellStart = position + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** The cells of the named columns of a table aligned with spaces: each from its header's column to the next one's. */
function* alignedCells(text: string, names: (name: string) => boolean): Iterable<[number, number]> {
  const header = readAlignedHeader(text);
  if (header === undefined) return;
  const columns = header.names.map((name) => names(name.replace(/[ _-]+/g, '')));
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
      if (cell !== undefined) yield cell;
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
