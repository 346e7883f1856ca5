import { describe, expect, it } from 'vitest';
import { PatternScanner } from './pattern-scanner.js';
import { joinsRareSearch, RareTriggers } from './rare-triggers.js';

const logLine = (index: number): string =>
  `2026-11-22T07:${String(index % 60).padStart(2, '0')}:00Z INFO [api] GET /orders/${index} token=abc key=v${index} took ${index}ms\n`;
const longLog = (from: number): string => Array.from({ length: 24 }, (_, index) => logLine(from + index)).join('');

describe('RareTriggers', () => {
  it('groups, after 32 long texts, the recognizers whose words occurred in under a quarter of them', () => {
    const rare = new RareTriggers([['mrn', 'nhc'], undefined, ['dob'], ['key']]);
    for (let text = 0; text < 32; text++) {
      expect(rare.sampling).toBe(true);
      rare.count(Uint8Array.from([text < 4 ? 1 : 0, 0, 0, 1]));
    }
    expect(rare.sampling).toBe(false);
    expect([...(rare.members ?? [])]).toEqual([1, 0, 1, 0]);
    expect(rare.search?.test('patient NHC 123')).toBe(true);
    expect(rare.search?.test('no such words, a key')).toBe(false);
  });

  it('forms no group for a single rare recognizer', () => {
    const rare = new RareTriggers([['mrn'], ['key']]);
    for (let text = 0; text < 32; text++) rare.count(Uint8Array.from([0, 1]));
    expect(rare.members).toBeUndefined();
  });

  it('finds the same spans in a long text holding a rare word after the group is formed', () => {
    const grouped = new PatternScanner();
    for (let text = 0; text < 40; text++) grouped.scanSync(longLog(text * 24));
    const rareText = `${longLog(5000)}patient MRN: A1234567 dob: 1985-03-14T00:30:00Z aws_secret_access_key=TXq12TgcjiIchSmQyyeV3r6S5/YZ9X92tjb4iS3X\n${longLog(6000)}`;
    const fresh = new PatternScanner();
    const types = grouped.scanSync(rareText).map((span) => span.type);
    expect(types).toEqual(fresh.scanSync(rareText).map((span) => span.type));
    expect(types).toEqual(expect.arrayContaining(['MEDICAL_RECORD_NUMBER', 'DATE_OF_BIRTH', 'AWS_SECRET_KEY']));
    // A long text without the rare words: the group rules them out, and the result is the same as a fresh scan.
    const plain = longLog(9000);
    expect(grouped.scanSync(plain)).toEqual(fresh.scanSync(plain));
  });
});

describe('joinsRareSearch', () => {
  it('lets in lower-case ASCII words of three characters or more that open with a letter', () => {
    for (const word of ['pgpass', 'dob', 'mr #', 'mr#', 'bip-39', 'kty'])
      expect({ word, joins: joinsRareSearch(word) }).toEqual({ word, joins: true });
  });

  it('keeps out words the one search would skip less for, and words it would not decide as lower-casing does', () => {
    for (const word of ['*:', ':*:', '\n*:', 'pw', '-b ', '${', 'Pass', 'contraseña', '']) {
      expect({ word, joins: joinsRareSearch(word) }).toEqual({ word, joins: false });
    }
  });
});
