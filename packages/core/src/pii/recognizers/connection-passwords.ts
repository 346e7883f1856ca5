import type { Recognizer } from '../recognizer.js';
import { realValue } from './secret-value.js';

// The password of Go's MySQL driver DSN, which is no URL (url-credentials.ts reads `scheme://user:password@host`):
// `app:Xk9…@tcp(db.internal:3306)/orders`, `@unix(/run/mysqld/mysqld.sock)`, in a config or a driver's error.
// Read from the `:` after the user on: a pattern opening with the user name would try every word of a text.
const GO_DSN = /(?<=[\w.-]:)([^\s@/:'"`]{3,128})@(?:tcp6?|unix)\(/g;
// Oracle's Easy Connect: `sqlplus scott/Tiger2024@//db.example.com:1521/ORCLPDB1`,
// `jdbc:oracle:thin:scott/Tiger2024@//db:1521/orcl`. Read from the `/` after the user on, as above.
const ORACLE_EZCONNECT = /(?<=[\w$#]\/)([^\s@/'"`]{3,128})(?=@\/\/[\w.[-])/g;

/** PASSWORD: the password of a Go MySQL DSN (`user:password@tcp(host:port)/db`) or an Oracle Easy Connect string. */
export const connectionPasswordRecognizer: Recognizer = {
  name: 'connection-password',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [
    { regex: GO_DSN, score: 0.9, group: 1 },
    { regex: ORACLE_EZCONNECT, score: 0.9, group: 1 },
  ],
  validate: (value) => realValue(value),
  // Searches that open with `@` cost a log almost nothing (0.02-0.04 ms per MB). Oracle's connect strings that
  // name a TNS alias (`sqlplus user/pw@ORCL`, `jdbc:oracle:thin:user/pw@host:1521:SID`) would need words whose
  // searches cost 0.4-0.6 ms per MB each, and are not read.
  triggers: ['@tcp(', '@unix(', '@//'],
  description:
    'the password of a Go MySQL DSN (user:password@tcp(host:port)/db, @unix(…)) or an Oracle Easy Connect string (user/password@//host:port/service)',
};

// A PostgreSQL password file line (`~/.pgpass`, PGPASSFILE): `hostname:port:database:username:password`, the whole
// line, each of the first four fields maybe `*`, the port a number, `:` and `\` escaped with `\` inside a field.
// The host opens the line (indented as a heredoc or a listing may put it) and holds a letter, is a dotted IPv4
// address or `*` (see pgpassHost): a log line's `12:30:45:…` is no such line, nor a `host:port` pair, an IPv6
// address (its empty groups, eight of them) or /etc/passwd's seven fields.
const PGPASS_FIELD = '(?:\\*|(?:[^:\\s\\\\]|\\\\[:\\\\]){1,128})';
const PGPASS_LINE = new RegExp(
  `^[ \\t]{0,16}(?:\\*|[A-Za-z0-9][\\w.-]{0,252}):(?:\\d{1,5}|\\*):${PGPASS_FIELD}:${PGPASS_FIELD}:((?:[^:\\s\\\\]|\\\\[:\\\\]){1,256})(?=[ \\t]*\\r?$)`,
  'gm',
);

/**
 * The line's host field is `*`, a name with a letter, or a dotted IPv4 address; and the line is not five groups of
 * hex digits (part of an IPv6 address or a hash, `fe80:1234:abcd:ef01:1234`).
 */
function pgpassHost(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const host = text.slice(lineStart, text.indexOf(':', lineStart)).trim();
  if (
    /^[0-9A-Fa-f]{1,4}$/.test(host) &&
    /^[ \t]*[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){4}[ \t]*\r?$/.test(lineOf(text, lineStart))
  ) {
    return false;
  }
  return host === '*' || /[A-Za-z]/.test(host) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

function lineOf(text: string, lineStart: number): string {
  const end = text.indexOf('\n', lineStart);
  return text.slice(lineStart, end === -1 ? text.length : end);
}

/** PASSWORD: the password field of a PostgreSQL password file's line. */
export const pgpassRecognizer: Recognizer = {
  name: 'pgpass',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [{ regex: PGPASS_LINE, score: 0.85, group: 1 }],
  validate: (value, match) => realValue(value) && pgpassHost(match.text, match.start),
  // A search over every line of a text costs a log about 2 ms per MB: only texts that name the file (`.pgpass`,
  // PGPASSFILE, any case) are read. A file's lines read on their own (a tool that returns the file's content) are
  // not. Other triggers cost more than they find: `:5432:` and `:*:` as case-sensitive triggers (a search each) cost
  // the bench's log 6%, `5432:` 4%, and `*:` or `:*:` among the rare words of long texts (rare-triggers.ts), whose
  // one search then skips less, 6%.
  caseInsensitiveTriggers: ['pgpass'],
  description:
    'the password field of a PostgreSQL password file line (hostname:port:database:username:password, * wildcards), in a text naming .pgpass or PGPASSFILE',
};
