import { isIPv6 } from 'node:net';
import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`\\b${OCTET}(?:\\.${OCTET}){3}(?:/(?:3[0-2]|[12]?\\d))?\\b`, 'g');
// Candidate shape only; node:net decides. Zone ids (`%eth0`) and prefixes (`/64`) are part of the span.
const IPV6 =
  /(?:[0-9A-Fa-f]{1,4}|:)?:[0-9A-Fa-f]{0,4}:(?:[0-9A-Fa-f:.]{0,39}[0-9A-Fa-f:])?(?:%[0-9A-Za-z._-]{1,16})?(?:\/\d{1,3})?/g;

function validIpv4(value: string, text: string, start: number, end: number): boolean | number {
  // "1.2.3.4.5" or "v1.2.3.4" are versions, not addresses.
  const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (previous === 46 || (previous !== -1 && isAlnum(previous))) return false;
  if (end < text.length && text.charCodeAt(end) === 46 && end + 1 < text.length && isAlnum(text.charCodeAt(end + 1))) {
    return false;
  }
  const first = Number(value.slice(0, value.indexOf('.')));
  // 240.0.0.0/4 is reserved (RFC 1112) and holds Mask's IP tokens; 0.x is "this network".
  if (first >= 240 || first === 0) return false;
  const octets = value.split('/')[0]?.split('.') ?? [];
  // Four one-digit parts read as a version number more often than as an address.
  if (octets.every((octet) => octet.length === 1)) return 0.35;
  return true;
}

function validIpv6(value: string, text: string, start: number, end: number): boolean {
  const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (previous !== -1 && (isAlnum(previous) || previous === 58)) return false;
  if (end < text.length && isAlnum(text.charCodeAt(end))) return false;
  const address = value.split('/')[0]?.split('%')[0] ?? '';
  if (address.length < 3 || !isIPv6(address)) return false;
  const lower = address.toLowerCase();
  // 2001:db8::/32 is for documentation (RFC 3849) and holds Mask's IPv6 tokens.
  if (lower.startsWith('2001:db8:') || lower.startsWith('2001:0db8:')) return false;
  // "::" alone and clock times are not addresses worth flagging.
  return /[0-9a-f]/.test(lower.replace(/:/g, ''));
}

/** IP_ADDRESS: IPv4 (CIDR) and IPv6 (compressed, embedded IPv4, zone id, prefix). */
export const ipAddressRecognizer: Recognizer = {
  name: 'ip-address',
  entity: 'IP_ADDRESS',
  category: 'NETWORK',
  presidioEntity: 'IP_ADDRESS',
  patterns: [
    { regex: IPV4, score: 0.7 },
    { regex: IPV6, score: 0.7 },
  ],
  validate(value, match) {
    return value.includes(':')
      ? validIpv6(value, match.text, match.start, match.end)
      : validIpv4(value, match.text, match.start, match.end);
  },
  context: {
    en: ['ip', 'address', 'addr', 'host', 'client', 'server', 'from', 'remote', 'src', 'dst'],
    es: ['ip', 'dirección', 'servidor', 'cliente', 'desde'],
  },
  description:
    'IPv4 octets 0-255 + optional /0-32, IPv6 per RFC 4291 with zone and prefix; reserved token ranges excluded',
};
