// Message ids (RFC 5322 3.6.4): `Message-ID: <CAF7x9=abc123@mail.gmail.com>`, and the ids of the messages it answers
// in `In-Reply-To:` and `References:` (several, folded over lines). They are written like addresses but name a
// message, not a mailbox, and a mail client threads replies by them: masked, they break the thread. An address in
// `From:`, `To:` or `Cc:`, or anywhere else in the mail, stays one. The same headers are read where an API keeps
// them as name / value objects (the Gmail API's `{"name": "Message-ID", "value": "<…>"}`), and in JSON kept in a
// JSON string, once or more (`\"Message-ID\": \"<…>\"`).

/** Longest id read back from its `>` to its `<` (a header line holds at most 998 characters). */
const ID_MAX = 998;
/** Longest header name read before its `:` (`X-Microsoft-Original-Message-ID` is 31). */
const NAME_MAX = 40;

/**
 * Between a header's `:` and its first id, and between two ids: white space, a line folded (its next line opens
 * with a space or a tab), JSON's escapes of them (`\r\n\t` in a mail kept as a JSON string), quotes (escaped too,
 * once or more: `\"`, `\\\"`), brackets and commas (`"References": ["<a@b>", "<c@d>"]`).
 */
function gapBefore(text: string, index: number): number {
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (code === 32 || code === 9 || code === 13 || code === 34 || code === 39 || code === 44 || code === 91) index--;
    else if (code === 92 && (isQuote(text.charCodeAt(index)) || text.charCodeAt(index) === 92)) index--;
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

/** `"` or `'`. */
function isQuote(code: number): boolean {
  return code === 34 || code === 39;
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

/**
 * Whether the key ending right before `colon` (quotes aside, escaped ones too) is a header name whose values are
 * message ids, or the `value` of an object whose `name` is one (the Gmail API's `{"name": "Message-ID", "value":
 * "<…>"}`, pretty-printed, in YAML or in escaped JSON too).
 */
function idHeaderBefore(text: string, colon: number): boolean {
  const end = quotesBefore(text, colon);
  const start = nameStart(text, end);
  if (isIdHeader(text, start, end)) return true;
  if (end - start !== 5 || text.slice(start, end).toLowerCase() !== 'value') return false;
  // The member before: `"name": "Message-ID",` then white space (line breaks of JSON or YAML, escaped or not).
  let index = spaceBefore(text, quotesBefore(text, start));
  if (index > 0 && text.charCodeAt(index - 1) === 44) index = spaceBefore(text, index - 1);
  const headerEnd = quotesBefore(text, index);
  const headerStart = nameStart(text, headerEnd);
  if (!isIdHeader(text, headerStart, headerEnd)) return false;
  // Its key: `name` (`Name`), after `:` and white space.
  const keyColon = spaceBefore(text, quotesBefore(text, headerStart));
  if (keyColon === 0 || text.charCodeAt(keyColon - 1) !== 58) return false;
  const keyEnd = quotesBefore(text, keyColon - 1);
  const keyStart = nameStart(text, keyEnd);
  return keyEnd - keyStart === 4 && text.slice(keyStart, keyEnd).toLowerCase() === 'name';
}

/** Where the header name ending at `end` starts: letters, digits and `-`, at most NAME_MAX of them. */
function nameStart(text: string, end: number): number {
  let start = end;
  const lowest = Math.max(0, end - NAME_MAX);
  while (start > lowest && isNameChar(text.charCodeAt(start - 1))) {
    // A JSON string's `\r\n` before the name ends the line before it.
    if (start > 1 && text.charCodeAt(start - 2) === 92) break;
    start--;
  }
  return start;
}

/** Whether [start, end) names a header whose values are message ids. */
function isIdHeader(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end).toLowerCase();
  // `Resent-Message-ID`, `X-Original-Message-ID`: ids too.
  return name.endsWith('message-id') || name === 'in-reply-to' || name === 'references';
}

/** `index` moved back over quotes and the backslashes escaping them (`\\\"` in JSON inside JSON), at most 8. */
function quotesBefore(text: string, index: number): number {
  const lowest = Math.max(0, index - 8);
  while (index > lowest && (isQuote(text.charCodeAt(index - 1)) || text.charCodeAt(index - 1) === 92)) index--;
  return index;
}

/**
 * `index` moved back over white space between two members of an object, at most 32 characters: spaces, tabs, line
 * breaks, and their escapes in a JSON string (`\n  `, `\\n`).
 */
function spaceBefore(text: string, index: number): number {
  const lowest = Math.max(0, index - 32);
  while (index > lowest) {
    const code = text.charCodeAt(index - 1);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 92) index--;
    else if ((code === 110 || code === 114 || code === 116) && index > 1 && text.charCodeAt(index - 2) === 92)
      index -= 2;
    else break;
  }
  return index;
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
