import { type Cipher, createCipheriv } from 'node:crypto';
import { MaskError } from '../errors/mask-error.js';

/** Options of {@link FF1}. */
export interface FF1Options {
  /** AES key: 16, 24 or 32 bytes. */
  key: Uint8Array;
  /** Characters of the alphabet, numeral value = index (radix = its length, 2..65536). */
  alphabet: string;
  /**
   * Smallest domain accepted: `radix^length >= minDomain`. NIST SP 800-38G Rev. 1 (second public draft)
   * requires at least 1,000,000; lowering it is refused.
   * @default 1_000_000
   */
  minDomain?: number;
  /** Longest input, in characters. @default 256 */
  maxLength?: number;
}

const MIN_DOMAIN = 1_000_000;
/** Halves up to this size run on plain numbers (see cipherNumber). */
const FAST_LIMIT = 2 ** 45;
const ZERO_BLOCK = Buffer.alloc(16);

/**
 * FF1 format-preserving encryption (NIST SP 800-38G, Algorithm 7 and 8) over AES, for strings of an alphabet
 * (digits, alphanumerics). A keyed permutation of the strings of each length: same key, tweak and input give the
 * same output, and `decrypt` inverts `encrypt`. It hides the value but gives no integrity: any string of the
 * alphabet decrypts to something. FF3 and FF3-1 are withdrawn by NIST and not offered.
 *
 * @example
 * const ff1 = new FF1({ key, alphabet: '0123456789' });
 * const token = ff1.encrypt('4111111111111111', tweak);
 */
export class FF1 {
  readonly radix: number;
  readonly alphabet: string;
  /** Shortest input length allowed by the domain rule. */
  readonly minLength: number;
  readonly maxLength: number;
  private readonly ecb: Cipher;
  private readonly index: Map<string, number>;
  private readonly characters: readonly string[];
  private readonly bigRadix: bigint;
  private readonly macP = new Map<string, Buffer>();

  constructor(options: FF1Options) {
    const { key, alphabet } = options;
    if (!(key instanceof Uint8Array) || ![16, 24, 32].includes(key.length)) {
      throw new MaskError('KEY_INVALID', 'FF1 key must be 16, 24 or 32 bytes');
    }
    const characters = [...alphabet];
    this.radix = characters.length;
    if (this.radix < 2 || this.radix > 65536 || new Set(characters).size !== this.radix) {
      throw new MaskError('CONFIG_INVALID', 'FF1 alphabet must hold 2 to 65536 distinct characters');
    }
    const minDomain = options.minDomain ?? MIN_DOMAIN;
    if (!(minDomain >= MIN_DOMAIN)) {
      throw new MaskError('CONFIG_INVALID', 'FF1 domain must be at least 1,000,000 (NIST SP 800-38G Rev. 1)');
    }
    let minLength = 2;
    while (this.radix ** minLength < minDomain) minLength++;
    this.minLength = minLength;
    this.maxLength = options.maxLength ?? 256;
    this.alphabet = alphabet;
    this.characters = characters;
    this.index = new Map(characters.map((character, position) => [character, position]));
    this.bigRadix = BigInt(this.radix);
    // ECB on single blocks is the raw block cipher CIPH_K; CBC-MAC is built on it below. The cipher object is
    // stateless between blocks in ECB mode, so one instance serves every call.
    this.ecb = createCipheriv(`aes-${key.length * 8}-ecb`, key, null);
    this.ecb.setAutoPadding(false);
  }

  /** Encrypts `plaintext` (characters of the alphabet) under `tweak`. */
  encrypt(plaintext: string, tweak: Uint8Array = ZERO_BLOCK.subarray(0, 0)): string {
    return this.format(this.cipher(this.parse(plaintext), tweak, true));
  }

  /** Decrypts what {@link encrypt} produced with the same tweak. */
  decrypt(ciphertext: string, tweak: Uint8Array = ZERO_BLOCK.subarray(0, 0)): string {
    return this.format(this.cipher(this.parse(ciphertext), tweak, false));
  }

  /** FF1.Encrypt / FF1.Decrypt (SP 800-38G Algorithms 7 and 8) on numerals. */
  private cipher(numerals: number[], tweak: Uint8Array, encrypt: boolean): number[] {
    const n = numerals.length;
    const t = tweak.length;
    const u = Math.floor(n / 2);
    const v = n - u;
    const radix = this.radix;
    // b = ceil(ceil(v * log2(radix)) / 8): the bytes of the largest number of v numerals.
    const b = Math.ceil(bitLength(this.bigRadix ** BigInt(v) - 1n) / 8);
    const d = 4 * Math.ceil(b / 4) + 4;
    const modU = this.bigRadix ** BigInt(u);
    const modV = this.bigRadix ** BigInt(v);

    // P depends only on the lengths, and the first CBC-MAC block is the same in every round: encrypt it once per
    // (length, tweak length) and keep it.
    const pKey = `${n}:${t}`;
    let macP = this.macP.get(pKey);
    if (!macP) {
      const p = Buffer.alloc(16);
      p.set([1, 2, 1]);
      p.writeUIntBE(radix, 3, 3);
      p[6] = 10;
      p[7] = u % 256;
      p.writeUInt32BE(n, 8);
      p.writeUInt32BE(t, 12);
      macP = this.block(p);
      if (this.macP.size < 1024) this.macP.set(pKey, macP);
    }

    const padding = (((-t - b - 1) % 16) + 16) % 16;
    const q = Buffer.alloc(t + padding + 1 + b);
    q.set(tweak, 0);
    const roundIndex = t + padding;
    if (radix ** v <= FAST_LIMIT) return this.cipherNumber(numerals, u, v, b, d, macP, q, roundIndex, encrypt);

    let a = this.num(numerals.slice(0, u));
    let bNum = this.num(numerals.slice(u));
    for (let step = 0; step < 10; step++) {
      const i = encrypt ? step : 9 - step;
      q[roundIndex] = i;
      writeBigBE(q, roundIndex + 1, b, encrypt ? bNum : a);
      const r = this.prf(macP, q);
      const y = readBigBE(d > 16 ? this.expand(r, d) : r.subarray(0, d));
      const m = i % 2 === 0 ? modU : modV;
      if (encrypt) {
        const c = (a + y) % m;
        a = bNum;
        bNum = c;
      } else {
        const c = (((bNum - y) % m) + m) % m;
        bNum = a;
        a = c;
      }
    }
    return [...this.str(a, u), ...this.str(bNum, v)];
  }

  /**
   * The same rounds with plain numbers, when every half fits far below 2^53 (radix^v <= 2^45: up to 26 digits,
   * 16 base-36 characters). Exact integer arithmetic throughout; about twice as fast as the BigInt path.
   */
  private cipherNumber(
    numerals: readonly number[],
    u: number,
    v: number,
    b: number,
    d: number,
    macP: Buffer,
    q: Buffer,
    roundIndex: number,
    encrypt: boolean,
  ): number[] {
    const radix = this.radix;
    const modU = radix ** u;
    const modV = radix ** v;
    let a = 0;
    for (let index = 0; index < u; index++) a = a * radix + (numerals[index] as number);
    let bNum = 0;
    for (let index = u; index < u + v; index++) bNum = bNum * radix + (numerals[index] as number);
    for (let step = 0; step < 10; step++) {
      const i = encrypt ? step : 9 - step;
      q[roundIndex] = i;
      q.writeUIntBE(encrypt ? bNum : a, roundIndex + 1, b);
      const r = this.prf(macP, q);
      const m = i % 2 === 0 ? modU : modV;
      // y mod m, byte by byte (each step stays below 2^53 because m <= 2^45).
      let y = 0;
      const s = d > 16 ? this.expand(r, d) : r;
      for (let index = 0; index < d; index++) y = (y * 256 + (s[index] as number)) % m;
      if (encrypt) {
        const c = (a + y) % m;
        a = bNum;
        bNum = c;
      } else {
        const c = (bNum - y + m) % m;
        bNum = a;
        a = c;
      }
    }
    const out = new Array<number>(u + v);
    for (let position = u - 1; position >= 0; position--) {
      out[position] = a % radix;
      a = Math.floor(a / radix);
    }
    for (let position = u + v - 1; position >= u; position--) {
      out[position] = bNum % radix;
      bNum = Math.floor(bNum / radix);
    }
    return out;
  }

  /** S = R || CIPH(R xor [1]) || CIPH(R xor [2]) ..., first d bytes. */
  private expand(r: Buffer, d: number): Buffer {
    const blocks = [r];
    for (let j = 1; j < Math.ceil(d / 16); j++) {
      const counter = Buffer.alloc(16);
      counter.writeUInt32BE(j, 12);
      blocks.push(this.block(xor(r, counter)));
    }
    return Buffer.concat(blocks).subarray(0, d);
  }

  /** PRF(P || Q) = CBC-MAC over the blocks, continuing from CIPH(P). */
  private prf(macP: Buffer, q: Buffer): Buffer {
    let y = macP;
    for (let offset = 0; offset < q.length; offset += 16) y = this.block(xor(y, q.subarray(offset, offset + 16)));
    return y;
  }

  private block(input: Buffer): Buffer {
    return this.ecb.update(input);
  }

  private num(numerals: readonly number[]): bigint {
    let value = 0n;
    for (const numeral of numerals) value = value * this.bigRadix + BigInt(numeral);
    return value;
  }

  private str(value: bigint, length: number): number[] {
    const out = new Array<number>(length);
    let rest = value;
    for (let position = length - 1; position >= 0; position--) {
      out[position] = Number(rest % this.bigRadix);
      rest /= this.bigRadix;
    }
    return out;
  }

  private parse(text: string): number[] {
    if (typeof text !== 'string') throw new MaskError('INVALID_INPUT', 'FF1 input must be a string');
    const numerals: number[] = [];
    for (const character of text) {
      const numeral = this.index.get(character);
      // Never echo the input: it is the secret being protected.
      if (numeral === undefined) throw new MaskError('INVALID_INPUT', 'FF1 input has a character outside the alphabet');
      numerals.push(numeral);
    }
    if (numerals.length < this.minLength || numerals.length > this.maxLength) {
      throw new MaskError(
        'INVALID_INPUT',
        `FF1 input must be ${this.minLength}-${this.maxLength} characters for radix ${this.radix} (domain >= 1,000,000)`,
      );
    }
    return numerals;
  }

  private format(numerals: readonly number[]): string {
    let out = '';
    for (const numeral of numerals) out += this.characters[numeral];
    return out;
  }
}

function xor(left: Buffer, right: Buffer): Buffer {
  const out = Buffer.allocUnsafe(16);
  for (let index = 0; index < 16; index++) out[index] = (left[index] as number) ^ (right[index] as number);
  return out;
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

function writeBigBE(buffer: Buffer, offset: number, length: number, value: bigint): void {
  let rest = value;
  for (let position = offset + length - 1; position >= offset; position--) {
    buffer[position] = Number(rest & 0xffn);
    rest >>= 8n;
  }
}

function readBigBE(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}
