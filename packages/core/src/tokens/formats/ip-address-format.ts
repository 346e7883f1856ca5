import { isIP } from 'node:net';
import type { TokenFormat } from './token-format.js';

/**
 * IP_ADDRESS: IPv4 tokens come from 240.0.0.0/4 minus broadcast (first octet 240-254: "reserved for future
 * use", RFC 1112 §4, never routed), IPv6 tokens from 2001:db8::/32 (documentation, RFC 3849), written in
 * full (eight groups). A `/prefix` on the value is kept. Space: 15·2^24 (IPv4), 2^96 (IPv6) per scope.
 */
export const ipAddressFormat: TokenFormat = {
  entityType: 'IP_ADDRESS',
  accepts: (value) => isIP(value.split('/')[0] ?? '') !== 0,
  candidate(value, stream) {
    const [address = '', prefix] = value.split('/');
    const suffix = prefix === undefined ? '' : `/${prefix}`;
    if (isIP(address) === 4) {
      const octets = [240 + stream.nextBelow(15), stream.nextByte(), stream.nextByte(), stream.nextByte()];
      return octets.join('.') + suffix;
    }
    const groups: string[] = [];
    for (let index = 0; index < 6; index++) groups.push(stream.chars(4, '0123456789abcdef'));
    return `2001:db8:${groups.join(':')}${suffix}`;
  },
  grammar:
    /(?<![\d.])(?:24\d|25[0-4])\.(?:\d{1,3})\.(?:\d{1,3})\.(?:\d{1,3})(?:\/\d{1,2})?(?!\d|\.\d)|(?<![\w:])2001:db8(?::[0-9a-f]{4}){6}(?:\/\d{1,3})?(?![\w:])/g,
  // Every IPv4 token starts with an octet 240-254, so its text holds `24` or `25`.
  reserved: { mayContain: (text) => text.includes('24') || text.includes('25') || text.includes('2001:db8') },
};
