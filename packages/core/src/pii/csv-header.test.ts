import { describe, expect, it } from 'vitest';
import { columnName, headerCellAt, readCsvHeader } from './csv-header.js';

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
    expect(headerCellAt(text, header as NonNullable<typeof header>, text.indexOf('GB82'))).toBe('iban');
    expect(headerCellAt(text, header as NonNullable<typeof header>, 1)).toBeUndefined();
  });
});
