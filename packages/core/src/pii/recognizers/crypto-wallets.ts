import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import {
  base58CheckValid,
  base58Decode,
  bech32Decode,
  eip55Valid,
  moneroAddressValid,
  RIPPLE_BASE58,
} from '../validators/crypto-encodings.js';

const glued = (text: string, start: number, end: number): boolean =>
  (start > 0 && isAlnum(text.charCodeAt(start - 1))) || (end < text.length && isAlnum(text.charCodeAt(end)));

/**
 * Base58check version bytes by an address's first character: Bitcoin (`1` P2PKH, `3` P2SH, also Litecoin's old
 * P2SH), Litecoin (`L`, `M`), Dogecoin (`D`, and `9` / `A` P2SH), Dash (`X`, `7`), TRON (`T`, USDT's TRC-20
 * wallets). Each network's published prefix; a string passes the 32-bit checksum by chance once in four billion.
 */
const BASE58_VERSIONS: Readonly<Record<string, number>> = {
  '1': 0x00,
  '3': 0x05,
  L: 0x30,
  M: 0x32,
  D: 0x1e,
  '9': 0x16,
  A: 0x16,
  X: 0x4c,
  '7': 0x10,
  T: 0x41,
};
/** Bech32 human-readable parts of segwit addresses: Bitcoin, its testnet, Litecoin. */
const SEGWIT_PREFIXES = new Set(['bc', 'tb', 'ltc']);

/**
 * CRYPTO (Presidio's name): a wallet address whose own checksum holds. Base58check with the network's version
 * byte (see BASE58_VERSIONS), an XRP Ledger classic address (base58check in the XRP alphabet, version 0, `r…`), a
 * Monero mainnet address (95 characters from `4` or `8`, 106 for an integrated one: its block base58, network byte
 * and Keccak-256 checksum; no shorter base58 address is that long), or a segwit address (bech32 / bech32m by the
 * BIP 350 version rule).
 */
export const cryptoAddressRecognizer: Recognizer = {
  name: 'crypto-address',
  entity: 'CRYPTO',
  category: 'FINANCIAL',
  presidioEntity: 'CRYPTO',
  patterns: [
    {
      regex:
        /\b(?:[13LMD9AX7T][1-9A-HJ-NP-Za-km-z]{25,34}|r[1-9A-HJ-NP-Za-km-z]{24,34}|[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?|(?:bc|tb|ltc|BC|TB|LTC)1(?:[02-9ac-hj-np-z]{11,71}|[02-9AC-HJ-NP-Z]{11,71}))\b/g,
      score: 0.9,
    },
  ],
  validate(value, match) {
    if (glued(match.text, match.start, match.end)) return false;
    if (value.length >= 95) return moneroAddressValid(value);
    const version = BASE58_VERSIONS[value[0] as string];
    if (version !== undefined || value[0] === 'r') {
      // All-lower-case hex reads as an id or hash; a real base58 address is that by chance with odds below 1e-12.
      if (/^[0-9a-f]+$/.test(value)) return false;
      const payload = version === undefined ? base58CheckValid(value, RIPPLE_BASE58) : base58CheckValid(value);
      return payload !== undefined && payload.length === 21 && payload[0] === (version ?? 0x00);
    }
    const decoded = bech32Decode(value);
    if (decoded === undefined || !SEGWIT_PREFIXES.has(decoded.hrp)) return false;
    const witness = decoded.data[0];
    // Witness v0 uses bech32, v1+ bech32m (BIP 350).
    return witness === 0 ? decoded.variant === 'bech32' : decoded.variant === 'bech32m';
  },
  context: {
    en: [
      'bitcoin',
      'btc',
      'litecoin',
      'ltc',
      'dogecoin',
      'doge',
      'tron',
      'trc20',
      'usdt',
      'xrp',
      'monero',
      'xmr',
      'wallet',
      'address',
      'crypto',
    ],
    es: ['bitcoin', 'btc', 'monero', 'xmr', 'billetera', 'monedero', 'cartera', 'dirección', 'cripto'],
  },
  description:
    "a wallet address by its own checksum: base58check with the network's version byte (Bitcoin 1/3, Litecoin L/M, Dogecoin D/9/A, Dash X/7, TRON T), XRP Ledger r-addresses, Monero 4/8 (block base58, Keccak-256 checksum), bech32/bech32m segwit (bc1, tb1, ltc1) with the BIP 350 version rule",
};

/**
 * CRYPTO: a Solana address (an Ed25519 public key: 32 bytes in base58, 32-44 characters) in a text that names Solana
 * or one of its wallets. It has no checksum, so its shape would take any long base58 id: the word gates it and must
 * be near, and the value must decode to exactly 32 bytes and mix letters and digits.
 */
export const solanaAddressRecognizer: Recognizer = {
  name: 'solana-address',
  entity: 'CRYPTO',
  category: 'FINANCIAL',
  patterns: [{ regex: /\b[1-9A-HJ-NP-Za-km-z]{32,44}\b/g, score: 0.3 }],
  validate: (value, match) =>
    !glued(match.text, match.start, match.end) &&
    /\d/.test(value) &&
    /[A-Za-z]/.test(value) &&
    base58Decode(value)?.length === 32,
  context: {
    en: ['solana', 'phantom', 'solflare', 'sol address', 'wallet', 'address'],
    es: ['solana', 'billetera', 'monedero', 'cartera', 'dirección'],
  },
  caseInsensitiveTriggers: ['solana', 'phantom', 'solflare'],
  description:
    'a Solana address (base58 of a 32-byte key) near a Solana word, in a text holding solana, phantom or solflare',
};

/** ETHEREUM_ADDRESS: 0x + 40 hex; mixed case must pass EIP-55, single case scores lower (could be a hash). */
export const ethereumRecognizer: Recognizer = {
  name: 'ethereum-address',
  entity: 'ETHEREUM_ADDRESS',
  category: 'FINANCIAL',
  patterns: [{ regex: /\b0x[0-9a-fA-F]{40}\b/g, score: 0.95 }],
  validate(value, match) {
    if (glued(match.text, match.start, match.end)) return false;
    const body = value.slice(2);
    if (body === body.toLowerCase() || body === body.toUpperCase()) return /^0+$/.test(body) ? false : 0.55;
    return eip55Valid(value);
  },
  context: {
    en: ['ethereum', 'eth', 'wallet', 'address', 'erc20', 'metamask'],
    es: ['ethereum', 'eth', 'billetera', 'monedero', 'cartera', 'dirección'],
  },
  description: '0x + 40 hex; EIP-55 checksum when mixed case',
};
