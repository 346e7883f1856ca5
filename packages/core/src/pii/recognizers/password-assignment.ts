import { cellText, findColumnCells, isCellChar } from '../column-cells.js';
import type { Candidate, MatchContext, Recognizer } from '../recognizer.js';
import { AMPERSAND_IN_VALUE, QUOTED, QUOTED_OR_RUN } from './assignment-value.js';
import { findCookieValues } from './cookie-header.js';
import { findKeyedValues, keyNamesSecret, passOfAnotherKind, wordsAlone } from './keyed-values.js';
import { findAnsweredPasswords } from './password-answers.js';
import { describesSecret, realValue } from './secret-value.js';

// A command-line flag's value after white space (`--password Xk9…`, `--api-key …`): the key ends a word that
// starts with `-` or `--` (not `--no-`), and the value is not another flag. Many such flags take no value
// (`psql --password mydb` asks for one), so passwordVerdict wants a value that looks like a secret. The same flag
// and value as items of an argument list: quoted and joined by a comma (`["--password", "Xk9…"]`, JSON or
// Python), or on consecutive lines of a YAML list (`- --password` / `- Xk9…`, a container's `args`).
const FLAG_SEPARATOR = `(?<=(?:^|\\s)--?(?!-|no-)[\\w-]{1,64})[ \\t]{1,8}(?![\\s-])|(?<=["']--?(?!-|no-)[\\w-]{1,64}["'])[ \\t]{0,4},\\s{0,16}(?=["'][^-])|(?<=(?:^|\\n)[ \\t]{0,16}-[ \\t]{1,4}["']?--?(?!-|no-)[\\w-]{1,64}["']?)[ \\t]{0,4}\\r?\\n[ \\t]{0,16}-[ \\t]{1,4}(?=[^\\s-])`;

// A key padded to the longest of its block before its sign, as PowerShell's Format-List prints an object
// (`Password          : …`) and aligned config files write one (`'password'      => …`, `db_password     = …`).
const ALIGNED_SEPARATOR = `[ \\t]{5,40}(?:=>|[=:])`;

// The value cell of a two-column markdown table row whose key cell opens the line (`| password | Xk9… |`,
// `| **api_key** | sk_… |`, `` | `DB_PASSWORD` | … | ``, `| **Password:** | … |`, in a blockquote too): group 1, the
// cell's content without its padding (up to 64 spaces before, 256 after: a column as wide as its longest value),
// emphasis, backquotes or quotes (an escaped `\|` belongs to the cell), followed by the closing `|` or the line's end.
const TABLE_VALUE = `(?<=(?:^|\\n)[ \\t]{0,16}(?:>[ \\t]{0,4})?\\|[^|\\n]{1,64})[ \\t]{0,4}:?(?:\\*{1,3}|_{1,2}|\`)?[ \\t]{0,8}:?[ \\t]{0,8}\\|[ \\t]{0,64}(?:\\*{1,3}|\`{1,2})?["']?([^|\\s"'\`*](?:(?:\\\\\\||[^|\\n]){0,4094}[^|\\s"'\`*])?)(?=["']?(?:\\*{1,3}|\`{1,2})?[ \\t]{0,256}(?:\\||\\r?\\n|$))`;

// A Java properties or Spark defaults line whose key and value are parted by white space alone
// (`spark.hadoop.fs.s3a.secret.key  wJal…`, `db.password Xk9…`): the key opens the line and holds a dot, and the
// value ends it (a table row, `db.password  Opaque  1  5d`, or a log line goes on).
const PROPERTY_SEPARATOR = `(?<=(?:^|\\n)[ \\t]{0,16}[\\w-]{1,64}\\.[\\w.-]{1,192})[ \\t]{1,8}(?![\\s=:#!])(?=[^\\s]{1,4096}[ \\t]{0,8}(?:\\r?\\n|$))`;

// The default of a lookup by key in code, or a PHP constant: the key in quotes as a call's first argument, then a
// comma before the quoted value (`define('DB_PASSWORD', '…')` in wp-config.php, Laravel's `env('DB_PASSWORD', '…')`,
// `os.getenv("API_KEY", "…")`, `os.environ.get(…)`, `ENV.fetch(…)`, `System.getProperty("db.password", "…")`,
// django-environ's and python-decouple's `default='…'`):
// where the variable is unset, the default is the secret in use.
const CALL_DEFAULT_SEPARATOR = `(?<=\\b(?:define|env|getenv|get|getOrDefault|getProperty|fetch|config)[ \\t]{0,4}\\([ \\t]{0,4}["'][\\w.:-]{1,64}["'])[ \\t]{0,4},[ \\t]{0,32}(?:default[ \\t]{0,4}=[ \\t]{0,4})?(?=["'])`;

// A declaration's type between the key and `=` (`SECRET_KEY: str = …` in pydantic settings, TypeScript's
// `const API_KEY: string = …`, Go's `var dbPassword string = …`, Rust's `let password: &str = …`): only a quoted
// literal is a value there (`token: str = Depends(oauth2_scheme)` and `password: string = this.form.value.x` are code).
const TYPED_SEPARATOR = `[ \\t]{0,4}(?::[ \\t]{0,4}|[ \\t])(?:&(?:'static[ \\t]{1,4})?)?(?:str|string|SecretStr|bytes|(?:Optional|Final|ClassVar)\\[str\\]|str[ \\t]{0,2}\\|[ \\t]{0,2}None|Option<String>)[ \\t]{0,4}=(?!=)[ \\t]{0,4}(?=\\\\?["'])`;

// A .netrc entry (`machine api.example.com login ana password Xk9…`, one line or one token per line, `default`
// for any host): the password after `login` and its value, `account` and `port` maybe around it, or right after
// a host name with a dot (`machine api.example.com password …`).
const NETRC_ENTRY = `(?:^|\\s)(?:(?:machine\\s{1,16}\\S{1,256}|default)(?:\\s{1,16}(?:account|port)\\s{1,16}\\S{1,256}){0,2}\\s{1,16}login\\s{1,16}\\S{1,256}(?:\\s{1,16}(?:account|port)\\s{1,16}\\S{1,256}){0,2}|machine\\s{1,16}[\\w-]{1,64}\\.[\\w.-]{1,190})\\s{1,16}password`;
const NETRC_SEPARATOR = `(?<=${NETRC_ENTRY})[ \\t]{1,8}`;
/** A .netrc entry ends right before the value (with its opening quote). */
const NETRC_BEFORE = new RegExp(`${NETRC_ENTRY}[ \\t]{1,8}["']?$`, 'i');

// A sentence's separator between a password word and its value: `is`, `was`, `es`, `era` (`is:` too, `is now`, `es
// ahora`), or `reset to`, `set to`, `changed to`, `updated to` (`was reset to`, `has been set to`).
const PROSE_VERB = `(?:(?:(?:is|was|has[ \\t]{1,3}been)[ \\t]{1,3})?(?:reset|set|changed|updated)[ \\t]{1,3}to|(?:is|was)[ \\t]{1,3}now|(?:es|era)[ \\t]{1,3}ahora|is|was|es|era|ist|lautet|est|è|é)(?![A-Za-z\\u00C0-\\u024F])(?:\\s{0,2}:)?`;
// Up to six words between a password word and the separator of a sentence (`The password for admin is …`, `password
// for admin: …`, `Su contraseña temporal es …`, `la contraseña del wifi de la oficina es …`): none of them a separator or a
// conjunction (`my password and my username is jdoe99` names no password), and none ending a sentence. Only after
// the words that name a password in prose: `pass` and `pw` name other things too (`boarding pass for flight …`).
const PROSE_WORD = `[ \\t]{1,3}(?!(?:is|was|es|era|and|or|but|nor|y|e|o|u|ni|pero)\\b)[^\\s:=]{0,31}[^\\s:=.,;!?]`;
// The first word must not make a compound that names another field (`password policy: …`, `password manager:
// 1Password`, `password length for admin is …`).
const PROSE_WORDS = `(?<=\\b(?:password|passphrase|passcode|passwd|pwd|contraseña|contrasena|clave|passwort|kennwort|wachtwoord|senha|mot de passe))(?![ \\t]{1,3}(?:policy|policies|length|strength|rules?|requirements?|complexity|expiry|expiration|age|history|format|field|hint|prompt|manager|reset|file|store|vault|type|mode|auth|authentication|protection|protected|change|changes|update|dialog|page|form|screen|link|email|mail)\\b)(?:${PROSE_WORD}){1,6}(?::|[ \\t]{1,3}${PROSE_VERB})`;
// The value after a sentence's separator: quoted whole, or a run without the full stop that ends the sentence
// (`Your password is Tmp-4471x.`).
const PROSE_VALUE = `(${QUOTED('"', 3, 512)}|${QUOTED("'", 3, 512)}|(?:[^\\s"'\`,;&<>]|${AMPERSAND_IN_VALUE}){2,511}[^\\s"'\`,;&<>.](?<!\\\\))`;

// A password right after its word with only a space between (`new password Summer2026!`, `login maria.s password
// Pa55word!`), as chat and tickets write one: only a value of 8-64 characters that mixes a letter, a digit and a
// symbol other than `_`, which no word, version, identifier or field name after `password` does (`password reset`,
// `password SHA-256`, `password v2.0.1-beta`, `password db_user1`). Group 4.
const BARE_VALUE = `(?<=\\b(?:password|passphrase|passcode|passwd|contraseña|contrasena))[ \\t]{1,2}(?!v?\\d+\\.\\d)((?=[^\\s]{0,63}\\d)(?=[^\\s]{0,63}[A-Za-z])(?=[^\\s]{0,63}[!@#$%^&*?~+=-])[^\\s"'\`,;<>]{7,63}[^\\s"'\`,;<>.])(?![^\\s.,;!?)])`;

// The words after a password key that name a form's second field, a version or a change (`password_confirmation`,
// `passwordConfirm`, `password2`, `DB_PASSWORD_V2`, `password_new`), as keyed-values.ts reads key names; no
// number after `pw` alone (`pw1` is a pulse width as often).
const KEY_SUFFIX =
  '(?:[_-]?(?:confirmation|confirm|repeat|again|verify|new|current|old|v\\d{1,2})|(?<!(?:^|[^a-z])pw)\\d{1,2})?';

// The key (the long ones also at the end of a longer name: PGPASSWORD, adminPassword; a short `pass` after a few
// prefixes, checked only where `pass` stands: DBPASS, PGPASS, SMTP_PASS), its suffixes (KEY_SUFFIX), an optional closing
// quote (escaped too), markdown bold or the bracket of a nested field before its separator (`user[password]=…`,
// `%5D` when URL-encoded; PHP's print_r `[password] => …`), the separator (`=`, `:`, `=>`, `>` of an XML tag, a
// flag's space), an optional opening quote, then the value on the same line (`Password:` then a new line
// is a prompt or a YAML mapping, not a value): group 2. Or a sentence (`is`, `is:`, `was reset to`, or a few words
// before `is` or `:`) and its value: group 3. Bounded repeats.
/** A password assignment after one of `keys` (an alternation): the separators, layouts and values below. */
const passwordAfter = (keys: string): RegExp =>
  new RegExp(
    `(?:${keys})${KEY_SUFFIX}(?:\\\\?["']\\]?|\\*\\*|\\](?=[ \\t]{0,4}(?:=>|[=:]))|%5D(?==|%3D))?(?:${TABLE_VALUE}|(?:${TYPED_SEPARATOR}|\\s{0,4}(?:=|:|=>|:=|>(?!\\s))|${ALIGNED_SEPARATOR}|${FLAG_SEPARATOR}|${NETRC_SEPARATOR}|${PROPERTY_SEPARATOR}|${CALL_DEFAULT_SEPARATOR})(?:\\*\\*)?[ \\t]{0,4}(?:\\\\?["'\`])?${QUOTED_OR_RUN(3, 512, 512)}|(?:\\s{1,3}${PROSE_VERB}|${PROSE_WORDS})(?:\\*\\*)?[ \\t]{0,4}(?:\\\\?["'\`])?${PROSE_VALUE}|${BARE_VALUE})`,
    'gi',
  );
const PASSWORD = passwordAfter(
  '(?:\\b|_)(?:password|passwd|passphrase|passcode|pwd|pw|psk|pass|contraseña|contrasena|clave|senha|mot[_ ]de[_ ]passe|passwort|passord)|pass(?:word|wd|phrase|code)|pass(?<=(?:\\b|_)(?:db|pg|admin|root|smtp|ftp|redis)_?pass)',
);
// German, Dutch, Danish, Finnish, Polish, Swedish and Turkish words that name a password without `pass` in them:
// their own recognizer, run only where one of them stands (in PASSWORD's full pass, their first letters cost the
// bench's log about half as much again as the pass before them).
const OTHER_LANGUAGE_PASSWORD = passwordAfter(
  '(?:\\b|_)(?:kennwort|wachtwoord|adgangskode|salasana|haslo|losenord)|(?<![A-Za-z\\u00C0-\\u024F])(?:şifre|lösenord)',
);
// The same for secret keys and Authorization headers, whose scheme (Basic, Token, ApiKey, Bearer) comes before the
// credentials. Only `bearer` needs a word start; `token` and the longer keys count at the end of any name
// (apiToken, GithubToken, csrftoken, webhookSecret, githubAccessToken, X-API-Key, Ocp-Apim-Subscription-Key,
// Azure Functions' x-functions-key),
// which is also the faster search.
// Each alternative costs the full pass about 0.1 ms per MB (bench/detect's log), so vendors' own names are left to
// their keys' prefixes (sk_live_, SG.) and generic names come in only where agents meet them (ENCRYPTION_KEY,
// AZURE_STORAGE_KEY, Supabase's SERVICE_ROLE_KEY, Airflow's FERNET_KEY, HMAC_KEY; not STORAGE_KEY, which
// names a localStorage entry).
// Two-word keys are also written with a space, as labels (`API Key: …`, `Secret Access Key: …`), or a dot, as Java
// and Hadoop properties (`app.secret.key=…`, `fs.s3a.secret.key`).
// Keys that name a credential without a secret word: `credentials`, `license_key` / `licenseKey`, `session_id` /
// `sessionId` (and `jwt`, `pat`: SHORT_KEY_SECRET below).
// What follows a secret's key: the separator (any layout above), an Authorization scheme, then the value (`value`:
// its pattern).
const secretTail = (value: string): string =>
  `(?:\\\\?["']\\]?|\\](?=[ \\t]{0,4}(?:=>|[=:]))|%5D(?==|%3D))?(?:${TABLE_VALUE}|(?:${TYPED_SEPARATOR}|\\s{0,4}(?:=|:|=>|:=)[ \\t]{0,4}|${ALIGNED_SEPARATOR}[ \\t]{0,4}|${FLAG_SEPARATOR}|${PROPERTY_SEPARATOR}|${CALL_DEFAULT_SEPARATOR})(?:\\\\?["'\`])?(?:(?:basic|token|apikey|api-key|bearer|ssws|key|bot|sharedkey|splunk|deepl-auth-key|klaviyo-api-key|zoho-oauthtoken)\\s{1,4})?${value})`;
const SECRET_TAIL = secretTail(QUOTED_OR_RUN(8, 4096, 512));
const SECRET = new RegExp(
  `(?:token|(?:\\b|_)bearer|secret[_ .-]access[_ .-]key|secret[_ .-]?key|secret[_ .-]?(?:string|binary)|secreto(?:[_ -](?:del?|de[_ -]la)[_ -](?:cliente|api|aplicaci[oó]n))?|secret|client[_ .-]secret|api[_ .-]?key|token[_ -]de[_ -](?:acceso|sesi[oó]n|actualizaci[oó]n|la[_ -]api|api)|apikey|access[_ .-]?key|access[_ .-]?token|auth[_ .-]?(?:token|key)|refresh[_ .-]?token|session[_ .-]?(?:token|id)|credentials|licen[cs]e[_ .-]?key|private[_ .-]?key|signing[_ .-]?key|master[_ .-]?key|subscription[_ .-]?key|functions[_ .-]?key|account[_ .-]?key|shared[_ .-]?access[_ .-]?key|shared[_ .-]?key|encryption[_ .-]?key|azure[_ .-]?storage[_ .-]?key|service[_ .-]?role[_ .-]?key|fernet[_ .-]?key|hmac[_ .-]?key|secret[_-]?key[_-]?base|app[_-]key|(?:proxy-)?authorization)${SECRET_TAIL}`,
  'gi',
);
// The three-letter keys `jwt` and `pat` (a personal access token), whole or as the last word of a snake_case name
// (`PAT=…`, `"jwt": …`, `GITHUB_PAT: …`, `x-jwt: …`), never the end of a longer word (`compat`, `expat`) nor the start
// of one (`path`, `pattern`). Not among SECRET's keys: a short key there made the full pass over the bench's log
// half as slow again; this regex runs only at a `jwt` or `pat` word run, or a run ending in `_jwt` or `_pat`.
// A value shaped as a JWT (`jwt=eyJ…`, as logs write one) is left to the JWT recognizer, which reads it whole: read here
// too, each cost a validation and an overlap for nothing (the bench's log holds one every 40 lines).
const SHORT_KEY_SECRET = new RegExp(
  `\\b(?:\\w{0,60}_)?(?:jwt|pat)${secretTail(`(?!eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{4,16384}\\.[A-Za-z0-9_-]{16})${QUOTED_OR_RUN(8, 4096, 512)}`)}`,
  'gi',
);
// A password glued to the MySQL clients' `-p` (`mysql -u root -pXk9mQ2vL7`; `-p` alone, or followed by a space,
// asks for one) later on the same command line (continued with `\\`, or as an exec-form list), and sshpass's `-p`.
// The client must be the command: not part of a path (`/var/lib/mysql -perm`) nor the argument of an option that
// names a user, unit, container or service (`journalctl -u mysql -pwarning`, `--name mysql -p3306:3306`). An
// unquoted value ends at white space, a quote, or a comma before a space or `]` (a list's next item); a `]` or
// backquote that closes the list or the command is not part of it. Case-sensitive: `-P` is the port.
const DASH_P_VALUE = `['"]?((?<=')[^'\\n]{3,128}(?=')|(?<=")[^"\\n]{3,128}(?=")|[^\\s'"<,-](?:[^\\s'",]|,(?=[^\\s\\]'"])){2,127}(?<![\\]\`]))`;
const MYSQL_PASSWORD = new RegExp(
  `(?<![\\w/.-])(?<!(?:^|\\s)(?:-[uc]|--(?:name|user|unit|container|service|image|hostname))[ \\t]{1,4})(?:mysql(?:dump|admin|check|import|pump|sh|binlog)?|mariadb)(?=[ \\t"',])(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?[ \\t"',]-p${DASH_P_VALUE}`,
  'g',
);
// sshpass's own options may come first, glued to their value or before it (`-v`, `-d 3`, `-P "Password:"`).
const SSHPASS_PASSWORD = new RegExp(
  `\\bsshpass(?:[ \\t]+-[a-oq-zA-Z][\\w=]{0,32}(?:[ \\t]+(?!-)(?:"[^"\\n]{0,32}"|'[^'\\n]{0,32}'|\\S{1,32}))?){0,4}[ \\t]+-p[ \\t]*${DASH_P_VALUE}`,
  'g',
);

/**
 * The secret recognizer's finds beyond its patterns: `name` / `value` pairs and cookie values. The scanner calls it
 * only where its word-run pass saw a `value`, `cookie` or `-b` run (pattern-starts.ts, FINDER_STARTS); each part
 * then checks the text for its key in one native search.
 */
function* findSecretValues(text: string): Iterable<Candidate> {
  yield* findKeyedValues(text, 'secret', 0.75);
  yield* findCookieValues(text, 0.75);
}

const BEARER = /\bBearer\s{1,4}([A-Za-z0-9._~+/-]{16,2048}=*)/g;

/** Whether the value at `start` (maybe after its opening quote) follows a command-line flag and white space. */
function afterFlag(text: string, start: number): boolean {
  let index = start - 1;
  if (index >= 0 && (text.charCodeAt(index) === 34 || text.charCodeAt(index) === 39)) index--;
  const spaces = index;
  while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index--;
  if (index === spaces) return false;
  return flagEndsAt(text, index);
}

/** Whether the value at `start` is the item after a flag in a quoted list (`["--password", "Xk9…"]`). */
function listItemAfterFlag(text: string, start: number): boolean {
  let index = start - 1;
  if (!(text.charCodeAt(index) === 34 || text.charCodeAt(index) === 39)) return false;
  index--;
  while (index >= 0 && /\s/.test(text[index] as string)) index--;
  if (text.charCodeAt(index) !== 44) return false;
  index--;
  while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index--;
  if (!(text.charCodeAt(index) === 34 || text.charCodeAt(index) === 39)) return false;
  return flagEndsAt(text, index - 1);
}

/** Whether a word starting with `-` ends at `index` (`--password`, `-client-secret`). */
function flagEndsAt(text: string, index: number): boolean {
  if (index < 0 || !/[\w-]/.test(text[index] as string)) return false;
  while (index > 0 && /[\w-]/.test(text[index - 1] as string)) index--;
  return text.charCodeAt(index) === 45;
}

/** The value follows `-p` as its own flag, glued or after a space (`-proot`, `-p'…'`, sshpass's `-p pw`). */
function afterDashP(text: string, start: number): boolean {
  let index = start - 1;
  if (text.charCodeAt(index) === 34 || text.charCodeAt(index) === 39) index--;
  while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index--;
  return text.charCodeAt(index) === 112 && text.charCodeAt(index - 1) === 45 && !flagEndsAt(text, index - 2);
}

/**
 * The verdict on a password value. After a flag, only what looks like a secret (see flagSecret): a flag such as
 * psql's `--password` takes no value (`--password mydb`), and help text puts a description or a metavariable
 * after it (`--password  Use password auth`, `--password PASSWORD`). After any other key, a bare lower-case word
 * reads as prose ("password: click the link", "password is incorrect."), unless lowered thresholds ask.
 * `iloveyou!` is a password, and so is anything given to `-p` (the MySQL clients', sshpass's).
 */
function passwordVerdict(value: string, text: string, start: number): boolean | number {
  if (!realValue(value)) return false;
  if (passKeyOfAnotherKind(text, start)) return false;
  if (afterDashP(text, start)) return true;
  if (afterFlag(text, start)) return flagSecret(value, text, start);
  if (listItemAfterFlag(text, start)) return listItemSecret(value, text, start) && proseVerdict(value);
  if (inTableCell(text, start)) return tableCellValue(value, text, start);
  // A .netrc entry's password is one whatever it looks like (`login root password toor`): looked up only for the
  // values prose would refuse.
  if (inSentence(text, start)) return sentenceSecret(value);
  if (sentenceAfter(value, text, start)) return 0.45;
  const prose = proseVerdict(value);
  return prose === true || inNetrcEntry(text, start) || envWord(value, text, start) ? true : prose;
}

/** A `pass` key's word before it, and what may stand between the key and its value (`boarding pass: `, `seasonPass=`). */
const PASS_KEY_BEFORE = /(?:^|[^A-Za-z])([A-Za-z]+)[ _-]?pass\\?["']?\s{0,4}(?:=>|:=|=|:)\s{0,4}\\?["']?$/i;

/** Whether the value at `start` follows a `pass` key that names a ticket or a process's pass (`boarding pass:`). */
function passKeyOfAnotherKind(text: string, start: number): boolean {
  // Most values follow another key: `pass` must end the key, a few separators before the value.
  let index = start - 1;
  while (index >= 0 && start - index <= 12 && !isLetter(text.charCodeAt(index))) index--;
  if (index < 3 || text.slice(index - 3, index + 1).toLowerCase() !== 'pass') return false;
  const word = PASS_KEY_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1];
  return word !== undefined && passOfAnotherKind([word.toLowerCase(), 'pass']);
}

/**
 * Whether the value at `start` ends a sentence that puts words or a `… to` verb between its password word and
 * it (`The password for admin is …`, `contraseña del usuario admin: …`, `pwd reset to …`; see PROSE_WORDS). Looked
 * up only after a `:` or a letter, where such a sentence can end.
 */
function inSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && SENTENCE_PADDING.has(text.charCodeAt(index))) index--;
  if (text.charCodeAt(index) === 58) {
    // `password: …`, `"password": …`: the key itself before the colon.
    index--;
    while (index >= 0 && SENTENCE_PADDING.has(text.charCodeAt(index))) index--;
    if (KEY_ENDS.test(text.slice(Math.max(0, index - 15), index + 1))) return false;
  } else {
    // `password is …` (read as before), or a verb after words (`… for admin is …`, `… reset to …`).
    let verbEnd = index + 1;
    while (index >= 0 && isLetter(text.charCodeAt(index))) index--;
    let verb = text.slice(index + 1, verbEnd).toLowerCase();
    if (verb === 'now' || verb === 'ahora') {
      // `is now …`, `es ahora …`: the verb before the adverb.
      while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index--;
      verbEnd = index + 1;
      while (index >= 0 && isLetter(text.charCodeAt(index))) index--;
      verb = text.slice(index + 1, verbEnd).toLowerCase();
    }
    if (verb === 'to') return SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 240), start));
    if (!SENTENCE_VERBS.has(verb)) return false;
    while (index >= 0 && /\s/.test(text[index] as string)) index--;
    if (KEY_ENDS.test(text.slice(Math.max(0, index - 15), index + 1))) return false;
  }
  return SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 240), start));
}

function isLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

const SENTENCE_VERBS = new Set(['is', 'was', 'es', 'era']);
// The end of a password key, before a colon or a verb.
const KEY_ENDS = /(?:password|passwd|passphrase|pwd|pw|pass|contraseña|contrasena|clave|senha|passe)$/i;

// Space, tab, `*` (markdown bold), `"`, `'`, `\`.
const SENTENCE_PADDING = new Set([32, 9, 42, 34, 39, 92]);
const SENTENCE_BEFORE = new RegExp(
  `(?:\\b(?:password|passphrase|passwd|pwd|contraseña|contrasena|clave)${PROSE_WORDS}|(?:\\b|_)(?:password|passwd|passphrase|pwd|pw|pass|db_pass|contraseña|contrasena|clave|senha|mot_de_passe)\\s{1,3}(?:(?:is|was|has[ \\t]{1,3}been)[ \\t]{1,3})?(?:reset|set|changed|updated)[ \\t]{1,3}to\\b(?:\\s{0,2}:)?)(?:\\*\\*)?[ \\t]{0,4}(?:\\\\?["'\`])?$`,
  'i',
);

/**
 * A value read from a sentence must look like a password: six characters or more, letters with a digit or a
 * symbol (a `!` or `?` that ends the sentence does not count), and no word (`stored`, `Vault-managed`), number,
 * version, unit, path, URL or e-mail address (`The password for admin is stored in Vault`, `… is 8-16 characters`).
 */
function sentenceSecret(value: string): boolean {
  const body = value.replace(/[!?]+$/, '');
  return (
    value.length >= 6 &&
    /\p{L}/u.test(body) &&
    (/\d/.test(body) || /[^\p{L}\p{N}\s'’-]/u.test(body)) &&
    !documentationCell(value) &&
    !pathOrOption(value) &&
    !/^[^@\s]+@[^@\s]+\.\w+$/.test(value) &&
    !DATE_OR_VERSION.test(value)
  );
}

/**
 * A word of letters under an environment variable's key (UPPER_SNAKE_CASE, the convention for them) set as
 * `.env` files, shells and docker-compose write it: `POSTGRES_PASSWORD=postgres`, `- DB_PASS=hunter`, `export
 * PGPASSWORD=postgres`, `PGPASSWORD=postgres psql …`, or compose's `POSTGRES_PASSWORD: postgres` with nothing but
 * a comment after it on the line. A value, not prose, unless it describes or types the secret (`hidden`, `masked`,
 * `string`, `required`; see describesSecret). `=` with spaces around it is code (`DB_PASSWORD = pwd`), and so is a
 * lower-case key (`password: string`).
 */
function envWord(value: string, text: string, start: number): boolean {
  if (!/^[A-Za-z]{3,64}$/.test(value) || describesSecret(value)) return false;
  let index = start - 1;
  const quote = text.charCodeAt(index);
  const quoted = quote === 34 || quote === 39;
  if (quoted) index--;
  const colon = text.charCodeAt(index) !== 61;
  if (!colon) index--;
  else {
    const spaces = index;
    while (index >= 0 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index--;
    if (index === spaces || text.charCodeAt(index) !== 58) return false;
    index--;
    if (text.charCodeAt(index) === 34 || text.charCodeAt(index) === 39) index--;
  }
  const keyEnd = index + 1;
  while (index >= 0 && /\w/.test(text[index] as string)) index--;
  const key = text.slice(index + 1, keyEnd);
  if (!ENV_KEY.test(key) || !keyNamesSecret(key, 'password')) return false;
  let end = start + value.length;
  if (quoted) {
    if (text.charCodeAt(end) !== quote) return false;
    end++;
  }
  if (!colon) return true;
  // YAML: the line ends after the value, or a comment follows it.
  const after = end;
  while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
  const next = text.charCodeAt(end);
  return end >= text.length || next === 10 || next === 13 || (next === 35 && end > after);
}

const ENV_KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** Whether the value at `start` opens a table cell: a `|` before it, past white space, bold, backquotes and quotes. */
function inTableCell(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && CELL_PADDING.has(text.charCodeAt(index))) index--;
  return text.charCodeAt(index) === 124;
}

// Space, tab, `*` (markdown bold), backquote, `"`, `'`.
const CELL_PADDING = new Set([32, 9, 42, 96, 34, 39]);

/**
 * The value cell of a table row whose key names a secret (see TABLE_VALUE). Tables document more often than they
 * hold secrets, so the cell must look like a value (see documentationCell): six characters or more with a letter
 * or a digit, no white space unless quoted (and then no prose after the closing quote).
 */
function tableCellValue(value: string, text: string, start: number): boolean {
  const quote = text.charCodeAt(start - 1);
  const quoted = QUOTES.has(quote);
  return (
    value.length >= 6 &&
    realValue(value) &&
    /[\p{L}\p{N}]/u.test(value) &&
    (quoted ? !value.includes(String.fromCharCode(quote)) : !/\s/.test(value)) &&
    value.charCodeAt(0) !== 45 &&
    !notValueShaped(value) &&
    !documentationCell(value)
  );
}

/**
 * What the second column of a documentation table holds: words and the punctuation of prose (`Text`, `Yes!`),
 * markup (`<password>`, links, `:white_check_mark:`, `&#10003;`, URLs, `#anchors`), numbers, versions, dates,
 * ranges and units (`8-64`, `8–64`, `1.4.0+`, `≥1.4`, `min:8`, `30d`, `5MB`, `100%`), lists of words
 * (`yes/no`, `string|null`, `text/plain`), a type with its size (`VARCHAR2(100)`), an algorithm or an encoding
 * (`sha256`, `argon2id`, `HS256`, `base64`, `utf8mb4`).
 */
function documentationCell(value: string): boolean {
  return (
    wordsAlone(value) ||
    /[<>]|\]\(|^\[|^:\w+:$|&#?\w+;|^\w+:\/\/|^#[a-z0-9-]+$/.test(value) ||
    /^(?:[v≥≤<>=~^]|min:?|max:?)*[\d.,:/ –~+-]+(?:-[\w.]+)?$/i.test(value) ||
    /^\d+(?:[.,]\d+)?\s?(?:%|[kmgt]i?b|chars?|characters|[smhdwy]|ms|min|hz|khz|px|em|rem)$/i.test(value) ||
    /^[\p{L}]+(?:\\?[/|][\p{L}]+)+$/u.test(value) ||
    /^\w+\(\d+(?:,\s?\d+)?\)$/.test(value) ||
    ALGORITHMS.test(value)
  );
}

// Names of hash, signature and encoding algorithms a table may list.
const ALGORITHM =
  '(?:sha-?\\d+|md5|bcrypt|scrypt|argon2(?:id|i|d)?|pbkdf2[\\w-]*|base64\\w*|base32|hex|utf-?8\\w*|utf-?16\\w*|ascii|latin-?1|[hrep]s\\d{3})';
const ALGORITHMS = new RegExp(`^${ALGORITHM}(?:\\s?[/|,]\\s?${ALGORITHM})*$`, 'i');

// `"`, `'`, backquote.
const QUOTES = new Set([34, 39, 96]);

/** Whether the value at `start` is the password of a .netrc entry (`machine host login ana password …`). */
function inNetrcEntry(text: string, start: number): boolean {
  return NETRC_BEFORE.test(text.slice(Math.max(0, start - 600), start));
}

/**
 * An unquoted capitalised word that a sentence goes on from (`Password: Must be at least 8 characters`,
 * `password: The password to use.` in a docstring): prose, below the threshold unless lowered.
 */
function sentenceAfter(value: string, text: string, start: number): boolean {
  if (!/^[A-Z][a-z]+$/.test(value) || QUOTES.has(text.charCodeAt(start - 1))) return false;
  return /^ [a-z]{2}/.test(text.slice(start + value.length, start + value.length + 3));
}

/** A bare lower-case word (with its full stop) reads as prose: below the threshold unless lowered. */
function proseVerdict(value: string): boolean | number {
  return /^[a-z]+\.?$/.test(value) ? 0.45 : true;
}

/**
 * A flag's value that looks like a secret (see passwordVerdict): quoted, or eight characters or more with letters
 * and digits and no white space, and no path, file name, option or metavariable (see notValueShaped).
 */
function flagSecret(value: string, text: string, start: number): boolean {
  const quote = text.charCodeAt(start - 1);
  if (quote === 34 || quote === 39) return true;
  return value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value) && !/\s/.test(value) && !notValueShaped(value);
}

/**
 * A flag's value as the next item of a list (`["--password", "Xk9…"]`): any item but one shaped like a path,
 * file name, option or metavariable, and none in a command-line parser's option definition
 * (`program.option('--token', 'GitHub token (v2 API)')`, `add_argument("--password", help=…)`).
 */
function listItemSecret(value: string, text: string, start: number): boolean {
  return !notValueShaped(value) && !OPTION_DEFINITION.test(text.slice(Math.max(0, start - 96), start));
}

/** A call that defines command-line options, before the flag: `.option(`, `add_argument(`, `Option(`, `flag(`. */
const OPTION_DEFINITION =
  /(?:option|add_argument|argument|flag|addOption|requiredOption)\(\s*["'][^"'\n]*["']\s*,\s*["']$/i;

/**
 * A path (`/run/…`, `./key`), a file name (`dump.sql`), an option (`id=npmrc2,src=…`) or a usage line's
 * metavariable in capitals (`PASSWORD1`, `TOKEN_V2`): not a secret after a flag.
 */
function notValueShaped(value: string): boolean {
  return pathOrOption(value) || /^[A-Z][A-Z0-9_-]*$/.test(value);
}

/** A path (`/run/…`, `./key`), a file name (`dump.sql`) or an option (`id=npmrc2,src=…`). */
function pathOrOption(value: string): boolean {
  return (
    /^(?:~|\.{1,2})?\/|\.(?:sql|txt|json|ya?ml|csv|gz|zip|tar|pem|key|crt|env|conf|cfg|ini|log|sh|py|js|ts)$/i.test(
      value,
    ) || /^[A-Za-z][\w.-]*=/.test(value)
  );
}

const PASSWORD_COLUMN = /^(?:password|passwd|pwd|pass|passphrase|contraseña|contrasena|clave|senha)$/i;

// Words every password column's header holds: a line without one is not read as its header.
const PASSWORD_HEADER_WORDS = /pass|pwd|contrase|clave|senha/gi;
// A password or secret column's header is looked for in a text's first 1,024 characters (a table after a line or a
// few of prose, a command or a prompt): these words stand in many lines of a log, and searching a long text for them
// made the 10 MB log of bench/detect 8% slower.
const HEADER_REACH = 1024;

/**
 * In a table (CSV/TSV, drawn, pipe or aligned with spaces), every cell of a column headed "password" (or
 * contraseña, ...), its header on the first line or a later one within HEADER_REACH: a table often comes after a
 * line of prose or a command (`Here is the export:`, `mysql> SELECT …`).
 */
function findPasswordColumn(text: string): Iterable<Candidate> {
  return findSecretCells(text, PASSWORD_HEADER_WORDS, PASSWORD_COLUMN, passwordCell, 0.85);
}

/**
 * The cells of the columns whose header (spaces removed) `column` matches, in a table whose header holds one of
 * `headerWords` and starts within HEADER_REACH, the cells `accepts` (given the lower-case header and the cell as
 * read), each without the padding on its right.
 */
function* findSecretCells(
  text: string,
  headerWords: RegExp,
  column: RegExp,
  accepts: (header: string, value: string) => boolean,
  score: number,
): Iterable<Candidate> {
  for (const cell of findColumnCells(
    text,
    headerWords,
    (header, value) => column.test(header.replaceAll(' ', '')) && (value === '' || accepts(header, cellText(value))),
    isCellChar,
    HEADER_REACH,
  )) {
    yield { start: cell.start, end: cell.start + cellText(text.slice(cell.start, cell.end)).length, score };
  }
}

/**
 * A password cell: three characters or more, a real value; under a bare `pass` header (a test summary's
 * `suite,pass,fail`) not a count or a share (`1204`, `98.5%`).
 */
function passwordCell(header: string, value: string): boolean {
  if (value.length < 3 || !realValue(value)) return false;
  return !(header === 'pass' && /^[\d.,]+%?$/.test(value));
}

/** PASSWORD: the value of a password assignment (`password=…`, `"password": "…"`, `contraseña: …`). */
export const passwordRecognizer: Recognizer = {
  name: 'password-assignment',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [
    // The value cell of a markdown table row (see TABLE_VALUE), then the value of any other layout.
    { regex: PASSWORD, score: 0.85, group: 1 },
    { regex: PASSWORD, score: 0.85, group: 2 },
    { regex: PASSWORD, score: 0.85, group: 3 },
    { regex: PASSWORD, score: 0.85, group: 4 },
    { regex: MYSQL_PASSWORD, score: 0.85, group: 1 },
    { regex: SSHPASS_PASSWORD, score: 0.85, group: 1 },
  ],
  find: function* (text) {
    yield* findPasswordColumn(text);
    yield* findKeyedValues(text, 'password', 0.85);
    yield* findAnsweredPasswords(text);
  },
  caseInsensitiveTriggers: ['pass', 'pw', 'psk', 'contrase', 'clave', 'senha', 'mysql', 'mariadb'],
  validate: (value, match) => passwordVerdict(value, match.text, match.start),
  description:
    'value assigned to password/passwd/pwd/contraseña/clave keys in config, JSON, URLs and logs; cells of a password column in CSV',
};

/**
 * PASSWORD under the words of other languages that hold no `pass` (`Kennwort:`, `wachtwoord=`, `Şifre:`). Polish
 * `hasło` only as written without its `ł` (`haslo`): the trigger walk reads ASCII words, and `has` alone is everywhere.
 */
export const otherLanguagePasswordRecognizer: Recognizer = {
  name: 'password-assignment-other-languages',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [1, 2, 3, 4].map((group) => ({ regex: OTHER_LANGUAGE_PASSWORD, score: 0.85, group })),
  // `senord` of `lösenord` and `losenord`, `ifre` of `şifre`: ASCII, so the trigger walk reads them.
  caseInsensitiveTriggers: ['kennwort', 'wachtwoord', 'adgangskode', 'salasana', 'haslo', 'senord', 'ifre'],
  validate: (value, match) => passwordVerdict(value, match.text, match.start),
  description:
    'value assigned to Kennwort, wachtwoord, adgangskode, salasana, haslo (written without its ł), lösenord and şifre keys, as PASSWORD: the same layouts',
};

/**
 * A date, a timestamp or a version number (`2024-03-14T10:00:00Z`, `v2.3.1-beta4`): what a field such as
 * `token:` or `API key:` holds when it reports about the secret (issued, expiring, which key version) rather than
 * the secret itself. Not applied to passwords, which may be dates.
 */
const DATE_OR_VERSION =
  /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?|v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][0-9A-Za-z.-]{1,32})?)$/;

/**
 * A label that names a key with a space (`API Key:`, `Private key =`), as prose and documentation write one: its
 * value must be 16 characters or longer, as keys are, since such labels also introduce descriptions
 * (`Private Key: 4096-bit`, `API Key: HMAC-SHA256`).
 */
const KEY_LABEL_BEFORE =
  /(?:api|access|private|signing|master|subscription|account|shared access|secret) key["']?\s{0,4}(?:=>|:=|=|:)\s{0,4}["']?$/i;

/**
 * A pagination key before the value (`next_page_token=`, `"nextPageToken": "`, `continuation_token: `,
 * `NextToken`, `syncToken`): its value is a cursor into a result list (often base64 JSON such as
 * `{"offset":100}`), which opens nothing.
 */
const PAGINATION_KEY_BEFORE =
  /(?:page|next|continuation|pagination|sync)[ _-]?token\\?["']?\s{0,4}[:=]\s{0,4}\\?["']?$/i;

/** A speaker named Pat in a chat transcript (`Pat: …`), not a personal access token's key. */
const PAT_SPEAKER_BEFORE = /(?:^|[^\w-])Pat:[ \t]{1,4}$/;

/** A secret has entropy: letters and digits mixed; plain words ("token: expired") are not secrets. */
function secretVerdict(value: string, match: MatchContext): boolean {
  return (
    realValue(value) &&
    /\d/.test(value) &&
    /[A-Za-z]/.test(value) &&
    !DATE_OR_VERSION.test(value) &&
    (value.length >= 16 || !KEY_LABEL_BEFORE.test(match.text.slice(Math.max(0, match.start - 40), match.start))) &&
    !PAGINATION_KEY_BEFORE.test(match.text.slice(Math.max(0, match.start - 40), match.start)) &&
    !PAT_SPEAKER_BEFORE.test(match.text.slice(Math.max(0, match.start - 8), match.start)) &&
    (afterFlag(match.text, match.start)
      ? flagSecret(value, match.text, match.start)
      : listItemAfterFlag(match.text, match.start)
        ? listItemSecret(value, match.text, match.start)
        : !inTableCell(match.text, match.start) ||
          (value.length >= 8 && tableCellValue(value, match.text, match.start)))
  );
}

/** API_SECRET: the value of a secret/token/api_key assignment, or of a Bearer header. */
export const apiSecretRecognizer: Recognizer = {
  name: 'secret-assignment',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [
    { regex: SECRET, score: 0.75, group: 1 },
    { regex: SECRET, score: 0.75, group: 2 },
    { regex: BEARER, score: 0.8, group: 1 },
  ],
  find: findSecretValues,
  // `-b ` is curl's cookie flag (see cookie-header.ts). `jwt`, `_pat` and `pat"` for the name / value pairs of those
  // keys (`{"name": "GITHUB_PAT", "value": …}`); `pat` alone opens `path` and `pattern`.
  caseInsensitiveTriggers: [
    'secret',
    'key',
    'token',
    'bearer',
    'authorization',
    'cookie',
    '-b ',
    'credentials',
    'session',
    'jwt',
    '_pat',
    'pat"',
  ],
  validate: secretVerdict,
  description: 'value assigned to secret/api_key/token keys, Bearer credentials, cookie values of Cookie headers',
};

/**
 * API_SECRET: the value of a `jwt` or `pat` key (see SHORT_KEY_SECRET), checked as the secret assignment's. No
 * triggers: the regex runs only at the word runs that can open it (pattern-starts.ts).
 */
export const shortKeySecretRecognizer: Recognizer = {
  name: 'short-key-secret',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [
    { regex: SHORT_KEY_SECRET, score: 0.75, group: 1 },
    { regex: SHORT_KEY_SECRET, score: 0.75, group: 2 },
  ],
  validate: secretVerdict,
  description:
    'value assigned to a jwt or pat (personal access token) key, as a whole word or after a snake_case prefix',
};

/** A column that holds secrets, its header with spaces, `_` and `-` removed (`client_secret`, `API Key`, `access_token`). */
const SECRET_COLUMN =
  /^(?:(?:client|api|app|shared|signing|webhook|consumer)?secret(?:key)?|api(?:key|secret)|(?:access|auth|api|refresh|bearer|session)?token)$/i;

// Words every secret column's header holds.
const SECRET_HEADER_WORDS = /secret|api[ _-]?key|token/gi;

/**
 * In a table, the cells of a column headed as a secret (its header placed as for passwords), 8 characters
 * or longer; the verdict then wants letters and digits mixed.
 */
function findSecretColumn(text: string): Iterable<Candidate> {
  return findSecretCells(text, SECRET_HEADER_WORDS, SECRET_COLUMN, (_header, value) => secretCell(value), 0.75);
}

/**
 * A secret cell: eight characters or more, and not the name of one (`GPG_KEY_BASE64` in a README's table of the
 * secrets a workflow wants).
 */
function secretCell(value: string): boolean {
  return value.length >= 8 && !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value);
}

/** API_SECRET: the cells of a table column headed client_secret, api_key, access_token, ... */
export const secretColumnRecognizer: Recognizer = {
  name: 'secret-column',
  entity: 'API_SECRET',
  category: 'SECRETS',
  find: findSecretColumn,
  caseInsensitiveTriggers: ['secret', 'key', 'token'],
  validate: (value) =>
    realValue(value) && /\d/.test(value) && /[A-Za-z]/.test(value) && !/\s/.test(value) && !DATE_OR_VERSION.test(value),
  description: 'cells of a CSV/TSV column headed client_secret, api_key, access_token, secret, token',
};
