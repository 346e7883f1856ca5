import type { Candidate } from '../recognizer.js';

/**
 * A `Cookie:` or `Set-Cookie:` header, as HTTP dumps, curl's `-H` and JSON header maps write it: the name (not
 * inside a longer word), an optional closing quote, `:`, then the header value (group 1 opens with its quote).
 */
const COOKIE_HEADER = /(?<![\w-])(set-)?cookie["']?[ \t]{0,4}:[ \t]{0,4}(["']?)/gi;

/** Characters a header value runs over: up to 4,096, never past the end of its line. */
const HEADER_REACH = 4096;

/** Necessary for a cookie header: `ookie` or `OOKIE` in the text (one or two native searches). */
export function mayHoldCookieHeader(text: string): boolean {
  return text.includes('ookie') || text.includes('OOKIE');
}

function isCookieOctet(code: number): boolean {
  // RFC 6265 cookie-octet: printable ASCII but space, `"`, `,`, `;` and `\`; other code points as sent in practice.
  return code > 32 && code !== 34 && code !== 44 && code !== 59 && code !== 92 && code !== 127;
}

/**
 * The cookie values in `Cookie` and `Set-Cookie` headers (session ids, CSRF and auth tokens), scored `score`:
 * every pair of a `Cookie` header, the first pair of a `Set-Cookie` header (its attributes, `Path=/` or
 * `Max-Age=3600`, are not secrets).
 */
export function* findCookieValues(text: string, score: number): Iterable<Candidate> {
  if (!mayHoldCookieHeader(text)) return;
  COOKIE_HEADER.lastIndex = 0;
  for (let header = COOKIE_HEADER.exec(text); header !== null; header = COOKIE_HEADER.exec(text)) {
    const setCookie = header[1] !== undefined;
    // The quote the header value ends at: its own (`"cookie": "…"`) or the whole header's (`-H 'Cookie: …'`).
    const before = header.index > 0 ? text.charCodeAt(header.index - 1) : -1;
    const quote = header[2] !== '' ? (header[2] as string).charCodeAt(0) : before === 34 || before === 39 ? before : -1;
    const limit = Math.min(text.length, COOKIE_HEADER.lastIndex + HEADER_REACH);
    let index = COOKIE_HEADER.lastIndex;
    while (index < limit) {
      while (index < limit && text.charCodeAt(index) === 32) index++;
      // The name, then `=`.
      const nameStart = index;
      while (index < limit && isCookieOctet(text.charCodeAt(index)) && text.charCodeAt(index) !== 61) index++;
      if (index === nameStart || text.charCodeAt(index) !== 61) break;
      index++;
      // The value, quoted (`"…"`, unless the header value itself is in double quotes) or bare.
      const quoted = text.charCodeAt(index) === 34 && quote !== 34;
      const start = quoted ? index + 1 : index;
      index = start;
      while (index < limit && isCookieOctet(text.charCodeAt(index)) && text.charCodeAt(index) !== quote) index++;
      if (index > start) yield { start, end: index, score };
      if (quoted && text.charCodeAt(index) === 34) index++;
      if (setCookie || text.charCodeAt(index) !== 59) break;
      index++;
    }
    COOKIE_HEADER.lastIndex = Math.max(COOKIE_HEADER.lastIndex, index);
  }
}
