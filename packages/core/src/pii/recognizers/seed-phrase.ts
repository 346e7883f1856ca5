import { hash } from 'node:crypto';
import { validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import type { Candidate, Recognizer } from '../recognizer.js';

// A BIP39 mnemonic (a wallet's seed phrase) is the wallet's master secret: 12, 15, 18, 21 or 24 words of the
// 2048-word English list, the last of which carries a checksum (4 to 8 bits of SHA-256 over the entropy the words
// spell). Its words are ordinary English (`seed`, `phrase`, `address`, `keep`, `please`, `test`, ...), so the
// recognizer is gated on the words people label a phrase with (see `caseInsensitiveTriggers` below), and a run of
// list words counts only when its checksum holds.

/** The English list's words and their indexes (the list comes from @scure/bip39, not from this file). */
const WORD_INDEX: ReadonlyMap<string, number> = new Map(wordlist.map((word, index) => [word, index]));

/** Mnemonic lengths in words, longest first (a 24-word phrase is tried before the 12 words it starts with). */
const COUNTS = [24, 21, 18, 15, 12] as const;
const SHORTEST = 12;
/** A longer run of list words is a word list (the BIP39 list itself, a dictionary), not a phrase. */
const LONGEST_RUN = 64;
/** Words before a phrase in the same run (`seed phrase abandon …`: both label words are list words). */
const LEADING_WORDS = 4;
/** Characters between two words: several spaces, a line break and indentation, a number and its `.`. */
const LONGEST_JOIN = 32;

const SCORE = 0.9;
/** Phrases of one text confirmed by validateMnemonic (see confirm). */
const CONFIRMED_PER_SCAN = 64;

/** Characters joining two words anywhere: white space, `,`, quotes, JSON array brackets, escapes, table bars. */
function isJoinCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 44 || // ,
    code === 34 || // "
    code === 39 || // '
    code === 96 || // `
    code === 91 || // [
    code === 93 || // ]
    code === 92 || // \
    code === 124 // |
  );
}

/** Characters that may follow a list number (`1.`, `2)`, `3:`, `4 -`). */
function isNumberMarkCode(code: number): boolean {
  return code === 46 || code === 41 || code === 58 || code === 45;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  const folded = code | 32;
  return folded >= 97 && folded <= 122;
}

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A character that glues a letter run into a longer word: a digit or `_` (letters are part of the run). */
function isGlueCode(code: number): boolean {
  return isDigitCode(code) || code === 95;
}

/**
 * The list index of the letters [start, end), written in lower case, in capitals or capitalized (BIP39's list is
 * lower case; wallets take a phrase in any case and people copy them out in capitals), or -1.
 */
function listIndex(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 3 || length > 8) return -1;
  let word = text.slice(start, end);
  if (isUpperCode(word.charCodeAt(1))) {
    if (word !== word.toUpperCase()) return -1;
    word = word.toLowerCase();
  } else if (isUpperCode(word.charCodeAt(0))) {
    const rest = word.slice(1);
    if (rest !== rest.toLowerCase()) return -1;
    word = word.toLowerCase();
  } else if (word !== word.toLowerCase()) {
    return -1;
  }
  return WORD_INDEX.get(word) ?? -1;
}

/**
 * Where the next word starts when the characters from `from` join two words of a phrase, else -1: join
 * characters, then maybe a list number of one or two digits with its marks (`abandon\n2. ability`,
 * `"abandon", "ability"`, `abandon 2) ability`), at most LONGEST_JOIN characters.
 */
function nextWordStart(text: string, from: number): number {
  const limit = Math.min(text.length, from + LONGEST_JOIN);
  let index = from;
  while (index < limit && isJoinCode(text.charCodeAt(index))) index++;
  if (index < limit && isDigitCode(text.charCodeAt(index))) {
    const digits = index;
    while (index < limit && isDigitCode(text.charCodeAt(index))) index++;
    if (index - digits > 2 || index === limit || isLetterCode(text.charCodeAt(index))) return -1;
    // Before the number, a join (`abandon 2.`); after it, a mark or a join (`2. `, `2) `, `2 - `).
    if (digits === from) return -1;
    while (index < limit && (isJoinCode(text.charCodeAt(index)) || isNumberMarkCode(text.charCodeAt(index)))) index++;
  }
  return index < limit && index > from && isLetterCode(text.charCodeAt(index)) ? index : -1;
}

/**
 * Whether the words of indexes [from, from + count) end in the checksum of the entropy they spell: the last word's
 * low count / 3 bits against the first bits of SHA-256 over the rest (BIP39's rule; about 1 µs). Only a candidate
 * that passes is handed to @scure/bip39's validateMnemonic, which decides (see phrasesInRun): that call costs about
 * 120 µs (it checks the whole 2048-word list each time), too dear for every window of every run of list words.
 */
function checksumHolds(indexes: readonly number[], from: number, count: number): boolean {
  const checksumBits = count / 3;
  const entropy = new Uint8Array(((count * 11 - checksumBits) / 8) | 0);
  let carry = 0;
  let held = 0;
  let position = 0;
  for (let word = from; word < from + count; word++) {
    carry = (carry << 11) | (indexes[word] as number);
    held += 11;
    while (held >= 8 && position < entropy.length) {
      held -= 8;
      entropy[position++] = (carry >>> held) & 0xff;
      carry &= (1 << held) - 1;
    }
  }
  // Left over: the checksum's `held` (= checksumBits) bits.
  const digest = hash('sha256', entropy, 'buffer');
  return (digest[0] as number) >>> (8 - checksumBits) === carry;
}

/**
 * validateMnemonic's verdict on a phrase whose checksum held, kept for the scan in `verdicts` (a text repeating a
 * phrase pays once). After CONFIRMED_PER_SCAN phrases, the checksum check stands alone: it is BIP39's rule, the
 * same verdict (the tests hold it to validateMnemonic's on thousands of runs), and a megabyte of distinct phrases
 * would cost the library about two seconds.
 */
function confirm(phrase: string, verdicts: Map<string, boolean>): boolean {
  const known = verdicts.get(phrase);
  if (known !== undefined) return known;
  if (verdicts.size >= CONFIRMED_PER_SCAN) return true;
  const verdict = validateMnemonic(phrase, wordlist);
  verdicts.set(phrase, verdict);
  return verdict;
}

/**
 * The phrases in one run of list words, each reported once, whole. A phrase may start after up to LEADING_WORDS
 * list words (`seed phrase abandon …`: the label's words are list words too) and be followed by more (`… about
 * keep it safe`); each window whose checksum holds is kept, longest first at each start, and overlapping windows
 * are joined into one span, so that a window shifted by a label word, valid by chance (one in 16 for 12 words),
 * cannot leave the phrase's last words out. A span is reported when validateMnemonic confirms one of its windows
 * (see confirm).
 */
function* phrasesInRun(
  indexes: readonly number[],
  words: readonly string[],
  starts: readonly number[],
  ends: readonly number[],
  verdicts: Map<string, boolean>,
): Iterable<Candidate> {
  const length = indexes.length;
  if (length < SHORTEST || length > LONGEST_RUN) return;
  // The span being built, in words: [spanFirst, spanEnd), and whether the library confirmed a window of it.
  let spanFirst = -1;
  let spanEnd = -1;
  let confirmed = false;
  // The last word a phrase may start at: LEADING_WORDS after the run's start or after the last phrase's end.
  let reach = LEADING_WORDS;
  for (let first = 0; first <= reach && first + SHORTEST <= length; first++) {
    for (const count of COUNTS) {
      const end = first + count;
      // A window ending within the span adds nothing to it.
      if (end > length || end <= spanEnd || !checksumHolds(indexes, first, count)) continue;
      if (first >= spanEnd) {
        if (confirmed) yield { start: starts[spanFirst] as number, end: ends[spanEnd - 1] as number, score: SCORE };
        spanFirst = first;
        confirmed = false;
      }
      spanEnd = end;
      if (!confirmed) confirmed = confirm(words.slice(first, end).join(' '), verdicts);
      reach = Math.max(reach, end + LEADING_WORDS);
      break;
    }
  }
  if (confirmed) yield { start: starts[spanFirst] as number, end: ends[spanEnd - 1] as number, score: SCORE };
}

/**
 * Runs of list words joined as phrases are written (see nextWordStart), each word a whole word (not glued to a
 * digit or `_`); each run's phrases (see phrasesInRun). Linear: each character is read once, a run of at most
 * LONGEST_RUN words costs at most five checksum checks per word, on at most 24 words each.
 */
export function* findSeedPhrases(text: string): Iterable<Candidate> {
  const indexes: number[] = [];
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Dropped with the scan: no phrase outlives it.
  const verdicts = new Map<string, boolean>();
  const length = text.length;
  let index = 0;
  // Where the next word of the current run must start (-1: none; a word elsewhere opens a new run).
  let expected = -1;
  while (index < length) {
    if (!isLetterCode(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < length && isLetterCode(text.charCodeAt(index))) index++;
    const end = index;
    const glued =
      (start > 0 && isGlueCode(text.charCodeAt(start - 1))) || (end < length && isGlueCode(text.charCodeAt(end)));
    const wordIndex = glued ? -1 : listIndex(text, start, end);
    if (start !== expected || wordIndex === -1) {
      if (indexes.length >= SHORTEST) yield* phrasesInRun(indexes, words, starts, ends, verdicts);
      indexes.length = 0;
      words.length = 0;
      starts.length = 0;
      ends.length = 0;
    }
    if (wordIndex === -1) {
      expected = -1;
      continue;
    }
    indexes.push(wordIndex);
    words.push(wordlist[wordIndex] as string);
    starts.push(start);
    ends.push(end);
    expected = nextWordStart(text, end);
  }
  if (indexes.length >= SHORTEST) yield* phrasesInRun(indexes, words, starts, ends, verdicts);
}

/**
 * CRYPTO_SEED_PHRASE: a BIP39 mnemonic (English list, 12-24 words, valid checksum), joined by spaces, line breaks,
 * commas, quotes (a JSON string or array) or as a numbered list, in a text that names it (see the triggers).
 */
export const seedPhraseRecognizer: Recognizer = {
  name: 'seed-phrase',
  entity: 'CRYPTO_SEED_PHRASE',
  category: 'SECRETS',
  find: findSeedPhrases,
  // The finder runs only on texts holding one of these: mnemonic (mnemónico, mnemotécnica), seed (seed phrase,
  // seed words, SEED_PHRASE), phrase (recovery, secret, backup phrase, passphrase), wallet, bip39, Spanish
  // semilla, frase (frase semilla, frase de recuperación), billetera, monedero; wallet makers whose phrases people
  // paste under the maker's name. Every scan without one costs nothing but the shared trigger search.
  caseInsensitiveTriggers: [
    'mnem',
    'seed',
    'phrase',
    'wallet',
    'bip39',
    'bip-39',
    'bip 39',
    'semilla',
    'frase',
    'billetera',
    'monedero',
    'metamask',
    'trezor',
  ],
  description:
    'a BIP39 mnemonic: 12, 15, 18, 21 or 24 words of the English list with a valid checksum (@scure/bip39), joined by spaces, line breaks, commas, quotes or list numbers, in a text naming a seed phrase, mnemonic or wallet',
};
