import { isIPv6 } from 'node:net';
import type { Candidate, Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`\\b${OCTET}(?:\\.${OCTET}){3}(?:/(?:3[0-2]|[12]?\\d))?\\b`, 'g');
function isHexOrColon(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102) || code === 46;
}

const SUFFIX = /^(?:%[0-9A-Za-z._-]{1,16})?(?:\/\d{1,3})?/;

/**
 * IPv6 candidates: from each ':' grow the run of hex digits, ':' and '.' both ways (bounded), then take the
 * zone id and prefix. Runs without '::' and with fewer than seven colons (clock times) are dropped before
 * node:net looks at them. Each character is visited a bounded number of times: linear.
 */
function findIpv6(text: string): Iterable<Candidate> {
  return mayHoldIpv6(text) ? ipv6Candidates(text) : NONE;
}

const NONE: readonly Candidate[] = [];

/**
 * Necessary for any IPv6 candidate: a `::` or seven colons in the text (a candidate holds `::` or seven
 * colons). Most texts fail it with one or two native searches, before any generator is made.
 */
export function mayHoldIpv6(text: string): boolean {
  if (text.includes('::')) return true;
  let colon = text.indexOf(':');
  for (let count = 1; colon !== -1; count++) {
    if (count === 7) return true;
    colon = text.indexOf(':', colon + 1);
  }
  return false;
}

/** IPv6 candidates without the {@link mayHoldIpv6} pre-check (exported for the test that compares both). */
export function ipv6Candidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let colon = text.indexOf(':');
  let floor = 0;
  while (colon !== -1) {
    // `colon` is the first colon after the last run's end (`floor`): the run grown back from it holds no other.
    let start = colon;
    const lowest = Math.max(floor, colon - 45);
    while (start > lowest && isHexOrColon(text.charCodeAt(start - 1))) start--;
    const highest = Math.min(text.length, start + 45);
    // Forward, counting the colons as they come (a log has a colon in most lines: one pass each).
    let end = colon + 1;
    let colons = 1;
    let compressed = false;
    while (end < highest) {
      const code = text.charCodeAt(end);
      if (!isHexOrColon(code)) break;
      if (code === 58) {
        colons++;
        if (text.charCodeAt(end - 1) === 58) compressed = true;
      }
      end++;
    }
    while (end > colon + 1 && text.charCodeAt(end - 1) === 46) end--;
    if (colons >= 2 && (compressed || colons >= 7)) {
      const tail = SUFFIX.exec(text.slice(end, end + 24));
      candidates.push({ start, end: end + (tail?.[0].length ?? 0), score: 0.7 });
    }
    floor = end;
    colon = text.indexOf(':', end);
  }
  return candidates;
}

/**
 * A version word right before four dotted numbers: `version 10.0.0.1`, `"version": "10.2.3.4"`, `<Version>10.2.3.4`,
 * `App version: 10.2.4.1`, `Firmware: 10.2.4.1`, `kernel 10.2.4.1`, `Build 10.2.4.1`, `versión 10.2.4.1`,
 * `Git 1.7.12.1`, `Chrome 120.0.0.0`. `rev` stays out, and so does a glued `-` or `/` (`release-10.0.0.1` is a host
 * name): a product glued by `/` or `-` counts only with `.0.0`. Shorter words see VERSION_LABEL_BEFORE.
 */
const VERSION_BEFORE =
  /(?<![A-Za-z])(?:versi[oó]n|release|firmware|kernel|build|chrome|chromium|firefox|safari|edg|opr|crios|android|windows nt|git)["'>(]{0,2}[\s:=#]{0,3}["'(]{0,2}$/i;
/**
 * An abbreviation of a version as a label, with its dot, colon or equals sign: `Ver. 10.2.4.1`, `FW: 10.2.4.1`,
 * `sw=10.2.4.1`, `"v": "10.2.4.1"`. Written bare, each also precedes addresses: `ver` is Spanish for "see"
 * (`ver 192.168.1.20`), and `fw` and `sw` name a firewall and a switch in network inventories (`fw 10.0.0.1`).
 */
const VERSION_LABEL_BEFORE = /(?<![A-Za-z])(?:ver|v|fw|sw)(?:\.?["']?[:=]|\.)[\s"']{0,3}$/i;
/**
 * A key or a call that ends in `Version`, quoted as JSON, XML and code write them: `"appVersion": "…"`,
 * `<FileVersion>`, `AssemblyFileVersion("…")`; and a pinned package (`comtypes==1.2.0.1`).
 */
const NAMED_VERSION_BEFORE = /(?:[a-z]Version["'>(]{0,2}[\s:=#]{0,3}["'(]{0,2}|[A-Za-z][\w.-]*==)$/;
/** A product name glued by `/` or `-` (`Chrome/`, `pyobjc-`): with `.0.0` at the end, a version. */
const PRODUCT_BEFORE = /[A-Za-z]{2,}[/-]$/;
/** A browser's product token in a user agent (`Chrome/130.7.20.9`, `YaBrowser/23.11.1.82`): always a version. */
const BROWSER_BEFORE =
  /(?<![A-Za-z])(?:chrome|chromium|firefox|safari|edg|edga|edgios|opr|crios|fxios|yabrowser|samsungbrowser|applewebkit|version)\/$/i;

/**
 * A letter before `start`, across at most five white-space characters, quotes or `:=/#->(.`: the cheap test before
 * the version and product patterns, which can only match after one.
 */
function letterBefore(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - 6); index--) {
    const code = text.charCodeAt(index);
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) return true;
    if (!(BEFORE_VERSION_SEPARATORS.has(code) || (code >= 9 && code <= 13))) return false;
  }
  return false;
}

/** ` `, `:`, `=`, `/`, `#`, `-`, `"`, `'`, `>`, `(`, `.` (white space other than the space is tested by range). */
const BEFORE_VERSION_SEPARATORS = new Set([32, 58, 61, 47, 35, 45, 34, 39, 62, 40, 46]);

function validIpv4(value: string, text: string, start: number, end: number): boolean | number {
  // "1.2.3.4.5" or "v1.2.3.4" are versions, not addresses.
  const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (previous === 46 || (previous !== -1 && isAlnum(previous))) return false;
  if (previous !== -1 && letterBefore(text, start)) {
    const before = text.slice(Math.max(0, start - 16), start);
    if (
      VERSION_BEFORE.test(before) ||
      VERSION_LABEL_BEFORE.test(before) ||
      BROWSER_BEFORE.test(before) ||
      NAMED_VERSION_BEFORE.test(before)
    ) {
      return false;
    }
    if (PRODUCT_BEFORE.test(before) && value.endsWith('.0.0')) return false;
  }
  if (end < text.length && text.charCodeAt(end) === 46 && end + 1 < text.length && isAlnum(text.charCodeAt(end + 1))) {
    return false;
  }
  // The value matched IPV4: digits and dots, then maybe /prefix. Read without allocating (logs hold many).
  let first = 0;
  for (let index = 0; index < value.length && value.charCodeAt(index) !== 46; index++) {
    first = first * 10 + value.charCodeAt(index) - 48;
  }
  // 240.0.0.0/4 is reserved (RFC 1112) and holds Mask's IP tokens; 0.x is "this network" (0.0.0.0, any
  // address); 127.x is loopback: the same on every machine, it identifies no one.
  if (first >= 240 || first === 0 || first === 127) return false;
  const slash = value.indexOf('/');
  // Four one-digit parts (d.d.d.d, 7 characters) read as a version number more often than as an address.
  if ((slash === -1 ? value.length : slash) === 7) return 0.35;
  return true;
}

/** The eight 16-bit groups of a valid IPv6 address (a dotted IPv4 tail as two groups). */
function ipv6Groups(address: string): number[] {
  const parse = (part: string | undefined): number[] => {
    const groups: number[] = [];
    if (part === undefined || part === '') return groups;
    for (const group of part.split(':')) {
      if (!group.includes('.')) groups.push(Number.parseInt(group, 16));
      else {
        const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
        groups.push(a * 256 + b, c * 256 + d);
      }
    }
    return groups;
  };
  const [head, tail] = address.split('::');
  const before = parse(head);
  const after = parse(tail);
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/**
 * Loopback and unspecified addresses (`::1`, `::`, `0:0:0:0:0:0:0:1`, and IPv4 loopback or "this network" mapped
 * into IPv6, `::ffff:127.0.0.1`): the same on every machine, like 127.x and 0.x in IPv4.
 */
function loopbackOrUnspecified(address: string): boolean {
  // Their first group is zero: most addresses are ruled out without parsing.
  const first = address.charCodeAt(0);
  if (first !== 48 && first !== 58) return false;
  const groups = ipv6Groups(address);
  for (let index = 0; index < 5; index++) if (groups[index] !== 0) return false;
  if (groups[5] === 0 && groups[6] === 0) return (groups[7] as number) <= 1;
  const octet = (groups[6] as number) >> 8;
  return groups[5] === 0xffff && (octet === 127 || octet === 0);
}

function validIpv6(value: string, text: string, start: number, end: number): boolean {
  const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (previous !== -1 && (isAlnum(previous) || previous === 58)) return false;
  if (end < text.length && isAlnum(text.charCodeAt(end))) return false;
  // The address without its prefix length or zone id.
  let addressEnd = 0;
  while (addressEnd < value.length && value[addressEnd] !== '/' && value[addressEnd] !== '%') addressEnd++;
  const address = value.slice(0, addressEnd);
  // 2001:db8::/32 is for documentation (RFC 3849) and holds Mask's IPv6 tokens.
  if (address.length < 3 || DOCUMENTATION_PREFIX.test(address) || !addressLike(address)) return false;
  return isIPv6(address) && !loopbackOrUnspecified(address);
}

const DOCUMENTATION_PREFIX = /^2001:0?db8:/i;

/**
 * Whether hex groups read as an address rather than code: "::" alone is none, and paths in code (`E::A`, `f::a`,
 * `Ab::Cd`, `B::`) are groups of letters only, none of three or more, or two such groups. Real addresses hold
 * digits (`fe80::1`, `::1`). One pass over the characters (dense logs hand over thousands of candidates).
 */
function addressLike(address: string): boolean {
  let groups = 0;
  let longest = 0;
  let run = 0;
  let letters = false;
  let digits = false;
  for (let index = 0; index <= address.length; index++) {
    const code = index < address.length ? address.charCodeAt(index) : 58;
    if (code === 58) {
      if (run > 0) groups++;
      if (run > longest) longest = run;
      run = 0;
      continue;
    }
    run++;
    const lower = code | 32;
    if (lower >= 97 && lower <= 102) letters = true;
    else digits = true;
  }
  if (digits) return true;
  return letters && groups > 2 && longest >= 3;
}

/** IP_ADDRESS: IPv4 (CIDR) and IPv6 (compressed, embedded IPv4, zone id, prefix). */
export const ipAddressRecognizer: Recognizer = {
  name: 'ip-address',
  entity: 'IP_ADDRESS',
  category: 'NETWORK',
  presidioEntity: 'IP_ADDRESS',
  patterns: [{ regex: IPV4, score: 0.7 }],
  find: findIpv6,
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

/**
 * An IPv4 address written with dashes in an AWS host name: the private DNS name (`ip-10-0-1-23.ec2.internal`,
 * `ip-10-0-1-23.eu-west-1.compute.internal`, the bare `ip-10-0-1-23` that logs and EKS node names print) and the
 * public one (`ec2-54-12-3-4.compute-1.amazonaws.com`). The span is the dashed address only (`10-0-1-23`): the host
 * stays readable and its token keeps the dashes (`ip-241-7-180-3.ec2.internal`, see ip-address-format.ts). `ip` or
 * `ec2` must open a word (`zip-10-0-1-23` is none), four octets of 0-255 without a leading zero follow, and a fifth
 * `-digit` group or a glued letter or digit rules the name out (`ip-10-0-1-23-5`). Any case (Windows and some
 * consoles print `IP-10-0-1-23`).
 */
const DASHED_IPV4 = new RegExp(`(?<=\\b(?:ip|ec2)-)${OCTET}(?:-${OCTET}){3}(?![\\w]|-\\d)`, 'gi');

/** The first octet of a dashed address: 0.x, 127.x and the token range 240.0.0.0/4 are no host's (see validIpv4). */
function validDashedIpv4(value: string): boolean {
  const first = Number.parseInt(value, 10);
  return first !== 0 && first !== 127 && first < 240;
}

/** IP_ADDRESS: the dashed IPv4 address in an AWS EC2 host name (`ip-10-0-1-23`, `ec2-54-12-3-4`). */
export const cloudHostIpRecognizer: Recognizer = {
  name: 'cloud-host-ip',
  entity: 'IP_ADDRESS',
  category: 'NETWORK',
  presidioEntity: 'IP_ADDRESS',
  patterns: [{ regex: DASHED_IPV4, score: 0.85 }],
  validate: (value) => validDashedIpv4(value),
  // No triggers: the pattern runs only at a run of 1-3 digits after `ip-` or `ec2-` and before `-` (pattern-starts.ts).
  description:
    'the dashed IPv4 address of an AWS EC2 host name: ip-10-0-1-23(.ec2.internal, .<region>.compute.internal), ec2-54-12-3-4.<region>.compute.amazonaws.com',
};
