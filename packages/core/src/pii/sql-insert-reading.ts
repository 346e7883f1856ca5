import { isAlnum } from './validators/boundaries.js';

// SQL INSERT statements: a query log, a migration, a dump (`mysqldump`, `pg_dump --inserts`) or a text-to-SQL agent's
// own output names its columns once and lists the values far from them (`INSERT INTO customers (name, email, ssn,
// dob) VALUES ('Keisha Abernathy', 'keisha.a@yahoo.com', '219-09-9999', '1979-08-23')`): a value's column is out of
// a context word's reach, and no table reader sees a table. The scanner also reads each such statement as the pipe
// table it is (`| name | email | ssn | dob |`, then one line per row), so that the column readers and the header
// context read it; what they find in a value is added at the text's own offsets (see plainIn).

/**
 * INSERT statements read as pipe tables: the reading's characters and, per character and one past the last, the
 * text's offset (a value's characters at their own, what the reading adds at the end of the value before it).
 */
export interface SqlInsertReading {
  readonly text: string;
  readonly offsets: Int32Array;
}

/** `INSERT INTO name (` or `INSERT INTO name(`: the statement's head, up to its column list. */
const INSERT_HEAD = /\binsert\s+(?:ignore\s+)?into\s+[\w."`[\]$-]{1,128}\s*\(/gi;
/** Most rows read per statement, and most characters of a value: beyond them, the reading stops. */
const MAX_ROWS = 10_000;
const MAX_VALUE = 1024;

/** Whether the text may hold an INSERT statement with a column list (a cheap test before the reading). */
export function holdsSqlInsert(text: string): boolean {
  return (text.includes('INSERT') || text.includes('insert') || text.includes('Insert')) && /\binsert\s/i.test(text);
}

/**
 * The text's INSERT statements that name their columns, each as a pipe table: a header line of the column names,
 * then a line per row of as many values. A string value reads as written between its quotes (`''` and `\'` as
 * they stand), a number or a bare word as written, `NULL` as an empty cell. A statement whose rows do not match its
 * columns, or hold an expression (a function call, a sub-query), ends its reading there. Undefined when the text
 * holds no such statement. Linear in the text.
 */
export function sqlInsertReading(text: string): SqlInsertReading | undefined {
  let out = '';
  const offsets: number[] = [];
  const emit = (piece: string, offset: number): void => {
    out += piece;
    for (let index = 0; index < piece.length; index++) offsets.push(offset);
  };
  const copy = (start: number, end: number): void => {
    out += text.slice(start, end);
    for (let index = start; index < end; index++) offsets.push(index);
  };
  INSERT_HEAD.lastIndex = 0;
  for (let head = INSERT_HEAD.exec(text); head !== null; head = INSERT_HEAD.exec(text)) {
    const columns = columnList(text, INSERT_HEAD.lastIndex);
    if (columns === undefined) continue;
    let at = skipBlanks(text, columns.end);
    if (!/^values\b/i.test(text.slice(at, at + 7))) continue;
    at = skipBlanks(text, at + 6);
    const rows: [number, number][][] = [];
    while (text.charCodeAt(at) === 40 && rows.length < MAX_ROWS) {
      const row = tuple(text, at + 1);
      if (row === undefined || row.values.length !== columns.names.length) break;
      rows.push(row.values);
      at = skipBlanks(text, row.end);
      if (text.charCodeAt(at) !== 44) break;
      at = skipBlanks(text, at + 1);
    }
    if (rows.length === 0) continue;
    INSERT_HEAD.lastIndex = at;
    // A blank line apart from the statement before: each is a table of its own.
    if (out.length > 0) emit('\n\n', head.index);
    emit('| ', head.index);
    for (const [start, end] of columns.names) {
      copy(start, end);
      emit(' | ', end);
    }
    for (const row of rows) {
      emit('\n| ', row[0]?.[0] ?? at);
      for (const [start, end] of row) {
        copy(start, end);
        emit(' | ', end);
      }
    }
  }
  if (out.length === 0) return undefined;
  offsets.push(text.length);
  return { text: out, offsets: Int32Array.from(offsets) };
}

/** The column names of a list opening at `at` (after its `(`), as [start, end) each, and where the list ends. */
function columnList(text: string, at: number): { names: [number, number][]; end: number } | undefined {
  const names: [number, number][] = [];
  let index = at;
  for (;;) {
    index = skipBlanks(text, index);
    const quote = text.charCodeAt(index);
    const closer = quote === 96 ? 96 : quote === 34 ? 34 : quote === 91 ? 93 : -1;
    const start = closer === -1 ? index : index + 1;
    let end = start;
    while (end < text.length && end - start <= 128 && isNameChar(text.charCodeAt(end))) end++;
    if (end === start || end - start > 128) return undefined;
    names.push([start, end]);
    index = closer === -1 ? end : text.charCodeAt(end) === closer ? end + 1 : -1;
    if (index === -1) return undefined;
    index = skipBlanks(text, index);
    const next = text.charCodeAt(index);
    if (next === 41) return { names, end: index + 1 };
    if (next !== 44 || names.length >= 512) return undefined;
    index++;
  }
}

/** The values of a row opening at `at` (after its `(`), as [start, end) each, and where the row ends. */
function tuple(text: string, at: number): { values: [number, number][]; end: number } | undefined {
  const values: [number, number][] = [];
  let index = at;
  for (;;) {
    index = skipBlanks(text, index);
    const quote = text.charCodeAt(index);
    let start: number;
    let end: number;
    if (quote === 39 || quote === 34) {
      start = index + 1;
      end = closingQuote(text, start, quote);
      if (end === -1) return undefined;
      index = end + 1;
    } else {
      start = index;
      end = index;
      while (end < text.length && end - start <= 64 && isBareValueChar(text.charCodeAt(end))) end++;
      if (end === start || end - start > 64) return undefined;
      index = end;
      // NULL says there is no value: an empty cell.
      if (/^null$/i.test(text.slice(start, end))) end = start;
    }
    values.push([start, end]);
    index = skipBlanks(text, index);
    const next = text.charCodeAt(index);
    if (next === 41) return { values, end: index + 1 };
    if (next !== 44 || values.length >= 512) return undefined;
    index++;
  }
}

/** The closing quote of a string opening at `start`: past `''` (or `""`) and a backslash's escape. -1 for none. */
function closingQuote(text: string, start: number, quote: number): number {
  for (let index = start; index < text.length && index - start <= MAX_VALUE; index++) {
    const code = text.charCodeAt(index);
    if (code === 92) index++;
    else if (code === quote) {
      if (text.charCodeAt(index + 1) !== quote) return index;
      index++;
    } else if (code === 10) return -1;
  }
  return -1;
}

function skipBlanks(text: string, at: number): number {
  let index = at;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
    index++;
  }
  return index;
}

/** A column name's character: letters (any script), digits, `_`, `$`, `-`, `.`. */
function isNameChar(code: number): boolean {
  return isAlnum(code) || code === 95 || code === 36 || code === 45 || code === 46 || code >= 0xc0;
}

/** A bare value's character: a number's, a bare word's (`TRUE`, `NULL`), a sign, a decimal point. */
function isBareValueChar(code: number): boolean {
  return isAlnum(code) || code === 95 || code === 45 || code === 43 || code === 46;
}
