import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers.js';
import {
  base58CheckValid,
  bech32Decode,
  eip55Valid,
  keccak256Hex,
  moneroAddressValid,
  moneroBase58Decode,
  RIPPLE_BASE58,
} from './crypto-encodings.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Monero's block base58, written from its published description: 8-byte blocks as 11 characters, a shorter last. */
function moneroBase58Encode(bytes: Uint8Array): string {
  const blockChars = [0, 2, 3, 5, 6, 7, 9, 10, 11];
  let out = '';
  for (let at = 0; at < bytes.length; at += 8) {
    const block = bytes.subarray(at, at + 8);
    let number = 0n;
    for (const byte of block) number = (number << 8n) | BigInt(byte);
    let chars = '';
    for (let index = 0; index < (blockChars[block.length] as number); index++) {
      chars = BASE58[Number(number % 58n)] + chars;
      number /= 58n;
    }
    out += chars;
  }
  return out;
}

/** A Monero address: network byte, random spend and view keys (and payment id), Keccak-256's first 4 bytes. */
function moneroAddress(networkByte: number, random: () => number, paymentId = false): string {
  const body = Uint8Array.from({ length: 1 + 64 + (paymentId ? 8 : 0) }, (_, index) =>
    index === 0 ? networkByte : Math.floor(random() * 256),
  );
  const checksum = Buffer.from(keccak256Hex(body).slice(0, 8), 'hex');
  return moneroBase58Encode(Uint8Array.from([...body, ...checksum]));
}

/** The donation address the Monero project publishes (getmonero.org). */
const MONERO_DONATION =
  '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';

describe('crypto encodings', () => {
  it('computes Keccak-256 (Ethereum padding) test vectors', () => {
    expect(keccak256Hex('')).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(keccak256Hex('abc')).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
    expect(keccak256Hex('a'.repeat(200))).toHaveLength(64);
  });

  it('checks EIP-55 mixed-case checksums (EIP-55 test vectors)', () => {
    for (const address of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ]) {
      expect(eip55Valid(address)).toBe(true);
      expect(eip55Valid(address.replace('a', 'A').replace('b', 'B'))).toBe(false);
    }
  });

  it('checks base58check and bech32/bech32m', () => {
    expect(base58CheckValid('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBeDefined();
    expect(base58CheckValid('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBeUndefined();
    expect(base58CheckValid('1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a')).toBeUndefined();
    // The XRP Ledger's alphabet: its genesis account checks there, and not in Bitcoin's.
    expect(base58CheckValid('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', RIPPLE_BASE58)?.[0]).toBe(0);
    expect(base58CheckValid('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh')).toBeUndefined();
    expect(bech32Decode('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')?.variant).toBe('bech32');
    expect(bech32Decode('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')?.variant).toBe('bech32');
    expect(bech32Decode('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297')?.variant).toBe('bech32m');
    expect(bech32Decode('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBeUndefined();
    expect(bech32Decode('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBeUndefined();
  });

  it('decodes Monero addresses by blocks and checks their network byte and Keccak-256 checksum', () => {
    expect(moneroAddressValid(MONERO_DONATION)).toBe(true);
    // Any one character changed, in a full block or the last: the checksum (or the block) fails.
    for (const at of [0, 1, 10, 11, 50, 87, 88, 94]) {
      const char = MONERO_DONATION[at] === 'z' ? 'y' : 'z';
      expect(
        moneroAddressValid(`${MONERO_DONATION.slice(0, at)}${char}${MONERO_DONATION.slice(at + 1)}`),
        `${at}`,
      ).toBe(false);
    }
    const random = seededRandom(0x4d52);
    for (let round = 0; round < 20; round++) {
      const standard = moneroAddress(0x12, random);
      const subaddress = moneroAddress(0x2a, random);
      const integrated = moneroAddress(0x13, random, true);
      expect([standard.length, standard[0], moneroAddressValid(standard)]).toEqual([95, '4', true]);
      expect([subaddress.length, subaddress[0], moneroAddressValid(subaddress)]).toEqual([95, '8', true]);
      expect([integrated.length, integrated[0], moneroAddressValid(integrated)]).toEqual([106, '4', true]);
      expect(moneroBase58Encode(moneroBase58Decode(integrated) as Uint8Array)).toBe(integrated);
    }
    // The right checksum under another network's byte (testnet 0x35, stagenet 0x18) or of the wrong length for
    // its byte (an integrated address's byte on a standard address's keys): no mainnet address.
    const random2 = seededRandom(7);
    expect(moneroAddressValid(moneroAddress(0x35, random2))).toBe(false);
    expect(moneroAddressValid(moneroAddress(0x18, random2))).toBe(false);
    expect(moneroAddressValid(moneroAddress(0x13, random2))).toBe(false);
    expect(moneroAddressValid(moneroAddress(0x12, random2, true))).toBe(false);
    // A block over 2^64 (eleven `z`), a last block of no valid length, a character outside base58.
    expect(moneroBase58Decode('zzzzzzzzzzz')).toBeUndefined();
    expect(moneroBase58Decode('111111111111')).toBeUndefined();
    expect(moneroBase58Decode(`${MONERO_DONATION.slice(0, 94)}0`)).toBeUndefined();
  });
});
