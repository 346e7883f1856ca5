import { findColumnCells } from '../column-cells.js';
import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { countDigits } from '../validators/checksums.js';
import { creditCardRecognizer, isCardSeparator } from './credit-card.js';

// Card verification codes (CVV2, CVC2, CID, CSC: PCI DSS forbids keeping them after authorisation) and PINs, read
// where a label names them. A bare three- or four-digit number is no code: the label, the column header or a card
// number with its expiry date in front says what it is.

// The labels of a card verification code. `cid` alone (Amex) also names connection, client and content ids, so it
// counts with a card prefix, or as a weak candidate that needs a card word nearby.
const SHORT_CVV = 'cvv2?|cvc2?|cvn2?|ccv|csc';
const SPELLED_CVV = 'security[ _-]?code|verification[ _-]?(?:value|code|number)|cvd[ _-]?value';
const SPANISH_CVV = 'c[oó]digo[ _-]?(?:de[ _-]?seguridad|cvv2?|cvc2?)';
const CARD_PREFIX = '(?:(?:credit[ _-]?)?card[ _.-]?|cc[ _.-]?)';
const CVV_SUFFIX = '(?:[ _-]?(?:code|number))?';
// Authorize.net's name for the code (`cardCode`, `x_card_code` in its form API); not a gift card's code.
const CARD_CODE = '(?<!gift[ _-]?)(?:x_)?card[ _-]?code';

// Up to six words between a label and `is` / `es` or `:` in prose (`the CVV on the back of the card is 123`, `the
// PIN for this card: 4821`, `el CVV del cliente es 123`), each one of the few that say whose card or where: a
// closed list, since other words make the label name something else (`PIN entry timeout for terminals is 3000`,
// `CVV retry limit per day is 1000`, `security code review meeting room is 1204`).
const GAP_WORDS =
  'the|this|that|my|your|his|her|our|their|its|a|an|on|in|for|of|at|from|with|back|front|reverse|file|record|card|cards|account|new|old|current|debit|credit|atm|bank|visa|mastercard|amex|physical|virtual|customer|customers|client|user|holder|cardholder|member|owner|guest|patient|de|del|la|el|mi|tu|su|nuestra|nuestro|tarjeta|nueva|en|reverso|dorso|cuenta|para|esta|este|con|cliente|usuario|titular|miembro|socio|paciente';
const PROSE_GAP = `(?:[ \\t]{1,3}(?:${GAP_WORDS})\\b){1,6}(?:[ \\t]{1,3}(?:is|was|es|era)\\b|(?=[ \\t]?:))`;

// From the label to the value, on one line: `CVV/CVC`, `Security code (CVV)`, `de la tarjeta`, a closing quote
// (escaped too, as JSON in a log line writes it) or bracket (`"cvv": "123"`, `card[cvc]=123`), then `is` / `es`,
// `:`, `=`, `=>`, `#` or `|`, or white space alone; or the end of an XML tag before the code and its closing tag.
const TO_VALUE = `(?:\\/(?:cvv2?|cvc2?|cid|csc))?(?:[ \\t]{0,2}\\((?:cvv2?|cvc2?|cid|csc)\\))?(?:[ \\t]{1,2}de[ \\t]{1,2}(?:la|tu|su)[ \\t]{1,2}tarjeta)?(?:\\\\?["']|\\]|%5D){0,2}(?:[ \\t]{1,3}(?:is|was|es)\\b|${PROSE_GAP})?[ \\t]{0,3}(?:=>|:=|[:=#|]|>(?=\\d{3,4}<))?[ \\t]{0,3}\\\\?["']?`;
const TO_PIN = `(?:[ \\t]{1,2}de[ \\t]{1,2}(?:la|tu|su)[ \\t]{1,2}tarjeta)?(?:["'\\]]|%5D){0,2}(?:[ \\t]{1,3}(?:is|was|es)\\b|${PROSE_GAP})?[ \\t]{0,3}(?:=>|:=|[:=#|]|>(?=\\d{4,6}<))?[ \\t]{0,3}["']?`;

// The value ends the number: not glued to a word, not a decimal, a time, a date or a range (`123.45`, `12:30`).
const VALUE_END = '(?![\\w%]|[.,:/-]\\d)';

/**
 * A card verification code after its label, as key / value (`"cvv": "123"`, `cvc=123`, `card[cvc]=123`) or in
 * prose (`the CVV is 123`, `código de seguridad: 123`), also as a URL-encoded form field (`card%5Bcvc%5D=123`, what
 * `card[cvc]=123` becomes in a logged request body). A label after `/` or `\` is part of a path (`GET /api/cvv 403`). Group 1: after a label that names the code; group 2: after `cid` alone.
 */
const CVV_LABELLED = new RegExp(
  `(?:(?<![/\\\\])\\b|%5B)(?:(?:${CARD_PREFIX}?(?:${SHORT_CVV})${CVV_SUFFIX}|${CARD_PREFIX}?(?:${SPELLED_CVV})|${CARD_PREFIX}cid${CVV_SUFFIX}|${CARD_CODE}|${SPANISH_CVV})\\b${TO_VALUE}(\\d{3,4})|cid${CVV_SUFFIX}\\b${TO_VALUE}(\\d{3,4}))${VALUE_END}`,
  'gi',
);

// `-` and the dashes word processors put for it (U+2010-U+2014, U+2212), inside a character class.
const DASHES = '\\u2010-\\u2014\\u2212-';

// Between a card number, its expiry date and the code: spaces, or one `|`, `,` or `;` (dumps, CSV rows).
const GAP = '(?:[ \\t]{1,3}|[ \\t]{0,3}[|,;][ \\t]{0,3})';
// An expiry date, MM/YY or MM/YYYY (or `|`, `-`), maybe after `exp`.
const EXPIRY = `(?:exp(?:iry|ires|iration)?\\.?:?[ \\t]{0,2})?(?:0[1-9]|1[0-2])[ \\t]?[/|${DASHES}][ \\t]?(?:20)?\\d{2}`;

/** Three or four bare digits after a card number and its expiry date (`4111 1111 1111 1111 12/27 123`). */
const CVV_AFTER_CARD = new RegExp(
  `\\b[2-6]\\d{3}(?:[ ${DASHES}]?\\d){9,15}${GAP}${EXPIRY}${GAP}(\\d{3,4})${VALUE_END}`,
  'gi',
);

/** The card number (groups of digits) and the expiry date that end the text before a code. */
const CARD_AND_EXPIRY_BEFORE = new RegExp(
  `(?<![\\w.${DASHES}])((?:\\d{1,19}[ ${DASHES}]){0,18}\\d{1,19})${GAP}${EXPIRY}${GAP}$`,
  'i',
);

/**
 * A PIN after its label, as key / value (`PIN: 4821`, `"pin": "4821"`, `card_pin=4821`) or in prose (`your PIN is
 * 4821`, `pin code 4821`, `NIP: 4821`, `PIN de la tarjeta: 4821`). Not `pinned`, `spin`, `pin_count` or
 * `PIN_LENGTH`: the label is a whole word, or joined to `code` / `number`.
 */
const PIN_LABELLED = new RegExp(
  `(?:(?<![/\\\\])\\b|%5B)(?:(?:card|atm|debit|bank)[ _.-]?)?(?:pin|nip)(?:[ _-]?(?:code|number))?\\b${TO_PIN}(\\d{4,6})${VALUE_END}`,
  'gi',
);

// Column headers (as csv-header's columnName spells them, lower-cased) of card verification codes and PINs.
const CVV_COLUMN =
  /^(?:(?:(?:credit )?card |cc )?(?:cvv2?|cvc2?|cvn2?|ccv|csc|security code|verification (?:value|code|number))(?: (?:code|number))?|(?:credit )?card cid|cc cid|c[oó]digo (?:de seguridad|cvv2?|cvc2?)|(?:cvv2?|cvc2?|csc)\/(?:cvv2?|cvc2?|csc|cid))$/;
const PIN_COLUMN = /^(?:(?:card|atm|debit|bank) )?(?:pin|nip)(?: ?(?:code|number))?$/;
// Words every header CVV_COLUMN / PIN_COLUMN accepts holds, as the text spells it (cardCvv, SECURITY_CODE).
const CVV_HEADER_WORDS = /cvv|cvc|cvn|ccv|csc|cid|security|seguridad|verification/gi;
const PIN_HEADER_WORDS = /pin|nip/gi;
// `PIN code` is also India's postal code (six digits).
const POSTAL_PIN_COLUMN = /pin ?code$/;

// `'`, `"`, `]`, space, tab: what may stand between a label and its value besides a connector.
const PADDING = new Set([39, 34, 93, 32, 9]);

/**
 * The word right before the value and where it starts, when only white space, quotes or a bracket separate them
 * (`CSC 123`); undefined when a connector does (`:`, `=`, `#`, `|`, `is`, `(CVV)`).
 */
function bareLabelBefore(text: string, start: number): { word: string; from: number } | undefined {
  // Labels and the padding after them are short (the patterns allow a few characters of each).
  let index = start;
  while (index > 0 && start - index < 8 && PADDING.has(text.charCodeAt(index - 1))) index--;
  let from = index;
  while (from > 0 && index - from < 48 && /\w/.test(text[from - 1] as string)) from--;
  const word = text.slice(from, index);
  return word === '' || /^(?:is|was|es)$/i.test(word) ? undefined : { word, from };
}

/** Whether a card number (issuer range, Luhn, layout) ends the groups of digits `digits` at `from`. */
function endsWithCard(text: string, digits: string, from: number): boolean {
  // Digits in digits.slice(cut), counted once and kept as the cut moves on.
  let count = countDigits(digits);
  for (let cut = 0; cut < digits.length; cut++) {
    if (cut > 0) {
      const previous = digits.charCodeAt(cut - 1);
      if (previous >= 48 && previous <= 57) count--;
      if (!isCardSeparator(previous)) continue;
    }
    if (count < 13) return false;
    if (count > 19) continue;
    const card = digits.slice(cut);
    const verdict = creditCardRecognizer.validate?.(card, { text, start: from + cut, end: from + digits.length });
    if (verdict === true || (typeof verdict === 'number' && verdict >= 0.5)) return true;
  }
  return false;
}

/**
 * A code after a card number and its expiry date counts only when the card is one (the pattern does not check
 * it). `CSC`, `CCV`, `CVN` or `CID` alone with white space alone before the value is no label (`CSC 148` is a
 * computer science course); after `card` or `cc` it is. `card code` needs a connector (`cardCode: 123`): with
 * white space alone it is prose.
 */
function cardSecurityCodeVerdict(_value: string, match: MatchContext): ValidatorResult {
  const { text, start } = match;
  const from = Math.max(0, start - 128);
  const before = CARD_AND_EXPIRY_BEFORE.exec(text.slice(from, start));
  if (before !== null) return endsWithCard(text, before[1] as string, from + before.index);
  const bare = bareLabelBefore(text, start);
  if (bare === undefined) return true;
  if (/^(?:x_)?card[_-]?code$/i.test(bare.word)) return false;
  if (/^code$/i.test(bare.word)) return !/card[ -]$/i.test(text.slice(Math.max(0, bare.from - 5), bare.from));
  if (!/^(?:csc|ccv|cvn|cid)$/i.test(bare.word)) return true;
  return /(?:card|cc)[ .-]?$/i.test(text.slice(Math.max(0, bare.from - 5), bare.from));
}

/**
 * `pin 4821` in lower case may be a connector's pin or a map pin: with white space alone before the value, the
 * label must be `PIN` or `NIP` in capitals or a compound (`pin code`, `card pin`). Six digits after `PIN code` are
 * an Indian postal code (`PIN code of the office is 560001` too).
 */
function pinVerdict(value: string, match: MatchContext): ValidatorResult {
  const { text, start } = match;
  if (
    value.length === 6 &&
    /pin[ _-]?code["'\]]{0,2}(?:[ \t]{1,3}[a-z\u00e0-\u00fc]{1,16}){0,6}\s{0,3}(?:is|es|=>|:=|[:=#|])?\s{0,3}["']?$/i.test(
      text.slice(Math.max(0, start - 96), start),
    )
  )
    return false;
  const bare = bareLabelBefore(text, start);
  if (bare === undefined || !/^(?:pin|nip)$/i.test(bare.word) || bare.word === 'PIN' || bare.word === 'NIP')
    return true;
  return /(?:card|atm|debit|bank)[ _.-]?$/i.test(text.slice(Math.max(0, bare.from - 6), bare.from));
}

/** CARD_SECURITY_CODE: a card verification code (CVV2, CVC2, CID, CSC) after its label or a card and expiry. */
export const cardSecurityCodeRecognizer: Recognizer = {
  name: 'card-security-code',
  entity: 'CARD_SECURITY_CODE',
  category: 'FINANCIAL',
  patterns: [
    { regex: CVV_LABELLED, score: 0.85, group: 1 },
    { regex: CVV_LABELLED, score: 0.3, group: 2 },
    { regex: CVV_AFTER_CARD, score: 0.85, group: 1 },
  ],
  validate: cardSecurityCodeVerdict,
  // Lifts a code after `CID` alone (group 2) near a card word.
  context: {
    en: ['card', 'credit card', 'debit card', 'amex', 'american express', 'expiry', 'expiration'],
    es: ['tarjeta', 'vencimiento', 'caducidad'],
  },
  description:
    '3-4 digits after CVV/CVC/CID/CSC/security code/código de seguridad, or after a valid card and its expiry',
};

/** CARD_SECURITY_CODE in a table: a cell of 3-4 digits in a column headed CVV, CVC, security code, ... */
export const cardSecurityCodeColumnRecognizer: Recognizer = {
  name: 'card-security-code-column',
  entity: 'CARD_SECURITY_CODE',
  category: 'FINANCIAL',
  // The words of CVV_HEADER_WORDS: a text without them (most) skips the finder in the scan's one trigger search.
  caseInsensitiveTriggers: ['cvv', 'cvc', 'cvn', 'ccv', 'csc', 'cid', 'security', 'seguridad', 'verification'],
  find: (text) =>
    findColumnCells(
      text,
      CVV_HEADER_WORDS,
      (header, digits) => CVV_COLUMN.test(header) && (digits === '' || digits.length <= 4),
    ),
  description: 'cells of 3-4 digits in a CVV/CVC/security code column',
};

/** PIN: 4-6 digits after a PIN label (PIN, pin code, card PIN, NIP, PIN de la tarjeta). */
export const pinRecognizer: Recognizer = {
  name: 'pin',
  entity: 'PIN',
  category: 'FINANCIAL',
  patterns: [{ regex: PIN_LABELLED, score: 0.85, group: 1 }],
  validate: pinVerdict,
  description: '4-6 digits after PIN, pin code, card PIN, NIP or PIN de la tarjeta',
};

/** PIN in a table: a cell of 4-6 digits in a column headed PIN, pin code, NIP, ... */
export const pinColumnRecognizer: Recognizer = {
  name: 'pin-column',
  entity: 'PIN',
  category: 'FINANCIAL',
  caseInsensitiveTriggers: ['pin', 'nip'],
  find: (text) =>
    findColumnCells(
      text,
      PIN_HEADER_WORDS,
      (header, digits) =>
        PIN_COLUMN.test(header) &&
        (digits === '' || (digits.length >= 4 && !(digits.length === 6 && POSTAL_PIN_COLUMN.test(header)))),
    ),
  description: 'cells of 4-6 digits in a PIN column',
};
