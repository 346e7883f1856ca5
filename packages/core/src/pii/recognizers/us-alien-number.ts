import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { allSame } from '../validators/checksums.js';

// The Alien Registration Number (A-number, USCIS number) that USCIS gives a non-citizen: on a green card, an
// employment authorization card, every immigration form and notice. `A` and eight or nine digits, often grouped
// (`A212-845-309`, `A-212-845-309`, `A 212 845 309`), or the nine digits alone after `A#` (`A#: 212845309`). It has
// no published check digit and its shape is any nine digits', so only a number right after its label is read:
// `A-number`, `A#`, `alien (registration) number`, `USCIS number` / `USCIS #`, Spanish `número de (registro de)
// extranjero` and `número A…` (a value holding its `A`).

const A_NUMBER_LABEL = [
  'a(?:[ _-]?(?:number|num|nbr)|[_-]no\\.?)',
  'a(?=[ \\t]{0,2}#)',
  'alien[ _-]?(?:(?:registration|reg)(?:[ _-]?(?:number|num|nbr|no\\.?|id))?|(?:number|num|nbr|no\\.?|id))',
  'uscis[ _-]?(?:number|num|nbr|no\\.?|id)?',
  'n[uú]mero[ _-]de[ _-](?:registro[ _-]de[ _-])?extranjero',
  'n[uú]mero(?=[ \\t]{1,2}a[ -]?\\d)',
].join('|');
// Maybe `A` (with a space or a dash), then eight or nine digits, bare or in three groups (`212-845-309`, `12 345 678`).
const A_NUMBER_VALUE = '(?:A[ -]?)?(?:\\d{8,9}|\\d{2,3}-\\d{3}-\\d{3}|\\d{2,3} \\d{3} \\d{3})';
/**
 * The value (group 1) after its label, as key / value (`"a_number": "A212845309"`, `A#: 212845309`) or in prose
 * (`my A-number is A212-845-309`). The value ends where its word ends: not a decimal, a time or a longer number.
 */
const A_NUMBER_LABELLED = new RegExp(
  `(?<![/\\\\])\\b(?:${A_NUMBER_LABEL})(?:\\.|\\b)(?:[ \\t]{0,2}#)?(?:\\\\?["'])?[ \\t]{0,3}` +
    `(?:(?:is|was|es)[ \\t]{1,3}|(?:=>|:=|[:=|])[ \\t]{0,3})?\\\\?["']?(${A_NUMBER_VALUE})(?![\\w%]|[.,:/-]\\d)`,
  'gi',
);

// `a number` in prose, written in lower case (`call a number 212845309`, `enter a number: 123456789`): the article, not
// the label. Its value must hold its `A` then (`my a number is A212845309`).
const ARTICLE_BEFORE = /(?<![\w-])a number[ \t]{0,3}(?:(?:is|was)[ \t]{1,3}|[:=][ \t]{0,3})?["']?$/;

/** Not one digit repeated (a form's filler); after the article `a number`, only a value with its `A`. */
function aNumberVerdict(value: string, match: MatchContext): ValidatorResult {
  const digits = value.replace(/\D/g, '');
  if (allSame(digits)) return false;
  if (/^a/i.test(value)) return true;
  return !ARTICLE_BEFORE.test(match.text.slice(Math.max(0, match.start - 24), match.start));
}

/** US_ALIEN_REGISTRATION_NUMBER: a USCIS A-number after its label (Presidio has none). */
export const usAlienNumberRecognizer: Recognizer = {
  name: 'us-alien-number',
  entity: 'US_ALIEN_REGISTRATION_NUMBER',
  category: 'IDENTITY_US',
  patterns: [{ regex: A_NUMBER_LABELLED, score: 0.85, group: 1 }],
  validate: aNumberVerdict,
  // Every label holds one of these (`mero a` of número A, with or without its accent). Not `a n` or `a-n`: prose and
  // names hold them everywhere (`a new`, `data-name`).
  caseInsensitiveTriggers: [
    'a-num',
    'a-nbr',
    'a-no',
    'a_num',
    'a_nbr',
    'a_no',
    'a num',
    'a nbr',
    'anum',
    'anbr',
    'a#',
    'a #',
    'alien',
    'uscis',
    'extranjero',
    'mero a',
  ],
  description:
    'A and 8-9 digits (A212-845-309), or 9 digits, right after A-number, A#, alien (registration) number, USCIS number or número de extranjero',
};
