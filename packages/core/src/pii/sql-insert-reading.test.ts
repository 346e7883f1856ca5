import { describe, expect, it } from 'vitest';
import { plainIn } from './html-reading.js';
import { PatternScanner } from './pattern-scanner.js';
import { sqlInsertReading } from './sql-insert-reading.js';

const scanner = new PatternScanner();

function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('SQL INSERT statements read as tables', () => {
  it('reads a statement as a pipe table, each value at its own offsets', () => {
    const text = "INSERT INTO customers (name, ssn) VALUES ('Ana O''Neil', '536-22-1234'), ('Luis', NULL);";
    const reading = sqlInsertReading(text);
    expect(reading?.text).toBe("| name | ssn | \n| Ana O''Neil | 536-22-1234 | \n| Luis |  | ");
    const at = reading!.text.indexOf('536-22-1234');
    expect(plainIn(reading!, at, at + 11)).toBe(true);
    expect(text.slice(reading!.offsets[at], reading!.offsets[at + 11])).toBe('536-22-1234');
    // Across a cell's border: no value of the text.
    expect(plainIn(reading!, at - 3, at + 11)).toBe(false);
  });

  it('finds values by their column: an SSN, a birth date, a medical record number, a ZIP code', () => {
    expect(
      found(
        "INSERT INTO customers (name, email, ssn, dob) VALUES ('Keisha Abernathy', 'keisha.a@yahoo.com', '219-09-9999', '1979-08-23');",
      ),
    ).toEqual([
      ['PERSON', 'Keisha Abernathy'],
      ['EMAIL_ADDRESS', 'keisha.a@yahoo.com'],
      ['US_SSN', '219-09-9999'],
      ['DATE_OF_BIRTH', '1979-08-23'],
    ]);
    const dump =
      "INSERT INTO `patients` (`id`, `last_name`, `mrn`, `zip`) VALUES\n(1, 'Baptiste', '00482913', '60540'),\n(2, 'Ferreira', '00482914', '62704');";
    expect(found(dump)).toEqual([
      ['PERSON', 'Baptiste'],
      ['MEDICAL_RECORD_NUMBER', '00482913'],
      ['LOCATION', '60540'],
      ['PERSON', 'Ferreira'],
      ['MEDICAL_RECORD_NUMBER', '00482914'],
      ['LOCATION', '62704'],
    ]);
  });

  it('reads nothing it cannot line up: no column list, an expression, a row of another width, prose', () => {
    expect(sqlInsertReading("INSERT INTO t VALUES ('536-22-1234')")).toBeUndefined();
    expect(sqlInsertReading("INSERT INTO t (a, created) VALUES ('x', NOW())")).toBeUndefined();
    expect(sqlInsertReading("INSERT INTO t (a, b) VALUES ('x')")).toBeUndefined();
    expect(sqlInsertReading('insert the card into the reader (slot A) values')).toBeUndefined();
    expect(found("INSERT INTO orders (id, total) VALUES (4821, '19.99');")).toEqual([]);
  });

  it('reads at most 10,000 rows of a statement, and an unterminated one up to its last whole row', () => {
    const text = `INSERT INTO t (a) VALUES ${"('x'), ".repeat(20_000)}('`;
    expect(sqlInsertReading(text)?.text.split('\n').length).toBe(10_001);
    expect(sqlInsertReading(`INSERT INTO t (a) VALUES ('x'), ('y'), ('`)?.text).toBe('| a | \n| x | \n| y | ');
  });
});
