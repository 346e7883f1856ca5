import type { Candidate } from '../recognizer.js';

/**
 * Where cookie pairs start: a `Cookie:` or `Set-Cookie:` header as HTTP dumps, curl's `-H` and JSON header maps
 * write it (Node's `"set-cookie": [ … ]` a list of strings, on one line or one per line), a HAR header
 * (`"name": "Cookie", "value": "…"`), the CGI/WSGI variable `HTTP_COOKIE`, curl's `--cookie` / `-b`, or
 * `document.cookie =`. Groups: 1 `set-` of Set-Cookie, 2 the `[` of a list, 3 the quote the value opens with.
 */
const COOKIE_START =
  /(?:(?<![\w-])(?:(set-)?cookie(?:["']?[ \t]{0,4}:|["'][ \t]{0,4},\s{0,64}["']value["']?[ \t]{0,4}:)|http_cookie["']?[ \t]{0,4}[:=])|(?<![\w.-])document\.cookie[ \t]{0,4}\+?=|(?<![\w-])(?:--cookie(?:[ \t]{1,4}|=)|-b {1,4}(?=["']?[^\s=;"']{1,256}=)))[ \t]{0,4}(\[\s{0,32})?(["']?)/gi;

/** A HAR entry's (or a browser export's) list of cookies: `"cookies": [{"name": "sid", "value": "…"}, …]`. */
const COOKIE_LIST = /["']cookies["'][ \t]{0,4}:[ \t]{0,4}\[/gi;
const LIST_VALUE = /["']value["'][ \t]{0,4}:[ \t]{0,4}(["'])/g;

/** Characters a header value runs over at most (browsers send up to 4 KB per cookie, many cookies at once). */
const HEADER_REACH = 65536;

/** Shorter values are preferences and flags (`theme=dark`, `ab_test=variant_b2`); session ids are longer. */
const MIN_SECRET_LENGTH = 16;

/**
 * A web analytics client id: Google Analytics' `_ga` / `_gid` (`GA1.2.1234567890.1700000000`), GA4's `_ga_<id>`
 * (`GS1.1.1700000000.5.1.1700000123.0.0.0`, `GS2.1.s1700000000$o1$g1$t1700000123`) and Meta's `_fbp`
 * (`fb.1.1700000000000.1234567890`): a prefix, then digits with `.` and `$` (and, in GS2, a letter before each
 * number). Long, but no credential: it opens no session.
 */
function analyticsId(text: string, start: number, end: number): boolean {
  const prefix = text.startsWith('fb.', start) ? 3 : /^G[AS][12]\./.test(text.slice(start, start + 4)) ? 4 : 0;
  if (prefix === 0) return false;
  for (let index = start + prefix; index < end; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || code === 46 || code === 36) continue;
    // A letter names the number after it (`s1700000000`, `$o1`): after `.` or `$`, before a digit.
    const previous = text.charCodeAt(index - 1);
    const next = text.charCodeAt(index + 1);
    if (!(code >= 97 && code <= 122 && (previous === 46 || previous === 36) && next >= 48 && next <= 57)) return false;
  }
  return true;
}

/**
 * Whether the text may hold a cookie header: `ookie` (`Cookie`, `cookie`, `Set-Cookie`), `OOKIE` (`COOKIE:`,
 * `HTTP_COOKIE`) or curl's `-b `. The scanner asks only when its word-run pass saw a `cookie`, `HTTP_COOKIE`,
 * `value` or `-b` run (pattern-starts.ts, FINDER_STARTS), so long logs without one pay nothing.
 */
function mayHoldCookieHeader(text: string): boolean {
  return text.includes('ookie') || text.includes('OOKIE') || text.includes('-b ');
}

function isCookieOctet(code: number): boolean {
  // RFC 6265 cookie-octet: printable ASCII but space, `"`, `,`, `;` and `\`; other code points as sent in practice.
  return code > 32 && code !== 34 && code !== 44 && code !== 59 && code !== 92 && code !== 127;
}

/** A `name=` after blanks at `index`: the next cookie of a folded Set-Cookie header. */
function pairFollows(text: string, index: number, limit: number): boolean {
  while (index < limit && isBlank(text.charCodeAt(index))) index++;
  const nameStart = index;
  while (index < limit && isNameChar(text.charCodeAt(index), -1)) index++;
  return index > nameStart && text.charCodeAt(index) === 61;
}

/** The first index from `index` (before `limit`) that is not white space, line breaks included (at most 32). */
function afterWhiteSpace(text: string, index: number, limit: number): number {
  const highest = Math.min(limit, index + 32);
  while (index < highest && /\s/.test(text[index] as string)) index++;
  return index;
}

/** A character of a cookie name: a cookie-octet other than `=` and the quote the header value ends at (or -1). */
function isNameChar(code: number, quote: number): boolean {
  return isCookieOctet(code) && code !== 61 && code !== quote;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * The cookie values of cookie headers (session ids, CSRF and auth tokens), scored `score`: every pair of a
 * `Cookie` header; of a `Set-Cookie` header the first pair of each cookie, whether one per line, one per string of
 * a list, or folded with `, ` (its attributes, `Path=/` or `Max-Age=3600`, are not secrets). Values shorter than
 * 16 characters and analytics client ids are left alone.
 */
export function* findCookieValues(text: string, score: number): Iterable<Candidate> {
  if (!mayHoldCookieHeader(text)) return;
  yield* findCookieListValues(text, score);
  COOKIE_START.lastIndex = 0;
  for (let header = COOKIE_START.exec(text); header !== null; header = COOKIE_START.exec(text)) {
    const setCookie = header[1] !== undefined;
    const list = header[2] !== undefined;
    // The quote the header value ends at: its own (`"cookie": "…"`) or the whole header's (`-H 'Cookie: …'`).
    const before = header.index > 0 ? text.charCodeAt(header.index - 1) : -1;
    const quote = header[3] !== '' ? (header[3] as string).charCodeAt(0) : before === 34 || before === 39 ? before : -1;
    const limit = Math.min(text.length, COOKIE_START.lastIndex + HEADER_REACH);
    let index = COOKIE_START.lastIndex;
    // Whether the next pair names a cookie (rather than an attribute of a Set-Cookie cookie).
    let cookieNext = true;
    while (index < limit) {
      while (index < limit && isBlank(text.charCodeAt(index))) index++;
      const nameStart = index;
      while (index < limit && isNameChar(text.charCodeAt(index), quote)) index++;
      if (index === nameStart) break;
      const attribute = setCookie && !cookieNext;
      if (text.charCodeAt(index) === 61) {
        index++;
        // The value, quoted (`"…"`, unless the header value itself is in double quotes) or bare.
        const quoted = text.charCodeAt(index) === 34 && quote !== 34;
        const start = quoted ? index + 1 : index;
        index = start;
        while (index < limit) {
          const code = text.charCodeAt(index);
          if (code === quote || code === 59 || code === 10 || code === 13) break;
          // `Expires=Wed, 21 Oct 2015 07:28:00 GMT` holds a comma and spaces: an attribute's value runs on to
          // `;`, or to a comma that starts the next folded cookie.
          if (attribute ? code === 44 && pairFollows(text, index + 1, limit) : !isCookieOctet(code)) break;
          index++;
        }
        if (!attribute && index - start >= MIN_SECRET_LENGTH && !analyticsId(text, start, index)) {
          yield { start, end: index, score };
        }
        if (quoted && text.charCodeAt(index) === 34) index++;
      } else if (!attribute) {
        // A cookie with no value.
        break;
      }
      // What separates this pair from the next.
      const next = text.charCodeAt(index);
      if (next === 59) {
        index++;
        cookieNext = !setCookie;
      } else if (next === 44 && setCookie) {
        // Several Set-Cookie headers folded into one with `, `.
        index++;
        cookieNext = true;
      } else if (list && next === quote && quote !== -1) {
        // The next string of a `[ "…", "…" ]` list, on the same line or the next (util.inspect, pretty JSON).
        index++;
        index = afterWhiteSpace(text, index, limit);
        if (text.charCodeAt(index) !== 44) break;
        index = afterWhiteSpace(text, index + 1, limit);
        if (text.charCodeAt(index) !== quote) break;
        index++;
        cookieNext = true;
      } else {
        break;
      }
    }
    COOKIE_START.lastIndex = Math.max(COOKIE_START.lastIndex, index);
  }
}

/**
 * The `value` of each cookie object in a `"cookies": [ … ]` list (HAR files, browser and Playwright cookie
 * exports), 16 characters or longer. The list ends at its closing `]` (not one inside a string: PHP-style names
 * such as `cart[items]`), within HEADER_REACH.
 */
function* findCookieListValues(text: string, score: number): Iterable<Candidate> {
  COOKIE_LIST.lastIndex = 0;
  // The next `"value":`, searched again only once passed: linear however many lists open before it.
  let value: RegExpExecArray | null | undefined;
  for (let list = COOKIE_LIST.exec(text); list !== null; list = COOKIE_LIST.exec(text)) {
    const from = COOKIE_LIST.lastIndex;
    const end = listEnd(text, from, Math.min(text.length, from + HEADER_REACH));
    if (value === undefined || (value !== null && value.index < from)) {
      LIST_VALUE.lastIndex = from;
      value = LIST_VALUE.exec(text);
    }
    while (value !== null && value.index < end) {
      const start = value.index + value[0].length;
      const quote = (value[1] as string).charCodeAt(0);
      let index = start;
      while (index < end && text.charCodeAt(index) !== quote && text.charCodeAt(index) !== 10) index++;
      if (index - start >= MIN_SECRET_LENGTH && !analyticsId(text, start, index)) yield { start, end: index, score };
      LIST_VALUE.lastIndex = index;
      value = LIST_VALUE.exec(text);
    }
    COOKIE_LIST.lastIndex = Math.max(from, end);
  }
}

/** The `]` that closes the list opened before `from` (strings skipped, `\` escapes honoured), else `limit`. */
function listEnd(text: string, from: number, limit: number): number {
  let quote = -1;
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (quote !== -1) {
      if (code === 92) index++;
      else if (code === quote) quote = -1;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 93) {
      return index;
    }
  }
  return limit;
}
