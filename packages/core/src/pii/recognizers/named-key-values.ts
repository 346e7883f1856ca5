import { namedKindOf } from '../field-context.js';
import { isNamingKey } from '../named-entries.js';
import { NAMED_FIELD_ENTITY, type NamedFieldKind, namedValue, readsAsPersonName } from '../named-fields.js';
import type { Candidate } from '../recognizer.js';
import { TextMemo } from '../text-memo.js';
import { HEADER_WORDS, namedScore } from './named-columns.js';

// Values under a name or place key in text: YAML (`last_name: Okonkwo`), logfmt and .env (`city=Kilcoole`), JSON
// kept as text (`"first_name": "Wanjiru"` in a log line, a chat message, a gateway's request), a form's labels
// (`Full Name: Wanjiru Okonkwo`), XML elements (`<family>Jones</family>` in a C-CDA document). deepEncode reads the keys of the data it is given (see named-fields.ts); a text
// scanned as text (tokenizeText, the gateway, `mask detect`) holds the same records, and its names and cities
// reached the model. The same kinds, the same checks on the value: a plain `name` must read as a person's name.

/** Longest key read, and the most words of a label written with spaces (`Home Address`, `Nombre del paciente`). */
const MAX_KEY = 48;
const MAX_LABEL_WORDS = 4;
/** Longest value read (a free-text address is the longest kind: see namedValue). */
const MAX_VALUE = 300;
/**
 * Most blanks between a key and its sign: PowerShell's Format-List pads every name to the longest one of the object
 * (`Surname           : Lindqvist`, `msDS-UserPasswordExpiryTimeComputed` is 35 characters).
 */
const MAX_PAD = 40;

interface NamedPair extends Candidate {
  readonly entity: 'PERSON' | 'LOCATION';
}

function isKeyChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 45 ||
    code === 46 ||
    (code >= 0xc0 && !isCjkPunctuation(code))
  );
}

/** CJK punctuation and full-width signs (`、`, `。`, `「`, `：`, `＝`): they end a key, as ASCII ones do. */
function isCjkPunctuation(code: number): boolean {
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20);
}

/** `:` `=`, and the full-width colon Chinese and Japanese labels take (`氏名：`). */
function isSign(code: number): boolean {
  return code === 58 || code === 61 || code === FULL_WIDTH_COLON;
}

const FULL_WIDTH_COLON = 0xff1a;

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Where the key holding [from, to) starts: the run of key characters around it, and before it up to
 * MAX_LABEL_WORDS words joined by single spaces when the label opens its line (after indentation, `-`, `*`, `#`
 * or `|`). -1 when the key is longer than MAX_KEY.
 */
function keyStart(text: string, from: number): number {
  let start = from;
  while (start > 0 && isKeyChar(text.charCodeAt(start - 1))) start--;
  let labelStart = start;
  let words = 1;
  while (words < MAX_LABEL_WORDS && labelStart > 1 && text.charCodeAt(labelStart - 1) === 32) {
    let wordStart = labelStart - 1;
    while (wordStart > 0 && (isKeyChar(text.charCodeAt(wordStart - 1)) || possessiveAt(text, wordStart - 1))) {
      wordStart--;
    }
    if (wordStart === labelStart - 1) break;
    labelStart = wordStart;
    words++;
  }
  if (labelStart < start && opensLine(text, labelStart)) start = labelStart;
  return from - start > MAX_KEY ? -1 : start;
}

/**
 * Whether an apostrophe at `index` makes a possessive inside a label's word (`Mother's maiden name:`, `Patient’s
 * name:`): a letter before it and `s` with the word's end after it.
 */
function possessiveAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== 39 && code !== 0x2019) return false;
  const before = text.charCodeAt(index - 1) | 32;
  return (
    before >= 97 && before <= 122 && (text.charCodeAt(index + 1) | 32) === 115 && text.charCodeAt(index + 2) === 32
  );
}

/**
 * Whether a comma or a semicolon and a space, or a gap of two blanks, come right before `position`: the next field of
 * a one-line form (`…, Home Address: …`, `Surname: HOSSAIN  Given names: …`).
 */
function afterFieldBreak(text: string, position: number): boolean {
  const before = text.charCodeAt(position - 2);
  return (
    (text.charCodeAt(position - 1) === 32 && (before === 44 || before === 59)) ||
    (isBlank(text.charCodeAt(position - 1)) && isBlank(before))
  );
}

/** Whether only indentation or a list or table mark stands between the line's start and `position`. */
function opensLine(text: string, position: number): boolean {
  for (let index = position - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    if (!isBlank(code) && code !== 45 && code !== 42 && code !== 35 && code !== 124) return false;
  }
  return true;
}

/**
 * The value after a key ending at `keyEnd`, as [start, end): after an optional closing quote, `:` or `=` (not `==`
 * or `=>`), a quoted value, or an unquoted one: after `=` up to white space or `&` `,` `;` (logfmt, .env, query
 * strings), after `:` up to the line's end or the next `, key:` (YAML, a form's label). Undefined when there is none.
 */
function valueAfter(text: string, keyEnd: number): [number, number] | undefined {
  let index = keyEnd;
  const quote = text.charCodeAt(index);
  if (quote === 34 || quote === 39) index++;
  while (index < text.length && isBlank(text.charCodeAt(index)) && index - keyEnd <= MAX_PAD) index++;
  let sign = text.charCodeAt(index);
  if (!isSign(sign)) return undefined;
  if (sign === FULL_WIDTH_COLON) sign = 58;
  const next = text.charCodeAt(index + 1);
  if (next === 61 || next === 62 || (sign === 58 && next === 58)) return undefined;
  index++;
  // kubectl's describe pads after the sign instead (`Name:                 api-7d9f`).
  const afterSign = index;
  while (index < text.length && isBlank(text.charCodeAt(index)) && index - afterSign <= MAX_PAD) index++;
  const open = text.charCodeAt(index);
  if (open === 34 || open === 39) {
    const close = text.indexOf(open === 34 ? '"' : "'", index + 1);
    if (close === -1 || close - index - 1 > MAX_VALUE) return undefined;
    const value = text.slice(index + 1, close);
    // An escaped quote or a line break inside: no plain value.
    return value.includes('\\') || value.includes('\n') ? undefined : [index + 1, close];
  }
  // An object, a list, a template or a YAML anchor, alias or block (`{{first_name}}`, `${NAME}`, `*ref`, `|`): no
  // plain value.
  if (NOT_SCALAR.includes(text[index] as string)) return undefined;
  let end = index;
  const limit = Math.min(text.length, index + MAX_VALUE);
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (code === 10 || code === 13) break;
    if (sign === 61 && (isBlank(code) || code === 38 || code === 44 || code === 59)) break;
    if (sign === 58 && (code === 44 || code === 59) && nextKeyAt(text, end + 1)) break;
    // A form's next field on the same line after a gap (`Surname: HOSSAIN  Given names: MD NAZMUL  Passport No: …`).
    if (isBlank(code) && isBlank(text.charCodeAt(end + 1)) && nextKeyAt(text, end)) break;
    if (code === 125 || code === 93 || code === 34) break;
    end++;
  }
  while (end > index && isBlank(text.charCodeAt(end - 1))) end--;
  return end > index ? [index, end] : undefined;
}

const NOT_SCALAR = '{[<$%&*|>!';

/**
 * A name or place word, the rest of its key and the sign after it (`last_name:`, `"city" =`, `<family>`): only keys
 * are handed to the checks below. A long log holds these words in many places that are no key (`hostname`,
 * `user_id`), and a search for the word alone passed six times as many places on to them.
 */
// A label's later words count (`Postal Code:`, `Name on Card:`, `Nombre del paciente:`): single spaces between them.
const KEY_SEARCH = new RegExp(
  `(?:${HEADER_WORDS.source})(?:[\\w.\\u00c0-\\uff19\\uff1b-\\uffff-]| (?=[\\w\\u00c0-\\uffff])){0,32}["']?[ \\t]{0,${MAX_PAD}}[:=>\\uff1a]`,
  'gi',
);
const US_ZIP = /^\d{5}(?:-\d{4})?$/;
// The ZIP labels the street-address recognizer reads whole (a prefixed one, `address_zip`, is this reading's).
const ZIP_LABEL = /^["']?(?:zip(?:[ _-]?codes?)?|postal[ _-]?codes?|c[oó]digos?(?:[ _-]postal(?:es)?)?)["']?$/i;

/**
 * The text of an XML element whose name is [start, end) (`<family>Jones</family>`, `<postalCode>97867</postalCode>`
 * in a C-CDA document), as [start, end): the element without attributes, its text up to its own end tag, on one line.
 */
function elementText(text: string, start: number, end: number): [number, number] | undefined {
  if (text.charCodeAt(end) !== 62) return undefined;
  const close = text.indexOf('<', end + 1);
  if (close === -1 || close - end - 1 > MAX_VALUE || text.charCodeAt(close + 1) !== 47) return undefined;
  if (!text.startsWith(text.slice(start, end), close + 2) || text.charCodeAt(close + 2 + end - start) !== 62) {
    return undefined;
  }
  let valueStart = end + 1;
  let valueEnd = close;
  while (valueStart < valueEnd && isBlank(text.charCodeAt(valueStart))) valueStart++;
  while (valueEnd > valueStart && isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--;
  const value = text.slice(valueStart, valueEnd);
  return valueEnd > valueStart && !value.includes('\n') && !value.includes('&') ? [valueStart, valueEnd] : undefined;
}

/**
 * Whether a `key:` or `key=` follows at `position` (after blanks): a YAML flow or a form's next field, whose label
 * may be up to MAX_LABEL_WORDS words joined by single spaces (`, Home Address: …`, `, Địa chỉ: …`).
 */
function nextKeyAt(text: string, position: number): boolean {
  let index = position;
  while (index < text.length && isBlank(text.charCodeAt(index))) index++;
  for (let words = 0; words < MAX_LABEL_WORDS; words++) {
    const start = index;
    while (index < text.length && isKeyChar(text.charCodeAt(index))) index++;
    if (index === start) return false;
    if (isSign(text.charCodeAt(index))) return true;
    if (text.charCodeAt(index) !== 32) return false;
    index++;
  }
  return false;
}

/** Whether a `:` or `=` follows `index` after blanks (a label's sign). */
function signAt(text: string, index: number): boolean {
  let at = index;
  while (at < text.length && isBlank(text.charCodeAt(at)) && at - index <= MAX_PAD) at++;
  return isSign(text.charCodeAt(at));
}

/**
 * Where a label whose first words are [start, end) ends: after up to MAX_LABEL_WORDS words in all, joined by single
 * spaces, at the first word followed by its sign; `end` when none is.
 */
function labelEnd(text: string, start: number, end: number): number {
  let words = 1;
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 32) words++;
  let next = end;
  while (words < MAX_LABEL_WORDS && text.charCodeAt(next) === 32 && isKeyChar(text.charCodeAt(next + 1))) {
    next++;
    while (next < text.length && isKeyChar(text.charCodeAt(next))) next++;
    words++;
    if (next - start > MAX_KEY) return end;
    if (signAt(text, next)) return next;
  }
  return end;
}

/**
 * The value of a postal code key, as [start, end, codeEnd]: the value read (see valueAfter) when it is a postal code,
 * a code in two pieces after `=` too, where the value read stops at the space (`postal_code=K1A 0B1`); else when it
 * opens with a code, that code and a town after it on the line (`PLZ: 10115 Berlin`, `Postleitzahl: 1012 AB
 * Amsterdam`). `codeEnd` ends the code, which the checks read. Undefined when the value holds no code up front.
 */
function postalValue(text: string, [start, end]: [number, number]): [number, number, number] | undefined {
  if (namedValue(text.slice(start, end), 'postal')) {
    const split = POSTAL_SECOND_PIECE.exec(text.slice(end, end + 10));
    const whole = split === null ? end : end + split[0].length;
    return whole > end && namedValue(text.slice(start, whole), 'postal') ? [start, whole, whole] : [start, end, end];
  }
  const code = POSTAL_OPENING.exec(text.slice(start, end));
  if (code === null) return undefined;
  const codeEnd = start + (code[1] as string).length;
  return TOWN_AFTER.test(text.slice(codeEnd, end)) ? [start, end, codeEnd] : [start, codeEnd, codeEnd];
}

/** The second piece of a postal code after a space, ending its value (`0B1` of `K1A 0B1`). */
const POSTAL_SECOND_PIECE = /^ [A-Za-z0-9]{1,4}(?![\w=.:-])/;
/** A value's opening postal code (one or two pieces), before a space or a comma. */
const POSTAL_OPENING = /^([A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,4})?)(?=[ ,])/;
/** A town's name after a postal code: letters, with spaces, hyphens, apostrophes and a comma. */
const TOWN_AFTER = /^,? ?\p{L}[\p{L} '.-]{0,40}$/u;

/**
 * The next line after a label that ends its line (`Bill To:` then the name), as [start, end) trimmed: only when
 * the sign ends the line. Undefined otherwise.
 */
function lineAfterLabel(text: string, keyEnd: number): [number, number] | undefined {
  let index = keyEnd;
  while (index < text.length && isBlank(text.charCodeAt(index))) index++;
  if (text.charCodeAt(index) !== 58) return undefined;
  index++;
  while (index < text.length && isBlank(text.charCodeAt(index))) index++;
  if (text.charCodeAt(index) === 13) index++;
  if (text.charCodeAt(index) !== 10) return undefined;
  let start = index + 1;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && end - start < MAX_VALUE && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13)
    end++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end > start ? [start, end] : undefined;
}

/** A name, then a comma, a bracket, an e-mail's `<`, a dash or a bar and more on the line. */
const NAME_THEN_MORE = /^([^,(<|]{3,80}?) ?(?:, |\(|<| - | \| )/;

/** Every value under a name or place key of the text that is such a value (see namedValue). */
function namedPairs(text: string): NamedPair[] {
  const pairs: NamedPair[] = [];
  const nextKey = keyFinder(text);
  let from = 0;
  for (let at = nextKey(from); at !== -1; at = nextKey(from)) {
    // The key: the word's run of key characters, and a label's words before it.
    let end = at;
    while (end < text.length && isKeyChar(text.charCodeAt(end))) end++;
    from = end;
    let start = keyStart(text, at);
    if (start === -1) continue;
    const open = start > 0 ? text.charCodeAt(start - 1) : -1;
    // Not a path's or a URL's segment (`/api/name=`), but a query string's field is a key (`?city=`, `&name=`).
    if (open === 47 || open === 92) continue;
    if (open === 34 || open === 39) start--;
    // A label that opens its line, or a field of a one-line form (after `, `), may go on after the word, up to its
    // sign (`Postal Code:`, `Name on Card:`, `…, Home Address: …`, `…, Địa chỉ: …`).
    if (open !== 60 && !signAt(text, end) && (opensLine(text, start) || afterFieldBreak(text, start))) {
      end = labelEnd(text, start, end);
      from = end;
    }
    const key = text.slice(start, end).replace(/^["']/, '');
    const pair = pairAfterKey(text, key, end, open === 60);
    if (pair === undefined) {
      const block = open === 60 ? undefined : (blockLines(text, key, start, end) ?? listItems(text, key, end));
      if (block !== undefined) {
        pairs.push(...block);
        from = Math.max(from, (block[block.length - 1] as NamedPair).end);
      }
      continue;
    }
    pairs.push(pair);
    from = Math.max(from, pair.end);
  }
  return namedEntryPairs(text, pairs);
}

/**
 * The value after `key` (ending at `end`) when the key names a person or a place and the value is one (see
 * namedValue); `element` when the key is an XML element's name.
 */
function pairAfterKey(text: string, key: string, end: number, element: boolean): NamedPair | undefined {
  const kind: NamedFieldKind | undefined = namedKindOf(key);
  if (kind === undefined) return undefined;
  // A role's label alone on its line heads a block (an invoice's `Bill To:`, `Ship to:`): its next line is the name.
  const value = element
    ? elementText(text, end - key.length, end)
    : (valueAfter(text, end) ?? (kind === 'role' ? lineAfterLabel(text, end) : undefined));
  if (value === undefined) return undefined;
  const postal = kind === 'postal' && !element ? postalValue(text, value) : undefined;
  let [valueStart, valueEnd] = postal ?? value;
  if (NAME_KINDS.has(kind) && !element) {
    // Only a name the gazetteers know a word of goes on (`client=Mozilla Firefox` stays one word, no name).
    const goesOn = nameGoesOn(text, valueStart, valueEnd);
    if (goesOn > valueEnd && readsAsPersonName(text.slice(valueStart, goesOn), 2, true)) valueEnd = goesOn;
  }
  // A name and what follows it on the line (`Wanjiru Okonkwo (sister)`, `Wanjiru Okonkwo, 742 Evergreen Terrace`,
  // `Wanjiru Okonkwo <w@example.com>`): the name, when the whole is none.
  if ((kind === 'role' || kind === 'name') && !namedValue(formDecoded(text.slice(valueStart, valueEnd)), kind)) {
    const cut = NAME_THEN_MORE.exec(text.slice(valueStart, valueEnd));
    if (cut !== null) valueEnd = valueStart + (cut[1] as string).trimEnd().length;
  }
  const written = text.slice(valueStart, postal?.[2] ?? valueEnd);
  // A US ZIP code after a ZIP or postal code label is the street-address recognizer's, with its rules (no `00000`,
  // not under a list's `zip_codes`); in an XML element, and after other postal keys (`code_postal`, `PLZ`), this
  // reading's.
  if (kind === 'postal' && !element && US_ZIP.test(written) && ZIP_LABEL.test(key)) return undefined;
  if (!namedValue(formDecoded(written), kind)) return undefined;
  return { start: valueStart, end: valueEnd, score: namedScore(kind), entity: NAMED_FIELD_ENTITY[kind] };
}

/** A JSON list after a key's colon (`"last_name": [` then its first string, or a `null` before it). */
const LIST_HEAD = /^["']?[ \t]{0,40}:[ \t]{0,40}\[\s{0,16}(?="|null\b)/;
/** An item a change log's list holds besides strings (`[null, "Oyelaran-Brooks"]` when the record was created). */
const NULL_ITEM = 'null';
/** Most items of a list read under its key. */
const MAX_LIST_ITEMS = 16;

/**
 * The strings of a JSON list under a name or place key in text (`"last_name": ["Oyelaran", "Oyelaran-Brooks"]`: a
 * change log's old and new value in an NDJSON audit line, a record's aliases), each a value of the key's kind (see
 * namedValue). Before, a list was no plain value and every name in it reached the model. Undefined for any other key
 * or value; the list is read up to its first item that is no plain string.
 */
function listItems(text: string, key: string, end: number): NamedPair[] | undefined {
  const head = LIST_HEAD.exec(text.slice(end, end + 96));
  if (head === null) return undefined;
  const kind = namedKindOf(key);
  if (kind === undefined) return undefined;
  const pairs: NamedPair[] = [];
  let index = end + head[0].length;
  for (let item = 0; item < MAX_LIST_ITEMS; item++) {
    if (text.startsWith(NULL_ITEM, index)) {
      index = nextListItem(text, index + NULL_ITEM.length);
      if (index === -1) break;
      continue;
    }
    if (text.charCodeAt(index) !== 34) break;
    const close = text.indexOf('"', index + 1);
    if (close === -1 || close - index - 1 > MAX_VALUE) break;
    const value = text.slice(index + 1, close);
    if (value.includes('\\') || value.includes('\n')) break;
    if (value.trim() === value && namedValue(value, kind)) {
      pairs.push({ start: index + 1, end: close, score: namedScore(kind), entity: NAMED_FIELD_ENTITY[kind] });
    }
    index = nextListItem(text, close + 1);
    if (index === -1) break;
  }
  return pairs.length > 0 ? pairs : undefined;
}

/** Where the list's next item starts after an item ending at `end` (a comma, blanks and line breaks), or -1. */
function nextListItem(text: string, end: number): number {
  let index = end;
  while (isSpaceCode(text.charCodeAt(index)) && index - end < 16) index++;
  if (text.charCodeAt(index) !== 44) return -1;
  index++;
  const after = index;
  while (isSpaceCode(text.charCodeAt(index)) && index - after < 16) index++;
  return index;
}

/** A blank or a line break (a pretty-printed list's). */
function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** A YAML block scalar's header after a key's colon (`address: |`, `street: >-`), then the line's end. */
const BLOCK_HEADER = /^[ \t]*:[ \t]*[|>][+-]?[ \t]*\r?\n/;
/** Most lines of a block scalar read as an address. */
const MAX_BLOCK_LINES = 6;

/**
 * The lines of a YAML block scalar under a street or address key (`address: |` then `  14 Admiralty Way` and `  Lekki
 * Phase 1, Lagos`), each a LOCATION: the lines indented more than the key's. Before, a block scalar was no plain value
 * and the whole address reached the model. Undefined for any other key or value.
 */
function blockLines(text: string, key: string, start: number, end: number): NamedPair[] | undefined {
  const header = BLOCK_HEADER.exec(text.slice(end, end + 16));
  if (header === null) return undefined;
  const kind = namedKindOf(key);
  if (kind !== 'address' && kind !== 'street') return undefined;
  const keyIndent = start - (text.lastIndexOf('\n', start - 1) + 1);
  const pairs: NamedPair[] = [];
  let lineStart = end + header[0].length;
  while (lineStart < text.length && pairs.length < MAX_BLOCK_LINES) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let valueStart = lineStart;
    while (valueStart < lineEnd && isBlank(text.charCodeAt(valueStart))) valueStart++;
    let valueEnd = lineEnd;
    while (valueEnd > valueStart && isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--;
    if (valueStart === valueEnd || valueStart - lineStart <= keyIndent) break;
    if (namedValue(text.slice(valueStart, valueEnd), kind === 'street' ? 'street' : 'address')) {
      pairs.push({ start: valueStart, end: valueEnd, score: namedScore(kind), entity: 'LOCATION' });
    }
    lineStart = lineEnd + 1;
  }
  return pairs.length > 0 ? pairs : undefined;
}

/** Kinds whose value is a person's name. */
const NAME_KINDS: ReadonlySet<NamedFieldKind> = new Set(['person', 'name', 'name-part', 'signer', 'role']);

/** A capitalised word of a name after an unquoted value's space (`Mehta` of `PATIENT_NAME=Arjun Mehta`). */
const NAME_WORD_AFTER = /^ (\p{Lu}[\p{L}'’-]{0,40})(?=$|[\s,;)"'])/u;

/**
 * Where a name read after `=` ends: an unquoted value stops at a space (logfmt: `user=ana action=login`), but a
 * name written after `=` with its spaces goes on over the capitalised words after it that are no key (`env
 * PATIENT_NAME=Arjun Mehta`, `customer=Hannah Oyelaran amount=5`): before, `Mehta` reached the model.
 */
function nameGoesOn(text: string, start: number, end: number): number {
  const before = text.charCodeAt(start - 1);
  if (before !== 61 || text.charCodeAt(end) !== 32) return end;
  for (let words = 0; words < 3; words++) {
    const next = NAME_WORD_AFTER.exec(text.slice(end, end + 48));
    if (next === null) break;
    const wordEnd = end + next[0].length;
    const after = text.charCodeAt(wordEnd);
    if (after === 61 || after === 58) break;
    end = wordEnd;
  }
  return end;
}

/**
 * A value as a query string or a form body writes it read as text (`John+Doe`, `Jos%C3%A9+Garc%C3%ADa` as `John Doe`,
 * `José García`): `namedValue` judges the name, the span stays on the encoded characters. A value that is no valid
 * encoding is judged as written.
 */
function formDecoded(value: string): string {
  if (!value.includes('+') && !value.includes('%')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/**
 * A record that names its value, in text (see named-entries.ts): `{"Key": "last_name", "Value": "Okonkwo"}` in a log
 * line, a Kubernetes `env` list's `- name: CONTACT_NAME` then `value: …`, `"field": "city", "value": …`. The value
 * key is searched for (rarer than the naming one), and the member right before it must be a naming key and its name,
 * which is then read as the value's key. Returns `pairs` with those added, sorted by start, where no pair overlaps them.
 */
function namedEntryPairs(text: string, pairs: NamedPair[]): NamedPair[] {
  const added: NamedPair[] = [];
  // Both lists grow in text order: a cursor over `pairs` and the last pair added say whether a value is covered.
  let cursor = 0;
  ENTRY_VALUE_SEARCH.lastIndex = 0;
  for (let match = ENTRY_VALUE_SEARCH.exec(text); match !== null; match = ENTRY_VALUE_SEARCH.exec(text)) {
    const end = match.index + match[0].length;
    const key = ENTRY_VALUE_KEY.exec(text.slice(Math.max(0, match.index - 12), end))?.[1];
    if (key === undefined) continue;
    const field = namingMemberBefore(text, end - key.length);
    if (field === undefined) continue;
    const pair = pairAfterKey(text, field, end, false);
    if (pair === undefined) continue;
    while (cursor < pairs.length && (pairs[cursor] as NamedPair).end <= pair.start) cursor++;
    const coveredByFound = cursor < pairs.length && (pairs[cursor] as NamedPair).start < pair.end;
    const last = added[added.length - 1];
    if (coveredByFound || (last !== undefined && last.end > pair.start)) continue;
    added.push(pair);
  }
  return added.length === 0 ? pairs : [...pairs, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The end of a value key (see named-entries.ts; not `v` or `val`, which text holds everywhere) before its sign: a
 * native search for these few words runs at several hundred MB/s more than one for the whole key (whose start the
 * lookbehind leaves to every position). ENTRY_VALUE_KEY then reads the whole key, with its opening quote, before it.
 */
const ENTRY_VALUE_SEARCH = /(?:values?|answer|response|string)(?=["']?[ \t]{0,4}[:=])/gi;
const ENTRY_VALUE_KEY =
  /(?:^|[^\w.-])(["']?(?:(?:(?:parameter|old|new|previous|current)[_-]?)?values?|answer|response|(?:from|to)[_-]?string))$/i;

/**
 * The naming member right before `position` (a value key's start), its name returned: `"Key": "last_name",` or
 * `- name: CONTACT_NAME` and a line break, quoted or not. Undefined when the member before is none.
 */
function namingMemberBefore(text: string, position: number): string | undefined {
  const window = text.slice(Math.max(0, position - NAMING_REACH), position);
  const match = NAMING_MEMBER.exec(window);
  if (match === null || !isNamingKey(match[1] as string)) return undefined;
  return match[2] ?? match[3] ?? match[4];
}

/** How far before a value key its naming member is looked for. */
const NAMING_REACH = 120;
/** A naming key, its sign and its name (quoted or not, one line), then a comma or a line break, ending the window. */
const NAMING_MEMBER =
  /(?<![\w.-])["']?([A-Za-z][\w-]{0,15})["']?[ \t]{0,4}[:=][ \t]{0,4}(?:"([^"\n]{1,64})"|'([^'\n]{1,64})'|([^\s"',:=]{1,64}))[ \t]*(?:,[ \t]*)?(?:\r?\n[ \t]*)?$/;

/** A text with fewer signs (`:` `=` `>`) than one in this many characters is searched sign by sign. */
const SPARSE_SIGNS = 64;
/** The most characters a key's match spans before its sign: its word (12 at most), 32 more, a quote, its padding. */
const KEY_REACH = 12 + 32 + 1 + MAX_PAD;
const KEY_BEFORE_SIGN = new RegExp(KEY_SEARCH.source, 'i');
// A native search finds them several times faster than a loop over the text's characters.
const SIGNS = /[:=>\uff1a]/g;

/**
 * Where the first key of the text starting at `from` or after starts (a KEY_SEARCH match), or -1. Each match ends
 * at the first sign after its start (no sign can be inside one), so in a text with few signs (prose, a mail) only
 * the KEY_REACH characters before each sign are searched: the same matches as a search of the whole text (which a
 * log full of `=` takes), at a fraction of its cost.
 */
function keyFinder(text: string): (from: number) => number {
  const signs: number[] = [];
  SIGNS.lastIndex = 0;
  for (let sign = SIGNS.exec(text); sign !== null; sign = SIGNS.exec(text)) {
    signs.push(sign.index);
    if (signs.length * SPARSE_SIGNS > text.length) {
      // The shared regex: nothing between two searches scans a text, so no other search moves it meanwhile.
      return (from) => {
        KEY_SEARCH.lastIndex = from;
        return KEY_SEARCH.exec(text)?.index ?? -1;
      };
    }
  }
  let next = 0;
  return (from) => {
    while (next < signs.length && (signs[next] as number) < from) next++;
    for (; next < signs.length; next++) {
      const sign = signs[next] as number;
      const windowStart = Math.max(from, sign - KEY_REACH);
      const match = KEY_BEFORE_SIGN.exec(text.slice(windowStart, sign + 1));
      if (match !== null) return windowStart + match.index;
    }
    return -1;
  };
}

const NAMED_PAIRS = new TextMemo(namedPairs);

/** The values under the text's name (PERSON) or place (LOCATION) keys that are such a value. */
export function* namedPairsOf(text: string, entity: 'PERSON' | 'LOCATION'): Iterable<Candidate> {
  for (const { start, end, score, entity: type } of NAMED_PAIRS.of(text))
    if (type === entity) yield { start, end, score };
}
