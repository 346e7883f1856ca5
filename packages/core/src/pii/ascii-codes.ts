/**
 * The text's characters as bytes for the word-run pass: each character's code when ASCII, 45 (`-`) for the dashes
 * word processors put for `-` (U+2010-U+2014, U+2212: digit counts then cross them as they cross `-`, an upper
 * bound for the patterns that take them, see digitsAhead), 128 for any other (no other character is `\w`, so the
 * pass needs no more). Reading a byte array is about twice as fast as
 * `charCodeAt` on a long string (bench/detect's 10 MB log: 20 ms against 41 for the bare loop over its runs).
 * An ASCII text, the common case, is written by one native `encodeInto` (its UTF-8 bytes are its characters);
 * any other text is copied character by character.
 */
const encoder = new TextEncoder();

/** Shorter texts are copied in JavaScript: a native call costs more than it saves on them (bench/detect's corpus). */
const NATIVE_LENGTH = 1024;

/**
 * The byte array, valid up to `text.length`: `scratch` when it is long enough, else a new array (which the caller
 * may keep as its next scratch).
 */
export function asciiCodes(text: string, scratch: Uint8Array | undefined): Uint8Array {
  const length = text.length;
  const bytes = scratch !== undefined && scratch.length >= length ? scratch : new Uint8Array(length);
  if (length < NATIVE_LENGTH) {
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index);
      bytes[index] = code < 128 ? code : byteOf(code);
    }
    return bytes;
  }
  const { read, written } = encoder.encodeInto(text, bytes);
  // A non-ASCII character takes two or more UTF-8 bytes: the whole text read in as many bytes is ASCII.
  if (read === length && written === length) return bytes;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    bytes[index] = code < 128 ? code : byteOf(code);
  }
  return bytes;
}

/** The byte asciiCodes writes for a character code. */
export function codeByte(code: number): number {
  return code < 128 ? code : byteOf(code);
}

/** The byte of a character outside ASCII: 45 for a word processor's dash, else 128. */
function byteOf(code: number): number {
  return isWideDash(code) ? 45 : 128;
}

/** U+2010-U+2014 (hyphen, non-breaking hyphen, figure dash, en dash, em dash) and U+2212 (minus sign). */
export function isWideDash(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2014) || code === 0x2212;
}
