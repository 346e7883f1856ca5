import type { Recognizer } from '../recognizer.js';
import { keyNamesSecret } from './keyed-values.js';
import { realValue } from './secret-value.js';

// The literal a program falls back to when an environment variable is unset: `process.env.JWT_SECRET || '…'`,
// `import.meta.env.VITE_API_KEY ?? "…"`, `process.env['DB_PASSWORD'] || …` (JavaScript), `Deno.env.get('X') ?? '…'`,
// Ruby's `ENV.fetch('X', '…')` and `ENV['X'] || '…'`. Where the variable is unset the fallback is the secret in
// use, written in the source. (Python's `os.getenv('X', '…')` and `os.environ.get` are the call defaults the
// assignment patterns read.) The value is the quoted literal; the name is read again by the validator.
const JS_FALLBACK =
  /\b(?:process|import\.meta)\.env(?:\.[A-Za-z_$][\w$]{0,63}|\[[ \t]{0,4}(['"])[A-Za-z_$][\w$]{0,63}\1[ \t]{0,4}\])[ \t]{0,4}(?:\|\||\?\?)[ \t]{0,4}(['"`])((?:(?!\2)[^\n\\]){3,256})(?=\2)/g;
const DENO_RUBY_FALLBACK =
  /\b(?:Deno\.env\.get\([ \t]{0,4}(['"])[A-Za-z_]\w{0,63}\1[ \t]{0,4}\)[ \t]{0,4}(?:\|\||\?\?)|ENV\.fetch\([ \t]{0,4}(['"])[A-Za-z_]\w{0,63}\2[ \t]{0,4},|ENV\[[ \t]{0,4}(['"])[A-Za-z_]\w{0,63}\3[ \t]{0,4}\][ \t]{0,4}\|\|)[ \t]{0,4}(['"])((?:(?!\4)[^\n\\]){3,256})(?=\4)/g;

// The variable's name, read back from the text before the literal.
const NAME_BEFORE = /(?:\.env\.([\w$]+)|\[[ \t]*['"]([\w$]+)['"][ \t]*\]|\([ \t]*['"](\w+)['"])[^'"`]*['"`]$/;

/** The name of the variable whose fallback starts at `start`. */
function variableBefore(text: string, start: number): string {
  const match = NAME_BEFORE.exec(text.slice(Math.max(0, start - 160), start));
  return match === null ? '' : (match[1] ?? match[2] ?? match[3] ?? '');
}

const PATTERNS = [
  { regex: JS_FALLBACK, group: 3 },
  { regex: DENO_RUBY_FALLBACK, group: 5 },
];

/** PASSWORD: the fallback literal of an environment variable named for a password (`DB_PASSWORD`). */
export const envFallbackPasswordRecognizer: Recognizer = {
  name: 'env-fallback-password',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: PATTERNS.map((pattern) => ({ ...pattern, score: 0.85 })),
  validate: (value, match) => keyNamesSecret(variableBefore(match.text, match.start), 'password') && realValue(value),
  // No triggers: each pattern runs only at a `process`, `import`, `Deno` or `ENV` word run (pattern-starts.ts).
  description:
    "the fallback of process.env.X || '…' (also ??, import.meta.env, Deno.env.get, Ruby's ENV) when X names a password",
};

/** API_SECRET: the fallback literal of an environment variable named for a secret, letters and digits mixed. */
export const envFallbackSecretRecognizer: Recognizer = {
  name: 'env-fallback-secret',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: PATTERNS.map((pattern) => ({ ...pattern, score: 0.75 })),
  validate: (value, match) =>
    keyNamesSecret(variableBefore(match.text, match.start), 'secret') &&
    realValue(value) &&
    /\d/.test(value) &&
    /[A-Za-z]/.test(value),
  description:
    "the fallback of process.env.X || '…' (also ??, import.meta.env, Deno.env.get, Ruby's ENV) when X names a secret",
};
