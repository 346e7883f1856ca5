import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { FF1 } from './ff1.js';

interface Vector {
  id: string;
  alg: string;
  key: string;
  tweak: string;
  radix: number;
  alphabet: string;
  pt: string;
  ct: string;
}

// Vendored from the project's shared folder: test/__fixtures__/README.md.
const VECTORS = join(import.meta.dirname, '../../test/__fixtures__/nist_fpe_vectors.json');
const vectors = (JSON.parse(readFileSync(VECTORS, 'utf8')) as Vector[]).filter((vector) => vector.alg === 'FF1');

describe('FF1 (NIST SP 800-38G)', () => {
  it('has the nine NIST FF1 samples to check', () => {
    expect(vectors.length).toBe(9);
  });

  for (const vector of vectors) {
    it(`passes ${vector.id} (AES-${vector.key.length * 4}, radix ${vector.radix})`, () => {
      const ff1 = new FF1({ key: Buffer.from(vector.key, 'hex'), alphabet: vector.alphabet });
      const tweak = Buffer.from(vector.tweak, 'hex');
      expect(ff1.encrypt(vector.pt, tweak)).toBe(vector.ct);
      expect(ff1.decrypt(vector.ct, tweak)).toBe(vector.pt);
    });
  }

  it('is a permutation: decrypt inverts encrypt for any length, tweak and alphabet', () => {
    const key = Buffer.alloc(32, 0x42);
    const digits = new FF1({ key, alphabet: '0123456789' });
    const alnum = new FF1({ key, alphabet: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ' });
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 40 }),
        fc.uint8Array({ maxLength: 40 }),
        (value, tweak) => {
          const token = digits.encrypt(value, tweak);
          expect(token).toHaveLength(value.length);
          expect(digits.decrypt(token, tweak)).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 4, maxLength: 30 }),
        (value) => {
          expect(alnum.decrypt(alnum.encrypt(value))).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('depends on the tweak and the key', () => {
    const a = new FF1({ key: Buffer.alloc(16, 1), alphabet: '0123456789' });
    const b = new FF1({ key: Buffer.alloc(16, 2), alphabet: '0123456789' });
    const value = '4111111111111111';
    expect(a.encrypt(value, Buffer.from('tenant-a'))).not.toBe(a.encrypt(value, Buffer.from('tenant-b')));
    expect(a.encrypt(value)).not.toBe(b.encrypt(value));
  });

  it('enforces radix^minlen >= 1,000,000 and refuses a smaller minimum', () => {
    const digits = new FF1({ key: Buffer.alloc(16), alphabet: '0123456789' });
    expect(digits.minLength).toBe(6);
    expect(new FF1({ key: Buffer.alloc(16), alphabet: '0123456789abcdefghijklmnopqrstuvwxyz' }).minLength).toBe(4);
    expect(new FF1({ key: Buffer.alloc(16), alphabet: '01' }).minLength).toBe(20);
    const code = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return MaskError.isInstance(error) ? error.code : 'untyped';
      }
      return 'no error';
    };
    expect(code(() => digits.encrypt('12345'))).toBe('INVALID_INPUT');
    expect(digits.encrypt('123456')).toHaveLength(6);
    expect(code(() => new FF1({ key: Buffer.alloc(16), alphabet: '0123456789', minDomain: 100 }))).toBe(
      'CONFIG_INVALID',
    );
    expect(code(() => digits.encrypt('12345x7'))).toBe('INVALID_INPUT');
    expect(code(() => new FF1({ key: Buffer.alloc(15), alphabet: '01' }))).toBe('KEY_INVALID');
    expect(code(() => new FF1({ key: Buffer.alloc(16), alphabet: '0012' }))).toBe('CONFIG_INVALID');
  });

  it('never echoes its input in errors', () => {
    const digits = new FF1({ key: Buffer.alloc(16), alphabet: '0123456789' });
    for (const secret of ['4111-1111-1111-1111', '12']) {
      try {
        digits.encrypt(secret);
        expect.fail('should throw');
      } catch (error) {
        expect(String((error as Error).message)).not.toContain(secret);
      }
    }
  });
});
