import type { Recognizer } from '../recognizer.js';
import { realValue } from './secret-value.js';

// `'`, `"`.
const QUOTES = new Set([39, 34]);

// The rest of a command line, up to the flag: anything but a new line (unless continued with `\`), a pipe, `;`
// or `&` (the next command), lazily.
const REST_OF_COMMAND = '(?:[^\\n|;&]|\\\\\\r?\\n){0,256}?';

// A flag's value: quoted (anything up to the closing quote), or a run up to white space or a quote. Group 1.
const FLAG_VALUE = `['"]?((?<=')[^'\\n]{1,128}(?=')|(?<=")[^"\\n]{1,128}(?=")|[^\\s'"-][^\\s'"]{0,127})`;

/**
 * The password flags of command-line clients that take the password itself (not a file or a prompt), on the
 * command's own line: `redis-cli -a`, `sqlcmd -P` and `bcp -P`, the OpenLDAP tools' `-w`, `docker login -p` (and
 * podman, buildah, skopeo, nerdctl), `az login -p`. The MySQL clients' `-p` and sshpass's are read by
 * password-assignment.ts, `--password …` of any command too.
 */
const CLIENT_PASSWORD_FLAG = new RegExp(
  `(?:\\bredis-cli(?=[ \\t])${REST_OF_COMMAND}[ \\t](?:-a|--pass)[ \\t]+|\\b(?:sqlcmd|bcp)(?=[ \\t])${REST_OF_COMMAND}[ \\t]-P[ \\t]*|\\bldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|exop|url)(?=[ \\t])${REST_OF_COMMAND}[ \\t]-w[ \\t]+|\\b(?:docker|podman|buildah|skopeo|nerdctl)[ \\t]+login(?=[ \\t])${REST_OF_COMMAND}[ \\t]-p[ \\t]+|\\baz[ \\t]+login(?=[ \\t])${REST_OF_COMMAND}[ \\t]-p[ \\t]+)${FLAG_VALUE}`,
  'g',
);

/**
 * curl's `-u` / `--user user:password` (the password after the first colon; `-u user:` and `-u user` ask for
 * one): quoted, then unquoted. Groups 1, 2 and 3.
 */
const CURL_USER = new RegExp(
  `\\bcurl(?=[ \\t])${REST_OF_COMMAND}[ \\t](?:-u[ \\t]*|--user(?:[ \\t]+|=))(?:'[^':\\n]{0,128}:([^'\\n]{1,128})'|"[^":\\n]{0,128}:([^"\\n]{1,128})"|[^\\s:'"-][^\\s:'"]{0,127}:([^\\s'"]{1,128}))`,
  'g',
);

/** Samba's `-U user%password` (smbclient, rpcclient). Group 1. */
const SMB_USER = new RegExp(
  `\\b(?:smbclient|rpcclient)(?=[ \\t])${REST_OF_COMMAND}[ \\t](?:-U[ \\t]*|--user(?:[ \\t]+|=))['"]?[^\\s%'"]{1,128}%([^\\s'"]{1,128})`,
  'g',
);

/**
 * A password set by an SQL statement or a Redis directive: MySQL's `IDENTIFIED BY '…'` (and `IDENTIFIED WITH plugin
 * BY '…'`), PostgreSQL's `[WITH] [ENCRYPTED] PASSWORD '…'` (CREATE / ALTER USER or ROLE), quoted (groups 1 and 2);
 * Oracle's unquoted `IDENTIFIED BY …`, redis.conf's `requirepass …` and `masterauth …` (group 3).
 */
const STATEMENT_PASSWORD =
  /\b(?:(?:identified(?:[ \t]+with[ \t]+\w{1,64})?[ \t]+by|password)[ \t]+(?:'([^'\n]{1,128})'|"([^"\n]{1,128})")|(?:identified[ \t]+by|requirepass|masterauth)[ \t]+([^\s'";]{1,128}))/gi;

/**
 * PASSWORD: a password given on the command line of a client that takes it there (shell history, CI logs,
 * runbooks), or set by an SQL statement or a Redis directive. The command and its flag name the value, so any
 * value but a placeholder or a reference (`-a "$REDIS_PASSWORD"`) is one, whatever it looks like (unquoted, not a
 * word of letters alone).
 */
export const commandLinePasswordRecognizer: Recognizer = {
  name: 'command-line-password',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [
    { regex: CLIENT_PASSWORD_FLAG, score: 0.85, group: 1 },
    { regex: CURL_USER, score: 0.85, group: 1 },
    { regex: CURL_USER, score: 0.85, group: 2 },
    { regex: CURL_USER, score: 0.85, group: 3 },
    { regex: SMB_USER, score: 0.85, group: 1 },
    { regex: STATEMENT_PASSWORD, score: 0.85, group: 1 },
    { regex: STATEMENT_PASSWORD, score: 0.85, group: 2 },
    { regex: STATEMENT_PASSWORD, score: 0.85, group: 3 },
  ],
  // Unquoted, a word of letters is prose ("identified by their e-mail"), not a password.
  validate: (value, match) =>
    realValue(value) && (QUOTES.has(match.text.charCodeAt(match.start - 1)) || !/^[A-Za-z]+$/.test(value)),
  description:
    'passwords on the command lines of curl -u, redis-cli -a, sqlcmd -P, ldapsearch -w, docker login -p, smbclient -U',
};
