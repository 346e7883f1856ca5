import { describe, expect, it } from 'vitest';
import { cellReading, holdsCells } from './html-cells.js';
import { PatternScanner } from './pattern-scanner.js';

describe('cellReading', () => {
  it('reads table rows and definition lists as pipe-table lines, text at its own offsets', () => {
    const table = '<table><tr><th>Name</th><th>CVV</th></tr>\n<tr><td>Ana</td><td>123</td></tr></table>';
    const reading = cellReading(table);
    expect(reading.text).toBe('\n| Name | CVV |\n| Ana | 123 |\n');
    const at = reading.text.indexOf('123');
    expect(table.slice(reading.offsets[at], (reading.offsets[at + 2] as number) + 1)).toBe('123');
    expect(cellReading('<dl><dt>PIN</dt><dd>4821</dd><dt>Bank</dt><dd>Acme</dd></dl>').text).toBe(
      '\n| PIN | 4821 |\n| Bank | Acme |\n',
    );
  });

  it('reads other tags as white space and a `<` of prose as text', () => {
    expect(cellReading('a < b and <b>bold</b> text<br>next').text).toBe('a < b and  bold  text\nnext');
    expect(holdsCells('a < b and <b>bold</b>')).toBe(false);
    expect(holdsCells('<TD>x</TD >')).toBe(true);
  });
});

describe('the scanner reads HTML tables and definition lists as pipe tables too', () => {
  const scanner = new PatternScanner();
  const found = (text: string): string[] =>
    scanner.scanSync(text).map((span) => `${span.type} ${text.slice(span.start, span.end)}`);

  it('finds values a label cell or a column header names', () => {
    expect(found('<tr><td>Password</td><td>Xk9mQ2vL7p</td></tr>')).toEqual(['PASSWORD Xk9mQ2vL7p']);
    expect(found('<tr><td>cvv</td><td>727</td></tr>')).toEqual(['CARD_SECURITY_CODE 727']);
    expect(found('<dl><dt>MRN</dt><dd>00123456</dd></dl>')).toEqual(['MEDICAL_RECORD_NUMBER 00123456']);
    expect(
      found(
        '<p>Orders</p>\n<table><tr><th>Name</th><th>Card</th><th>CVV</th></tr>\n' +
          '<tr><td>Ana</td><td>4111 1111 1111 1111</td><td>123</td></tr></table>',
      ),
    ).toEqual(['CREDIT_CARD 4111 1111 1111 1111', 'CARD_SECURITY_CODE 123']);
  });

  it('adds nothing a cell does not name', () => {
    expect(found('<table><tr><td>Total</td><td>123</td></tr><tr><td>Version</td><td>4.12.0</td></tr></table>')).toEqual(
      [],
    );
    expect(found('<tr><td>SSN</td><td>536-22-8741</td></tr>')).toEqual(['US_SSN 536-22-8741']);
  });
});
