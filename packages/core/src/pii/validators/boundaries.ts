// Boundary checks done in code rather than with lookbehind: cheaper per position and never backtracking.

/** ASCII letter or digit. */
export function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A validator: the match has no ASCII letter or digit right before or after it. */
export function notGlued(_value: string, match: { text: string; start: number; end: number }): boolean {
  const { text, start, end } = match;
  return !(start > 0 && isAlnum(text.charCodeAt(start - 1))) && !(end < text.length && isAlnum(text.charCodeAt(end)));
}

/**
 * True when the candidate [start, end) is not glued to more of the same run: the character before is not
 * one of `before`, and the character after is not one of `after` (checked as a digit/letter/char set).
 */
export function standsAlone(text: string, start: number, end: number, glue = '.-_/'): boolean {
  const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
  const next = end < text.length ? text.charCodeAt(end) : -1;
  if (
    previous !== -1 &&
    (isAlnum(previous) || glue.includes(String.fromCharCode(previous))) &&
    !isSentenceDot(text, start - 1, previous)
  ) {
    return false;
  }
  if (next !== -1 && (isAlnum(next) || (glue.includes(String.fromCharCode(next)) && isAlnumAt(text, end + 1)))) {
    return false;
  }
  return true;
}

function isAlnumAt(text: string, index: number): boolean {
  return index < text.length && isAlnum(text.charCodeAt(index));
}

// A '.' before a candidate is glue only when an alphanumeric precedes it ("1.2.3.4" inside "v1.2.3.4.5").
function isSentenceDot(text: string, index: number, code: number): boolean {
  return code === 46 && (index === 0 || !isAlnum(text.charCodeAt(index - 1)));
}

/** JavaScript's `\s`, by code unit. */
export function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/** The value of a hex digit's code (either case), or -1. */
export function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
