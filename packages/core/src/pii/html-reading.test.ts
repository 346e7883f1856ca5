import { describe, expect, it } from 'vitest';
import { holdsMarkup, htmlReading } from './html-reading.js';
import { PatternScanner } from './pattern-scanner.js';

describe('htmlReading', () => {
  it('reads table rows and definition lists as pipe-table lines, text at its own offsets', () => {
    const table = '<table><tr><th>Name</th><th>CVV</th></tr>\n<tr><td>Ana</td><td>123</td></tr></table>';
    const reading = htmlReading(table);
    expect(reading.text).toBe('\n| Name | CVV |\n| Ana | 123 |\n');
    const at = reading.text.indexOf('123');
    expect(table.slice(reading.offsets[at], (reading.offsets[at + 2] as number) + 1)).toBe('123');
    expect(htmlReading('<dl><dt>PIN</dt><dd>4821</dd><dt>Bank</dt><dd>Acme</dd></dl>').text).toBe(
      '\n| PIN | 4821 |\n| Bank | Acme |\n',
    );
  });

  it('reads other tags as white space and a `<` of prose as text', () => {
    expect(htmlReading('a < b and <b>bold</b> text<br>next').text).toBe('a < b and  bold  text\nnext');
    expect(holdsMarkup('a < b and c <d')).toBe(false);
    expect(holdsMarkup('a<b and <b>bold</b>')).toBe(true);
    expect(holdsMarkup('<TD>x</TD >')).toBe(true);
    expect(holdsMarkup('CVV:<br>123')).toBe(false);
  });
});

describe('the scanner reads HTML without its tags too', () => {
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

  it('finds values labelled in inline elements', () => {
    expect(found('<b>CVV:</b> 123')).toEqual(['CARD_SECURITY_CODE 123']);
    expect(found('<label>PIN</label> <span>4821</span>')).toEqual(['PIN 4821']);
    expect(found('<p><strong>Password:</strong> Xk9mQ2vL7p</p>')).toEqual(['PASSWORD Xk9mQ2vL7p']);
    // A line break ends a label's reach, as it does in plain text.
    expect(found('<p>Your PIN:<br>4821</p>')).toEqual([]);
    expect(found('<span class="label">MRN</span><span class="value">00123456</span>')).toEqual([
      'MEDICAL_RECORD_NUMBER 00123456',
    ]);
  });

  it('adds nothing inline text does not label', () => {
    expect(found('<b>Total:</b> 123 <i>items</i>')).toEqual([]);
    expect(found('<span>Version</span> 4.12.0 <span>build</span> 4821')).toEqual([]);
    expect(found('<h2>PIN reset</h2><p>Ticket 4821 is open.</p>')).toEqual([]);
    // A value in an attribute is not text: no label reads it.
    expect(found('<label>PIN</label><input value="4821">')).toEqual([]);
  });
});
