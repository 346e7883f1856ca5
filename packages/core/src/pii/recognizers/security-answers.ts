import type { Candidate, Recognizer } from '../recognizer.js';

// The answer to a security question (knowledge-based authentication): `Security answer: Biscuit`, `Memorable word:
// sunflower`, `Security question: first pet's name? Answer: Biscuit`. Banks, telcos and help desks check a caller
// against it, so it is a credential like a password, and a CRM's or a ticket's text holds it in the clear. The
// value is anything (a pet's name, a street, a word), so only the label says what it is: the value runs to its
// closing quote, after `=` to white space or `&`, after `:` to the end of its line, 1 to 64 characters.

const LABEL =
  '(?:security|secret|challenge|kba)[ _-]?(?:question[ _-]?)?answer|answer[ _-]to[ _-](?:the[ _-])?security[ _-]question|' +
  'memorable[ _-](?:word|information|info|phrase|answer)|respuesta[ _-](?:de[ _-])?seguridad|respuesta[ _-]secreta|' +
  'respuesta[ _-]a[ _-]la[ _-]pregunta[ _-](?:de[ _-])?seguridad';
// After a security question on the same line or the next, a bare `Answer:` (`… pet's name? Answer: Biscuit`).
const ASKED =
  '(?:security|secret|challenge)[ _-]question[^\\n?]{0,120}\\?[^\\n]{0,4}\\n?[ \\t>*-]{0,4}(?:answer|respuesta|a)';
// The value: quoted (escaped quotes inside, as JSON writes them), after `=` up to white space or `&` (a query string, a
// form body), after `:` up to the line's end. Groups: double-quoted, single-quoted, after `=`, after `:`.
const QUOTED = `"((?:[^"\\\\\\n]|\\\\.){1,64})"|'([^'\\n]{1,64})'`;
const SECURITY_ANSWER = new RegExp(
  `(?<![A-Za-z])(?:${LABEL}|${ASKED})(?:["'])?[ \\t]{0,4}(?:[=:][ \\t]{0,4}(?:${QUOTED})|=[ \\t]{0,4}([^\\s"'&]{1,64})|:[ \\t]{0,4}([^\\s"'][^\\n]{0,63}))`,
  'gi',
);

/** What may end the answer's line after it, and is no part of it: a full stop or a bracket that closes. */
const CLOSING = /(?:\.|[)}\]]+)$/;

/** The answers under a security question's label. */
function* findSecurityAnswers(text: string): Iterable<Candidate> {
  SECURITY_ANSWER.lastIndex = 0;
  for (let match = SECURITY_ANSWER.exec(text); match !== null; match = SECURITY_ANSWER.exec(text)) {
    const quoted = match[1] ?? match[2];
    const raw = (quoted ?? match[3] ?? match[4]) as string;
    const value = quoted === undefined ? raw.trimEnd().replace(CLOSING, '') : raw;
    if (value.length === 0 || /^(?:\*+|x+|n\/?a|none|null|-+|\[[A-Z_]+_\d+\])$/i.test(value)) continue;
    const start = match.index + match[0].length - raw.length - (quoted === undefined ? 0 : 1);
    yield { start, end: start + value.length, score: 0.85 };
  }
}

/** PASSWORD: the answer to a security question (`Security answer: Biscuit`, `Memorable word: sunflower`). */
export const securityAnswerRecognizer: Recognizer = {
  name: 'security-answer',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [],
  find: findSecurityAnswers,
  caseInsensitiveTriggers: ['answer', 'memorable', 'respuesta'],
  description:
    'the answer to a security question after its label (`Security answer:`, `Memorable word:`, `Respuesta de seguridad:`, or `Answer:` after a security question), as PASSWORD',
};
