import { hexValue, isAlnum, isSpace } from './validators/boundaries.js';

// Escaped text: a query string or a form body in a log spells a value's separators as escapes
// (`GET /pay?card=4111%201111%201111%201111`, `phone=%2B1%20415%20555%202671`) or, in a form, its spaces as `+`
// between letters or digits (`card=4111+1111+1111+1111`); a web page hides an address from harvesters with
// character references (`ana&#64;example.com`), and some JSON encoders escape characters (`ana\u0040example.com`).
// No recognizer reads them there. The scanner also reads each run of such text decoded, and adds what that reading
// finds across a decoded character, at the run's own offsets: the span then holds the escapes
// (`4111%201111%201111%201111`), which is what the text says and what the vault keeps.

/** The text with its escaped runs decoded in place (see decodedReading). */
export interface DecodedReading {
  /** The text, its runs decoded. */
  readonly text: string;
  /** Per character of the reading, and one past the last, its offset in the scanned text. */
  readonly offsets: Int32Array;
  /** 1 where a character came from an escape or a form's `+`. */
  readonly decoded: Uint8Array;
}

/** Shortest run read decoded: a shorter one (`%20`, `a%2Bb`) holds no value with its label. */
const MIN_DECODED_RUN = 8;

/** Longest run read decoded: a longer one is a blob (base64, a minified bundle), not a query string. */
export const MAX_DECODED_RUN = 8192;

/**
 * The text with its runs of non-white-space characters (MIN_DECODED_RUN to MAX_DECODED_RUN long) that hold an escape
 * of a printable ASCII character (`%20` to `%7E`, `&#64;`, `&#x40;`, `&commat;`, `&period;`, `\u0040`), or a `+`
 * after a `=` between two letters or digits (a form's space), decoded in place: an escape to its
 * character, and such a `+` to a space (what application/x-www-form-urlencoded means by it; a plus sign is `%2B`
 * there). Escapes of other characters (UTF-8 bytes, letters beyond ASCII) stay as they are, and so does what lies
 * between the runs: context and table headers read as they would in the text unencoded, and runs far apart stay
 * far apart. Undefined when no run decodes. Linear in the text.
 */
export function decodedReading(text: string): DecodedReading | undefined {
  let builder: ReadingBuilder | undefined;
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
    if (end - start <= MAX_DECODED_RUN && end - start >= MIN_DECODED_RUN && decodes(text, start, end)) {
      builder ??= new ReadingBuilder(text);
      builder.decodeRun(start, end);
    }
    index = end;
    floor = end;
  }
  return builder?.finish();
}

/**
 * A query string carried in another one's value (a redirect's) was encoded twice when it was encoded before it was
 * carried (`next=%2Fpay%3Fcard%3D4111%25201111…`, a form's space as `%2B`): where an escape of `first` decoded to
 * `%` or `+`, `first` decoded once more, the same way, at the offsets of the text `first` reads. Undefined otherwise.
 * A `+` it turns into a space may also have been a plus sign (`password%3DXk9%2BmQ2`): the scanner keeps what the
 * first reading found wherever this one finds less.
 */
export function decodedAgain(first: DecodedReading): DecodedReading | undefined {
  if (!(decodedMark(first, '%') || decodedMark(first, '+'))) return undefined;
  const second = decodedReading(first.text);
  return second === undefined ? undefined : composed(first, second);
}

/** Whether an escape of the reading decoded to `mark`. */
function decodedMark(reading: DecodedReading, mark: string): boolean {
  for (let index = reading.text.indexOf(mark); index !== -1; index = reading.text.indexOf(mark, index + 1)) {
    if (reading.decoded[index] === 1) return true;
  }
  return false;
}

/** `second`, a reading of `first`'s text, at the offsets of the text `first` reads; decoded where `second` decoded. */
function composed(first: DecodedReading, second: DecodedReading): DecodedReading {
  const offsets = new Int32Array(second.offsets.length);
  for (let index = 0; index < offsets.length; index++)
    offsets[index] = first.offsets[second.offsets[index] as number] as number;
  return { text: second.text, offsets, decoded: second.decoded };
}

/** Builds a DecodedReading: the text copied as it is, but for the runs decoded into it. */
class ReadingBuilder {
  readonly #text: string;
  readonly #pieces: string[] = [];
  readonly #offsets: Int32Array;
  readonly #decoded: Uint8Array;
  /** Next character of the reading. */
  #at = 0;
  /** Next character of the text not yet in the reading. */
  #from = 0;

  constructor(text: string) {
    this.#text = text;
    this.#offsets = new Int32Array(text.length + 1);
    this.#decoded = new Uint8Array(text.length);
  }

  /** The text from where the reading stands to `to`, as it is. */
  copy(to: number): void {
    if (to <= this.#from) return;
    this.#pieces.push(this.#text.slice(this.#from, to));
    for (let offset = this.#from; offset < to; offset++) this.#offsets[this.#at++] = offset;
    this.#from = to;
  }

  /** [start, end) decoded (see decodedReading). */
  decodeRun(start: number, end: number): void {
    const text = this.#text;
    this.copy(start);
    let afterEquals = false;
    for (let index = start; index < end; ) {
      const code = text.charCodeAt(index);
      const escaped = ESCAPES.has(code) ? escapeAt(text, index, end) : -1;
      const space = escaped === -1 && code === 43 && afterEquals && formSpace(text, index, start, end);
      if (code === 61) afterEquals = true;
      if (escaped === -1 && !space) {
        index++;
        continue;
      }
      this.copy(index);
      this.#pieces.push(String.fromCharCode(space ? 32 : escaped & 0xff));
      this.#offsets[this.#at] = index;
      this.#decoded[this.#at] = 1;
      this.#at++;
      index += space ? 1 : escaped >> 8;
      this.#from = index;
    }
    this.copy(end);
  }

  finish(): DecodedReading {
    this.copy(this.#text.length);
    this.#offsets[this.#at] = this.#text.length;
    return {
      text: this.#pieces.join(''),
      offsets: this.#offsets.subarray(0, this.#at + 1),
      decoded: this.#decoded.subarray(0, this.#at),
    };
  }
}

/** Whether [start, end) holds an escape decodedReading decodes, or a `+` after a `=` (checked before allocating). */
function decodes(text: string, start: number, end: number): boolean {
  let afterEquals = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 61) afterEquals = true;
    else if (code === 43 && afterEquals && formSpace(text, index, start, end)) return true;
    else if (ESCAPES.has(code) && escapeAt(text, index, end) !== -1 && !readNatively(text, index)) return true;
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
  return escapeAt(text, at, text.length) !== -1 && !readNatively(text, at);
}

/**
 * Whether the escape at `at` is an `@` as `%40` or, encoded twice, `%2540`: the e-mail finder reads those as they
 * are, so a run holding only such escapes needs no decoded reading (they are decoded with the others of a run).
 */
function readNatively(text: string, at: number): boolean {
  return text.charCodeAt(at) === 37 && (text.startsWith('40', at + 1) || text.startsWith('2540', at + 1));
}

/**
 * The escape at `index` (ending before `end`) of a printable ASCII character (0x20-0x7E): its length times 256 plus
 * the character's code, or -1. The escapes read: `%XX` (URL), `&#NN;`, `&#xHH;`, `&commat;` and `&period;` (HTML),
 * `\uXXXX` (JSON).
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
  } else if (text.startsWith('&commat;', index)) {
    [value, length] = [64, 8];
  } else if (text.startsWith('&period;', index)) {
    [value, length] = [46, 8];
  } else if (code === 38 && text.charCodeAt(index + 1) === 35) {
    // `&#` and at most five digits (hex after `x`), then `;`.
    const hex = (text.charCodeAt(index + 2) | 32) === 120;
    const from = index + (hex ? 3 : 2);
    let to = from;
    value = 0;
    for (; to < end && to - from < 5; to++) {
      const char = text.charCodeAt(to);
      const digit = hex ? hexValue(char) : char >= 48 && char <= 57 ? char - 48 : -1;
      if (digit === -1) break;
      value = value * (hex ? 16 : 10) + digit;
    }
    if (to === from || text.charCodeAt(to) !== 59) value = -1;
    length = to + 1 - index;
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

/**
 * Whether the `+` at `index` reads as a form's space: between two letters or digits (`4111+1111`, `a+b`), not
 * where a value starts with a plus sign (`phone=+1`, a key / value log's literal one).
 */
function formSpace(text: string, index: number, start: number, end: number): boolean {
  return index > start && index + 1 < end && isAlnum(text.charCodeAt(index - 1)) && isAlnum(text.charCodeAt(index + 1));
}

/** Whether [start, end) of a reading holds a decoded character. */
export function crossesDecoded(reading: DecodedReading, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (reading.decoded[index] === 1) return true;
  return false;
}
