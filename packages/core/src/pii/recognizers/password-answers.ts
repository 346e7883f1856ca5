import { foldKey } from '../../ner/fold.js';
import { FIRST_NAME, LAST_NAME, loadLexicon } from '../../ner/lexicon.js';
import type { Candidate } from '../recognizer.js';

// A password asked for on one turn of a chat or a call and given on the next (`Agent: what's the new password?` then
// `User: it's Tr0ub4dor&3`): no key stands before the value, and it reached the model. The question holds a password
// word and ends its line with `?`; the next line opens with a speaker's label (a role or a name, see isSpeaker), a few
// words of reply (`it's`, `sure,`, `the new one is`) may come first, and the value is one run of 8-64 characters that
// mixes letters and digits, as passwords do and replies do not (`I forgot it`, `in my e-mail`).

const ANSWERED = new RegExp(
  '(?:password|passcode|passphrase|passwort|contraseña|contrasena|senha|mot de passe)[^\\n?]{0,60}\\?[ \\t]*\\r?\\n' +
    "[ \\t]*([A-Za-z][\\w .'()-]{0,24}):[ \\t]*" +
    "(?:(?:it'?s|it is|its|sure|yes|yeah|ok|okay|um|uh|the new one is|new one is|es|è|c'est)[ \\t,]+){0,3}" +
    '["\'“]?([^\\s"\'”]{8,64})',
  'gi',
);

/**
 * Whether a line's label names who speaks: a role a transcript gives (`User`, `Caller`, `Agent (Sam)`, `A`), or a
 * person's name of one to three capitalised words (`Maria`, `Jane Doe`); not a field's or a log's label (`Error`,
 * `Build`, `Reset it here`, `https`).
 */
function isSpeaker(label: string): boolean {
  const bare = label.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (SPEAKER_ROLES.has(bare.toLowerCase())) return true;
  if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(bare)) return false;
  const lexicon = loadLexicon();
  return bare.split(' ').some((word) => (lexicon.kinds(foldKey(word)) & (FIRST_NAME | LAST_NAME)) !== 0);
}

const SPEAKER_ROLES = new Set(
  (
    'a q user customer caller client agent me you support rep representative operator admin patient member guest ' +
    'cliente usuario usuária usuaria agente kunde kundin nutzer anrufer utilisateur appelant utente'
  ).split(' '),
);

/** What may end the reply's sentence after the value, and is no part of it. */
const CLOSING = /[.,!;:)]+$/;

/** The passwords given on the turn after a question about one. */
export function* findAnsweredPasswords(text: string): Iterable<Candidate> {
  if (!text.includes('?')) return;
  ANSWERED.lastIndex = 0;
  for (let match = ANSWERED.exec(text); match !== null; match = ANSWERED.exec(text)) {
    if (!isSpeaker(match[1] as string)) continue;
    const raw = match[2] as string;
    const value = raw.replace(CLOSING, '');
    if (value.length < 8 || !/\d/.test(value) || !/\p{L}/u.test(value)) continue;
    const start = match.index + match[0].length - raw.length;
    yield { start, end: start + value.length, score: 0.85 };
  }
}
