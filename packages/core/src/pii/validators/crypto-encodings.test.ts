import { describe, expect, it } from 'vitest';
import { base58CheckValid, bech32Decode, eip55Valid, keccak256Hex, RIPPLE_BASE58 } from './crypto-encodings.js';

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
});
