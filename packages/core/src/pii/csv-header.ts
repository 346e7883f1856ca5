import { TextMemo } from './text-memo.js';

// Context for tables: in CSV/TSV text the words that name a value sit in the header row, far from the value.
// The header of a candidate's column counts as context, as a person reading the table would take it.

// Codes 44, 9, 59, 124 in the header loop below.
const DELIMITERS = [',', '\t', ';', '|'] as const;
/** Longest line read as part of a table. */
export const MAX_LINE = 4096;

/** The header row of a delimited table, or undefined when the text's first line does not read as one. */
export interface CsvHeader {
  readonly delimiter: string;
  readonly cells: readonly string[];
}

/**
 * Reads the first line as a header when it has a delimiter, no digit run of four or more (so a data or log
 * line is never taken for a header) and at most {@link MAX_LINE} characters.
 */
export function readCsvHeader(text: string): CsvHeader | undefined {
  const newline = text.indexOf('\n');
  if (newline <= 0 || newline > MAX_LINE) return undefined;
  const end = text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  const slot = headerSlot(text, 0, end);
  if (slot === -1) return undefined;
  const delimiter = DELIMITERS[slot] as string;
  const line = text.slice(0, end);
  return { delimiter, cells: line.split(delimiter).map(unquote) };
}

/**
 * The delimiter of the line [from, to) read as a header, as its index in DELIMITERS: the one that occurs most (the
 * first on a tie), in one pass; -1 when none occurs or the line holds a run of four digits.
 */
function headerSlot(text: string, from: number, to: number): number {
  const counts = [0, 0, 0, 0];
  let digits = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      if (++digits === 4) return -1;
      continue;
    }
    digits = 0;
    const slot = delimiterSlot(code);
    if (slot !== -1) counts[slot] = (counts[slot] as number) + 1;
  }
  return mainSlot(counts);
}

/**
 * Where the first line that heads a delimited table starts, -1 when none does: a line csvHeaderAt reads as a
 * header whose next line (past a drawn table's border lines) holds as many of its delimiter, outside double quotes,
 * as a table's reader (findColumnCells) needs of its first row. Worked out once per scanned text: prose and logs
 * (a timestamp on every line) hold none, and the column readers of a scan then search them for no header word.
 */
export function firstTableHeaderLine(text: string): number {
  return FIRST_TABLE_HEADER.of(text);
}

const FIRST_TABLE_HEADER = new TextMemo((text: string): number => {
  let header = -1;
  let delimiter = -1;
  let count = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (end - lineStart > MAX_LINE) {
      header = -1;
    } else if (!isBorderLine(text, lineStart, end)) {
      if (header !== -1 && delimitersIn(text, lineStart, end, delimiter) === count) return header;
      header = -1;
      const slot = newline > lineStart && newline - lineStart <= MAX_LINE ? headerSlot(text, lineStart, end) : -1;
      if (slot !== -1) {
        header = lineStart;
        delimiter = (DELIMITERS[slot] as string).charCodeAt(0);
        count = delimitersIn(text, lineStart, end, delimiter);
      }
    }
    lineStart = lineEnd + 1;
  }
  return -1;
});

/**
 * The header row read off the line that starts at `lineStart` (readCsvHeader of that line), or undefined. Read once
 * per scanned text and line (see TextMemo): the column readers of a scan (names, places, passwords, secrets, birth
 * dates) and the context lookups all ask for the same header, and splitting it into cells was a tenth of a CSV
 * record's scan.
 */
export function csvHeaderAt(text: string, lineStart: number): CsvHeader | undefined {
  const headers = HEADERS.of(text);
  let header = headers.get(lineStart);
  if (header === undefined) {
    const newline = text.indexOf('\n', lineStart);
    header = (newline === -1 ? undefined : readCsvHeader(text.slice(lineStart, newline + 1))) ?? null;
    headers.set(lineStart, header);
  }
  return header ?? undefined;
}

const HEADERS = new TextMemo(() => new Map<number, CsvHeader | null>());

/** The header's cells as column names in lower case (see columnName), worked out once per header. */
export function lowerColumnNames(header: CsvHeader): readonly string[] {
  let names = COLUMN_NAMES.get(header);
  if (names === undefined) {
    names = header.cells.map((cell) => columnName(cell).toLowerCase());
    COLUMN_NAMES.set(header, names);
  }
  return names;
}

const COLUMN_NAMES = new WeakMap<CsvHeader, readonly string[]>();

/** A cell without one opening and one closing double quote, trimmed. */
function unquote(cell: string): string {
  let start = 0;
  let end = cell.length;
  if (cell.charCodeAt(0) === 34) start = 1;
  if (end > start && cell.charCodeAt(end - 1) === 34) end--;
  return (start === 0 && end === cell.length ? cell : cell.slice(start, end)).trim();
}

/**
 * The column of the value at `start`: delimiters (outside double quotes) counted from `lineStart`, the start of
 * the value's line, which must be a later line no longer than {@link MAX_LINE}; -1 otherwise.
 */
export function headerColumnAt(text: string, header: CsvHeader, lineStart: number, start: number): number {
  if (lineStart === 0 || start - lineStart > MAX_LINE) return -1;
  return delimitersIn(text, lineStart, start, header.delimiter.charCodeAt(0));
}

/** Delimiters `delimiter` (a code) outside double quotes on the line [from, to). */
export function delimitersIn(text: string, from: number, to: number, delimiter: number): number {
  let count = 0;
  let quoted = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) quoted = !quoted;
    else if (code === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * Where cell `column` of the line [from, to) lies, padding and quotes included (delimiters inside double quotes
 * do not count); undefined when the line has fewer cells.
 */
export function cellBounds(
  text: string,
  from: number,
  to: number,
  delimiter: number,
  column: number,
): [number, number] | undefined {
  let cell = 0;
  let start = from;
  let quoted = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) quoted = !quoted;
    else if (code === delimiter && !quoted) {
      if (cell === column) return [start, index];
      cell++;
      start = index + 1;
    }
  }
  return cell === column ? [start, to] : undefined;
}

/**
 * A header cell as words: routing_number, routingNumber and "Routing Number" all name the same column (what
 * `.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')` gives, in one pass).
 */
export function columnName(cell: string): string {
  let name = '';
  let dashes = false;
  for (let index = 0; index < cell.length; index++) {
    const code = cell.charCodeAt(index);
    if (code === 95 || code === 45) {
      if (!dashes) name += ' ';
      dashes = true;
      continue;
    }
    dashes = false;
    const previous = index > 0 ? cell.charCodeAt(index - 1) : 0;
    if (code >= 65 && code <= 90 && previous >= 97 && previous <= 122) name += ' ';
    name += cell[index];
  }
  return name;
}

/** The index in DELIMITERS of a character code, or -1. */
function delimiterSlot(code: number): number {
  return code === 44 ? 0 : code === 9 ? 1 : code === 59 ? 2 : code === 124 ? 3 : -1;
}

/** The delimiter that occurs most (the first on a tie), as its index in DELIMITERS; -1 when none occurs. */
function mainSlot(counts: readonly number[]): number {
  let slot = -1;
  let best = 0;
  for (let index = 0; index < counts.length; index++) {
    if ((counts[index] as number) > best) {
      best = counts[index] as number;
      slot = index;
    }
  }
  return slot;
}

/** Delimiters outside double quotes on the line [from, to), per delimiter (the order of DELIMITERS). */
export function delimiterCounts(text: string, from: number, to: number): number[] {
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) quoted = !quoted;
    else if (!quoted) {
      const slot = delimiterSlot(code);
      if (slot !== -1) counts[slot] = (counts[slot] as number) + 1;
    }
  }
  return counts;
}

/**
 * Where the table holding the value at `start` (on the line from `lineStart`) begins, when it does not begin the text (`Here is the export:`
 * above it, or a table after a paragraph): the top line of the run of lines above the value's line that hold as
 * many of its delimiter (outside quotes). Read that line with {@link readCsvHeader} for the header. `tops`
 * remembers each line's table top for the scan, so a long table is walked once. Undefined when no line above
 * belongs to the value's table.
 */
export function tableTopAbove(
  text: string,
  lineStart: number,
  start: number,
  tops: Map<number, number>,
): number | undefined {
  if (lineStart === 0 || start - lineStart > MAX_LINE) return undefined;
  const top = tops.get(lineStart) ?? walkUp(text, lineStart, tops);
  return top === lineStart ? undefined : top;
}

/** The first line of the run of lines ending at `lineStart` that hold as many of its main delimiter. */
function walkUp(text: string, lineStart: number, tops: Map<number, number>): number {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  const counts = delimiterCounts(text, lineStart, lineEnd);
  const slot = mainSlot(counts);
  const wanted = slot === -1 ? 0 : (counts[slot] as number);
  let top = lineStart;
  const walked = [lineStart];
  while (wanted > 0 && top > 0) {
    let aboveEnd = top - 1;
    let above = text.lastIndexOf('\n', aboveEnd - 1) + 1;
    // A border line of a drawn table (`+----+------+`, as the mysql client prints) is stepped over.
    if (above > 0 && isBorderLine(text, above, aboveEnd)) {
      aboveEnd = above - 1;
      above = text.lastIndexOf('\n', aboveEnd - 1) + 1;
    }
    // An empty or overlong line ends the table, and so does a line with another number of delimiters.
    if (aboveEnd === above || aboveEnd - above > MAX_LINE) break;
    if (delimiterCounts(text, above, aboveEnd)[slot] !== wanted) break;
    const known = tops.get(above);
    if (known !== undefined) {
      top = known;
      break;
    }
    top = above;
    walked.push(above);
  }
  for (const line of walked) tops.set(line, top);
  return top;
}

/** A line of `+`, `-`, `=`, `|`, `:` and spaces holding a `-` or `=`: the border of a drawn table. */
export function isBorderLine(text: string, from: number, to: number): boolean {
  let rule = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 45 || code === 61) rule = true;
    else if (!(code === 43 || code === 124 || code === 58 || code === 32 || code === 13)) return false;
  }
  return rule && to - from >= 3;
}

/**
 * Whether a line after the first could be a header row (a delimiter and no run of four digits): the cheap test
 * that spares texts such as logs, whose every line carries a timestamp, the table lookup of each candidate.
 */
export function hasLaterHeaderLine(text: string): boolean {
  let index = text.indexOf('\n') + 1;
  while (index > 0 && index < text.length) {
    let digits = 0;
    let delimiter = false;
    let code = text.charCodeAt(index);
    while (index < text.length && code !== 10) {
      if (code >= 48 && code <= 57) {
        if (++digits === 4) break;
      } else {
        digits = 0;
        if (delimiterSlot(code) !== -1) delimiter = true;
      }
      code = text.charCodeAt(++index);
    }
    if (digits < 4 && delimiter) return true;
    index = text.indexOf('\n', index) + 1;
  }
  return false;
}
