import { namedKindOf } from './field-context.js';
import { keyNamesSecret } from './recognizers/keyed-values.js';
import { isSpace } from './validators/boundaries.js';

// HTML: a scraped page or an HTML e-mail puts a label and its value in cells (`<tr><td>CVV</td><td>123</td></tr>`,
// `<dt>Password</dt><dd>Xk9…</dd>`) or in inline elements (`<b>CVV:</b> 123`, `<label>PIN</label> <span>4821</span>`),
// and the recognizers that need a label right before the value (card codes, PINs, passwords, medical record numbers)
// or a column header above it do not read it through the tags. The scanner also reads such a text with its tags
// replaced: cells as a pipe table (`| CVV | 123 |`, one line per row, a header row first), inline elements' tags as a
// space, the tags between a naming element and its value (`<key>PIN</key><string>0472</string>`) as `: `, any other
// tag (a heading, a paragraph, an XML element) as a line break, which ends a label's reach as in plain text; a
// no-break space's reference (`&nbsp;`) as a space. An element named for a secret reads as its key before its text
// (`<SecretAccessKey>…`, Android's `<string name="api_key">…`, `<entry key="db.password">…` as `SecretAccessKey: …`),
// and a CDATA section's markers as nothing (a secret's section as a quoted value). The recognizers read it there, and what they find in text between tags
// is added at the text's own offsets.

/** A text read as pipe-table lines: its characters and, per character (and one past the last), the text's offset. */
export interface HtmlReading {
  readonly text: string;
  readonly offsets: Int32Array;
}

/** The character references of a no-break space, read as a space (lower-cased). */
const NO_BREAK_SPACES = new Set(['&nbsp;', '&#160;', '&#xa0;']);

/** Longest tag read (longer: a `<` of prose, read as text). */
const MAX_TAG = 512;

/** Whether the text holds HTML markup: a closing tag (`</b>`, `</TD >`). */
export function holdsMarkup(text: string): boolean {
  return /<\/[A-Za-z]/.test(text);
}

/**
 * The text with each run of tags and the white space between them replaced: where a row or a term starts, by a line
 * break and `| `; between cells (or a term and its definition), by ` | `; where a row ends, by ` |`; a run of inline
 * elements' tags by a space, any other run by a line break. Text between tags stays as it is, at its own offsets, but
 * for `&nbsp;`, `&#160;` and `&#xA0;`, read as a space. Linear in the text.
 */
export function htmlReading(text: string): HtmlReading {
  let out = '';
  const offsets: number[] = [];
  const emit = (piece: string, offset: number): void => {
    out += piece;
    for (let index = 0; index < piece.length; index++) offsets.push(offset);
  };
  let index = 0;
  let plainFrom = 0;
  let inRow = false;
  // Whether the last run of tags ended with a field named by an attribute (see fieldKeyOf).
  let afterFieldKey = false;
  // The next `>`, searched again only once passed: a text of `<` without `>` stays linear.
  let close = text.indexOf('>');
  const closeAfter = (at: number): number => {
    if (close !== -1 && close <= at) close = text.indexOf('>', at + 1);
    return close;
  };
  // The next `&`, searched again only once passed, as `close`.
  let amp = text.indexOf('&');
  // Text between tags as it is, but for `&nbsp;` (and `&#160;`), read as a space.
  const flushPlain = (to: number): void => {
    let at = plainFrom;
    for (;;) {
      if (amp !== -1 && amp < at) amp = text.indexOf('&', at);
      if (amp === -1 || amp >= to) break;
      if (amp + 6 <= to && NO_BREAK_SPACES.has(text.slice(amp, amp + 6).toLowerCase())) {
        copyAsIs(at, amp);
        emit(' ', amp);
        at = amp + 6;
      } else {
        amp = text.indexOf('&', amp + 1);
      }
    }
    copyAsIs(at, to);
  };
  const copyAsIs = (from: number, to: number): void => {
    if (to <= from) return;
    out += text.slice(from, to);
    for (let offset = from; offset < to; offset++) offsets.push(offset);
  };
  // The next `]]>`, searched again only once passed (as `close`): a CDATA section without one is no section.
  let cdataClose = text.indexOf(CDATA_CLOSE);
  const cdataCloseAfter = (at: number): number => {
    if (cdataClose !== -1 && cdataClose < at) cdataClose = text.indexOf(CDATA_CLOSE, at);
    return cdataClose;
  };
  // Where an open CDATA section ends (its `]]>`), or -1: the text up to there is text, `<` or not.
  let cdataEnd = -1;
  // The open section's text is a secret's value, read in quotes (spaces, `<` and `&` and all).
  let quoted = false;
  while (index < text.length) {
    let open = cdataEnd !== -1 ? cdataEnd : text.indexOf('<', index);
    if (open === -1) break;
    const names: string[] = [];
    let end = cdataEnd !== -1 ? open + CDATA_CLOSE.length : open;
    // A quoted section's value ends before the white space that pads it.
    if (cdataEnd !== -1 && quoted) while (open > plainFrom && isSpace(text.charCodeAt(open - 1))) open--;
    const closeQuote = cdataEnd !== -1 && quoted ? '"' : '';
    cdataEnd = -1;
    quoted = false;
    // A run of tags and the white space between them; a CDATA section's start ends it (its text follows).
    let cdata = false;
    const runTags: { at: number; end: number; closing: boolean }[] = [];
    for (;;) {
      let cursor = end;
      while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
      if (text.startsWith(CDATA_OPEN, cursor) && cdataCloseAfter(cursor + CDATA_OPEN.length) !== -1) {
        end = cursor + CDATA_OPEN.length;
        cdata = true;
        break;
      }
      const name = text.charCodeAt(cursor) === 60 ? tagAt(text, cursor, closeAfter(cursor)) : undefined;
      if (name === undefined) break;
      names.push(name.name);
      runTags.push({ at: cursor, end: name.end, closing: name.name.startsWith('/') });
      end = name.end;
    }
    if (end === open) {
      index = open + 1;
      continue;
    }
    flushPlain(open);
    let [piece, rowAfter]: [string, boolean] = names.length > 0 ? replacement(names, inRow) : ['', inRow];
    piece = closeQuote + piece;
    // An element named for a secret, its text right after the run: read as `key: ` before the text (in quotes
    // when the text is a CDATA section's).
    // The value of a field named by an attribute ends at the next run of tags, inline elements' too (`<Data>`).
    if (afterFieldKey && !piece.includes('\n')) piece = `${piece}\n`;
    // The run's last tag: when it opens an element, that element's text follows the run.
    const last = runTags[runTags.length - 1];
    const secretKey = last === undefined || last.closing ? undefined : secretKeyOf(text, last.at, last.end);
    const fieldKey = secretKey === undefined ? fieldKeyOf(text, runTags) : undefined;
    afterFieldKey = fieldKey !== undefined;
    const key = secretKey ?? fieldKey;
    if (key !== undefined) {
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      if (cdata) {
        piece += `${key}: "`;
        quoted = true;
      } else if (end < text.length && text.charCodeAt(end) !== 60 && text.charCodeAt(end) !== 123) {
        // Not before `{`: JSX's `<td key="token">{row.token}</td>` holds code.
        piece += `${key}: `;
      }
    }
    emit(piece, open);
    inRow = rowAfter;
    index = end;
    plainFrom = end;
    if (cdata) cdataEnd = cdataCloseAfter(end);
  }
  flushPlain(text.length);
  offsets.push(text.length);
  return { text: out, offsets: Int32Array.from(offsets) };
}

/**
 * The tag at `at` (`<` there, the next `>` at `close`): its lower-case name with a leading `/` when it closes, and
 * where it ends.
 */
function tagAt(text: string, at: number, close: number): { name: string; end: number } | undefined {
  if (close === -1 || close - at > MAX_TAG) return undefined;
  const match = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(text.slice(at, Math.min(close + 1, at + 16)));
  if (match === null) return undefined;
  return { name: `${match[1]}${(match[2] as string).toLowerCase()}`, end: close + 1 };
}

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/**
 * The key an opening tag names a secret by, when it does: the element's own name (`<SecretAccessKey>`, `<api_key>`,
 * SOAP's `<tns:Password>`), else its `name` or `key` attribute (Android's `<string name="api_key">`, a Java
 * properties file's `<entry key="db.password">`); undefined for a closing or empty tag, or a name that names no
 * password, token or key.
 */
function secretKeyOf(text: string, at: number, end: number): string | undefined {
  if (text.charCodeAt(end - 2) === 47) return undefined;
  const tag = text.slice(at, end);
  // The name as written: its case splits its words (`SessionToken`).
  const element = localName(ELEMENT_NAME.exec(tag)?.[1] ?? '');
  if (namesSecret(element)) return element;
  if (NO_TEXT_OF_THEIR_OWN.has(element.toLowerCase())) return undefined;
  const attribute = NAME_ATTRIBUTE.exec(tag)?.[1];
  return attribute !== undefined && namesSecret(attribute) ? attribute : undefined;
}

/**
 * The key a run of opening tags names a person's field by, from a `name` or `key` attribute: a Windows event's
 * `<Data Name="TargetUserName">`, a SAML assertion's `<saml:Attribute Name="givenName"><saml:AttributeValue>`, a
 * `<field name="billing_city">` (the innermost such tag, no closing tag after it); undefined when no attribute names
 * a name, a place, a username or a birth date.
 */
function fieldKeyOf(text: string, tags: readonly { at: number; end: number; closing: boolean }[]): string | undefined {
  for (let index = tags.length - 1; index >= 0; index--) {
    const tag = tags[index] as { at: number; end: number; closing: boolean };
    if (tag.closing || text.charCodeAt(tag.end - 2) === 47) return undefined;
    const source = text.slice(tag.at, tag.end);
    if (NO_TEXT_OF_THEIR_OWN.has(localName(ELEMENT_NAME.exec(source)?.[1] ?? '').toLowerCase())) return undefined;
    const attribute = NAME_ATTRIBUTE.exec(source)?.[1];
    if (attribute === undefined) continue;
    const name = localName(attribute);
    return namedKindOf(name) !== undefined || BIRTH_ATTRIBUTE.test(name) ? name : undefined;
  }
  return undefined;
}

/** An attribute naming a birth date (`BirthDate`, `dateOfBirth`, `dob`). */
const BIRTH_ATTRIBUTE = /birth|^dob$/i;

// Elements whose `name` is not that of the text after them: void elements (`<meta name="csrf-token">`, `<input>`),
// anchors (`<a name="oauth2_token">oauth2_token</a>`), form controls and their labels.
const NO_TEXT_OF_THEIR_OWN = new Set(
  'a area base br button col embed hr img input label link meta option param select source textarea track wbr'.split(
    ' ',
  ),
);

const ELEMENT_NAME = /^<([A-Za-z][\w.:-]{0,63})/;
const NAME_ATTRIBUTE = /\s(?:name|key)\s{0,4}=\s{0,4}["']([\w.:-]{1,64})["']/i;

function namesSecret(name: string): boolean {
  // Most element names hold none of the words: one search rules them out.
  return SECRET_WORDS.test(name) && (keyNamesSecret(name, 'password') || keyNamesSecret(name, 'secret'));
}

const SECRET_WORDS = /pass|pwd|psk|secret|token|key/i;

const ROW_STARTS = new Set(['tr', 'dt']);
const ROW_ENDS = new Set(['/tr', '/dl', '/table']);
const CELL_STARTS = new Set(['td', 'th', 'dd']);
// Phrasing elements: their tags stand inside a line of text (`<b>CVV:</b> 123`); any other tag breaks it.
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i img input ins kbd label mark q s samp small span strike strong sub sup time tt u var'.split(
    ' ',
  ),
);

// Elements that name the value in the element after them, and the elements that hold it: a property list's `<key>`
// and its scalar (`<key>Password</key><string>…</string>`, `<data>`, `<integer>`, ...), Hadoop's and XML-RPC's `<name>`
// and `<value>` (`<name>…ConnectionPassword</name> <value>…</value>`, `<value><string>…</string></value>`, SOAP's
// `<tns:Name>`), a Java web.xml's `<param-name>` and `<param-value>`. A name
// before any other element (`<name>rotate-api-key</name><schedule>…`, `<key>UsePassword</key><true/>`) names nothing.
const VALUES_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['/key', new Set(['string', 'data', 'integer', 'real', 'date', 'value'])],
  ['/name', new Set(['value'])],
  ['/param-name', new Set(['param-value'])],
]);

/** A run that closes a naming element and opens its value's element (and maybe a type's): it reads as `: `. */
function namesThenValue(names: readonly string[]): boolean {
  const values = VALUES_AFTER.get(localName(names[0] as string));
  if (values === undefined || names.length < 2 || !values.has(localName(names[1] as string))) return false;
  for (let index = 2; index < names.length; index++) if ((names[index] as string).startsWith('/')) return false;
  return true;
}

/** A tag name without its namespace prefix (`/tns:name` -> `/name`). */
function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : `${name.startsWith('/') ? '/' : ''}${name.slice(colon + 1)}`;
}

/**
 * What a run of tags reads as (see htmlReading), given whether a row is open before it; and whether one is after.
 */
function replacement(names: readonly string[], inRow: boolean): [string, boolean] {
  const rowStarts = names.some((name) => ROW_STARTS.has(name));
  const rowEnds = names.some((name) => ROW_ENDS.has(name));
  const close = inRow && (rowStarts || rowEnds) ? ' |' : '';
  if (rowStarts) return [`${close}\n| `, true];
  if (rowEnds) return [`${close}\n`, false];
  if (names.some((name) => CELL_STARTS.has(name))) return [inRow ? ' | ' : '\n| ', true];
  if (namesThenValue(names)) return [': ', inRow];
  const inline = names.every((name) => INLINE_TAGS.has(name.startsWith('/') ? name.slice(1) : name));
  return [inline ? ' ' : '\n', inRow];
}

/**
 * Whether [start, end) of the reading is text of the scanned text, read as it is: no tag or reference stands in it,
 * and none is its last character (whose text would then run on past the tag). Any reading that maps each character
 * it adds to the offset of the text before it is read so (an SQL INSERT's table, see sql-insert-reading.ts).
 */
export function plainIn(reading: { readonly offsets: Int32Array }, start: number, end: number): boolean {
  const { offsets } = reading;
  if (end <= start) return false;
  // Every character next to the one before it in the text, and the one after the span next to its last: a replaced
  // tag run between them would not be.
  for (let index = start + 1; index <= end; index++) {
    if ((offsets[index] as number) !== (offsets[index - 1] as number) + 1) return false;
  }
  return true;
}
