import { hexValue, isAlnum, isSpace } from './validators/boundaries.js';

// Escaped text: a query string or a form body in a log spells a value's separators as escapes
// (`GET /pay?card=4111%201111%201111%201111`, `phone=%2B1%20415%20555%202671`) or, in a form, its spaces as `+`
// between letters or digits (`card=4111+1111+1111+1111`); a web page hides an address from harvesters with
// character references (`ana&#64;example.com`), and some JSON encoders escape characters (`ana\u0040example.com`).
// No recognizer reads them there. The scanner also reads each run of such text decoded, and adds what that reading
// finds across a decoded character, at the run's own offsets: the span then holds the escapes
// (`4111%201111%201111%201111`), which is what the text says and what the vault keeps.

/** One run of the text, decoded one level. */
export interface DecodedRun {
  /** The run's characters, decoded. */
  readonly text: string;
  /** Per decoded character, and one past the last, its offset in the scanned text. */
  readonly offsets: Int32Array;
  /** 1 where a decoded character came from an escape or a form's `+`; 2 at a break between runs (joinRuns). */
  readonly decoded: Uint8Array;
}

/** Shortest run read decoded: a shorter one (`%20`, `a%2Bb`) holds no value with its label. */
const MIN_DECODED_RUN = 8;

/** Longest run read decoded: a longer one is a blob (base64, a minified bundle), not a query string. */
export const MAX_DECODED_RUN = 8192;

/**
 * The runs of non-white-space characters (MIN_DECODED_RUN to MAX_DECODED_RUN long) that hold an escape of a
 * printable ASCII character (`%20` to `%7E`, `&#64;`, `&#x40;`, `&commat;`, `&period;`, `\u0040`), or a `+` after a
 * `=` between two letters or digits (a form's space), each decoded one level: an escape to its character, and such
 * a `+` to a space (what application/x-www-form-urlencoded means by it; a plus sign is `%2B` there). Escapes of
 * other characters (UTF-8 bytes, letters beyond ASCII) stay as they are. Linear in the text.
 */
export function decodedRuns(text: string): DecodedRun[] {
  const runs: DecodedRun[] = [];
  let index = 0;
  // Where the last run read ended: the next one starts no earlier (each character is read once).
  let floor = 0;
  // The next of each mark at or after `index`, searched again only once passed (each search is linear).
  const next = MARKS.map((mark) => text.indexOf(mark));
  while (index < text.length) {
    let at = -1;
    for (let mark = 0; mark < MARKS.length; mark++) {
      let position = next[mark] as number;
      if (position !== -1 && position < index) {
        position = text.indexOf(MARKS[mark] as string, index);
        next[mark] = position;
      }
      if (position !== -1 && (at === -1 || position < at)) at = position;
    }
    if (at === -1) break;
    // Most marks decode nothing (`+1` in a phone, `%` in prose): skipped without reading their run.
    if (!mayDecode(text, at)) {
      index = at + 1;
      continue;
    }
    let start = at;
    while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end - start <= MAX_DECODED_RUN && end - start >= MIN_DECODED_RUN) {
      const run = decodeRun(text, start, end);
      if (run !== undefined) runs.push(run);
    }
    index = end;
    floor = end;
  }
  return runs;
}

/** [start, end) decoded, or undefined when nothing in it decodes. */
function decodeRun(text: string, start: number, end: number): DecodedRun | undefined {
  if (!decodes(text, start, end)) return undefined;
  const codes: number[] = [];
  const offsets: number[] = [];
  const decoded: number[] = [];
  let afterEquals = false;
  let changed = false;
  for (let index = start; index < end; ) {
    const code = text.charCodeAt(index);
    const escaped = ESCAPES.has(code) ? escapeAt(text, index, end) : -1;
    if (escaped !== -1) {
      codes.push(escaped & 0xff);
      offsets.push(index);
      decoded.push(1);
      index += escaped >> 8;
      changed = true;
      continue;
    }
    if (code === 43 && afterEquals && formSpace(text, index, start, end)) {
      codes.push(32);
      offsets.push(index);
      decoded.push(1);
      index++;
      changed = true;
      continue;
    }
    if (code === 61) afterEquals = true;
    codes.push(code);
    offsets.push(index);
    decoded.push(0);
    index++;
  }
  if (!changed) return undefined;
  offsets.push(end);
  let out = '';
  // In slices: String.fromCharCode takes its codes as arguments.
  for (let from = 0; from < codes.length; from += 4096) out += String.fromCharCode(...codes.slice(from, from + 4096));
  return { text: out, offsets: Int32Array.from(offsets), decoded: Uint8Array.from(decoded) };
}

/** Whether [start, end) holds an escape decodeRun decodes, or a `+` after a `=` (checked before allocating). */
function decodes(text: string, start: number, end: number): boolean {
  let afterEquals = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 61) afterEquals = true;
    else if (code === 43 && afterEquals && formSpace(text, index, start, end)) return true;
    else if (ESCAPES.has(code) && escapeAt(text, index, end) !== -1) return true;
  }
  return false;
}

/** What may start an escape or a form's space: `%`, `&`, `\`, `+`. */
const MARKS = ['%', '&', '\\', '+'];
/** The codes of the marks that start an escape. */
const ESCAPES = new Set([37, 38, 92]);

/** Whether the mark at `at` may decode: an escape of a printable ASCII character, or a `+` between two alphanumerics. */
function mayDecode(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 43) return at > 0 && isAlnum(text.charCodeAt(at - 1)) && isAlnum(text.charCodeAt(at + 1));
  return escapeAt(text, at, text.length) !== -1;
}

/**
 * The escape at `index` (ending before `end`) of a printable ASCII character (0x20-0x7E): its length times 256 plus
 * the character's code, or -1. `%XX`; `&#NN;`, `&#xHH;`, `&commat;`, `&period;`; `\uXXXX`.
 */
function escapeAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  let value = -1;
  let length = 0;
  if (code === 37) {
    length = 3;
    value = hexDigits(text, index + 1, 2, end);
  } else if (code === 92) {
    length = 6;
    value = text.charCodeAt(index + 1) === 117 ? hexDigits(text, index + 2, 4, end) : -1;
  } else if (code === 38) {
    if (text.startsWith('&commat;', index)) [value, length] = [64, 8];
    else if (text.startsWith('&period;', index)) [value, length] = [46, 8];
    else if (text.charCodeAt(index + 1) === 35) {
      const hex = (text.charCodeAt(index + 2) | 32) === 120;
      const from = index + (hex ? 3 : 2);
      let to = from;
      value = 0;
      while (to < end && to - from < 5 && (hex ? hexValue(text.charCodeAt(to)) : decimal(text.charCodeAt(to))) !== -1) {
        value = value * (hex ? 16 : 10) + (hex ? hexValue(text.charCodeAt(to)) : decimal(text.charCodeAt(to)));
        to++;
      }
      if (to === from || text.charCodeAt(to) !== 59) value = -1;
      length = to + 1 - index;
    }
  }
  if (index + length > end || value < 0x20 || value > 0x7e) return -1;
  return (length << 8) | value;
}

/** The value of `count` hex digits from `from` (before `end`), or -1. */
function hexDigits(text: string, from: number, count: number, end: number): number {
  if (from + count > end) return -1;
  let value = 0;
  for (let index = from; index < from + count; index++) {
    const digit = hexValue(text.charCodeAt(index));
    if (digit === -1) return -1;
    value = value * 16 + digit;
  }
  return value;
}

function decimal(code: number): number {
  return code >= 48 && code <= 57 ? code - 48 : -1;
}

/**
 * Whether the `+` at `index` reads as a form's space: between two letters or digits (`4111+1111`, `a+b`), not
 * where a value starts with a plus sign (`phone=+1`, a key / value log's literal one).
 */
function formSpace(text: string, index: number, start: number, end: number): boolean {
  return index > start && index + 1 < end && isAlnum(text.charCodeAt(index - 1)) && isAlnum(text.charCodeAt(index + 1));
}

/**
 * The runs as one reading, one run per line (a scan per run cost a text of many short runs more than the runs'
 * length): the line breaks between them are marked 2 in `decoded`.
 */
export function joinRuns(runs: readonly DecodedRun[]): DecodedRun {
  let length = 0;
  for (const run of runs) length += run.text.length + 1;
  const offsets = new Int32Array(length);
  const decoded = new Uint8Array(length);
  let at = 0;
  for (const run of runs) {
    offsets.set(run.offsets.subarray(0, run.text.length), at);
    decoded.set(run.decoded, at);
    at += run.text.length;
    // The line break stands where the run ends.
    offsets[at] = run.offsets[run.text.length] as number;
    decoded[at] = 2;
    at++;
  }
  return { text: runs.map((run) => run.text).join('\n'), offsets, decoded };
}

/** Whether [start, end) of a reading holds a decoded character and no break between two runs (see joinRuns). */
export function crossesDecoded(run: DecodedRun, start: number, end: number): boolean {
  let crosses = false;
  for (let index = start; index < end; index++) {
    if (run.decoded[index] === 2) return false;
    if (run.decoded[index] === 1) crosses = true;
  }
  return crosses;
}
