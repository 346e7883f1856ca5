import { describe, expect, it } from 'vitest';
import { asciiCodes } from './ascii-codes.js';
import { PatternScanner } from './pattern-scanner.js';

describe('asciiCodes', () => {
  it('gives an ASCII text its character codes, in the scratch array when it is long enough', () => {
    const scratch = new Uint8Array(64).fill(7);
    const codes = asciiCodes('SSN 123-45-6789', scratch);
    expect(codes).toBe(scratch);
    expect([...codes.subarray(0, 15)]).toEqual([...'SSN 123-45-6789'].map((c) => c.charCodeAt(0)));
  });

  it('reads every non-ASCII character as 128, one byte per UTF-16 unit, so offsets stay the text’s', () => {
    // é (2 UTF-8 bytes), 😀 (a surrogate pair: two units) and a lone surrogate (3 bytes as U+FFFD).
    const text = 'é1😀2\ud800Z';
    const codes = asciiCodes(text, new Uint8Array(4));
    expect(codes.length).toBeGreaterThanOrEqual(text.length);
    expect([...codes.subarray(0, text.length)]).toEqual([128, 49, 128, 128, 50, 128, 90]);
  });

  it('reads the dashes word processors put for hyphens as `-`, in short and long texts', () => {
    const dashes = '\u2010\u2011\u2012\u2013\u2014\u2212';
    // U+2015 (horizontal bar) and U+2043 (hyphen bullet) are no such dash.
    for (const text of [`${dashes}\u2015\u2043`, `${'x'.repeat(1024)}${dashes}\u2015\u2043`]) {
      const codes = asciiCodes(text, undefined);
      expect([...codes.subarray(text.length - 8, text.length)]).toEqual([45, 45, 45, 45, 45, 45, 128, 128]);
    }
  });

  it('gives the same bytes for a long text (the native path, 1 KB and up), ASCII or not', () => {
    for (const text of ['SSN 123-45-6789 '.repeat(100), `${'SSN 123-45-6789 '.repeat(100)}é😀\ud800Z`]) {
      const codes = asciiCodes(text, undefined);
      const expected = [...text].flatMap((char) =>
        char.length === 2 ? [128, 128] : [Math.min(char.charCodeAt(0), 128)],
      );
      expect(text.length).toBeGreaterThanOrEqual(1024);
      expect([...codes.subarray(0, text.length)]).toEqual(expected);
    }
  });

  it('does not read past the text when the scratch array holds an earlier, longer text', () => {
    const scratch = asciiCodes('4111111111111111 is a card', undefined);
    const codes = asciiCodes('ñ9', scratch);
    expect([...codes.subarray(0, 2)]).toEqual([128, 57]);
  });
});

describe('the word-run pass over non-ASCII text', () => {
  it('finds digit runs and windowed patterns at the same offsets after accented letters and emoji', () => {
    const scanner = new PatternScanner();
    const prefix = 'Número de la señora Núñez 😀: ';
    const text = `${prefix}SSN 536-22-1234, tarjeta 4111 1111 1111 1111`;
    const spans = scanner.scanSync(text);
    const ssn = spans.find((span) => span.type === 'US_SSN');
    const card = spans.find((span) => span.type === 'CREDIT_CARD');
    expect(ssn && text.slice(ssn.start, ssn.end)).toBe('536-22-1234');
    expect(card && text.slice(card.start, card.end)).toBe('4111 1111 1111 1111');
  });

  it('does not take a non-ASCII letter whose low byte is a digit or letter for part of a word', () => {
    // U+0130 and U+0131 have low bytes 0x30 ('0') and 0x31 ('1'): a byte cast would glue them to the digits.
    const scanner = new PatternScanner();
    const text = 'İ536-22-1234ı';
    const ssn = scanner.scanSync(text).find((span) => span.type === 'US_SSN');
    expect(ssn && text.slice(ssn.start, ssn.end)).toBe('536-22-1234');
  });
});
