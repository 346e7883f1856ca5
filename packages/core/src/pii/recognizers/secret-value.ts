// What a value under a password or secret key must not be to count as one: a placeholder, a reference to a value
// kept elsewhere, or code. Shared by the assignment patterns, the key / value pairs, the command lines and the
// whole values of password and secret fields (field-context.ts).

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
  // Values masked on the way out: `PASSWORD: masked`, `"password": "FILTERED"` (Rails' filter, unbracketed).
  'masked',
  'omitted',
  'removed',
  'censored',
  'obscured',
  'withheld',
  'scrubbed',
  'sanitized',
  'sanitised',
  'filtered',
  'set',
  'unset',
  'empty',
  'n/a',
  'na',
  'changeme',
  // Signing schemes an `Authorization` header names before its fields (request-signature.ts reads the signature).
  'aws4-hmac-sha256',
  'goog4-hmac-sha256',
  'goog4-rsa-sha256',
  // "Password" in other languages: what an i18n file holds under a password key (`"password": "Passwort"`).
  'passwort',
  'kennwort',
  'contraseña',
  'contrasena',
  'clave',
  'senha',
  'palavra-passe',
  'wachtwoord',
  'parola',
  'hasło',
  'haslo',
  'heslo',
  'lösenord',
  'losenord',
  'passord',
  'lozinka',
  'geslo',
  'parool',
  'jelszo',
  'adgangskode',
  'salasana',
  'jelszó',
  'şifre',
  'sifre',
  'пароль',
  'パスワード',
  '密码',
  '密碼',
  '비밀번호',
]);

/**
 * A placeholder or masked value (`none`, `********`, `xxxx`) or a word about a secret (`FAILED`, `expired`):
 * shared by the assignment patterns and the whole values of password and secret fields.
 */
export function placeholderSecret(value: string): boolean {
  return NOT_SECRET_WORDS.has(value.toLowerCase()) || /^[*x•.#-]+$/i.test(value) || PLACEHOLDER.test(value);
}

/**
 * Words that describe or type a secret rather than set it, beyond the placeholders: what a bare word of letters
 * under an environment variable's key (`POSTGRES_PASSWORD: postgres`, read as a value) must not be. Type names
 * (`DB_PASSWORD: text`, `SecretStr`), words about the value (`missing`, `default`, `random`, `generated`,
 * `encrypted`, `sensitive`) and the placeholders READMEs write in one word (`yourpassword`, `placeholder`).
 */
const SECRET_DESCRIPTIONS = new Set([
  'text',
  'char',
  'varchar',
  'int',
  'integer',
  'number',
  'bool',
  'boolean',
  'bytes',
  'object',
  'any',
  'secretstr',
  'unknown',
  'missing',
  'blank',
  'default',
  'random',
  'generated',
  'auto',
  'prompt',
  'sensitive',
  'confidential',
  'private',
  'protected',
  'encrypted',
  'hashed',
  'secure',
  'placeholder',
  'example',
  'sample',
  'same',
  'see',
  'value',
]);

/** A placeholder, a word about a secret, a type name or a word that describes the value (see SECRET_DESCRIPTIONS). */
export function describesSecret(value: string): boolean {
  const lower = value.toLowerCase();
  return placeholderSecret(value) || SECRET_DESCRIPTIONS.has(lower) || lower.startsWith('your');
}

/**
 * Placeholders as READMEs and `.env.example` files write them (`your_password`, `your-db-password-here`,
 * `REPLACE_ME`, `<password>`), Terraform's `(sensitive value)`, and values masked in part (`****7f3a`,
 * `sk-...7f3a`, `sk_live_xxxxxxxx`): what is left shows nothing the source did not mean to show.
 */
const PLACEHOLDER =
  /^(?:your[_-].*|.*[_-]here|replace[_-]?me|change[_-]?me|todo|fixme|tbd|<[^<>]*>|\(sensitive.*)$|\*{4}|•{3}|\.{3}|…|x{6}/i;

/**
 * A reference to a value kept elsewhere, as config and code write one: `$DB_PASS`, `${DB_PASS}`, `$(cat f)`,
 * `%DB_PASS%`, `{{db_pass}}`, `$_POST[`, `$this->`, `process.env.PW`, `ENV[`, `os.getenv(`; or a bracketed
 * placeholder: `[REDACTED]`, `(hidden)`, `{password}`, Mask's `[PASSWORD_1]`; a secret store's or a template's
 * reference (`op://…`, `<%= … %>`, an ARN (`arn:aws:secretsmanager:…`, a KMS key's), `#{…}`, `__DB_PASSWORD__`, `%env(…)%`, `((…))`,
 * `@Microsoft.KeyVault(…)`, `vault:…`, `env:…`); an SQL bind parameter (`:password`, `@Password`), a file given
 * with `@` (`@password.txt`), a YAML tag (`!Ref`, `!vault`) or alias (`*db_password`). A value that merely starts
 * with `$` or `%` is no reference: `$uperS3cret!` and the URL-encoded `%24uperS3cret%21` are passwords.
 */
const REFERENCE =
  /^(?:op:\/\/.*|<%.*|arn:aws[\w-]*:.*|#\{.*|__\w+__|%env\(.*|\(\(.*|@Microsoft\.KeyVault\(.*|(?:vault|env|ref\+\w+):.*|[:@][A-Za-z_]+|@[\w./-]*\.(?:txt|json|pem|key|ya?ml)|!(?:Ref|Sub|GetAtt|ImportValue|Join|Select|Split|FindInMap|Base64|Cidr|GetAZs|If|vault|secret|env_var|include|encrypted|reference)|\*[A-Za-z_][A-Za-z_-]*|\$\{[^}]*\}?|\$\([^)]*\)?|%\w+%|\$\$?[A-Za-z_]\w*(?:-|->.*|::.*|\[.*|\(.*|\.[A-Za-z_$].*)?|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}\}?|(?:process\.env|os\.environ|ENV\[|(?:os\.|System\.)?getenv\().*)$/i;

/**
 * Code rather than a value, written with identifiers that hold no digit: a call or index whose brackets close at
 * the end or were cut off (`z.string().min(8)`, `VARCHAR(255)`, `tokens[0]`, `request.form[`,
 * `bcrypt.hashSync(req.body.password`), a member chain (`PropTypes.string.isRequired`), or a path of two or more
 * segments (`PWD=/home/runner/app`). A digit in the name keeps a value a value: `Company.Secret2024`,
 * `ya29.a0AfH6…` (OAuth), `Hunter2(x)`, `Summer(2023)!` and `/Secret123` are reported. Also code: optional chaining
 * and unwrapping (`body?.password`, `read_password()?`, `readLine()!!`), a name closing a call or a block
 * (`password: string)`, `cfg.Password}`), and a member chain's call, digits or not (`crypto.randomBytes(32)…`).
 */
const MEMBER = '(?:\\?\\.|\\.|->|::)';
const IDENTIFIERS = `[A-Za-z_$]+(?:${MEMBER}[A-Za-z_$]+)*`;
const CODE = new RegExp(
  `^(?:${IDENTIFIERS}[([](?:.*[)\\]]|[^)\\]]*)|${IDENTIFIERS}\\([A-Za-z_$.,\\s]*\\)[!?]{1,2}|[A-Za-z_$]+(?:${MEMBER}[A-Za-z_$]+)+[!?]{0,2}|${IDENTIFIERS}[!?]{0,2}[)\\]}]+[:;,]?|[A-Za-z_$][\\w$]*(?:${MEMBER}[A-Za-z_$][\\w$]*)+\\(.*|~?(?:\\/[\\w.@~-]+){2,}\\/?)$`,
);

/**
 * A variable that names the secret it holds, in camelCase or snake_case (`hashedPassword`, `db_pass`,
 * `userSecretKey`): code that passes the secret on (`{ email, password: hashedPassword }`), not the secret.
 */
const SECRET_VARIABLE =
  /^[a-z]+(?:[A-Z][a-z]+|_[a-z]+)*(?:Password|Passwd|Pwd|Pass|Passphrase|Secret|Token|Key|_password|_passwd|_pwd|_pass|_passphrase|_secret|_token|_key)$/;

/**
 * Words that speak of a password or a secret (`Forgot password?`, `The provided password is incorrect.`): a label
 * or a message, as i18n files hold under password keys. A passphrase of words is still a value
 * (`correct horse battery staple`).
 */
const LABEL =
  /^(?=.*\s)(?=.*(?:password|passwort|contrase|senha|mot de passe|wachtwoord|token|secret|api key))[\p{L}\s'’.,:;!?¿¡()-]+$/iu;

/** A validation rule (Laravel's `required|string|min:8|confirmed`) or a CSS colour (`#e11d48`). */
const RULE_OR_COLOUR =
  /^(?:(?=.*\b(?:required|nullable|sometimes|confirmed|string)\b)(?:[a-z_]+(?::[\w,.]+)?\|)+[a-z_]+(?::[\w,.]+)?|#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}))$/i;

/** Values that are not secrets: placeholders, references, code, masked values, Mask's own tokens. */
export function realValue(value: string): boolean {
  return (
    !placeholderSecret(value) &&
    !REFERENCE.test(value) &&
    !CODE.test(value) &&
    !SECRET_VARIABLE.test(value) &&
    // The dearer tests only where they can match: a label has a space, a rule a `|`, a colour a `#`.
    !(value.includes(' ') && LABEL.test(value)) &&
    !((value.includes('|') || value.charCodeAt(0) === 35) && RULE_OR_COLOUR.test(value))
  );
}
