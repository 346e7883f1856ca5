import { createHmac } from 'node:crypto';

/**
 * An unbounded stream of pseudo-random digits / bits keyed by HMAC-SHA256 (counter mode).
 * Token formats draw from it so that one (key, input) always yields the same token candidate.
 */
export class DeterministicStream {
  private readonly key: Uint8Array;
  private readonly seed: string;
  private block = Buffer.alloc(0);
  private offset = 0;
  private counter = 0;

  constructor(key: Uint8Array, seed: string) {
    this.key = key;
    this.seed = seed;
  }

  /** Next byte, 0..255. */
  nextByte(): number {
    if (this.offset >= this.block.length) {
      this.block = createHmac('sha256', this.key)
        .update(`${this.seed}\u001f${this.counter++}`)
        .digest();
      this.offset = 0;
    }
    return this.block[this.offset++] as number;
  }

  /** Uniform integer in [0, bound) by rejection sampling (bound <= 256). */
  nextBelow(bound: number): number {
    const limit = 256 - (256 % bound);
    for (;;) {
      const byte = this.nextByte();
      if (byte < limit) return byte % bound;
    }
  }

  /** `count` uniform decimal digits. */
  digits(count: number): string {
    let out = '';
    for (let index = 0; index < count; index++) out += String(this.nextBelow(10));
    return out;
  }

  /** `count` characters from `alphabet` (length <= 256). */
  chars(count: number, alphabet: string): string {
    let out = '';
    for (let index = 0; index < count; index++) out += alphabet[this.nextBelow(alphabet.length)];
    return out;
  }
}
