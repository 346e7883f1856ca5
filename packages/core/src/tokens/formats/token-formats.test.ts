import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeterministicStream } from '../../crypto/deterministic-stream.js';
import { abaValid, ibanMod97, luhnCheckDigit, luhnValid } from './checksums.js';
import { TOKEN_FORMATS } from './format-registry.js';

const key = new Uint8Array(32).fill(7);
const stream = (seed: string) => new DeterministicStream(key, seed);
const format = (type: string) => {
  const found = TOKEN_FORMATS.get(type);
  if (!found) throw new Error(`no format ${type}`);
  return found;
};
const matchesGrammar = (type: string, token: string) => {
  const grammar = format(type).grammar;
  return [...token.matchAll(new RegExp(grammar.source, grammar.flags))].some((match) => match[0].trim() === token);
};

describe('checksums', () => {
  it('Luhn accepts published test numbers and rejects one-digit changes', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnCheckDigit('411111111111111')).toBe('1');
  });
  it('ABA accepts a real routing number and rejects a changed one', () => {
    expect(abaValid('011000015')).toBe(true); // Federal Reserve Bank of Boston
    expect(abaValid('011000016')).toBe(false);
  });
  it('IBAN mod-97 accepts the ISO 13616 example', () => {
    expect(ibanMod97('GB82WEST12345698765432')).toBe(1);
    expect(ibanMod97('GB82WEST12345698765433')).not.toBe(1);
  });
});

describe('format-preserving token formats', () => {
  it('US_SSN tokens are in area 000, keep separators, and match the grammar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('-', ' ', ''), (n, sep) => {
        const digits = String(n).padStart(9, '0');
        const value = `${digits.slice(0, 3)}${sep}${digits.slice(3, 5)}${sep}${digits.slice(5)}`;
        const token = format('US_SSN').candidate(value, stream(value));
        expect(token).toMatch(new RegExp(`^000${sep}\\d{2}${sep}\\d{4}$`));
        expect(matchesGrammar('US_SSN', token)).toBe(true);
      }),
    );
  });

  it('CREDIT_CARD tokens keep length and layout, start 99 and pass Luhn', () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 19 }), fc.boolean(), fc.string(), (length, spaced, seed) => {
        const digits = '4'.padEnd(length, '1');
        const value = spaced ? digits.replace(/(\d{4})(?=\d)/g, '$1 ') : digits;
        const token = format('CREDIT_CARD').candidate(value, stream(seed));
        expect(token.length).toBe(value.length);
        expect(token.replace(/\d/g, '9')).toBe(value.replace(/\d/g, '9'));
        const tokenDigits = token.replace(/\D/g, '');
        expect(tokenDigits.startsWith('99')).toBe(true);
        expect(luhnValid(tokenDigits)).toBe(true);
        expect(matchesGrammar('CREDIT_CARD', token)).toBe(true);
      }),
    );
  });

  it('ABA_ROUTING_NUMBER tokens start with 5 (unassigned) and pass the checksum', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const token = format('ABA_ROUTING_NUMBER').candidate('011000015', stream(seed));
        expect(token).toMatch(/^5\d{8}$/);
        expect(abaValid(token)).toBe(true);
        expect(matchesGrammar('ABA_ROUTING_NUMBER', token)).toBe(true);
      }),
    );
  });

  it('IBAN_CODE tokens keep country, length, letter/digit pattern and spacing, and pass mod-97', () => {
    for (const value of ['GB82WEST12345698765432', 'DE89 3704 0044 0532 0130 00', 'ES9121000418450200051332']) {
      fc.assert(
        fc.property(fc.string(), (seed) => {
          const token = format('IBAN_CODE').candidate(value, stream(seed));
          expect(token.slice(0, 2)).toBe(value.slice(0, 2));
          expect(token.length).toBe(value.length);
          expect(token.replace(/[A-Z]/g, 'A').replace(/\d/g, '9').slice(4)).toBe(
            value.replace(/[A-Z]/g, 'A').replace(/\d/g, '9').slice(4),
          );
          expect(ibanMod97(token.replace(/ /g, ''))).toBe(1);
        }),
        { numRuns: 50 },
      );
    }
  });

  it('IP_ADDRESS tokens are valid addresses in 240.0.0.0/4 (not broadcast) or 2001:db8::/32', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV6(), fc.string(), (v4, v6, seed) => {
        const token4 = format('IP_ADDRESS').candidate(v4, stream(seed));
        expect(isIP(token4)).toBe(4);
        const first = Number(token4.split('.')[0]);
        expect(first).toBeGreaterThanOrEqual(240);
        expect(first).toBeLessThanOrEqual(254);
        expect(matchesGrammar('IP_ADDRESS', token4)).toBe(true);
        const token6 = format('IP_ADDRESS').candidate(v6, stream(seed));
        expect(isIP(token6)).toBe(6);
        expect(token6.startsWith('2001:db8:')).toBe(true);
        expect(matchesGrammar('IP_ADDRESS', token6)).toBe(true);
      }),
    );
    expect(format('IP_ADDRESS').candidate('10.0.0.0/8', stream('x'))).toMatch(/\/8$/);
  });

  it('EMAIL_ADDRESS tokens are valid addresses under the reserved .invalid TLD', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const token = format('EMAIL_ADDRESS').candidate(email, stream(email));
        expect(token).toMatch(/^[a-z2-7]{12}@mask\.invalid$/);
        expect(matchesGrammar('EMAIL_ADDRESS', token)).toBe(true);
      }),
    );
  });

  it('PHONE_NUMBER tokens keep punctuation and country code; NANP numbers land in 555-0100..0199', () => {
    const nanp = format('PHONE_NUMBER').candidate('+1 (415) 867-5309', stream('a'));
    expect(nanp).toMatch(/^\+1 \([2-9]\d\d\) 555-01\d\d$/);
    const national = format('PHONE_NUMBER').candidate('(415) 867-5309', stream('b'));
    expect(national).toMatch(/^\([2-9]\d\d\) 555-01\d\d$/);
    const london = format('PHONE_NUMBER').candidate('+44 20 7946 0958', stream('e'));
    expect(london).toMatch(/^\+44 20 7946 0\d{3}$/);
    const mobile = format('PHONE_NUMBER').candidate('+44 7911 123456', stream('f'));
    expect(mobile).toMatch(/^\+44 7700 900\d{3}$/);
    const spain = format('PHONE_NUMBER').candidate('+34 612 345 678', stream('c'));
    expect(spain).toMatch(/^\+34 \d{3} \d{3} \d{3}$/);
    const uk = format('PHONE_NUMBER').candidate('+44 20 7946 0958', stream('d'));
    expect(uk.startsWith('+44 ')).toBe(true);
  });

  it('real data of the same shape is not a token shape: SSNs outside area 000, cards outside the 99 prefix', () => {
    expect(matchesGrammar('US_SSN', '123-45-6789')).toBe(false);
    expect(matchesGrammar('US_SSN', '666-12-3456')).toBe(false);
    expect(matchesGrammar('CREDIT_CARD', '4111 1111 1111 1111')).toBe(false);
    expect(matchesGrammar('ABA_ROUTING_NUMBER', '011000015')).toBe(false);
    expect(matchesGrammar('IP_ADDRESS', '192.168.1.1')).toBe(false);
    expect(matchesGrammar('EMAIL_ADDRESS', 'jane@example.com')).toBe(false);
  });

  it('the same seed gives the same candidate; another seed another', () => {
    const a = format('US_SSN').candidate('123-45-6789', stream('s1'));
    expect(format('US_SSN').candidate('123-45-6789', stream('s1'))).toBe(a);
    const others = new Set(
      Array.from({ length: 20 }, (_, i) => format('US_SSN').candidate('123-45-6789', stream(`s${i}`))),
    );
    expect(others.size).toBeGreaterThan(15);
  });
});
