import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { DEFAULT_THRESHOLD } from '../recognizer.js';
import { ngBvnRecognizer, ngNinRecognizer } from './nigeria.js';

// Neither number has a published check digit: any eleven digits are one, so the examples are made up (BVNs as NIBSS
// issues them, from 22) and only the word next to them makes them a BVN or a NIN.
const scanner = new PatternScanner();
const found = (text: string, type: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === type)
    .map((span) => text.slice(span.start, span.end));

describe('NG_BVN', () => {
  it('reads eleven digits next to its word', () => {
    expect(found('BVN: 22156789012', 'NG_BVN')).toEqual(['22156789012']);
    expect(found('Bank Verification Number 22298765431', 'NG_BVN')).toEqual(['22298765431']);
    expect(found('{"bvn":"22156789012"}', 'NG_BVN')).toEqual(['22156789012']);
    expect(found('Please confirm your BVN is 22156789012.', 'NG_BVN')).toEqual(['22156789012']);
    expect(found('22298765431 (BVN)', 'NG_BVN')).toEqual(['22298765431']);
  });

  it('rejects a wrong length and a digit repeated', () => {
    expect(found('BVN: 2215678901', 'NG_BVN')).toEqual([]);
    expect(found('BVN: 221567890123', 'NG_BVN')).toEqual([]);
    expect(found('BVN: 00000000000', 'NG_BVN')).toEqual([]);
  });

  it('stays silent without its word (its score alone is below the threshold), and inside longer numbers', () => {
    expect(ngBvnRecognizer.digitRuns?.[0]?.score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(found('order 22156789012 shipped', 'NG_BVN')).toEqual([]);
    expect(found('BVN 22156789012-3', 'NG_BVN')).toEqual([]);
    expect(found('BVN 122156789012', 'NG_BVN')).toEqual([]);
    expect(found('BVN 22156789012.7', 'NG_BVN')).toEqual([]);
  });

  it('leaves a mobile number before it to the phone recognizer', () => {
    // `BVN` within the phone number's window after it: a Nigerian mobile number's shape is read only after the word.
    const text = 'phone 08031234567 bvn 22156789012';
    expect(found(text, 'NG_BVN')).toEqual(['22156789012']);
    expect(found(text, 'PHONE_NUMBER')).toEqual(['08031234567']);
  });
});

describe('NG_NIN', () => {
  it('reads eleven digits next to its word', () => {
    expect(found('NIN: 48291037465', 'NG_NIN')).toEqual(['48291037465']);
    expect(found('National Identification Number (NIN) 70123456789', 'NG_NIN')).toEqual(['70123456789']);
    expect(found('NIMC slip 48291037465', 'NG_NIN')).toEqual(['48291037465']);
    expect(found('nin_number=48291037465', 'NG_NIN')).toEqual(['48291037465']);
    expect(found('{"nin": "70123456789"}', 'NG_NIN')).toEqual(['70123456789']);
  });

  it('rejects a wrong length and a digit repeated', () => {
    expect(found('NIN: 4829103746', 'NG_NIN')).toEqual([]);
    expect(found('NIN: 482910374651', 'NG_NIN')).toEqual([]);
    expect(found('NIN: 11111111111', 'NG_NIN')).toEqual([]);
  });

  it('stays silent without its word (its score alone is below the threshold), and inside longer numbers', () => {
    expect(ngNinRecognizer.digitRuns?.[0]?.score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(found('invoice 48291037465', 'NG_NIN')).toEqual([]);
    expect(found('NIN 48291037465-1', 'NG_NIN')).toEqual([]);
    expect(found('NIN 948291037465', 'NG_NIN')).toEqual([]);
  });

  it('counts `nin` only as a word of its own, not inside another', () => {
    expect(found('running 48291037465', 'NG_NIN')).toEqual([]);
    expect(found('nine 48291037465', 'NG_NIN')).toEqual([]);
    expect(found('ninety-one: 48291037465', 'NG_NIN')).toEqual([]);
    expect(found('Ninja 48291037465', 'NG_NIN')).toEqual([]);
    expect(found('cunning plan 48291037465', 'NG_NIN')).toEqual([]);
  });
});

describe('NG_BVN and NG_NIN on one line', () => {
  it('reads each number under the nearer word', () => {
    const text = 'BVN: 22156789012, NIN: 48291037465';
    expect(found(text, 'NG_BVN')).toEqual(['22156789012']);
    expect(found(text, 'NG_NIN')).toEqual(['48291037465']);
    const reversed = 'NIN 48291037465 BVN 22156789012';
    expect(found(reversed, 'NG_NIN')).toEqual(['48291037465']);
    expect(found(reversed, 'NG_BVN')).toEqual(['22156789012']);
    const json = '{"bvn":"22156789012","nin":"48291037465"}';
    expect(found(json, 'NG_BVN')).toEqual(['22156789012']);
    expect(found(json, 'NG_NIN')).toEqual(['48291037465']);
  });

  it('reads a table by its header', () => {
    const text = 'name,bvn,nin\nAda Obi,22156789012,48291037465';
    expect(found(text, 'NG_BVN')).toEqual(['22156789012']);
    expect(found(text, 'NG_NIN')).toEqual(['48291037465']);
  });
});
