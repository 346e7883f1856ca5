import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuitValid, nitValid, rfcValid, rucValid, rutValid } from './mod11.js';

const DIGITS = '0123456789';

/** The check characters among `alphabet` that complete `body` (a mod-11 check digit admits exactly one). */
function completions(body: string, alphabet: string, valid: (value: string) => boolean, join = ''): string[] {
  return [...alphabet].filter((check) => valid(`${body}${join}${check}`));
}

const digitString = (length: number) => fc.array(fc.constantFrom(...DIGITS), { minLength: length, maxLength: length });

describe('mod-11 check digits of Latin American tax numbers', () => {
  it("accepts SAT's published RFCs and rejects one published with a wrong check digit", () => {
    expect(rfcValid('GODE561231GR8')).toBe(true);
    expect(rfcValid('MAB9307148T4')).toBe(true);
    expect(rfcValid('VACE460910SX6')).toBe(false);
  });

  it('completes an RFC with exactly one check character, and never on an impossible date', () => {
    expect(completions('GODE561231GR', `${DIGITS}A`, rfcValid)).toEqual(['8']);
    expect(completions('MUÑO800101AB', `${DIGITS}A`, rfcValid)).toEqual(['3']);
    expect(completions('GODE000229GR', `${DIGITS}A`, rfcValid)).toHaveLength(1);
    expect(completions('GODE010229GR', `${DIGITS}A`, rfcValid)).toEqual([]);
    expect(completions('GODE560230GR', `${DIGITS}A`, rfcValid)).toEqual([]);
    expect(completions('GODE561301GR', `${DIGITS}A`, rfcValid)).toEqual([]);
  });

  it('completes every RUT body with exactly one of 0-9 and K, dotted or not', () => {
    expect(rutValid('12.345.678-5')).toBe(true);
    expect(rutValid('10000013-k')).toBe(true);
    fc.assert(
      fc.property(digitString(8), (digits) => {
        const body = digits.join('').replace(/^0/, '1');
        fc.pre(!/^(.)\1*$/.test(body));
        expect(completions(body, `${DIGITS}K`, rutValid, '-')).toHaveLength(1);
      }),
    );
    expect(rutValid('11.111.111-1')).toBe(false);
    expect(rutValid('123.456.789-1')).toBe(false);
  });

  it('completes a CUIT with at most one digit, only after a CUIT prefix', () => {
    expect(cuitValid('20-12345678-6')).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom('20', '23', '24', '27', '30', '33', '34'), digitString(8), (prefix, digits) => {
        expect(completions(`${prefix}${digits.join('')}`, DIGITS, cuitValid).length).toBeLessThanOrEqual(1);
      }),
    );
    // Remainder 1 would need a check digit of 10: AFIP issues such a number under prefix 23 instead.
    expect(completions('2012345600', DIGITS, cuitValid)).toEqual([]);
    expect(completions('2312345600', DIGITS, cuitValid)).toEqual(['9']);
    expect(completions('2112345678', DIGITS, cuitValid)).toEqual([]);
  });

  it('completes a RUC with exactly one digit, only after a RUC prefix', () => {
    expect(rucValid('20100070970')).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom('10', '15', '17', '20'), digitString(8), (prefix, digits) => {
        expect(completions(`${prefix}${digits.join('')}`, DIGITS, rucValid)).toHaveLength(1);
      }),
    );
    expect(completions('1210007097', DIGITS, rucValid)).toEqual([]);
  });

  it('completes a NIT with exactly one digit, dotted or not, never with K', () => {
    expect(nitValid('900.123.456-8')).toBe(true);
    expect(nitValid('900123456-8')).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 15 }), digitString(15), (length, digits) => {
        const body = digits.join('').slice(0, length).replace(/^0/, '1');
        fc.pre(!/^(.)\1*$/.test(body));
        expect(completions(body, `${DIGITS}K`, nitValid, '-')).toHaveLength(1);
      }),
    );
  });
});
