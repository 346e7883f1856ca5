import { readCsvHeader } from '../csv-header.js';
import type { Candidate, Recognizer } from '../recognizer.js';

// The key, optional closing quote, separator, optional opening quote, then the value (group 1). Bounded repeats.
const PASSWORD =
  /(?:\b|_)(?:password|passwd|passphrase|pwd|pass|db_pass|contraseña|contrasena|clave|senha|mot_de_passe)["']?(?:\s{0,4}(?:=|:|=>|:=)|\s{1,3}(?:is|was|es|era))\s{0,4}["']?([^\s"'`,;&<>]{3,512})/gi;
const SECRET =
  /(?:\b|_)(?:secret_access_key|secret_?key|secret|client_secret|api_?key|apikey|access_?key|access_?token|auth_?token|refresh_?token|session_?token|private_?key|signing_?key|master_?key|token|bearer)["']?\s{0,4}(?:=|:|=>|:=)\s{0,4}["']?([^\s"'`,;&<>]{8,4096})/gi;
const BEARER = /\bBearer\s{1,4}([A-Za-z0-9._~+/-]{16,2048}=*)/g;

/** Values that say something about a secret rather than being one: placeholders, and words such as `FAILED`. */
const NOT_SECRET_WORDS = new Set([
  'null',
  'none',
  'nil',
  'true',
  'false',
  'undefined',
  'redacted',
  'hidden',
  'xxx',
  'xxxx',
  'xxxxxx',
  'xxxxxxxx',
  'changeme?',
  '****',
  '******',
  '********',
  'password',
  'secret',
  'required',
  'optional',
  'string',
  'env',
  'str',
  // Words about a secret, not secrets: `pass: FAILED` in a test log, `token: expired`.
  'yes',
  'no',
  'ok',
  'passed',
  'failed',
  'pass',
  'fail',
  'success',
  'error',
  'valid',
  'invalid',
  'expired',
  'set',
  'unset',
  'empty',
  'n/a',
  'na',
  'changeme',
]);

/**
 * A placeholder or masked value (`none`, `********`, `xxxx`) or a word about a secret (`FAILED`, `expired`):
 * shared by the assignment patterns and the whole values of password and secret fields.
 */
export function placeholderSecret(value: string): boolean {
  return NOT_SECRET_WORDS.has(value.toLowerCase()) || /^[*x•.#-]+$/i.test(value);
}

/**
 * A reference to a value kept elsewhere, as config and code write one: `$DB_PASS`, `${DB_PASS}`, `$(cat f)`,
 * `%DB_PASS%`, `{{db_pass}}`, `$_POST[`, `$this->`, `process.env.PW`, `ENV[`, `os.getenv(`; or a bracketed
 * placeholder: `[REDACTED]`, `(hidden)`, `{password}`, Mask's `[PASSWORD_1]`. A value that merely starts with
 * `$` or `%` is no reference: `$uperS3cret!` and the URL-encoded `%24uperS3cret%21` are passwords.
 */
const REFERENCE =
  /^(?:\$\{[^}]*\}?|\$\([^)]*\)?|%\w+%|\$\$?[A-Za-z_]\w*(?:-|->.*|::.*|\[.*|\(.*|\.[A-Za-z_$].*)?|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}\}?|(?:process\.env|os\.environ|ENV\[|(?:os\.|System\.)?getenv\().*)$/i;

/** Values that are not secrets: placeholders, references, masked values, Mask's own tokens. */
function realValue(value: string): boolean {
  return !placeholderSecret(value) && !REFERENCE.test(value);
}

const PASSWORD_COLUMN = /^(?:password|passwd|pwd|pass|passphrase|contraseña|contrasena|clave|senha)$/i;

/** In a CSV/TSV table, every cell of a column headed "password" (or contraseña, ...): one pass over the lines. */
function* findPasswordColumn(text: string): Iterable<Candidate> {
  const header = readCsvHeader(text);
  if (header === undefined) return;
  const column = header.cells.findIndex((cell) => PASSWORD_COLUMN.test(cell.replace(/[ _-]+/g, '')));
  if (column === -1) return;
  const delimiter = header.delimiter.charCodeAt(0);
  let lineStart = text.indexOf('\n') + 1;
  while (lineStart > 0 && lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let index = 0;
    let cellStart = lineStart;
    let quoted = false;
    for (let position = lineStart; position <= lineEnd; position++) {
      const code = position < lineEnd ? text.charCodeAt(position) : delimiter;
      if (code === 34) quoted = !quoted;
      else if (code === delimiter && !quoted) {
        if (index === column) {
          let start = cellStart;
          let end = position;
          if (text.charCodeAt(end - 1) === 13) end--;
          if (text.charCodeAt(start) === 34 && text.charCodeAt(end - 1) === 34 && end - start >= 2) {
            start++;
            end--;
          }
          if (end - start >= 3 && realValue(text.slice(start, end))) yield { start, end, score: 0.85 };
          break;
        }
        index++;
        cellStart = position + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** PASSWORD: the value of a password assignment (`password=…`, `"password": "…"`, `contraseña: …`). */
export const passwordRecognizer: Recognizer = {
  name: 'password-assignment',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [{ regex: PASSWORD, score: 0.85, group: 1 }],
  find: findPasswordColumn,
  caseInsensitiveTriggers: ['pass', 'pwd', 'contrase', 'clave', 'senha', 'mot_de_passe'],
  // A bare lower-case word after the key reads as prose ("password: click the link"), unless lowered thresholds ask.
  validate: (value) => realValue(value) && (/^[a-z]+$/.test(value) ? 0.45 : true),
  description:
    'value assigned to password/passwd/pwd/contraseña/clave keys in config, JSON, URLs and logs; cells of a password column in CSV',
};

/** API_SECRET: the value of a secret/token/api_key assignment, or of a Bearer header. */
export const apiSecretRecognizer: Recognizer = {
  name: 'secret-assignment',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [
    { regex: SECRET, score: 0.75, group: 1 },
    { regex: BEARER, score: 0.8, group: 1 },
  ],
  caseInsensitiveTriggers: ['secret', 'key', 'token', 'bearer'],
  // A secret has entropy: letters and digits mixed; plain words ("token: expired") are not secrets.
  validate: (value) => realValue(value) && /\d/.test(value) && /[A-Za-z]/.test(value),
  description: 'value assigned to secret/api_key/token keys, Bearer credentials',
};
