import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsOf, luhn } from './checksums.js';

describe('digitsOf', () => {
  it('keeps the ASCII digits of any string, in order, as a regex replace would', () => {
    // Digits, separators, letters and digits of other scripts (Arabic-Indic, full-width), which are not kept.
    const alphabet = ['0', '1', '7', '9', ' ', '-', '.', 'a', 'Z', '\u0661', '\uff11', '\u2013'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (characters) => {
        const value = characters.join('');
        expect(digitsOf(value)).toBe(value.replace(/[^0-9]/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads grouped and bare numbers', () => {
    expect(digitsOf('4111 1111-1111.1111')).toBe('4111111111111111');
    expect(digitsOf('4111111111111111')).toBe('4111111111111111');
    expect(digitsOf('x')).toBe('');
    expect(digitsOf('')).toBe('');
  });
});

describe('luhn', () => {
  it('accepts a valid number and rejects every single-digit change of it', () => {
    const valid = '4111111111111111';
    expect(luhn(valid)).toBe(true);
    for (let index = 0; index < valid.length; index++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === valid[index]) continue;
        expect(luhn(`${valid.slice(0, index)}${digit}${valid.slice(index + 1)}`)).toBe(false);
      }
    }
  });
});
