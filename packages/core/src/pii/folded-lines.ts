import { hexValue } from './validators/boundaries.js';

// Lines a format folds. A quoted-printable body (an e-mail's raw MIME part, as IMAP and the Gmail API's raw format
// give it) breaks a line longer than 76 characters with a soft break, `=` at the line's end, wherever the limit
// falls (`card 4111 1111 11=` then `11 1111`), and writes other characters as `=XX` bytes (`Jos=C3=A9`). A vCard
// or an iCalendar file folds a long line with a line break and one space or tab (RFC 6350, RFC 5545): `NOTE:call
// Wanjiru` then ` Okonkwo at 415-555-2671`. No recognizer reads a value across the fold. The scanner also reads
// such a text unfolded, and adds what that reading finds across a fold or an escape, at the text's own offsets: the
// span then holds the fold, which is what the text says and what the vault keeps.

/** The text with its folds taken out and, in a quoted-printable text, its escapes decoded (see unfoldedReading). */
export interface UnfoldedReading {
  readonly text: string;
  /** Per character of the reading, and one past the last, its offset in the scanned text. */
  readonly offsets: Int32Array;
}

const QUOTED_PRINTABLE = /content-transfer-encoding:[ \t]*quoted-printable/i;
const FOLDING_FORMAT = /BEGIN:(?:VCARD|VCALENDAR)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text unfolded: in a text that declares a quoted-printable part (`Content-Transfer-Encoding:
 * quoted-printable`), each soft break (`=` before a line break) taken out and each run of `=XX` escapes that
 * decodes as UTF-8 decoded (others stay as written); in a vCard or an iCalendar text, each fold (a line break and
 * the one space or tab after it) taken out. Undefined when the text has nothing to unfold. Linear in the text.
 */
export function unfoldedReading(text: string): UnfoldedReading | undefined {
  const quoted = (text.includes('=\n') || text.includes('=\r\n')) && QUOTED_PRINTABLE.test(text);
  const folded = (text.includes('\n ') || text.includes('\n\t')) && FOLDING_FORMAT.test(text);
  if (!quoted && !folded) return undefined;
  const parts: string[] = [];
  const offsets: number[] = [];
  let changed = false;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    const lineBreak = code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : code === 10 ? 1 : 0;
    if (folded && lineBreak > 0 && isFoldBlank(text.charCodeAt(index + lineBreak))) {
      index += lineBreak + 1;
      changed = true;
      continue;
    }
    if (quoted && code === 61) {
      const after = text.charCodeAt(index + 1);
      if (after === 10 || (after === 13 && text.charCodeAt(index + 2) === 10)) {
        index += after === 10 ? 2 : 3;
        changed = true;
        continue;
      }
      const decoded = decodedEscapes(text, index);
      if (decoded !== undefined) {
        const [characters, end] = decoded;
        for (const character of characters) {
          parts.push(character);
          for (let unit = 0; unit < character.length; unit++) offsets.push(index);
        }
        index = end;
        changed = true;
        continue;
      }
    }
    parts.push(text[index] as string);
    offsets.push(index);
    index++;
  }
  if (!changed) return undefined;
  offsets.push(text.length);
  return { text: parts.join(''), offsets: Int32Array.from(offsets) };
}

/** A space or a tab: what opens a folded line's continuation. */
function isFoldBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * The run of `=XX` escapes at `start` decoded as UTF-8 (each character, and where the run ends), or undefined when
 * it does not decode (a lone `=`, `=3` or bytes that are no UTF-8): it then stays as written.
 */
function decodedEscapes(text: string, start: number): [string[], number] | undefined {
  const bytes: number[] = [];
  let index = start;
  while (text.charCodeAt(index) === 61) {
    const high = hexValue(text.charCodeAt(index + 1));
    const low = hexValue(text.charCodeAt(index + 2));
    if (high < 0 || low < 0) break;
    bytes.push(high * 16 + low);
    index += 3;
  }
  if (bytes.length === 0) return undefined;
  try {
    return [[...utf8.decode(Uint8Array.from(bytes))], index];
  } catch {
    return undefined;
  }
}

/**
 * Whether the reading's span [start, end) crosses a fold or an escape: two of its characters, or its last and its
 * end, that are not next to each other in the scanned text.
 */
export function crossesFold(reading: UnfoldedReading, start: number, end: number): boolean {
  for (let index = start + 1; index <= end; index++) {
    if ((reading.offsets[index] as number) !== (reading.offsets[index - 1] as number) + 1) return true;
  }
  return false;
}
