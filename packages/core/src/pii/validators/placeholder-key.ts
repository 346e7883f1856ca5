import { notGlued } from './boundaries.js';

/** Characters at the end of a key that, all one character, make it a placeholder. */
const TAIL = 16;

/**
 * Whether a key ends in {@link TAIL} copies of one character, separators (`-` `_` `.` `/`) aside: `ghp_` followed by
 * 36 x's, `AKIA` followed by 16 X's, a Slack token of zeros and x's, as documentation and `.env.example` files write
 * them. A real key's random part does so with odds below 1e-25.
 */
export function placeholderTail(value: string): boolean {
  let seen = 0;
  let repeated = -1;
  for (let index = value.length - 1; index >= 0 && seen < TAIL; index--) {
    const code = value.charCodeAt(index);
    if (code === 45 || code === 95 || code === 46 || code === 47) continue;
    if (repeated === -1) repeated = code;
    else if (code !== repeated) return false;
    seen++;
  }
  return seen === TAIL;
}

/**
 * A key with a fixed prefix (`ghp_`, `sk_live_`, `AKIA`) that is not the tail of a longer word (no letter or digit
 * right before it) and not a placeholder.
 */
export function prefixedKey(value: string, match: { text: string; start: number }): boolean {
  const previous = match.start > 0 ? match.text.charCodeAt(match.start - 1) : -1;
  const glued =
    (previous >= 48 && previous <= 57) || (previous >= 65 && previous <= 90) || (previous >= 97 && previous <= 122);
  return !glued && !placeholderTail(value);
}

/** A key with a fixed prefix, glued to nothing on either side (see notGlued), that is not a placeholder. */
export function unglued(value: string, match: { text: string; start: number; end: number }): boolean {
  return notGlued(value, match) && !placeholderTail(value);
}
