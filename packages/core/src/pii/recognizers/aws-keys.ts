import { alignedColumnCells } from '../column-cells.js';
import { cellBounds, columnName, csvHeaderAt, delimitersIn } from '../csv-header.js';
import { lineEnd } from '../line-starts.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import { unglued } from '../validators/placeholder-key.js';

/** AWS_ACCESS_KEY: access key ids (AKIA long-term, ASIA temporary, and the other IAM unique-id prefixes). */
export const awsAccessKeyRecognizer: Recognizer = {
  name: 'aws-access-key',
  entity: 'AWS_ACCESS_KEY',
  category: 'SECRETS',
  patterns: [
    { regex: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z2-7]{16}\b/g, score: 0.95 },
  ],
  validate: unglued,
  // No triggers: twelve prefix searches cost more than the regex pass, which starts with these literals.
  description: 'IAM unique-id prefix + 16 base32 characters',
};

// The AWS secret access key: 40 characters of base64 (30 random bytes). Found three ways: after a key name
// (`aws_secret_access_key = …`, `"SecretAccessKey": "…"`, the `aws configure` prompt), in the column of a table
// headed "Secret access key" (the IAM console's credentials.csv), and next to an access key id (`AKIA…`/`ASIA…`)
// with no key name at all: on the id's line or the line below (`new BasicAWSCredentials("AKIA…", "…")`, a table
// row, a chat message).

const SECRET_KEY_LENGTH = 40;
/** How far from an access key id its secret is looked for, on the id's line and on the next line. */
const PAIR_REACH = 256;

/** A character of standard base64 without padding: `A-Z a-z 0-9 / +`. */
function isBase64(code: number): boolean {
  return isAlnum(code) || code === 47 || code === 43;
}

/**
 * Whether 40 base64 characters look like a random secret key: upper- and lower-case letters and a digit, `/` or
 * `+`. Hex is not (a git SHA or a SHA-1 hash, in any case), nor a path (four `/` or more): what else sits near an
 * access key id in logs and code.
 */
export function secretKeyShape(value: string): boolean {
  if (value.length !== SECRET_KEY_LENGTH) return false;
  let upper = false;
  let lower = false;
  let mark = false;
  let hex = true;
  let slashes = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!isBase64(code)) return false;
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
    else mark = true;
    if (code === 47) slashes++;
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) hex = false;
  }
  return upper && lower && mark && !hex && slashes < 4;
}

// What may stand right before a secret with no key name (white space, quotes, separators of lists, tables and
// assignments, brackets, markdown bold) and right after it (the same, a closing bracket, `&`, or a full stop ending
// a sentence).
// Not `-`, `_`, `.` or `%` before, nor `=` after: the 40 characters are then a piece of a longer token (a JWT
// segment, base64url, padding, URL encoding).
const BEFORE_SECRET = new Set([...'"\'`,;|:=([{<>*'].map((char) => char.charCodeAt(0)));
const AFTER_SECRET = new Set([...'"\'`,;|)]}<&*'].map((char) => char.charCodeAt(0)));

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Whether the maximal base64 run [start, end) stands as a secret of its own (see BEFORE_SECRET). */
function standsAsSecret(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (!isSpaceCode(before) && !BEFORE_SECRET.has(before)) return false;
  }
  if (end < text.length) {
    const after = text.charCodeAt(end);
    if (after === 46) return end + 1 === text.length || isSpaceCode(text.charCodeAt(end + 1));
    if (!isSpaceCode(after) && !AFTER_SECRET.has(after)) return false;
  }
  return true;
}

/**
 * The start of the first secret key among the base64 runs that start in [from, to) and end by `limit` (a run
 * that starts before `from` is skipped: runs are whole), or -1.
 */
function firstSecretIn(text: string, from: number, to: number, limit: number): number {
  let index = from;
  while (index > 0 && index < to && isBase64(text.charCodeAt(index - 1)) && isBase64(text.charCodeAt(index))) index++;
  while (index < to) {
    if (!isBase64(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && index - start <= SECRET_KEY_LENGTH && isBase64(text.charCodeAt(index))) index++;
    if (
      index - start === SECRET_KEY_LENGTH &&
      index <= limit &&
      (index === text.length || !isBase64(text.charCodeAt(index))) &&
      standsAsSecret(text, start, index) &&
      secretKeyShape(text.slice(start, index))
    ) {
      return start;
    }
    // A longer run is no key: skip the rest of it (within the window).
    while (index < to && isBase64(text.charCodeAt(index))) index++;
  }
  return -1;
}

/** The start of the last secret key among the base64 runs in [from, to) (whole runs), or -1. */
function lastSecretIn(text: string, from: number, to: number): number {
  let found = -1;
  let index = from;
  while (index < to) {
    const secret = firstSecretIn(text, index, to, to);
    if (secret === -1) break;
    found = secret;
    index = secret + SECRET_KEY_LENGTH;
  }
  return found;
}

/** An access key id of a key pair at `start`: `AKIA` (long-term) or `ASIA` (temporary) + 16 base32, standing alone. */
function keyIdAt(text: string, start: number): boolean {
  if (!(text.startsWith('AKIA', start) || text.startsWith('ASIA', start))) return false;
  if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
  const end = start + 20;
  if (end > text.length || (end < text.length && isWordCode(text.charCodeAt(end)))) return false;
  for (let index = start + 4; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 65 && code <= 90) || (code >= 50 && code <= 55))) return false;
  }
  return true;
}

function isWordCode(code: number): boolean {
  return isAlnum(code) || code === 95;
}

/**
 * The secret keys next to access key ids, given the places where an id may start (in text order; the scanner
 * passes the word runs that meet FINDER_STARTS): for each id, the first secret after it on its line, else the
 * last one before it on its line, else the first on the next line, within PAIR_REACH characters and not past
 * the ids before and after it (a secret beyond them is theirs). One secret per id, so the other long strings of
 * a row (a hash, a signature) are left alone.
 */
export function* findSecretsNearKeyIdsAt(text: string, starts: readonly number[]): Iterable<Candidate> {
  const ids = starts.filter((start) => keyIdAt(text, start));
  let last = -1;
  for (let index = 0; index < ids.length; index++) {
    const start = ids[index] as number;
    const floor = index > 0 ? (ids[index - 1] as number) + 20 : 0;
    const ceiling = index + 1 < ids.length ? (ids[index + 1] as number) : text.length;
    const secret = secretNear(text, start, floor, ceiling);
    // Two ids may find the same secret (a row's id and the id of the row above): reported once.
    if (secret === -1 || secret === last) continue;
    last = secret;
    yield { start: secret, end: secret + SECRET_KEY_LENGTH, score: 0.9 };
  }
}

/**
 * The start of the secret key that goes with the access key id at `start`, looked for in [floor, ceiling), or -1
 * (see findSecretsNearKeyIdsAt). Each search stays within PAIR_REACH of the id and between its neighbours, so a
 * long line of ids is never walked whole for each.
 */
function secretNear(text: string, start: number, floor: number, ceiling: number): number {
  const idEnd = start + 20;
  const end = newlineWithin(text, idEnd, Math.min(ceiling, idEnd + PAIR_REACH));
  const after = firstSecretIn(text, idEnd, end, end);
  if (after !== -1) return after;
  let lineStart = start;
  const reach = Math.max(floor, start - PAIR_REACH);
  while (lineStart > reach && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const before = lastSecretIn(text, lineStart, start);
  if (before !== -1 || text.charCodeAt(end) !== 10) return before;
  const next = newlineWithin(text, end + 1, Math.min(ceiling, end + 1 + PAIR_REACH));
  return firstSecretIn(text, end + 1, next, next);
}

/** The first `\n` in [from, limit), else `limit`. */
function newlineWithin(text: string, from: number, limit: number): number {
  let index = from;
  while (index < limit && text.charCodeAt(index) !== 10) index++;
  return index;
}

const KEY_ID = /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g;

/** {@link findSecretsNearKeyIdsAt} over the whole text (every access key id). */
function findSecretsNearKeyIds(text: string): Iterable<Candidate> {
  return findSecretsNearKeyIdsAt(
    text,
    [...text.matchAll(KEY_ID)].map((match) => match.index),
  );
}

/** A table column that holds secret keys: "Secret access key", `aws_secret_access_key`, `SecretAccessKey`. */
const SECRET_KEY_COLUMN = /^(?:aws )?secret access key$|^aws secret key$/i;
/** A header line may name that column (searched before any line is read as a header). */
const SECRET_KEY_HEADER = /secret[ _-]?access[ _-]?key|aws[ _-]?secret[ _-]?key/gi;

/**
 * The cells of a table column headed "Secret access key" (the IAM console's credentials.csv, a markdown table)
 * that are shaped as a secret key. The header is any line that reads as one (see readCsvHeader), so a table after
 * a line of prose counts; its rows run to the first line without its delimiter.
 */
function* findSecretKeyColumn(text: string): Iterable<Candidate> {
  // A table aligned with spaces (command-line output) has its header on the first line.
  for (const [start, end] of alignedColumnCells(text, (name) => SECRET_KEY_COLUMN.test(columnName(name).trim()))) {
    if (end - start === SECRET_KEY_LENGTH && secretKeyShape(text.slice(start, end))) yield { start, end, score: 0.95 };
  }
  // `search` leaves the shared regex as it was: most texts holding the recognizer's triggers name no such column.
  if (text.search(SECRET_KEY_HEADER) === -1) return;
  // A copy per call: a scan started from inside another must not move the other's search.
  const headers = new RegExp(SECRET_KEY_HEADER);
  let walked = 0;
  for (let match = headers.exec(text); match !== null; match = headers.exec(text)) {
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    const headerEnd = lineEnd(text, match.index);
    headers.lastIndex = headerEnd;
    // A header line inside a table already walked (its rows were read under the first header).
    if (lineStart < walked) continue;
    const header = csvHeaderAt(text, lineStart);
    if (header === undefined) continue;
    const columns: number[] = [];
    header.cells.forEach((cell, index) => {
      if (SECRET_KEY_COLUMN.test(columnName(cell).trim())) columns.push(index);
    });
    if (columns.length === 0) continue;
    const delimiter = header.delimiter.charCodeAt(0);
    let rowStart = headerEnd + 1;
    rows: while (rowStart < text.length) {
      const rowEnd = lineEnd(text, rowStart);
      for (const column of columns) {
        const cell = cellAt(text, rowStart, rowEnd, delimiter, column);
        if (cell === undefined) break rows;
        const [start, end] = cell;
        if (end - start === SECRET_KEY_LENGTH && secretKeyShape(text.slice(start, end))) {
          yield { start, end, score: 0.95 };
        }
      }
      rowStart = rowEnd + 1;
    }
    walked = rowStart;
    headers.lastIndex = Math.max(headers.lastIndex, rowStart);
  }
}

/**
 * The cell `column` of the row [from, to) (delimiters inside double quotes do not count), without its padding
 * and quotes; undefined when the row holds no delimiter (the table has ended).
 */
function cellAt(
  text: string,
  from: number,
  to: number,
  delimiter: number,
  column: number,
): [number, number] | undefined {
  if (delimitersIn(text, from, to, delimiter) === 0) return undefined;
  const bounds = cellBounds(text, from, to, delimiter, column);
  if (bounds === undefined) return [to, to];
  let [start, end] = bounds;
  while (start < end && (isSpaceCode(text.charCodeAt(start)) || text.charCodeAt(start) === 34)) start++;
  while (end > start && (isSpaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 34)) end--;
  return [start, end];
}

/** AWS_SECRET_KEY: 40 base64 characters assigned to an AWS secret key name, or in a secret key column. */
export const awsSecretKeyRecognizer: Recognizer = {
  name: 'aws-secret-key',
  entity: 'AWS_SECRET_KEY',
  category: 'SECRETS',
  patterns: [
    {
      // The key name as written in config, code and labels (`aws_secret_access_key`, `SecretAccessKey`,
      // `aws-secret-access-key`, `AWS Secret Access Key`), maybe followed by the bracketed current value of the
      // `aws configure` prompt (`[None]`, `[****************EKEY]`); then `=`, `:`, `=>`, `:=` or, on the same
      // line, white space alone (`aws configure set aws_secret_access_key …`).
      regex:
        /(?:aws[_ -]?secret[_ -]?(?:access[_ -]?)?key|secret[_ -]?access[_ -]?key|clave[_ -]de[_ -]acceso[_ -]secreta(?:[_ -]de[_ -]aws)?|clave[_ -]secreta[_ -]de[_ -](?:acceso[_ -](?:de[_ -])?)?aws)(?:["']|[ \t]{0,2}\[[^\]\n]{0,40}\])?(?:\s{0,4}(?:=|:|=>|:=)\s{0,4}|[ \t]{1,4})["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
      score: 0.95,
      group: 1,
    },
  ],
  find: findSecretKeyColumn,
  validate: (value) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value),
  // Every keyword of the regex and of the column contains "secret" (Spanish "secreta" too).
  caseInsensitiveTriggers: ['secret'],
  description: '40 base64 characters after aws_secret_access_key / SecretAccessKey, or in a "Secret access key" column',
};

/**
 * AWS_SECRET_KEY without a key name: a secret key next to an access key id (see findSecretsNearKeyIdsAt). The
 * scanner runs the finder only where its word-run pass saw an `AKIA…`/`ASIA…` id (FINDER_STARTS).
 */
export const awsSecretKeyPairRecognizer: Recognizer = {
  name: 'aws-secret-key-pair',
  entity: 'AWS_SECRET_KEY',
  category: 'SECRETS',
  find: findSecretsNearKeyIds,
  description:
    '40 base64 characters (mixed case, a digit or / +) on the line of an AKIA/ASIA access key id or the next',
};

/**
 * AWS_SESSION_TOKEN: the session token of temporary credentials (STS), by the start its encoding gives every token:
 * `IQoJb3JpZ2luX2Vj` (regional endpoints), `FwoGZXIvYXdzE` and `FQoGZXIvYXdzE` (the global endpoint), `AQoDYXdzE`
 * (older tokens); then at least 80 more base64 characters (tokens run to hundreds). With the key pair it grants
 * access, under any key name or none (`"SessionToken": …`, `AWS_SESSION_TOKEN=…`, an SDK call's third argument).
 */
export const awsSessionTokenRecognizer: Recognizer = {
  name: 'aws-session-token',
  entity: 'AWS_SESSION_TOKEN',
  category: 'SECRETS',
  patterns: [
    {
      regex: /\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE|AQoDYXdzE)[A-Za-z0-9/+]{80,8192}={0,2}/g,
      score: 0.95,
    },
  ],
  description: 'IQoJb3JpZ2luX2Vj / FwoGZXIvYXdzE / FQoGZXIvYXdzE / AQoDYXdzE + 80 or more base64 characters',
};
