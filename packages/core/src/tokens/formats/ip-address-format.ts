import { isIP } from 'node:net';
import type { TokenFormat } from './token-format.js';

/** Four octets 0-255 joined by dashes, without leading zeros (see ip-address.ts's cloudHostIpRecognizer). */
function dashedIpv4(value: string): boolean {
  return /^(?:\d{1,3}-){3}\d{1,3}$/.test(value) && isIP(value.replaceAll('-', '.')) === 4;
}

/**
 * IP_ADDRESS: IPv4 tokens come from 240.0.0.0/4 minus broadcast (first octet 240-254: "reserved for future
 * use", RFC 1112 §4, never routed), IPv6 tokens from 2001:db8::/32 (documentation, RFC 3849), written in
 * full (eight groups). A `/prefix` on the value is kept. Space: 15·2^24 (IPv4), 2^96 (IPv6) per scope.
 *
 * A dashed IPv4 address (`10-0-1-23`, what an AWS host name holds: `ip-10-0-1-23.ec2.internal`) gets a dashed token
 * from the same range (`241-7-180-3`). The grammar reads one only right after `ip-` or `ec2-` opening a word, as the
 * detector finds them: a bare `24x-x-x-x` is a phone number's shape (`245-123-45-67`), and every grammar match is a
 * token whatever the vault says (the format is reserved), so it must not hide real ones.
 */
export const ipAddressFormat: TokenFormat = {
  entityType: 'IP_ADDRESS',
  accepts: (value) => isIP(value.split('/')[0] ?? '') !== 0 || dashedIpv4(value),
  candidate(value, stream) {
    if (dashedIpv4(value)) {
      return [240 + stream.nextBelow(15), stream.nextByte(), stream.nextByte(), stream.nextByte()].join('-');
    }
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
    /(?<![\d.])(?:24\d|25[0-4])\.(?:\d{1,3})\.(?:\d{1,3})\.(?:\d{1,3})(?:\/\d{1,2})?(?!\d|\.\d)|(?<![\w:])2001:db8(?::[0-9a-f]{4}){6}(?:\/\d{1,3})?(?![\w:])|(?<=\b(?:[Ii][Pp]|[Ee][Cc]2)-)(?:24\d|25[0-4])(?:-\d{1,3}){3}(?!\w|-\d)/g,
  // Every IPv4 token starts with an octet 240-254, so its text holds `24` or `25`.
  reserved: { mayContain: (text) => text.includes('24') || text.includes('25') || text.includes('2001:db8') },
};
