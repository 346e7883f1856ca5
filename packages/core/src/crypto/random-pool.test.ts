import { describe, expect, it } from 'vitest';
import { RandomPool } from './random-pool.js';

describe('RandomPool', () => {
  it('hands out fresh random values across refills, in the requested encodings', () => {
    const pool = new RandomPool(64);
    const seen = new Set<string>();
    for (let index = 0; index < 500; index++) {
      const hex = pool.hex(8);
      const handle = pool.base64url(32);
      expect(hex).toMatch(/^[0-9a-f]{16}$/);
      expect(handle).toMatch(/^[A-Za-z0-9_-]{43}$/);
      seen.add(hex);
      seen.add(handle);
    }
    // 1000 draws of 64 or 256 random bits: any repeat means bytes were handed out twice.
    expect(seen.size).toBe(1000);
  });

  it('copies raw bytes out, never the same bytes twice', () => {
    const pool = new RandomPool(32);
    const first = pool.bytes(12);
    const draws = Array.from({ length: 200 }, () => pool.bytes(12).toString('hex'));
    expect(first).toHaveLength(12);
    expect(new Set([first.toString('hex'), ...draws]).size).toBe(201);
  });

  it('refuses a draw larger than the pool', () => {
    expect(() => new RandomPool(16).hex(17)).toThrow(RangeError);
  });
});
