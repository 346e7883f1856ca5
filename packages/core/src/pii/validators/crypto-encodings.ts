// Base58check (Bitcoin legacy addresses), bech32/bech32m (BIP 173/350) and Keccak-256 (EIP-55), hand-written:
// each runs only on candidates that already have the exact shape, so BigInt Keccak is fast enough.
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
const MASK64 = (1n << 64n) - 1n;

function rotate(value: bigint, shift: number): bigint {
  const amount = BigInt(shift);
  return shift === 0 ? value : ((value << amount) | (value >> (64n - amount))) & MASK64;
}

function keccakF(state: bigint[]): void {
  const lanes = new Array<bigint>(25);
  const columns = new Array<bigint>(5);
  for (const constant of ROUND_CONSTANTS) {
    for (let x = 0; x < 5; x++) {
      columns[x] =
        (state[x] as bigint) ^
        (state[x + 5] as bigint) ^
        (state[x + 10] as bigint) ^
        (state[x + 15] as bigint) ^
        (state[x + 20] as bigint);
    }
    for (let x = 0; x < 5; x++) {
      const d = (columns[(x + 4) % 5] as bigint) ^ rotate(columns[(x + 1) % 5] as bigint, 1);
      for (let y = 0; y < 5; y++) state[x + 5 * y] = (state[x + 5 * y] as bigint) ^ d;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        lanes[y + 5 * ((2 * x + 3 * y) % 5)] = rotate(
          state[x + 5 * y] as bigint,
          (ROTATIONS[x] as number[])[y] as number,
        );
      }
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        state[x + 5 * y] =
          (lanes[x + 5 * y] as bigint) ^
          (~(lanes[((x + 1) % 5) + 5 * y] as bigint) & MASK64 & (lanes[((x + 2) % 5) + 5 * y] as bigint));
      }
    }
    state[0] = (state[0] as bigint) ^ constant;
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
  const state = new Array<bigint>(25).fill(0n);
  for (let offset = 0; offset < padded.length; offset += rate) {
    for (let lane = 0; lane < rate / 8; lane++) {
      let value = 0n;
      for (let byte = 7; byte >= 0; byte--) value = (value << 8n) | BigInt(padded[offset + lane * 8 + byte] as number);
      state[lane] = (state[lane] as bigint) ^ value;
    }
    keccakF(state);
  }
  let hex = '';
  for (let lane = 0; lane < 4; lane++) {
    let value = state[lane] as bigint;
    for (let byte = 0; byte < 8; byte++) {
      hex += Number(value & 0xffn)
        .toString(16)
        .padStart(2, '0');
      value >>= 8n;
    }
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
