import { isUtf8 } from 'node:buffer';

// Base64 in a tool's result: the Gmail API returns a message's body as base64url (`payload.parts[].body.data`, and
// `raw`, a whole RFC 822 message), a raw mail carries a part as `Content-Transfer-Encoding: base64` wrapped at 76
// columns, a data URI carries a file (`data:text/plain;base64,...`), and webhooks carry payloads so. A model reads
// base64 as easily as text, so what is in it must be masked as if it were written out. The pattern scanner cannot
// do it (its spans map 1:1 to the characters of a text, and base64 does not), so the client's text codec reads such
// a run decoded, masks the text it holds, and writes the masked text back the same way (see base64-readings.ts).
// This file only finds the runs and writes text back as base64.

/** How a run of base64 is written: enough to write other bytes back the same way. */
export interface Base64Format {
  /** `-` and `_` (base64url, RFC 4648 §5) instead of `+` and `/`. */
  readonly urlSafe: boolean;
  /** `=` pads the last group to four characters. */
  readonly padded: boolean;
  /** Characters per line of a run wrapped over lines (MIME wraps at 76); 0 for a run on one line. */
  readonly width: number;
  /** What ends each line of a wrapped run but the last. */
  readonly lineBreak: '\n' | '\r\n';
}

/** A run of base64 in a text that decodes to text. */
export interface Base64Run {
  readonly start: number;
  readonly end: number;
  readonly format: Base64Format;
  /** What the run decodes to (UTF-8). */
  readonly decoded: string;
}

/**
 * Fewest characters of a run read decoded (12 bytes): a shorter one is a word, an id or a number more often than
 * base64, and holds too little text to hold a value with its context.
 */
const MIN_RUN = 16;

/** 1 for the characters of either alphabet (`A-Z a-z 0-9 + / - _`), by character code. */
const ALPHABET = new Uint8Array(128);
for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') {
  ALPHABET[character.charCodeAt(0)] = 1;
}

const STANDARD_SIGN = /[+/]/;
const URL_SIGN = /[-_]/;

/**
 * The runs of `text` that are base64 (or base64url) of text, in order: 16 or more characters of one of the two
 * alphabets (a run holding `+` or `/` and `-` or `_` is neither: a path, a slug), with valid padding, on one line or
 * wrapped over lines of one width (MIME), whose bytes are UTF-8 of mostly printable text. What stays unread: binary
 * (an image, a hash, a random key's bytes), runs glued to others by a dot (a JWT's parts, a host or file name),
 * runs followed by more base64 after their padding, and everything shorter. Linear in the text.
 */
export function base64Runs(text: string): Base64Run[] {
  if (!holdsLongRun(text)) return [];
  const runs: Base64Run[] = [];
  for (let index = 0; index < text.length; ) {
    if (!isBase64Char(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    index = alphabetEnd(text, index);
    if (index - start < MIN_RUN) continue;
    let end = paddingEnd(text, index);
    let width = 0;
    let lineBreak: '\n' | '\r\n' = '\n';
    const wrapped = wrappedEnd(text, start, end);
    if (wrapped !== undefined) ({ end, width, lineBreak } = wrapped);
    index = end;
    if (gluedByDot(text, start, end) || isBase64Char(text.charCodeAt(end))) continue;
    const run = readRun(text.slice(start, end), width, lineBreak);
    if (run !== undefined) runs.push({ start, end, ...run });
  }
  return runs;
}

/**
 * `text` written as base64 in `format`: the masked text of a run, written back as the run was. A line of a
 * wrapped run ends with the run's line break, the last line with nothing (what follows the run stays as it was).
 */
export function encodeBase64Text(text: string, format: Base64Format): string {
  let out = Buffer.from(text, 'utf8').toString(format.urlSafe ? 'base64url' : 'base64');
  if (format.urlSafe && format.padded) out += '='.repeat((4 - (out.length % 4)) % 4);
  else if (!format.urlSafe && !format.padded) out = out.replace(/=+$/, '');
  if (format.width === 0 || out.length <= format.width) return out;
  const lines: string[] = [];
  for (let index = 0; index < out.length; index += format.width) lines.push(out.slice(index, index + format.width));
  return lines.join(format.lineBreak);
}

/**
 * `masked` (the text of `run` with its values masked) written back as base64, or undefined when the result would
 * not read back to the run's own text exactly: read again where the run was, it must be one run whose format
 * writes the run's original text back as it was. Otherwise the model's copy (forwarded to a tool) could not be
 * restored to the exact original, and the caller masks the whole run instead.
 */
export function rewriteRun(original: string, run: Base64Run, masked: string): string | undefined {
  const written = encodeBase64Text(masked, run.format);
  const [again] = base64Runs(written);
  if (again === undefined || again.start !== 0 || again.end !== written.length || again.decoded !== masked) {
    return undefined;
  }
  return encodeBase64Text(run.decoded, again.format) === original ? written : undefined;
}

/**
 * Where a run wrapped over lines ends, when the candidate run from `start` to `end` is a whole line whose length is
 * a multiple of four and the lines after it are whole lines of base64 as long (the last one no longer): a MIME
 * body's base64. A line starting with `--` is a MIME boundary, not base64. Undefined for a run on one line.
 */
function wrappedEnd(
  text: string,
  start: number,
  end: number,
): { end: number; width: number; lineBreak: '\n' | '\r\n' } | undefined {
  const width = end - start;
  if (width % 4 !== 0 || (start > 0 && text.charCodeAt(start - 1) !== 10) || text.charCodeAt(end - 1) === 61) {
    return undefined;
  }
  const lineBreak = text.startsWith('\r\n', end) ? '\r\n' : text.charCodeAt(end) === 10 ? '\n' : undefined;
  if (lineBreak === undefined) return undefined;
  let last = end;
  let lines = 1;
  for (;;) {
    const from = last + lineBreak.length;
    if (!text.startsWith(lineBreak, last) || text.startsWith('--', from)) break;
    const characters = alphabetEnd(text, from);
    const to = paddingEnd(text, characters);
    if (to === from || to - from > width || (to < text.length && !text.startsWith(lineBreak, to))) break;
    last = to;
    lines++;
    if (to - from < width || to > characters) break;
  }
  return lines === 1 ? undefined : { end: last, width, lineBreak };
}

/** The format and decoded text of a run's characters, or undefined when they are no base64 of text. */
function readRun(
  written: string,
  width: number,
  lineBreak: '\n' | '\r\n',
): { format: Base64Format; decoded: string } | undefined {
  const joined = width === 0 ? written : written.split(lineBreak).join('');
  const body = joined.replace(/=+$/, '');
  const hasPadding = body.length !== joined.length;
  if (body.length < MIN_RUN || body.length % 4 === 1 || (hasPadding && joined.length % 4 !== 0)) return undefined;
  const hasStandard = STANDARD_SIGN.test(body);
  const hasUrl = URL_SIGN.test(body);
  if (hasStandard && hasUrl) return undefined;
  // Without a sign of either alphabet, an unpadded run on one line reads as base64url (unpadded is its convention:
  // the Gmail API, JWTs), a padded or wrapped one as standard base64 (as MIME and data URIs write it). rewriteRun
  // checks that the guess, whatever it is, writes the run back as it was.
  const urlSafe = hasUrl || (!hasStandard && !hasPadding && width === 0);
  const padded = hasPadding || (!urlSafe && body.length % 4 === 0);
  // Bytes that are not UTF-8 are binary (an image, a hash), not text. Buffer keeps a BOM as U+FEFF.
  const bytes = Buffer.from(body, urlSafe ? 'base64url' : 'base64');
  if (!isUtf8(bytes)) return undefined;
  const decoded = bytes.toString('utf8');
  return isMostlyPrintable(decoded) ? { format: { urlSafe, padded, width, lineBreak }, decoded } : undefined;
}

/**
 * Whether decoded bytes read as text: at most one character in 20 a control character other than tab, line feed
 * and carriage return (random bytes that happen to be UTF-8 have many), and no NUL (binary formats are full of it).
 */
function isMostlyPrintable(text: string): boolean {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return false;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 127 && code < 160)) controls++;
  }
  return controls * 20 <= text.length;
}

/** A run with a dot and more of base64's alphabet on either side is a part of something dotted (a JWT, a host). */
function gluedByDot(text: string, start: number, end: number): boolean {
  return (
    (text.charCodeAt(start - 1) === 46 && isBase64Char(text.charCodeAt(start - 2))) ||
    (text.charCodeAt(end) === 46 && isBase64Char(text.charCodeAt(end + 1)))
  );
}

function isBase64Char(code: number): boolean {
  return code < 128 && ALPHABET[code] === 1;
}

/**
 * The cheap gate: whether `text` has MIN_RUN characters of the alphabet in a row. It looks at the last character
 * of each window of MIN_RUN, and back from it only while it is in the alphabet; a character outside it moves the
 * window past it. So in prose most characters are never looked at (1 KB of it: about 0.6 µs, where a regex such as
 * /[A-Za-z0-9+/_-]{16}/ takes about 17 µs, trying 16 characters from every position). Most texts hold no run, and
 * cost only this.
 */
function holdsLongRun(text: string): boolean {
  let from = 0;
  while (from + MIN_RUN <= text.length) {
    let back = from + MIN_RUN - 1;
    while (back >= from && isBase64Char(text.charCodeAt(back))) back--;
    if (back < from) return true;
    from = back + 1;
  }
  return false;
}

/** Where the run of the alphabet from `index` ends. */
function alphabetEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
  return end;
}

/** Past the padding (at most two `=`) at `index`. */
function paddingEnd(text: string, index: number): number {
  let end = index;
  while (end < index + 2 && text.charCodeAt(end) === 61) end++;
  return end;
}
