import { describe, expect, it } from 'vitest';
import {
  type CsvHeader,
  columnName,
  csvHeaderAt,
  firstTableHeaderLine,
  hasLaterHeaderLine,
  headerColumnAt,
  lowerColumnNames,
  readCsvHeader,
  tableTopAbove,
} from './csv-header.js';
import { LineStarts } from './line-starts.js';

/** The arguments after `text` of tableTopAbove and headerColumnAt for the value at `start`. */
const at = (text: string, start: number): [number, number] => [new LineStarts(text).of(start), start];

import { PatternScanner } from './pattern-scanner.js';

// The header reader and the column-name spelling as first written (split and regex replaces): the reference
// for the one-pass versions.
function referenceHeader(text: string): { delimiter: string; cells: string[] } | undefined {
  const newline = text.indexOf('\n');
  if (newline <= 0 || newline > 4096) return undefined;
  const line = text.slice(0, newline).replace(/\r$/, '');
  if (/\d{4}/.test(line)) return undefined;
  let delimiter: string | undefined;
  let best = 0;
  for (const candidate of [',', '\t', ';', '|']) {
    const count = line.split(candidate).length - 1;
    if (count > best) {
      best = count;
      delimiter = candidate;
    }
  }
  if (delimiter === undefined) return undefined;
  return { delimiter, cells: line.split(delimiter).map((cell) => cell.replace(/^"|"$/g, '').trim()) };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const PIECES = ['id', 'routing_number', 'routingNumber', 'Routing Number', 'e-mail', '"iban"', ' "a" ', '"', '""'];
const GLUE = [',', '\t', ';', '|', ' ', '\r', '\n', '1', '12', '1234', '__', '-_-', 'aB', 'zZ', '\u00a0'];

function sample(next: () => number): string {
  let text = '';
  for (let part = Math.floor(next() * 10); part >= 0; part--) {
    text += next() < 0.5 ? PIECES[Math.floor(next() * PIECES.length)] : GLUE[Math.floor(next() * GLUE.length)];
  }
  return text;
}

describe('CSV header', () => {
  it('reads the same header as the split-based reader', () => {
    const next = random(11);
    let headers = 0;
    for (let round = 0; round < 5000; round++) {
      const text = sample(next);
      const expected = referenceHeader(text);
      expect({ text, header: readCsvHeader(text) }).toEqual({ text, header: expected });
      if (expected !== undefined) headers++;
    }
    expect(headers).toBeGreaterThan(100);
  });

  it('spells column names as the regex replaces do', () => {
    const next = random(12);
    for (let round = 0; round < 5000; round++) {
      const cell = sample(next);
      expect(columnName(cell)).toBe(cell.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' '));
    }
  });

  it('finds the header cell above a value', () => {
    const text = 'id,"routing number",iban\n1,"a,b",GB82 WEST';
    const header = readCsvHeader(text);
    expect(header).toBeDefined();
    const found = header as NonNullable<typeof header>;
    expect(found.cells[headerColumnAt(text, found, ...at(text, text.indexOf('GB82')))]).toBe('iban');
    expect(headerColumnAt(text, found, ...at(text, 1))).toBe(-1);
  });
});

describe('tables that do not start the text', () => {
  const table =
    'customer,notes,account_number,bank\n0,call back,123456789000,acme\n1,"Smith, John",123456796919,acme\n';

  it('finds the top of the table holding a value: same delimiter count (outside quotes), no blank line between', () => {
    const text = `Here is the export, as asked:\n${table}\nthanks\n`;
    const tops = new Map<number, number>();
    const header = text.indexOf('customer');
    expect(tableTopAbove(text, ...at(text, text.indexOf('123456789000')), tops)).toBe(header);
    expect(tableTopAbove(text, ...at(text, text.indexOf('123456796919')), tops)).toBe(header);
    expect(tableTopAbove(text, ...at(text, text.indexOf('as asked')), tops)).toBeUndefined();
    expect(
      tableTopAbove(
        `intro\n\n${table}`,
        ...at(`intro\n\n${table}`, `intro\n\n${table}`.indexOf('1234567969')),
        new Map(),
      ),
    ).toBe(7);
    // A blank line or a line with another number of delimiters is not part of the table.
    const broken = `a,b,c,d\nx,y\n0,call back,123456789000,acme\n`;
    expect(tableTopAbove(broken, ...at(broken, broken.indexOf('1234')), new Map())).toBeUndefined();
  });

  it('tells in one pass whether any later line could be a header', () => {
    expect(hasLaterHeaderLine(`intro\n${table}`)).toBe(true);
    expect(hasLaterHeaderLine('2026-11-22 a,b\n2026-11-22 c,d\n')).toBe(false);
    expect(hasLaterHeaderLine('only one line, with commas')).toBe(false);
  });

  it('gives a table after a line of prose or a paragraph the same findings as the table alone', async () => {
    const scanner = new PatternScanner();
    const alone = (await scanner.scan(table)).map((span) => [span.type, table.slice(span.start, span.end)]);
    expect(alone).toHaveLength(2);
    for (const preamble of [
      'Here is the export you asked for:\n',
      'Hi, as asked, here it is:\n',
      'Export below.\n\n',
    ]) {
      const text = preamble + table;
      const found = (await scanner.scan(text)).map((span) => [span.type, text.slice(span.start, span.end)]);
      expect({ preamble, found }).toEqual({ preamble, found: alone });
    }
  });
});

describe('LineStarts', () => {
  it('gives the start of the line holding a position: 0 on the first line, else one past the last newline before it', () => {
    const text = 'ab\ncd\n\nef';
    const lines = new LineStarts(text);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((position) => lines.of(position))).toEqual([
      0, 0, 0, 3, 3, 3, 6, 7, 7, 7,
    ]);
    expect(new LineStarts('no newline').of(5)).toBe(0);
  });
});

describe('firstTableHeaderLine', () => {
  it('finds the first line a row of as many of its delimiter follows, past border lines, and none in prose', () => {
    expect(firstTableHeaderLine('name,city\nAna,Madrid')).toBe(0);
    const prose = 'Hello Ana,\nthe order shipped.\n\n';
    expect(firstTableHeaderLine(`${prose}name,city\nAna,Madrid`)).toBe(prose.length);
    expect(firstTableHeaderLine('| name | city |\n|------|------|\n| Ana | Madrid |')).toBe(0);
    // A quoted delimiter is no cell's: the row holds one comma as the header does.
    expect(firstTableHeaderLine('name,address\nAna,"5 Main St, Springfield"')).toBe(0);
    // Prose, a log (a timestamp on every line) and a header without rows head no table.
    expect(firstTableHeaderLine('Dear Ana, thanks for the order.\nIt shipped today.\nBest, Luis')).toBe(-1);
    // Two lines of prose with a comma each are as much a table as the readers take one to be.
    expect(firstTableHeaderLine('Hi Ana, thanks.\nBest, Luis')).toBe(0);
    expect(firstTableHeaderLine('2026-11-24 10:00:01 a=1, b=2\n2026-11-24 10:00:02 a=3, b=4')).toBe(-1);
    expect(firstTableHeaderLine('name,city\n\nAna,Madrid')).toBe(-1);
    expect(firstTableHeaderLine('name,city')).toBe(-1);
  });

  it('leaves a table after prose its cells', () => {
    const scanner = new PatternScanner();
    const text = 'Dear team, here is the export.\nThanks, Ana\n\nlast_name,city\nOkonkwo-Baptiste,Kilcoole';
    const values = scanner.scanSync(text).map((span) => text.slice(span.start, span.end));
    expect(values).toEqual(expect.arrayContaining(['Okonkwo-Baptiste', 'Kilcoole']));
  });
});

describe('csvHeaderAt', () => {
  it('reads the header of the line at an offset, as readCsvHeader reads that line, once per text', () => {
    const text = 'note: export below\nid,name,email\n1,Ana,ana@example.com\n';
    const at = text.indexOf('id,');
    expect(csvHeaderAt(text, at)).toEqual(readCsvHeader('id,name,email\n'));
    expect(csvHeaderAt(text, at)).toBe(csvHeaderAt(text, at));
    expect(csvHeaderAt(text, 0)).toBeUndefined();
    // The last line has no line break after it: no header (readCsvHeader needs one).
    expect(csvHeaderAt('id,name', 0)).toBeUndefined();
    // Another text at the same offset is read anew, not served the last text's header.
    expect(csvHeaderAt('id;name;iban\n1;Ana;x\n', 0)?.cells).toEqual(['id', 'name', 'iban']);
    expect(csvHeaderAt('id,name,email\n', 0)?.cells).toEqual(['id', 'name', 'email']);
  });

  it('spells each column name in lower case, words apart', () => {
    const header = readCsvHeader('firstName,LAST_NAME,"Email-Address"\n') as CsvHeader;
    expect(lowerColumnNames(header)).toEqual(['first name', 'last name', 'email address']);
  });
});
