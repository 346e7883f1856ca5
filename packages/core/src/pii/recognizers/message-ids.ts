// Message ids (RFC 5322 3.6.4): `Message-ID: <CAF7x9=abc123@mail.gmail.com>`, and the ids of the messages it answers
// in `In-Reply-To:` and `References:` (several, folded over lines). They are written like addresses but name a
// message, not a mailbox, and a mail client threads replies by them: masked, they break the thread. An address in
// `From:`, `To:` or `Cc:`, or anywhere else in the mail, stays one.

/** Longest id read back from its `>` to its `<` (a header line holds at most 998 characters). */
const ID_MAX = 998;
/** Longest header name read before its `:` (`X-Microsoft-Original-Message-ID` is 31). */
const NAME_MAX = 40;

/**
 * Between a header's `:` and its first id, and between two ids: white space, a line folded (its next line opens
 * with a space or a tab), JSON's escapes of them (`\r\n\t` in a mail kept as a JSON string), quotes, brackets and
 * commas (`"References": ["<a@b>", "<c@d>"]`).
 */
function gapBefore(text: string, index: number): number {
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (code === 32 || code === 9 || code === 13 || code === 34 || code === 39 || code === 44 || code === 91) index--;
    else if (code === 10 && folded(text, index)) index--;
    else if (index > 1 && text.charCodeAt(index - 2) === 92 && (code === 114 || code === 116)) index -= 2;
    else if (index > 1 && text.charCodeAt(index - 2) === 92 && code === 110 && folded(text, index)) index -= 2;
    else break;
  }
  return index;
}

/** Whether the line opening at `index` goes on a header: it opens with a space or a tab (or `\t` in JSON). */
function folded(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 32 || code === 9 || (code === 92 && text.charCodeAt(index + 1) === 116);
}

/** Where the id ending right before `close` (its `>`) opens (its `<`), or -1 if no id ends there. */
function idStart(text: string, close: number): number {
  const lowest = Math.max(0, close - ID_MAX);
  for (let index = close - 1; index >= lowest; index--) {
    const code = text.charCodeAt(index);
    if (code === 60) return index;
    if (code <= 32 || code === 62) return -1;
  }
  return -1;
}

/** Whether the header name ending right before `colon` (quotes aside) is one whose values are message ids. */
function idHeaderBefore(text: string, colon: number): boolean {
  let end = colon;
  while (end > 0 && (text.charCodeAt(end - 1) === 34 || text.charCodeAt(end - 1) === 39)) end--;
  let start = end;
  const lowest = Math.max(0, end - NAME_MAX);
  while (start > lowest && isNameChar(text.charCodeAt(start - 1))) {
    // A JSON string's `\r\n` before the name ends the line before it.
    if (start > 1 && text.charCodeAt(start - 2) === 92) break;
    start--;
  }
  const name = text.slice(start, end).toLowerCase();
  // `Resent-Message-ID`, `X-Original-Message-ID`: ids too.
  return name.endsWith('message-id') || name === 'in-reply-to' || name === 'references';
}

function isNameChar(code: number): boolean {
  const lower = code | 32;
  return (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 45;
}

/**
 * Tells, for addresses found in text order, whether each is a message id: the whole of an id's right side
 * (`<…address>`) in a Message-ID, In-Reply-To or References header. The header is found by reading back from the
 * id's `<` over the ids before it to the header's `:`; the verdict of the last id read is kept, and a reading that
 * reaches that id takes it: each character is read back once, however many ids a header holds.
 */
export class MessageIds {
  readonly #text: string;
  /** The `>` of the last id read, and its verdict. */
  #lastClose = -1;
  #lastVerdict = false;

  constructor(text: string) {
    this.#text = text;
  }

  /** Whether the address [start, end) is the end of a message id in a message-id header. */
  holds(start: number, end: number): boolean {
    const text = this.#text;
    if (text.charCodeAt(end) !== 62) return false;
    const open = idStart(text, start);
    if (open === -1) return false;
    const verdict = this.#headerBefore(open);
    this.#lastClose = end;
    this.#lastVerdict = verdict;
    return verdict;
  }

  /** Whether the id opening at `open` stands in a message-id header, after its `:` or other ids of it. */
  #headerBefore(open: number): boolean {
    const text = this.#text;
    let index = gapBefore(text, open);
    while (index > 0) {
      const code = text.charCodeAt(index - 1);
      if (code === 58) return idHeaderBefore(text, index - 1);
      if (code !== 62) return false;
      if (index - 1 === this.#lastClose) return this.#lastVerdict;
      const previous = idStart(text, index - 1);
      if (previous === -1) return false;
      index = gapBefore(text, previous);
    }
    return false;
  }
}
