// Base58check (Bitcoin legacy addresses), bech32/bech32m (BIP 173/350), Keccak-256 (EIP-55, Monero) and Monero's
// block base58, hand-written: each runs only on candidates that already have the exact shape.
import { createHash } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** The XRP Ledger's base58 alphabet: the same characters in another order, `r` for zero. */
export const RIPPLE_BASE58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';
const INDEXES = new Map<string, Map<string, number>>();

function indexOf(alphabet: string): Map<string, number> {
  let index = INDEXES.get(alphabet);
  if (index === undefined) {
    index = new Map([...alphabet].map((char, digit) => [char, digit]));
    INDEXES.set(alphabet, index);
  }
  return index;
}

/** Decodes base58 (Bitcoin's alphabet unless another is given) to bytes, or undefined on a character outside it. */
export function base58Decode(value: string, alphabet = BASE58): Uint8Array | undefined {
  const digits = indexOf(alphabet);
  const bytes: number[] = [0];
  for (const char of value) {
    const digit = digits.get(char);
    if (digit === undefined) return undefined;
    let carry = digit;
    for (let index = 0; index < bytes.length; index++) {
      carry += (bytes[index] as number) * 58;
      bytes[index] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let index = 0; index < value.length && value[index] === alphabet[0]; index++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Base58check: the last four bytes are the first four of SHA-256(SHA-256(payload)). */
export function base58CheckValid(value: string, alphabet = BASE58): Uint8Array | undefined {
  const bytes = base58Decode(value, alphabet);
  if (bytes === undefined || bytes.length < 5) return undefined;
  const payload = bytes.subarray(0, bytes.length - 4);
  const first = createHash('sha256').update(payload).digest();
  const second = createHash('sha256').update(first).digest();
  for (let index = 0; index < 4; index++) if (second[index] !== bytes[bytes.length - 4 + index]) return undefined;
  return payload;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let bit = 0; bit < 5; bit++) if ((top >>> bit) & 1) checksum ^= BECH32_GENERATOR[bit] as number;
  }
  return checksum >>> 0;
}

/**
 * Bech32 (BIP 173) or bech32m (BIP 350) checksum over a lower- or upper-case string. Returns the variant and
 * the data part (5-bit groups, checksum removed), or undefined.
 */
export function bech32Decode(
  value: string,
): { variant: 'bech32' | 'bech32m'; hrp: string; data: number[] } | undefined {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return undefined;
  const lower = value.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || separator + 7 > lower.length || lower.length > 90) return undefined;
  const hrp = lower.slice(0, separator);
  const data: number[] = [];
  for (const char of lower.slice(separator + 1)) {
    const index = BECH32.indexOf(char);
    if (index === -1) return undefined;
    data.push(index);
  }
  const expanded: number[] = [];
  for (const char of hrp) expanded.push(char.charCodeAt(0) >> 5);
  expanded.push(0);
  for (const char of hrp) expanded.push(char.charCodeAt(0) & 31);
  const result = polymod([...expanded, ...data]);
  const variant = result === 1 ? 'bech32' : result === 0x2bc830a3 ? 'bech32m' : undefined;
  if (variant === undefined) return undefined;
  return { variant, hrp, data: data.slice(0, -6) };
}

const ROUND_CONSTANTS = [
  0x0000000000000001n,
  0x0000000000008082n,
  0x800000000000808an,
  0x8000000080008000n,
  0x000000000000808bn,
  0x0000000080000001n,
  0x8000000080008081n,
  0x8000000000008009n,
  0x000000000000008an,
  0x0000000000000088n,
  0x0000000080008009n,
  0x000000008000000an,
  0x000000008000808bn,
  0x800000000000008bn,
  0x8000000000008089n,
  0x8000000000008003n,
  0x8000000000008002n,
  0x8000000000000080n,
  0x000000000000800an,
  0x800000008000000an,
  0x8000000080008081n,
  0x8000000000008080n,
  0x0000000080000001n,
  0x8000000080008008n,
];
// Rotation offsets r[x][y].
const ROTATIONS = [
  [0, 36, 3, 41, 18],
  [1, 44, 10, 45, 2],
  [62, 6, 43, 15, 61],
  [28, 55, 25, 21, 56],
  [27, 20, 39, 8, 14],
];
// The round constants as 32-bit halves: the permutation works on each 64-bit lane as two numbers, since BigInt
// arithmetic made one Keccak-256 cost about 120 µs (a megabyte of Monero addresses, one hash each, took 2 s).
const ROUND_LOW = Uint32Array.from(ROUND_CONSTANTS, (constant) => Number(constant & 0xffffffffn));
const ROUND_HIGH = Uint32Array.from(ROUND_CONSTANTS, (constant) => Number(constant >> 32n));

/** Keccak-f[1600] over 25 lanes, lane `i` as its low half at `2i` and its high half at `2i + 1`. */
function keccakF(state: Uint32Array): void {
  const columns = new Uint32Array(10);
  const lanes = new Uint32Array(50);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) {
      for (let half = 0; half < 2; half++) {
        columns[2 * x + half] =
          (state[2 * x + half] as number) ^
          (state[2 * (x + 5) + half] as number) ^
          (state[2 * (x + 10) + half] as number) ^
          (state[2 * (x + 15) + half] as number) ^
          (state[2 * (x + 20) + half] as number);
      }
    }
    for (let x = 0; x < 5; x++) {
      const next = 2 * ((x + 1) % 5);
      const low = columns[next] as number;
      const high = columns[next + 1] as number;
      const previous = 2 * ((x + 4) % 5);
      const dLow = (columns[previous] as number) ^ ((low << 1) | (high >>> 31));
      const dHigh = (columns[previous + 1] as number) ^ ((high << 1) | (low >>> 31));
      for (let y = 0; y < 5; y++) {
        const lane = 2 * (x + 5 * y);
        state[lane] = (state[lane] as number) ^ dLow;
        state[lane + 1] = (state[lane + 1] as number) ^ dHigh;
      }
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const from = 2 * (x + 5 * y);
        const to = 2 * (y + 5 * ((2 * x + 3 * y) % 5));
        const shift = (ROTATIONS[x] as number[])[y] as number;
        const low = state[from] as number;
        const high = state[from + 1] as number;
        if (shift === 0) {
          lanes[to] = low;
          lanes[to + 1] = high;
        } else if (shift < 32) {
          lanes[to] = (low << shift) | (high >>> (32 - shift));
          lanes[to + 1] = (high << shift) | (low >>> (32 - shift));
        } else if (shift === 32) {
          lanes[to] = high;
          lanes[to + 1] = low;
        } else {
          lanes[to] = (high << (shift - 32)) | (low >>> (64 - shift));
          lanes[to + 1] = (low << (shift - 32)) | (high >>> (64 - shift));
        }
      }
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const lane = 2 * (x + 5 * y);
        const second = 2 * (((x + 1) % 5) + 5 * y);
        const third = 2 * (((x + 2) % 5) + 5 * y);
        for (let half = 0; half < 2; half++) {
          state[lane + half] =
            (lanes[lane + half] as number) ^ (~(lanes[second + half] as number) & (lanes[third + half] as number));
        }
      }
    }
    state[0] = (state[0] as number) ^ (ROUND_LOW[round] as number);
    state[1] = (state[1] as number) ^ (ROUND_HIGH[round] as number);
  }
}

/** Keccak-256 (the pre-standard padding Ethereum uses, not SHA3-256) of ASCII/bytes input, as hex. */
export function keccak256Hex(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const rate = 136;
  const padded = new Uint8Array(Math.floor(bytes.length / rate) * rate + rate);
  padded.set(bytes);
  padded[bytes.length] = (padded[bytes.length] as number) ^ 0x01;
  padded[padded.length - 1] = (padded[padded.length - 1] as number) ^ 0x80;
  const state = new Uint32Array(50);
  for (let offset = 0; offset < padded.length; offset += rate) {
    // Lanes are little-endian: each 4 bytes of the block are one half, low half first.
    for (let half = 0; half < rate / 4; half++) {
      const at = offset + 4 * half;
      state[half] =
        (state[half] as number) ^
        ((padded[at] as number) |
          ((padded[at + 1] as number) << 8) |
          ((padded[at + 2] as number) << 16) |
          ((padded[at + 3] as number) << 24));
    }
    keccakF(state);
  }
  let hex = '';
  for (let half = 0; half < 8; half++) {
    const value = state[half] as number;
    for (let byte = 0; byte < 4; byte++) hex += ((value >>> (8 * byte)) & 0xff).toString(16).padStart(2, '0');
  }
  return hex;
}

/** EIP-55: in a mixed-case address, a hex letter is upper case exactly when its hash nibble is >= 8. */
export function eip55Valid(address: string): boolean {
  const body = address.slice(2);
  const hash = keccak256Hex(body.toLowerCase());
  for (let index = 0; index < 40; index++) {
    const char = body[index] as string;
    if (char >= 'a' && char <= 'f' && Number.parseInt(hash[index] as string, 16) >= 8) return false;
    if (char >= 'A' && char <= 'F' && Number.parseInt(hash[index] as string, 16) < 8) return false;
  }
  return true;
}

/** Characters of Monero's base58 per block by its byte count (index): 8 bytes make 11 characters. */
const MONERO_BLOCK_CHARS = [0, 2, 3, 5, 6, 7, 9, 10, 11];

/**
 * Monero's base58: the bytes in blocks of 8, each written as 11 characters (big-endian, zero-padded with `1`), the
 * last block shorter (MONERO_BLOCK_CHARS). Unlike Bitcoin's one big number, so a shared decoder reads it wrong.
 * Undefined on a character outside the alphabet, a last block of no valid length, or a block over its byte count.
 */
export function moneroBase58Decode(value: string): Uint8Array | undefined {
  const digits = indexOf(BASE58);
  const fullBlocks = Math.floor(value.length / 11);
  const lastBytes = MONERO_BLOCK_CHARS.indexOf(value.length % 11);
  if (lastBytes < 0) return undefined;
  const bytes = new Uint8Array(fullBlocks * 8 + lastBytes);
  for (let block = 0, at = 0; at < value.length; block++, at += 11) {
    const chars = Math.min(11, value.length - at);
    const size = chars === 11 ? 8 : lastBytes;
    let number = 0n;
    for (let index = at; index < at + chars; index++) {
      const digit = digits.get(value[index] as string);
      if (digit === undefined) return undefined;
      number = number * 58n + BigInt(digit);
    }
    if (number >> BigInt(8 * size) !== 0n) return undefined;
    for (let byte = size - 1; byte >= 0; byte--) {
      bytes[block * 8 + byte] = Number(number & 0xffn);
      number >>= 8n;
    }
  }
  return bytes;
}

/**
 * Monero mainnet network bytes by decoded length: a standard address (`4…`, 0x12) or a subaddress (`8…`, 0x2a) holds
 * the two 32-byte public keys (69 bytes with byte and checksum); an integrated address (`4…`, 0x13) also an 8-byte
 * payment id (77 bytes).
 */
const MONERO_NETWORK_BYTES: Readonly<Record<number, readonly number[]>> = { 69: [0x12, 0x2a], 77: [0x13] };

/**
 * A Monero mainnet address: Monero's block base58, a network byte that fits its length, and a checksum that is the
 * first 4 bytes of Keccak-256 (the original padding, as CryptoNote uses) of the bytes before it.
 */
export function moneroAddressValid(value: string): boolean {
  const bytes = moneroBase58Decode(value);
  if (bytes === undefined || !MONERO_NETWORK_BYTES[bytes.length]?.includes(bytes[0] as number)) return false;
  const hash = keccak256Hex(bytes.subarray(0, bytes.length - 4));
  for (let index = 0; index < 4; index++) {
    if (Number.parseInt(hash.slice(2 * index, 2 * index + 2), 16) !== bytes[bytes.length - 4 + index]) return false;
  }
  return true;
}
