import { foldKey } from './fold.js';

/** A word of the scanned text, as the local engine's rules see it. */
export interface Word {
  readonly start: number;
  readonly end: number;
  /** Folded form: lower case, no accents, `’` read as `'`. */
  readonly key: string;
  /** First letter upper case. */
  readonly cap: boolean;
  /** Every letter upper case (and more than one letter). */
  readonly upper: boolean;
  readonly dotAfter: boolean;
  /** First word of a sentence, a line or a quotation. */
  readonly opener: boolean;
}

/**
 * What a word is: a letter, then letters, marks and digits, with inner `'` / `’` and `-` joins. A possessive
 * `'s` is not part of the word, so `Maria's` yields `Maria`. {@link tokenize} reads ASCII words by hand and
 * gives this pattern every word that touches anything else, so its words are exactly this pattern's matches.
 */
export const WORD_PATTERN =
  /\p{L}[\p{L}\p{M}\p{Nd}]*(?:['’](?![sS](?!\p{L}))\p{L}[\p{L}\p{M}]*|-\p{L}[\p{L}\p{M}]*)*/gu;
const WORD_AT = new RegExp(WORD_PATTERN.source, 'uy');
const ASCII_WORD = /^[A-Za-z'-]+$/;

const APOSTROPHE = 39;
const HYPHEN = 45;
const DOT = 46;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * The words of `text` in order: the matches of {@link WORD_PATTERN}, with their keys and casing. Linear, one
 * pass; a word made of ASCII letters, digits, `'` and `-` only (the common case) costs no regex run.
 */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      if (!isAsciiLetter(code)) {
        at++;
        continue;
      }
      const end = asciiWordEnd(text, at);
      if (end > 0) {
        words.push(asciiWord(text, at, end));
        at = end;
        continue;
      }
    }
    // Anything else goes to the pattern itself: a word with a letter, mark or digit beyond ASCII, a curly
    // apostrophe, or a join whose next letter is not ASCII.
    WORD_AT.lastIndex = at;
    const match = WORD_AT.exec(text);
    if (match) {
      words.push(patternWord(text, at, match[0]));
      at = WORD_AT.lastIndex;
      continue;
    }
    // Not a word start: step one code point, as a global Unicode pattern does.
    const low = text.charCodeAt(at + 1);
    at += code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
  return words;
}

// Casing of the letters after the first, of the word `asciiWordEnd` read last (one pass over its characters).
let lowerAfterFirst = false;
let upperAfterFirst = false;

/** Reads one ASCII letter or digit run from `at`; returns where it stops. */
function readRun(text: string, from: number, digits: boolean): number {
  const length = text.length;
  let lower = false;
  let upper = false;
  let at = from;
  for (; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) upper = true;
    else if (!digits || code < 48 || code > 57) break;
  }
  if (lower) lowerAfterFirst = true;
  if (upper) upperAfterFirst = true;
  return at;
}

/**
 * End of the ASCII word starting at `start` (an ASCII letter), or -1 when a character beyond ASCII could
 * change the pattern's match (the pattern then reads the word).
 */
function asciiWordEnd(text: string, start: number): number {
  const length = text.length;
  lowerAfterFirst = false;
  upperAfterFirst = false;
  // `\p{L}[\p{L}\p{M}\p{Nd}]*`
  let at = readRun(text, start + 1, true);
  // `(?:['’](?![sS](?!\p{L}))\p{L}[\p{L}\p{M}]* | -\p{L}[\p{L}\p{M}]*)*`, greedy: nothing follows the group.
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code >= 128) return -1;
    if (code !== APOSTROPHE && code !== HYPHEN) return at;
    const next = text.charCodeAt(at + 1);
    if (next >= 128) return -1;
    if (!isAsciiLetter(next)) return at;
    if (code === APOSTROPHE && (next === 115 || next === 83)) {
      // `'s` joins only when a letter follows it (`Maria's` ends at `Maria`, `O'Sullivan` is one word).
      const after = text.charCodeAt(at + 2);
      if (after >= 128) return -1;
      if (!isAsciiLetter(after)) return at;
    }
    at = readRun(text, at + 1, false);
  }
  return at;
}

/** The word `[start, end)` that `asciiWordEnd` just read. */
function asciiWord(text: string, start: number, end: number): Word {
  const first = text.charCodeAt(start);
  const cap = first >= 65 && first <= 90;
  const word = text.slice(start, end);
  return {
    start,
    end,
    // ASCII needs no Unicode folding: its fold is its lower case (most words already are).
    key: cap || upperAfterFirst ? word.toLowerCase() : word,
    cap,
    upper: cap && end - start > 1 && !lowerAfterFirst,
    dotAfter: text.charCodeAt(end) === DOT,
    opener: isOpener(text, start),
  };
}

function patternWord(text: string, start: number, word: string): Word {
  const end = start + word.length;
  const first = word[0]!;
  const lower = word.toLowerCase();
  const cap = first !== first.toLowerCase();
  return {
    start,
    end,
    // Plain ASCII words need no Unicode normalisation.
    key: ASCII_WORD.test(word) ? lower : foldKey(word).replace(/’/g, "'"),
    cap,
    upper: cap && word.length > 1 && word === word.toUpperCase() && word !== lower,
    dotAfter: text.charCodeAt(end) === DOT,
    opener: isOpener(text, start),
  };
}

/** Characters after which a word opens a sentence, a line or a quotation (ASCII part, by code). */
const OPENS_ASCII = new Uint8Array(128);
for (const char of '.!?:;"(\n\r>[-*\'') OPENS_ASCII[char.charCodeAt(0)] = 1;
const OPENS_OTHER = new Set([...'“”«»•'].map((char) => char.charCodeAt(0)));

/** Only spaces and tabs separate `start` from the text's start or from a sentence, line or quote opener. */
function isOpener(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9) continue;
    return code < 128 ? OPENS_ASCII[code] === 1 : OPENS_OTHER.has(code);
  }
  return true;
}
