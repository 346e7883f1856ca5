import type { Candidate, Recognizer } from '../recognizer.js';
import { hexValue, isAlnum } from '../validators/boundaries.js';
import { MessageIds } from './message-ids.js';

const LOCAL_MAX = 64;
const DOMAIN_MAX = 253;

function isLocalChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 || // .
    code === 95 || // _
    code === 37 || // %
    code === 43 || // +
    code === 45 || // -
    code === 39 || // '
    (code > 127 && code < 0xd800) // accented letters (RFC 6531 local parts)
  );
}

/** `~ ! * $ ^ { } #`: local-part characters read only between two others (see addAddresses). */
function isInteriorOnly(code: number): boolean {
  return (
    code === 126 ||
    code === 33 ||
    code === 42 ||
    code === 36 ||
    code === 94 ||
    code === 123 ||
    code === 125 ||
    code === 35
  );
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 45
  );
}

/**
 * A letter of an internationalised domain name as written (RFC 5890: `bücher.de`, `münchen.de`, `почта.рф`'s
 * labels): Latin letters with accents (not `×` `÷`), Greek and Cyrillic. Not punctuation after an address (`’s`,
 * `»`, `…`). The top-level domain is still read in ASCII letters (see validDomain).
 */
function isIdnLetter(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x4ff);
}

const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'ico', 'bmp', 'avif', 'css', 'js']);
// systemd's instance units (`user@1000.service`, `postgresql@14-main.service`, `getty@tty1.service`): the suffixes
// of unit types that no top-level domain has (`.target` is one: a brand's).
const UNIT_TYPES = new Set([
  'service',
  'socket',
  'timer',
  'mount',
  'automount',
  'slice',
  'scope',
  'swap',
  'device',
  'path',
]);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Finds addresses by jumping from `@` to `@` (indexOf) and growing left and right within RFC 5321 limits:
 * linear in the text, however many `@` it holds. Then the same for `%40`, an `@` URL-encoded in a query string
 * (`?email=ana%40example.com`, as access logs keep it), and `%2540`, encoded twice (a redirect's query string).
 */
function findEmails(text: string): Iterable<Candidate> {
  // An array rather than a generator: most texts with an '@' hold one or two addresses.
  const candidates: Candidate[] = [];
  addAddresses(text, '@', candidates);
  if (text.includes('%40')) addAddresses(text, '%40', candidates);
  // Encoded twice (`%25` is `%`): a query string inside a URL-encoded redirect or a logged URL.
  if (text.includes('%2540')) addAddresses(text, '%2540', candidates);
  return candidates;
}

/** The addresses around each `at` (`@` or `%40`) in the text, pushed onto `candidates`. */
function addAddresses(text: string, separator: string, candidates: Candidate[]): void {
  let at = text.indexOf(separator);
  let floor = 0; // never start a candidate before the end of the previous one
  const messageIds = new MessageIds(text);
  while (at !== -1) {
    const domainStart = at + separator.length;
    let start = at;
    const lowest = Math.max(floor, at - LOCAL_MAX);
    while (start > lowest && isLocalChar(text.charCodeAt(start - 1))) start--;
    // RFC 5322 also allows ~ ! * $ ^ { } # in a local part (`claud~streich@…`). They are rare there and mostly
    // punctuation elsewhere (`$USER@host`, `**ana@…**`, `${USER}@host`), so they count only between two local
    // characters (never right before the `@`).
    while (
      start < at &&
      start - 1 > lowest &&
      isInteriorOnly(text.charCodeAt(start - 1)) &&
      isLocalChar(text.charCodeAt(start - 2))
    ) {
      start--;
      while (start > lowest && isLocalChar(text.charCodeAt(start - 1))) start--;
    }
    if (separator !== '@') start = afterEncodedDelimiter(text, start, at, separator.length === 5 ? 2 : 0);
    while (start < at && (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 39)) start++;
    const highest = Math.min(text.length, domainStart + DOMAIN_MAX);
    let end = domainEnd(text, domainStart, highest, true);
    // A domain whose letters outside ASCII make it none (`example.comÉtait`) is read up to them, as before IDNs.
    if (!validDomain(text, domainStart, end)) end = domainEnd(text, domainStart, highest, false);
    if (
      start < at &&
      end > domainStart &&
      validDomain(text, domainStart, end) &&
      validLocal(text, start, at) &&
      !(separator === '@' && urlUser(text, start, at)) &&
      !sshRemote(text, end) &&
      !messageIds.holds(start, end)
    ) {
      candidates.push({ start, end, score: 0.95 });
      floor = end;
    }
    at = text.indexOf(separator, at + 1);
  }
}

/**
 * Where the local part of an encoded address starts: after the last escape in [start, at) of a character no
 * local part holds (`%3D` for `=`, `%2F`, `%26`, ...: `next=%2Fx%3Femail%3Dana%40example.com` is `ana`'s).
 * `prefix` is the length of what comes between `%` and the hex pair: 0, or 2 for `%25` when encoded twice.
 * Escapes of `+ - . _ '` and of UTF-8 bytes (accented letters) belong to the local part.
 */
function afterEncodedDelimiter(text: string, start: number, at: number, prefix: number): number {
  let from = start;
  for (let index = start; index + prefix + 2 < at; index++) {
    if (text.charCodeAt(index) !== 37 || (prefix === 2 && !text.startsWith('25', index + 1))) continue;
    const high = hexValue(text.charCodeAt(index + prefix + 1));
    const low = hexValue(text.charCodeAt(index + prefix + 2));
    if (high < 0 || low < 0) continue;
    const code = high * 16 + low;
    if (code < 128 && !isDomainChar(code) && code !== 43 && code !== 95 && code !== 39) from = index + prefix + 3;
  }
  return from;
}

/** `[A-Za-z0-9._~/-]`: what the path of an SSH remote is written with. */
function isPathChar(code: number): boolean {
  return isDomainChar(code) || code === 95 || code === 126 || code === 47;
}

/**
 * The user of a URL rather than a mailbox, right after `scheme://` (the `@` ends the URL's userinfo and a host
 * follows): an ssh login (`ssh://git@github.com/org/repo.git`, npm's `git+ssh://`), or a key of 32 to 64 hex digits
 * (a Sentry DSN's `https://<key>@o1.ingest.sentry.io/1`, which url-credentials.ts reports), or an address with its
 * `@` encoded (`https://ana%40example.com@jira.example.com`, which the `%40` reading finds). Another user
 * (`https://ana@example.com/`) is still read as an address: it names a person either way, and a miss is a leak.
 */
function urlUser(text: string, start: number, at: number): boolean {
  if (start < 4 || !text.startsWith('://', start - 3) || !isAlnum(text.charCodeAt(start - 4))) return false;
  if (start >= 6 && text.startsWith('ssh', start - 6)) return true;
  // An address as the user, its `@` encoded: the `%40` reading finds it.
  if (text.slice(start, at).includes('%40')) return true;
  if (at - start < 32 || at - start > 64) return false;
  for (let index = start; index < at; index++) if (hexValue(text.charCodeAt(index)) < 0) return false;
  return true;
}

/**
 * An SSH login rather than a mailbox: `user@host:path` (git and scp remotes: `git@github.com:org/repo.git`,
 * `deploy@host.example.com:/srv/app`), where the path holds a `/` or ends in `.git` and stands alone. An address
 * followed by a colon and prose (`write to ana@example.com: thanks`) or by a password (`ana@example.com:hunter2`)
 * stays one.
 */
function sshRemote(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 58) return false;
  const highest = Math.min(text.length, end + 257);
  let index = end + 1;
  let slash = false;
  while (index < highest && isPathChar(text.charCodeAt(index))) {
    if (text.charCodeAt(index) === 47) slash = true;
    index++;
  }
  if (index === end + 1 || !(slash || text.endsWith('.git', index))) return false;
  return index === text.length || PATH_ENDS.includes(text[index] as string);
}

/** What may follow the path of an SSH remote: white space, a quote, a closing bracket, a list separator. */
const PATH_ENDS = ' \t\r\n"\'`)]>,;';

function validLocal(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) === 46) return false;
  for (let index = start + 1; index < end; index++) {
    if (text.charCodeAt(index) === 46 && text.charCodeAt(index - 1) === 46) return false;
  }
  return true;
}

/** Where the domain from `start` ends (before `highest`), its letters outside ASCII read or not, without the
 * sentence's trailing dots and hyphens. */
function domainEnd(text: string, start: number, highest: number, idn: boolean): number {
  let end = start;
  for (let code = text.charCodeAt(end); end < highest && (isDomainChar(code) || (idn && isIdnLetter(code))); ) {
    code = text.charCodeAt(++end);
  }
  // Trailing dots and hyphens are punctuation of the sentence, not the domain.
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  return end;
}

function validDomain(text: string, start: number, end: number): boolean {
  // Labels between dots: each 1-63 characters, not starting or ending with '-'; at least two labels; the last
  // (the TLD) two or more letters and not `invalid`. Read in place: no slicing per candidate.
  let labels = 0;
  let labelStart = start;
  for (let index = start; index <= end; index++) {
    if (index < end && text.charCodeAt(index) !== 46) continue;
    const length = index - labelStart;
    if (length === 0 || length > 63) return false;
    if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(index - 1) === 45) return false;
    labels++;
    if (index < end) labelStart = index + 1;
  }
  if (labels < 2) return false;
  if (end - labelStart < 2) return false;
  for (let index = labelStart; index < end; index++) if (!isLetter(text.charCodeAt(index))) return false;
  // Only a top-level domain as long as `invalid`, one of FILE_EXTENSIONS (2-4 letters) or UNIT_TYPES (4-9) is read.
  const length = end - labelStart;
  if (length < 2 || length > 9) return true;
  const tld = text.slice(labelStart, end).toLowerCase();
  // RFC 2606 reserves `.invalid`: no mailbox exists there, and Mask's own email tokens live under it. Image and
  // asset names are no domains (`icon@2x.png`, `logo%403x.webp`), nor are systemd's units: none of these is a
  // top-level domain.
  return tld !== 'invalid' && !FILE_EXTENSIONS.has(tld) && !UNIT_TYPES.has(tld);
}

/** EMAIL_ADDRESS: RFC 5321 shape, letters-only TLD, `.invalid` (Mask's token domain) never flagged. */
export const emailRecognizer: Recognizer = {
  name: 'email',
  entity: 'EMAIL_ADDRESS',
  category: 'CONTACT',
  presidioEntity: 'EMAIL_ADDRESS',
  find: findEmails,
  context: { en: ['email', 'e-mail', 'mail', 'contact'], es: ['correo', 'email', 'electrónico', 'contacto'] },
  triggers: ['@', '%40', '%2540'],
  description:
    'local@domain.tld within RFC 5321 limits, also URL-encoded (local%40domain.tld, local%2540domain.tld); `.invalid` excluded',
};
