// Nigeria's two eleven-digit numbers of a person: the Bank Verification Number that NIBSS gives each bank customer,
// and the National Identification Number that NIMC enrols. Neither publishes a check digit, so eleven digits are
// all there is to read: each needs its word next to it (`BVN:`, `"nin":`), and its score without one stays below
// the threshold. The short words match whole (see compileContext): `nin` counts in `NIN:` and `nin_number`, not in
// `nine` or `running`.

import { compileContext, DEFAULT_CONTEXT_WINDOW } from '../context.js';
import type { ContextWords, MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame } from '../validators/checksums.js';

/** Below the threshold: reported only near a context word. */
const NEEDS_CONTEXT = 0.35;

const BVN_WORDS: ContextWords = {
  en: ['bvn', 'bank verification number'],
  es: ['bvn', 'número de verificación bancaria'],
};
const NIN_WORDS: ContextWords = {
  en: ['nin', 'national identification number', 'national identity number', 'nimc'],
  es: ['nin', 'nimc', 'número de identificación nacional'],
};

/** A recognizer's words in every language, as the scanner matches them, global (to find the last of them). */
function wordsRegex(words: ContextWords): RegExp {
  return new RegExp((compileContext(words, Object.keys(words)) as RegExp).source, 'gi');
}
const BVN_WORD = wordsRegex(BVN_WORDS);
const NIN_WORD = wordsRegex(NIN_WORDS);

/** Where the last match of `regex` in `text` ends, or -1. */
function lastWordEnd(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let end = -1;
  while (regex.exec(text) !== null) end = regex.lastIndex;
  return end;
}

/**
 * A Nigerian mobile number in its national form (NCC's 070, 080, 081, 090 and 091 ranges): eleven digits too, and
 * often written just before a BVN (`phone 08031234567, BVN 22…`), whose word then reads as its context after it.
 */
const MOBILE_NUMBER = /^0[789][01]/;

/**
 * A validator for eleven digits on their own (not one digit repeated: a form's filler), read as this recognizer's
 * unless the other's word is the nearer before them. Both numbers often stand on one line (`BVN: 22…, NIN: 12…`),
 * each within the other's context window and its label's reach, and neither has a check digit to tell them apart.
 * Only the candidate's own line is looked at: a table's header above names its columns, which the scanner reads.
 * A mobile number's shape is read only after the recognizer's own word.
 */
function elevenDigitsNearer(own: RegExp, other: RegExp) {
  return (value: string, match: MatchContext): ValidatorResult => {
    if (!/^\d{11}$/.test(value) || allSame(value) || !standsAlone(match.text, match.start, match.end)) return false;
    const window = match.text.slice(Math.max(0, match.start - DEFAULT_CONTEXT_WINDOW.before), match.start);
    const line = window.slice(window.lastIndexOf('\n') + 1);
    const ownEnd = lastWordEnd(own, line);
    if (ownEnd === -1 && MOBILE_NUMBER.test(value)) return false;
    return lastWordEnd(other, line) <= ownEnd;
  };
}

/** NG_BVN: Nigerian Bank Verification Number (NIBSS; Presidio has none). */
export const ngBvnRecognizer: Recognizer = {
  name: 'ng-bvn',
  entity: 'NG_BVN',
  category: 'FINANCIAL',
  patterns: [],
  digitRuns: [{ min: 11, max: 11, score: NEEDS_CONTEXT }],
  validate: elevenDigitsNearer(BVN_WORD, NIN_WORD),
  context: BVN_WORDS,
  // Without a check digit the validator rejects few runs, and it reads the text before each: context first.
  contextFirst: true,
  description: 'eleven digits, no check digit; a context word required',
};

/** NG_NIN: Nigerian National Identification Number (NIMC; Presidio has none). */
export const ngNinRecognizer: Recognizer = {
  name: 'ng-nin',
  entity: 'NG_NIN',
  category: 'IDENTITY_INTL',
  patterns: [],
  digitRuns: [{ min: 11, max: 11, score: NEEDS_CONTEXT }],
  validate: elevenDigitsNearer(NIN_WORD, BVN_WORD),
  context: NIN_WORDS,
  contextFirst: true,
  description: 'eleven digits, no check digit; a context word required',
};
