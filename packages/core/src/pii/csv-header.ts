// Context for tables: in CSV/TSV text the words that name a value sit in the header row, far from the value.
// The header of a candidate's column counts as context, as a person reading the table would take it.

const DELIMITERS = [',', '\t', ';', '|'] as const;
const MAX_LINE = 4096;

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
  const line = text.slice(0, newline).replace(/\r$/, '');
  if (/\d{4}/.test(line)) return undefined;
  let delimiter: string | undefined;
  let best = 0;
  for (const candidate of DELIMITERS) {
    const count = line.split(candidate).length - 1;
    if (count > best) {
      best = count;
      delimiter = candidate;
    }
  }
  if (delimiter === undefined) return undefined;
  return { delimiter, cells: line.split(delimiter).map((cell) => cell.replace(/^"|"$/g, '').trim()) };
}

/**
 * The header cell above the value at `start`: counts delimiters (outside double quotes) from the start of the
 * value's line, which must be a later line no longer than {@link MAX_LINE}.
 */
export function headerCellAt(text: string, header: CsvHeader, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || start - lineStart > MAX_LINE) return undefined;
  let column = 0;
  let quoted = false;
  const delimiter = header.delimiter.charCodeAt(0);
  for (let index = lineStart; index < start; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) quoted = !quoted;
    else if (code === delimiter && !quoted) column++;
  }
  return header.cells[column];
}
