import { hexValue } from '../pii/validators/boundaries.js';

// Free text a URL carries in its query string: the words typed into a search box (`/search?q=Shaniqua%20Thompson`,
// `?query=Maria+Garcia+address`). The NER engines read no word inside a URL (a host, a path or an id is no name), so
// a name searched for reached the model whole. The waterfall also hands its engines the values of a search's
// parameters, decoded (`+` and `%XX`), each on a line of its own, and maps what they find there back onto the text as
// written: the span holds the encoded name (`Shaniqua%20Thompson`), which is what the vault keeps and decoding gives
// back.

/** A search's parameter and its value: `q`, `query`, `search`, `term`, `keywords`, `text` and the like. */
const SEARCH_VALUE =
  /[?&;](?:q|query|search|search[_-]?query|search[_-]?term|searchterm|term|keywords?|kw|text|name|who)=([^&#;\s"'<>]{2,512})/gi;

/** The decoded values of a text's search parameters (see queryReading). */
export interface QueryReading {
  /** The values, decoded, one per line. */
  readonly text: string;
  /** Per character of `text`: where the characters it was decoded from start, and end, in the scanned text. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * The values of the text's search parameters decoded, or undefined when it holds none with an encoded space (`+`,
 * `%20`) or escape: a value of one word is read where it stands. Linear in the text.
 */
export function queryReading(text: string): QueryReading | undefined {
  if (!text.includes('=')) return undefined;
  let reading = '';
  const starts: number[] = [];
  const ends: number[] = [];
  SEARCH_VALUE.lastIndex = 0;
  for (let match = SEARCH_VALUE.exec(text); match !== null; match = SEARCH_VALUE.exec(text)) {
    const raw = match[1] as string;
    if (!raw.includes('+') && !raw.includes('%')) continue;
    const offset = match.index + match[0].length - raw.length;
    if (reading.length > 0) {
      reading += '\n';
      starts.push(offset);
      ends.push(offset);
    }
    reading += decodeInto(raw, offset, starts, ends);
  }
  return reading.length === 0
    ? undefined
    : { text: reading, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * `raw` decoded as a form's value is (`+` a space, `%XX` a byte of UTF-8), with each decoded character's place in the
 * text pushed onto `starts` and `ends`. A run of escapes that is no UTF-8 is read as Latin-1, as legacy forms wrote
 * it (`Jos%E9+Pe%F1a`); a `%` without two hex digits stays as written.
 */
function decodeInto(raw: string, offset: number, starts: number[], ends: number[]): string {
  let decoded = '';
  let index = 0;
  while (index < raw.length) {
    if (raw.charCodeAt(index) === 37) {
      // A run of `%XX` escapes, decoded together (a character of UTF-8 takes up to four).
      let end = index;
      while (end + 3 <= raw.length && raw.charCodeAt(end) === 37 && escapedByte(raw, end) !== -1) end += 3;
      if (end > index) {
        const escapes = raw.slice(index, end);
        const chars = utf8(escapes);
        if (chars === undefined) {
          // No UTF-8: a legacy form's Latin-1 (`Jos%E9`), one character per escape.
          for (let at = index; at < end; at += 3) {
            decoded += String.fromCharCode(escapedByte(raw, at));
            starts.push(offset + at);
            ends.push(offset + at + 3);
          }
        } else {
          // Each character maps onto its own escapes: count its bytes.
          let at = index;
          for (const char of chars) {
            const width = 3 * utf8Width(char.codePointAt(0) as number);
            for (let unit = 0; unit < char.length; unit++) {
              starts.push(offset + at);
              ends.push(offset + at + width);
            }
            decoded += char;
            at += width;
          }
        }
        index = end;
        continue;
      }
    }
    decoded += raw.charCodeAt(index) === 43 ? ' ' : raw.charAt(index);
    starts.push(offset + index);
    ends.push(offset + index + 1);
    index++;
  }
  return decoded;
}

/** The byte a `%XX` escape at `at` stands for, or -1 when its two characters are no hex digits. */
function escapedByte(raw: string, at: number): number {
  const high = hexValue(raw.charCodeAt(at + 1));
  const low = hexValue(raw.charCodeAt(at + 2));
  return high === -1 || low === -1 ? -1 : high * 16 + low;
}

const DECODER = new TextDecoder('utf-8');

/**
 * The characters a run of `%XX` escapes stands for, or undefined when it is no UTF-8 (the decoder's replacement
 * character marks a malformed sequence: no exception thrown per value, which cost a megabyte of them a second).
 */
function utf8(escapes: string): string | undefined {
  const bytes = new Uint8Array(escapes.length / 3);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = escapedByte(escapes, 3 * index);
  }
  const chars = DECODER.decode(bytes);
  return chars.includes('\ufffd') ? undefined : chars;
}

/** How many bytes UTF-8 writes a code point in. */
function utf8Width(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
