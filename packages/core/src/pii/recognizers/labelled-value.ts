// A value that counts as an identifier only where a label names it: medical record numbers, health plan member
// numbers, licence plates have no checksum, so a bare number is never one. One way to read `label value` for them all.

/**
 * A value (group 1) after its label, as key / value (`"mrn": "A1234567"`, `mrn=…`, `<MRN>…</MRN>`, `| MRN |
 * A1234567`) or in prose (`MRN 00123456`, `MRN #: 00123456`). The label is a whole word, not in a path (`/api/mrn`),
 * and may be followed by `mark` (`#` unless given: `Policy # P1234567`, `afiliado nº 12345678`). With `verb`, a
 * sentence's verb may stand for the sign (`my student number is 990482117`, `mi número es …`). The value ends where
 * its word ends: not a decimal, a time or a date (`MRN 1234.5`, `12:30`).
 */
export function labelledValue(label: string, value: string, mark = '#', verb = false): RegExp {
  const sign = `(?:=>|:=|[:=|]|>(?=${value}<))?[ \\t]{0,3}`;
  return new RegExp(
    `(?<![/\\\\])\\b(?:${label})(?:\\.|\\b)(?:[ \\t]{0,2}${mark})?(?:\\\\?["']|\\]){0,2}[ \\t]{0,3}` +
      `${verb ? `(?:(?:is|was|es)[ \\t]{1,3}|${sign})` : sign}\\\\?["']?(${value})(?![\\w%]|[.,:/-]\\d)`,
    'gi',
  );
}

/**
 * The spellings of a label of two words for a recognizer's triggers: the words joined by a space, `_`, `-` or
 * nothing (`global entry`, `global_entry`, `global-entry`, `globalentry`), as `[ _-]?` joins them in its regex.
 */
export function joinings(label: string): string[] {
  return [' ', '_', '-', ''].map((joint) => label.replace(' ', joint));
}

/** The words that make a label a number's (`student id`, `loan number`, `Member No.`), as a regex's source. */
export const NUMBER_WORD = '(?:id|number|num|nbr|no)';

/** Years one after another (`2023 2024`, `2019-2020`): a span of time, no number a label names. */
export const YEARS = /^(?:(?:19|20)\d\d[ -]?)+$/;

/** A date written with dashes (`2019-04-01`, `04-01-2019`): what a labelled number's value must not be (`since:`). */
export const DASHED_DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/;
