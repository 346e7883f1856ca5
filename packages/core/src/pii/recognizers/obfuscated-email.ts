import type { Recognizer } from '../recognizer.js';

// E-mail addresses written to get past harvesters: `john dot doe at gmail dot com`, `jdoe[at]outlook[dot]com`,
// `ana (at) example (dot) org`. People write them in support chats, forum posts and signatures, and an agent's
// tool hands them on as they are; the EMAIL_ADDRESS recognizer reads only `@`. Reported as EMAIL_ADDRESS, spelled
// as written (a `[EMAIL_ADDRESS_n]` placeholder: no e-mail token has this shape).
//
// A bare ` at ` is everywhere in English (`available at amazon.com`, `look at example.com`), so with it the domain
// must be written out too (` dot `, `[dot]`); a bracketed `[at]` / `(at)` / `{at}` says what it is on its own. The
// top-level domain must be a common one, spelled out or after a dot.

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const LOCAL = `[A-Za-z0-9][A-Za-z0-9_%+-]{0,63}(?:(?:\\.| dot )[A-Za-z0-9_%+-]{1,63}){0,3}`;
const BRACKETED_AT = '[ \\t]?(?:\\[at\\]|\\(at\\)|\\{at\\}|<at>)[ \\t]?';
const SPELLED_DOT = '(?:[ \\t]?(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|<dot>)[ \\t]?| dot )';
const ANY_DOT = `(?:${SPELLED_DOT}|\\.)`;
const TLD =
  '(?:com|net|org|edu|gov|mil|int|io|co|info|biz|me|us|uk|ca|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|ie|ru|' +
  'jp|cn|in|au|nz|br|mx|ar|cl|za|ai|app|dev|xyz)';

/** `local[at]domain.tld` with any dots, or `local at domain dot tld` with a dot written out in the domain. */
const OBFUSCATED_EMAIL = new RegExp(
  `(?<![\\w.@%+-])${LOCAL}(?:${BRACKETED_AT}${LABEL}(?:${ANY_DOT}${LABEL}){0,3}${ANY_DOT}|` +
    ` at ${LABEL}(?:${ANY_DOT}${LABEL}){0,3}${SPELLED_DOT})${TLD}(?![\\w@]|\\.[A-Za-z])`,
  'gi',
);

/** EMAIL_ADDRESS written with `at` and `dot` for `@` and `.`. */
export const obfuscatedEmailRecognizer: Recognizer = {
  name: 'obfuscated-email',
  entity: 'EMAIL_ADDRESS',
  category: 'CONTACT',
  presidioEntity: 'EMAIL_ADDRESS',
  patterns: [{ regex: OBFUSCATED_EMAIL, score: 0.85 }],
  // Every match holds one of these (a bracketed `at` or a written-out `dot`).
  caseInsensitiveTriggers: ['at]', 'at)', 'at}', 'at>', 'dot '],
  description:
    'an e-mail address with `at` and `dot` written for `@` and `.` (john dot doe at gmail dot com, jdoe[at]outlook[dot]com)',
};
