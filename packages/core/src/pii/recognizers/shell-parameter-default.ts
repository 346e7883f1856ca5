import type { Recognizer } from '../recognizer.js';
import { keyNamesSecret } from './keyed-values.js';
import { realValue } from './secret-value.js';

/**
 * A shell parameter's default, as compose files, `.env` templates and entrypoint scripts write one:
 * `${POSTGRES_PASSWORD:-Xk9mQ2vL7pz}`, `${API_TOKEN:=ghx_…}` (`:-`, `:=`, `-`, `=`), and as Spring, Quarkus and
 * MicroProfile properties write one: `${DB_PASS:Xk9mQ2vL7pz}`, `${db.password:…}` (`:`). The variable is unset where the
 * default applies, so the default is the secret actually used, in the clear, while the assignment patterns read
 * the whole `${…}` as a reference to a value kept elsewhere. Group 1 the variable's name, group 2 the default:
 * up to `}`, without white space, quotes or another `$` (a nested `${A:-${B:-x}}` is read at its inner default).
 */
const SHELL_DEFAULT = /\$\{([A-Za-z_][A-Za-z0-9_.]{0,63})(?::[-=]?|[-=])(?![-=])([^\s}"'`$]{3,256})\}/g;

/** The variable name of the `${NAME:-` that ends right before `start`. */
function variableBefore(text: string, start: number): string {
  const open = text.lastIndexOf(`\${`, start);
  const name = text.slice(open + 2, start).replace(/(?::[-=]?|[-=])$/, '');
  return name;
}

/** PASSWORD: the default of a shell parameter whose name names a password (`${DB_PASSWORD:-…}`). */
export const shellDefaultPasswordRecognizer: Recognizer = {
  name: 'shell-default-password',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [{ regex: SHELL_DEFAULT, score: 0.85, group: 2 }],
  triggers: [`\${`],
  validate: (value, match) => keyNamesSecret(variableBefore(match.text, match.start), 'password') && realValue(value),
  description: `the default of \${NAME:-default} when NAME names a password (DB_PASSWORD, POSTGRES_PASSWORD)`,
};

/**
 * API_SECRET: the default of a shell parameter whose name names a secret (`${API_TOKEN:-…}`, `${JWT_SECRET:=…}`),
 * with letters and digits mixed as the assignment patterns ask.
 */
export const shellDefaultSecretRecognizer: Recognizer = {
  name: 'shell-default-secret',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: SHELL_DEFAULT, score: 0.75, group: 2 }],
  triggers: [`\${`],
  validate: (value, match) =>
    keyNamesSecret(variableBefore(match.text, match.start), 'secret') &&
    realValue(value) &&
    /\d/.test(value) &&
    /[A-Za-z]/.test(value),
  description: `the default of \${NAME:-default} when NAME names a secret (API_TOKEN, JWT_SECRET), letters and digits`,
};
