import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import { base58CheckValid, bech32Decode, eip55Valid } from '../validators/crypto-encodings.js';

const glued = (text: string, start: number, end: number): boolean =>
  (start > 0 && isAlnum(text.charCodeAt(start - 1))) || (end < text.length && isAlnum(text.charCodeAt(end)));

/** CRYPTO (Presidio's name): Bitcoin P2PKH/P2SH (base58check, version 0x00/0x05) and segwit (bech32/bech32m). */
export const bitcoinRecognizer: Recognizer = {
  name: 'bitcoin-address',
  entity: 'CRYPTO',
  category: 'FINANCIAL',
  presidioEntity: 'CRYPTO',
  patterns: [
    {
      regex:
        /\b(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc|tb|BC|TB)1(?:[02-9ac-hj-np-z]{11,71}|[02-9AC-HJ-NP-Z]{11,71}))\b/g,
      score: 0.9,
    },
  ],
  validate(value, match) {
    if (glued(match.text, match.start, match.end)) return false;
    if (value[0] === '1' || value[0] === '3') {
      // All-lower-case hex reads as an id or hash; a real base58 address is that by chance with odds below 1e-12.
      if (/^[0-9a-f]+$/.test(value)) return false;
      const payload = base58CheckValid(value);
      return payload !== undefined && payload.length === 21 && (payload[0] === 0x00 || payload[0] === 0x05);
    }
    const decoded = bech32Decode(value);
    if (decoded === undefined || (decoded.hrp !== 'bc' && decoded.hrp !== 'tb')) return false;
    const version = decoded.data[0];
    // Witness v0 uses bech32, v1+ bech32m (BIP 350).
    return version === 0 ? decoded.variant === 'bech32' : decoded.variant === 'bech32m';
  },
  context: {
    en: ['bitcoin', 'btc', 'wallet', 'address', 'crypto'],
    es: ['bitcoin', 'btc', 'billetera', 'monedero', 'cartera', 'dirección'],
  },
  description: 'base58check (version 0/5) or bech32/bech32m with the BIP 350 version rule',
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
