import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const found = (text: string): [string, string][] =>
  scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);

describe("CREDIT_CARD in a booking's form of payment", () => {
  it('reads the card number glued to its brand in an Amadeus FP element (red team: it reached the model)', () => {
    expect(found('9 FP CCVI4532015112830366/0928')).toEqual([['CREDIT_CARD', '4532015112830366']]);
    expect(found('FP PAX CCCA5555555555554444/1127/N123456')).toEqual([['CREDIT_CARD', '5555555555554444']]);
  });

  it('leaves a number failing the Luhn check, one without its expiry, and other elements', () => {
    expect(found('9 FP CCVI4532015112830367/0928')).toEqual([]);
    expect(found('9 FP CCVI4532015112830366')).toEqual([]);
    expect(found('9 FP CASH')).toEqual([]);
  });
});
