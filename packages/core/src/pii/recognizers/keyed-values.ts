import type { Candidate } from '../recognizer.js';
import { TextMemo } from '../text-memo.js';
import { QUOTED_OR_RUN } from './assignment-value.js';

/** The secrets a key can name: a password, or an API secret (token, key, client secret). */
export type SecretKind = 'password' | 'secret';

// The value of a pair (group 2), as the assignment patterns read it.
const VALUE = QUOTED_OR_RUN(3, 4096, 512);

// A `name` / `value` pair in JSON or YAML (group 1 the name): Kubernetes `env` lists as kubectl prints them, ECS
// task definitions, generic `"key": …, "value": …` lists, CloudFormation's `ParameterKey` / `ParameterValue`, AWS
// SSM's `"Name": "/prod/db/password", "Type": "SecureString", "Value": …` (up to two JSON members between), a
// Terraform plan's `+ name = …` / `+ value = …`. The value follows after a comma (and maybe a line break, as
// pretty-printed JSON has it) or on the next line.
const JSON_PAIR = new RegExp(
  `(?:(?:\\b|_)name|\\b(?:parameter_?)?key)["']?\\s{0,4}[:=]\\s{0,4}["']?([\\w./:-]{1,64})["']?[ \\t]{0,4}(?:,[ \\t]{0,4}(?:\\r?\\n)?|\\r?\\n)[ \\t]{0,16}(?:"\\w{1,32}"[ \\t]{0,4}:[ \\t]{0,4}(?:"[^"\\n]{0,64}"|true|false|null|\\d{1,16})[ \\t]{0,4},\\s{0,16}){0,2}[-+]?[ \\t]{0,4}["']?(?:parameter_?)?value["']?\\s{0,4}[:=]\\s{0,4}["']?${VALUE}`,
  'gi',
);

// The `name` or `key` and the `value` attributes of one tag (group 1 the name): .NET appSettings `<add
// key="DbPassword" value="…"/>`, Spring and Ant `<property name="password" value="…"/>`, Tomcat `<Environment>`,
// phpunit's `<server>`, a pre-filled `<input type="password">`; other attributes may come between. Or the tag's
// `<value>` element: .NET applicationSettings' `<setting name="DbPassword" …><value>…</value>`. A form's button
// (`<input name="change_password" value="Change password">`) and a template (`value="<%= @pw %>"`) are labels,
// not values (see labelLike). The tag's name is followed by white space: no way to split it twice.
const XML_PAIR = new RegExp(
  `<[\\w:.-]{1,32}(?=\\s)[^<>]{0,256}?\\b(?:name|key)\\s{0,4}=\\s{0,4}["']([\\w./:-]{1,64})["'](?:[^<>]{0,256}?\\bvalue\\s{0,4}=\\s{0,4}["']?|[^<>]{0,256}>\\s{0,16}<value>\\s{0,4})${VALUE}`,
  'gi',
);

// A Terraform output as `terraform output -json` prints it: the output's name as a key, then an object of its
// attributes in that command's order, `sensitive` and `type` before `value`
// (`"db_password": {"sensitive": true, "type": "string", "value": "…"}`).
const TERRAFORM_OUTPUT = new RegExp(
  `"([\\w.-]{1,64})"\\s{0,4}:\\s{0,4}\\{\\s{0,16}"sensitive"\\s{0,4}:\\s{0,4}(?:true|false)\\s{0,4},\\s{0,16}"type"\\s{0,4}:\\s{0,4}(?:"[\\w ]{0,32}"|\\[[^\\]\\n]{0,128}\\])\\s{0,4},\\s{0,16}"value"\\s{0,4}:\\s{0,4}"${VALUE}`,
  'g',
);

// A key whose object opens with its `value`: a state file's outputs (`"outputs": {"db_password": {"value": "…",
// "type": "string", "sensitive": true}}`), and any `"password": {"value": "…"}` of a form or a settings tree.
const VALUE_OBJECT = new RegExp(`"([\\w.-]{1,64})"\\s{0,4}:\\s{0,4}\\{\\s{0,16}"value"\\s{0,4}:\\s{0,4}"${VALUE}`, 'g');

const PAIRS = [JSON_PAIR, XML_PAIR, TERRAFORM_OUTPUT, VALUE_OBJECT];

/**
 * Words of a key name, lower-cased, without the trailing words of a form's second field or a version
 * (`password2`, `password_confirmation`, `passwordRepeat`, `new_password_v2`): `DB_PASSWORD`, `dbPassword`,
 * `DBPassword` and `password1` all end with `password`.
 */
function keyWords(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  // `password2`, `passwordNew2`: digits glued to the last word go first, then the trailing words.
  const unnumber = (): void => {
    const last = words.length - 1;
    if (last >= 0) words[last] = (words[last] as string).replace(/([a-z])\d+$/, '$1');
  };
  unnumber();
  while (words.length > 1 && TRAILING_WORDS.test(words[words.length - 1] as string)) words.pop();
  unnumber();
  return words;
}

const TRAILING_WORDS = /^(?:\d+|v\d*|confirm|confirmation|repeat|again|verify|verification|new|current|old)$/;

// The keywords also end a longer word (PGPASSWORD, DBPASS, githubtoken).
const PASSWORD_ENDINGS = ['password', 'passwd', 'passphrase', 'passcode', 'pass', 'pwd', 'psk'];
// Words that end in `pass` and name no password, and the shell's working directories.
const NOT_PASSWORDS = new Set([
  'bypass',
  'compass',
  'encompass',
  'overpass',
  'underpass',
  'trespass',
  'surpass',
  'oldpwd',
]);
// Words before a `pass` of their own that make it a pass of a process or a filter (`FirstPass`, `twoPass`,
// `HighPass`, `ProxyByPass`) or a ticket (`boardingPass`), not a password (`adminPass`, `DB_PASS`).
const NOT_PASSWORD_PASSES = new Set([
  'first',
  'second',
  'final',
  'single',
  'multi',
  'one',
  'two',
  'each',
  'high',
  'low',
  'band',
  'by',
  'all',
  'fast',
  'slow',
  // Passes of a renderer (`RENDER_PASS`, `shadowPass`).
  'render',
  'shadow',
  'depth',
  'blur',
  'geometry',
  'lighting',
  // Passes that let a person in (`boardingPass`, `season_pass`, `visitor pass`).
  'boarding',
  'bus',
  'day',
  'season',
  'transit',
  'visitor',
  'guest',
  'ski',
  'park',
  'rail',
  'metro',
  'festival',
  'event',
]);

/** Whether a field's words end with a `pass` that is no password (`firstPass`, `boardingPass`). */
export function passOfAnotherKind(words: readonly string[]): boolean {
  return words[words.length - 1] === 'pass' && NOT_PASSWORD_PASSES.has(words[words.length - 2] as string);
}
const SECRET_ENDINGS = [
  'secret',
  'token',
  'apikey',
  'secretkey',
  'accesskey',
  'privatekey',
  'signingkey',
  'masterkey',
  'encryptionkey',
  'subscriptionkey',
  'sharedkey',
  'functionskey',
  'credentials',
  'licensekey',
  'licencekey',
  'sessionid',
  'jwt',
];

/**
 * Whether a key names a secret of the kind: its last word is a password word (`DB_PASSWORD`, `adminPassword`,
 * `db_pass`, `userPwd`), or a secret word (`STRIPE_SECRET`, `GithubToken`, `ApiKey`, `SIGNING_KEY`).
 * Also `credentials`, `LICENSE_KEY`, `sessionId`, `jwt` and `GITHUB_PAT`.
 * `PasswordMinLength`, `DB_PASSWORD_FILE`, `CacheBypass` and `accessKeyId` name no secret.
 */
export function keyNamesSecret(name: string, kind: SecretKind): boolean {
  const words = keyWords(name);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (kind === 'password') {
    if (NOT_PASSWORDS.has(last) || (last === 'pwd' && words.length === 1)) return false;
    if (passOfAnotherKind(words)) return false;
    return PASSWORD_ENDINGS.some((ending) => last.endsWith(ending));
  }
  const lastTwo = words.length > 1 ? `${words[words.length - 2]}${last}` : last;
  // `pat` (a personal access token) only as a word of its own: `GITHUB_PAT`, not `compat`.
  return last === 'pat' || SECRET_ENDINGS.some((ending) => last.endsWith(ending) || lastTwo === ending);
}

/**
 * A label, message, placeholder or template rather than a secret:
 * - one token of letters and the punctuation of prose (`Never`, `Password:`, `Passwort!`, `Mot-de-passe`,
 *   `¿Contraseña?`, `パスワード：`); `P@ssw0rd` and `Welcome1` are values;
 * - words of letters with spaces between (`Change password`, `Mot de passe`), and three words or more of any
 *   kind (`%s is required`, `Password must be 8+ chars`, an i18n message); `Key abc123…` and `Tr0ub4dor &3` are
 *   values;
 * - a `<…>` placeholder or template, and the template and token syntaxes of web frameworks and deployment tools:
 *   Razor's `@Model.Password` and `@(…)`, Thymeleaf's `*{…}` and `[[…]]`, `#{…}` (JSF, Octopus, Azure
 *   DevOps), `__DB_PASSWORD__`, `@db.password@` (Maven), `&lt;…&gt;`, CloudFormation's `!Ref` and `!Sub`;
 * - blanks.
 * So a password of letters and punctuation alone (`Welcome!`, `correct-horse-battery-staple`) is missed in a
 * key / value pair, on purpose: i18n files hold many more labels under password keys.
 */
export function labelLike(value: string): boolean {
  const trimmed = value.trim();
  return (
    trimmed.length === 0 ||
    wordsAlone(trimmed) ||
    /\S\s+\S+\s+\S/.test(trimmed) ||
    /^(?:<.*>|&lt;.*|@\(.*|@[A-Za-z_]\w*(?:\??\.[A-Za-z_]\w*)+|[*#$]\{.*|\[\[.*|__\w+__|@[\w.]+@|!(?:Ref|Sub|GetAtt|ImportValue)\b.*)$/s.test(
      trimmed,
    )
  );
}

/** Words of letters and the punctuation of prose, with spaces between: `Never`, `Passwort!`, `Mot de passe`. */
export function wordsAlone(value: string): boolean {
  return WORDS_ALONE.test(value);
}

const WORDS_ALONE = /^[\p{L}\p{M}'’.,:：;!?¿¡…()-]+(?:\s+[\p{L}\p{M}'’.,:：;!?¿¡…()-]+)*$/u;

/**
 * Whether the text may hold a `value` key (`value`, `Value`, `VALUE`, `ParameterValue`): native searches, shared
 * by the password and secret finders of a scan (see TextMemo).
 */
const valueKeys = new TextMemo((text) => text.includes('alue') || text.includes('ALUE'));

// The `Key` / `Value` table HashiCorp Vault's CLI prints (`vault kv get`, `vault read`, `vault write`): a header
// line, a line of dashes, then a row per key, the value after two spaces or more, to the end of the line. A value
// of several lines (a certificate) leaves lines that are no row: they are passed over, up to the blank line that
// ends the table. Indented as a tool may print it.
const KEY_VALUE_TABLE = /^[ \t]{0,16}Key[ \t]{2,}Value[ \t]*\r?\n[ \t]{0,16}-{3}[ \t]{2,}-{5}[ \t]*\r?\n/gm;
const TABLE_ROW = /[ \t]{0,16}([^\s]{1,64})[ \t]{2,}(\S(?:[^\n]{0,4094}\S)?)[ \t]*\r?$/my;

// Rows Vault prints whose names say nothing of a secret but hold one: AppRole's `secret_id`.
const VAULT_SECRET_ROWS = new Set(['secret_id']);

/** The rows of each Key / Value table of the text: [name, value, where the value starts]. */
function* readKeyValueRows(text: string): Iterable<[string, string, number]> {
  KEY_VALUE_TABLE.lastIndex = 0;
  for (let header = KEY_VALUE_TABLE.exec(text); header !== null; header = KEY_VALUE_TABLE.exec(text)) {
    let lineStart = KEY_VALUE_TABLE.lastIndex;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      // The table ends at a blank line.
      let first = lineStart;
      while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
      if (first === lineEnd || (first === lineEnd - 1 && text.charCodeAt(first) === 13)) break;
      TABLE_ROW.lastIndex = lineStart;
      const row = TABLE_ROW.exec(text);
      if (row !== null) {
        const [line, name, value] = row as unknown as [string, string, string];
        // The value is the first non-space after the name's spaces.
        yield [name, value, row.index + line.indexOf(value, line.indexOf(name) + name.length)];
      }
      lineStart = lineEnd + 1;
    }
    KEY_VALUE_TABLE.lastIndex = Math.max(KEY_VALUE_TABLE.lastIndex, lineStart);
  }
}

/** The table rows of a text, read once for the password and the secret finders of a scan (see TextMemo). */
const keyValueRows = new TextMemo((text) => [...readKeyValueRows(text)]);

/**
 * The values of key / value pairs whose key names a secret of the kind, scored `score`: secrets of eight
 * characters or more, passwords of three or more. A finder rather than a pattern: only texts holding a `value`
 * key are searched (most texts with a password word hold none, long logs included).
 */
export function* findKeyedValues(text: string, kind: SecretKind, score: number): Iterable<Candidate> {
  if (!valueKeys.of(text)) return;
  const shortest = kind === 'secret' ? 8 : 3;
  // Each row's name read once (a long table repeats its names).
  const names = new Map<string, boolean>();
  for (const [name, value, start] of keyValueRows.of(text)) {
    if (value.length < shortest) continue;
    let named = names.get(name);
    if (named === undefined) {
      named = keyNamesSecret(name, kind) || (kind === 'secret' && VAULT_SECRET_ROWS.has(name));
      names.set(name, named);
    }
    if (!named || labelLike(value)) continue;
    yield { start, end: start + value.length, score };
  }
  for (const regex of PAIRS) {
    let position = 0;
    for (;;) {
      regex.lastIndex = position;
      const match = regex.exec(text);
      if (match === null) break;
      position = match.index + Math.max(1, match[0].length);
      const [whole, name, value] = match;
      if (name === undefined || value === undefined || value.length < shortest) continue;
      if (labelLike(value) || !keyNamesSecret(name, kind)) continue;
      // The value group ends the match.
      const end = match.index + whole.length;
      yield { start: end - value.length, end, score };
    }
  }
}
