import { describe, expect, it } from 'vitest';
import type { Span } from '../scanner/span.js';
import { addCoverage, wordsOf } from './field-context.js';
import { PatternScanner } from './pattern-scanner.js';

const span = (type: string, start: number, end: number, score = 0.9): Span => ({
  type,
  start,
  end,
  score,
  recognizer: type.toLowerCase(),
});

describe('addCoverage', () => {
  it('adds keyed spans that overlap nothing, and those that cover every plain span they touch', () => {
    const phone = span('PHONE_NUMBER', 0, 12, 0.65);
    const email = span('EMAIL_ADDRESS', 20, 35);
    const whole = span('PASSWORD', 0, 12, 1);
    const apart = span('US_SSN', 40, 51);
    expect(addCoverage([phone, email], [whole, apart])).toEqual([whole, email, apart]);
  });

  it('never lets a keyed span cut a plain one short, whatever its score', () => {
    // A password read as the first group of a phone number would leave the rest of the number in the clear.
    const phone = span('PHONE_NUMBER', 0, 12, 0.65);
    const firstGroup = span('PASSWORD', 0, 3, 1);
    const straddling = span('API_SECRET', 8, 16, 1);
    expect(addCoverage([phone], [firstGroup, straddling])).toEqual([phone]);
  });
});

describe('wordsOf', () => {
  it('splits camelCase, separators and digits, lower-cases, and makes the last word singular', () => {
    expect(wordsOf('newPassword')).toEqual(['new', 'password']);
    expect(wordsOf('patient_DOB')).toEqual(['patient', 'dob']);
    expect(wordsOf('Password:')).toEqual(['password']);
    expect(wordsOf('password1')).toEqual(['password']);
    expect(wordsOf('ssns')).toEqual(['ssn']);
    expect(wordsOf('address')).toEqual(['address']);
    expect(wordsOf('homeAddresses')).toEqual(['home', 'address']);
    expect(wordsOf('passes')).toEqual(['pass']);
    expect(wordsOf('número_de_cuenta')).toEqual(['número', 'de', 'cuenta']);
  });
});

describe('a national phone number under a phone key', () => {
  it("is read in the scanner's phone regions, as the phone recognizer reads one in text", () => {
    // A Spanish mobile's nine digits: a phone number where Spain is a region, nothing where only the US is.
    expect(new PatternScanner().scanSync('654321098', { field: 'phone' }).map((span) => span.type)).toEqual([
      'PHONE_NUMBER',
    ]);
    expect(new PatternScanner({ phoneRegions: ['US'] }).scanSync('654321098', { field: 'phone' })).toEqual([]);
  });
});
