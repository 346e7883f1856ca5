import type { Candidate, Recognizer } from '../recognizer.js';

const SCHEME = /\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}:\/\//g;
const SECRET_PARAMS =
  /[?&#](?:amp;)?(?:access_token|accesstoken|api_key|apikey|api-key|auth|auth_token|client_secret|code|id_token|key|password|passwd|pwd|refresh_token|secret|session|sessionid|sig|signature|token|x-amz-credential|x-amz-security-token|x-amz-signature|x-goog-signature)=[^&#\s]{4,}/i;
// Webhook and bot URLs whose path is the secret: anyone holding one posts as the integration. Discord's
// `/api/webhooks/<id>/<token>`, Microsoft Teams' `….webhook.office.com/webhookb2/…` (`outlook.office.com/webhook/…`
// before 2021), Telegram's `/bot<id>:<token>/`.
// (Slack's `hooks.slack.com/services/…` is saas-keys.ts's.)
const SECRET_PATH =
  /^[a-z]+:\/\/(?:(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{5,20}\/[\w-]{20,}|[\w.-]{1,64}\.webhook\.office\.com\/webhookb2\/[\w@.-]{20,}|outlook\.office(?:365)?\.com\/webhook\/[\w@.-]{20,}|api\.telegram\.org\/(?:file\/)?bot\d{5,16}:[\w-]{20,})/i;
const URL_END = 4096;
// A user part that is a key rather than a name: 32 to 64 hex digits, as the public key of a Sentry DSN
// (`https://<32 hex>@o123456.ingest.sentry.io/4504`), which lets anyone holding it send events to the project.
const KEY_USER = /^[0-9a-f]{32,64}$/i;

// A one-time or bearer link whose path carries the secret: a password reset, an e-mail verification, an invitation, a
// magic sign-in link, an unsubscribe or a share / download link (`/reset-password/8f3kD9sLq2Zx7VbN4mT1wR6yH0pJcE5u`,
// Django's `/reset/MQ/bv6x8s-7a1f0e3c6f1b4e2d9c8a/`). Whoever holds the link acts as its addressee. A segment naming
// the link's purpose, then within the next two segments one that reads as random (see randomSegment). An id after
// any other segment (`/users/12345`, `/orders/ord_8f3kD9sLq2Zx7VbN4m`, `/commit/<sha>`, `/api/items/<uuid>`) is a
// resource's name, not a key to it. After such a word a UUID counts: many apps issue one as the token itself.
const SECRET_SEGMENT_WORDS =
  'reset|(?:reset|forgot|change|set|new)[-_]?password|password[-_]?reset|verify|verify[-_]?(?:email|account|token)|(?:email[-_]?)?verification|confirm|confirm[-_]?(?:email|account)|confirmation|activate|activation|invites?|invitations?|accept[-_]?invite|magic|magic[-_]?(?:link|login)|login|unsubscribe|tokens?|auth|callback|downloads?|share|shared';
const SECRET_SEGMENT = new RegExp(`^(?:${SECRET_SEGMENT_WORDS})$`, 'i');
/** A piece of every SECRET_SEGMENT: most paths hold none, and one search rules them out. */
const SECRET_SEGMENT_WORD =
  /reset|password|verif|confirm|activat|invit|magic|login|unsubscribe|token|auth|callback|download|share/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A piece of a slug: a word, a number, or a word and a short number (`v2`, `amd64`, `report2024`, `2fa`). */
const SLUG_PIECE = /^(?:[A-Za-z]+|\d+|[A-Za-z]+\d{1,4}|\d{1,4}[A-Za-z]+)$/;

/**
 * Whether a path segment reads as random: 20 to 512 characters of base64url (a `=` padding at the end) or a UUID,
 * with letters and digits, and not a slug, whose pieces between `-` and `_` are all words or numbers
 * (`release-2024-01-02-linux-amd64`).
 */
export function randomSegment(segment: string): boolean {
  if (segment.length < 20 || segment.length > 512) return false;
  if (UUID.test(segment)) return true;
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(segment) || !/\d/.test(segment) || !/[A-Za-z]/.test(segment)) return false;
  return !segment.split(/[-_]/).every((piece) => piece === '' || SLUG_PIECE.test(piece.replace(/=+$/, '')));
}

/** Whether the path `[from, to)` of `url` holds a secret segment word followed by a random segment (see above). */
function secretPathSegment(url: string, from: number, to: number): boolean {
  const path = url.slice(from, to);
  if (!SECRET_SEGMENT_WORD.test(path)) return false;
  const segments = path.split('/');
  for (let index = 0; index < segments.length - 1; index++) {
    if (!SECRET_SEGMENT.test(segments[index] as string)) continue;
    for (let next = index + 1; next <= index + 2 && next < segments.length; next++) {
      if (randomSegment(segments[next] as string)) return true;
    }
  }
  return false;
}

function isUrlChar(code: number): boolean {
  // Printable ASCII except space, quotes, angle brackets, backtick, braces, pipe and comma: they end URLs in
  // prose, JSON and CSV (a comma is legal in a URL but far more often the next field's delimiter).
  return (
    code > 32 &&
    code < 127 &&
    code !== 34 &&
    code !== 39 &&
    code !== 60 &&
    code !== 62 &&
    code !== 96 &&
    code !== 123 &&
    code !== 125 &&
    code !== 44 &&
    code !== 124 &&
    code !== 92
  );
}

// A user, a colon and a password holding `#` or `?` unencoded, then `@` and the host, before the path's first `/`
// (`postgres://app_user:Xk9!mQ2#vL7pR4@db-prod:5432/app`, as .env files write one): a URL parser ends the authority
// at the `#`, but the `@` after it says the password goes on.
const RAW_USERINFO = /^[^:@/?#\s]{0,128}:[^/@\s]{0,256}[?#][^/@\s]{0,256}@[^@/?#\s]/;

function rawPasswordBeforeHost(url: string, from: number): boolean {
  return RAW_USERINFO.test(url.slice(from, from + 600));
}

/** From each `scheme://`, takes the URL to its end, trims sentence punctuation, keeps it if it carries a secret. */
function* findUrls(text: string): Iterable<Candidate> {
  SCHEME.lastIndex = 0;
  let match = SCHEME.exec(text);
  while (match !== null) {
    const start = match.index;
    let end = start + match[0].length;
    const limit = Math.min(text.length, start + URL_END);
    while (end < limit && isUrlChar(text.charCodeAt(end))) end++;
    while (end > start && '.,;:!?)]'.includes(text[end - 1] as string)) end--;
    const url = text.slice(start, end);
    const authorityEnd = url.slice(match[0].length).search(/[/?#]/);
    const authority = url.slice(match[0].length, authorityEnd === -1 ? undefined : match[0].length + authorityEnd);
    const userinfo = authority.slice(0, Math.max(0, authority.lastIndexOf('@')));
    const [, password = ''] = userinfo.split(':');
    const userinfoSecret = password !== '' || KEY_USER.test(userinfo) || rawPasswordBeforeHost(url, match[0].length);
    const pathStart = authorityEnd === -1 ? url.length : match[0].length + authorityEnd;
    let pathEnd = url.indexOf('?', pathStart);
    if (pathEnd === -1) pathEnd = url.indexOf('#', pathStart);
    if (
      userinfoSecret ||
      SECRET_PARAMS.test(url) ||
      SECRET_PATH.test(url) ||
      secretPathSegment(url, pathStart, pathEnd === -1 ? url.length : pathEnd)
    ) {
      yield { start, end, score: 1 };
    }
    SCHEME.lastIndex = Math.max(end, start + match[0].length);
    match = SCHEME.exec(text);
  }
}

/**
 * URL_CREDENTIALS: a URL carrying a password (`user:pass@host`) or a key as its user (a Sentry DSN), a
 * token/signature query parameter, a webhook or bot secret in its path, or a one-time link's token in its path
 * (`/reset-password/<token>`).
 */
export const urlCredentialsRecognizer: Recognizer = {
  name: 'url-credentials',
  entity: 'URL_CREDENTIALS',
  category: 'SECRETS',
  find: findUrls,
  triggers: ['//'],
  description:
    'scheme://user:password@host, scheme://<hex key>@host (Sentry DSN), ?token=/api_key=/sig=/X-Amz-Signature= parameters, Discord / Teams webhook and Telegram bot URLs, one-time links with a random path segment (/reset-password/<token>, /verify/, /invite/, /magic-link/, /unsubscribe/, /share/, ...)',
};

/**
 * A one-time link's token in a path that no scheme opens: an access log's request line (`"POST
 * /v1/reset-password/8f3kD9sLq2Zx7VbN4mT1wR6yH0pJcE5u HTTP/1.1"`), a proxy's `path=` field. The segment after a word
 * of SECRET_SEGMENT_WORDS, or the one after that (Django's `/reset/MQ/<token>/`) when the first holds no digit, up to
 * `/`, `?`, `#`, white space, a quote or the end; not one with an extension (`/downloads/<name>.zip`). The segment
 * right after the word comes first, so that a long one after the token (`/invite/<token>/accept-invitation-page`)
 * does not hide it. A URL with a scheme is URL_CREDENTIALS whole (see findUrls).
 */
export const ONE_TIME_PATH = new RegExp(
  `(?<=\\/)(?:${SECRET_SEGMENT_WORDS})\\/(?:[^\\s/?#"'<>]{1,64}\\/)??(?=[A-Za-z_-]{0,511}\\d)([A-Za-z0-9_-]{20,512}={0,2})(?=[/?#\\s"'<>),;]|$)`,
  'gi',
);

/** Whether the request target around [start, end) has no scheme (a URL with one is findUrls'). */
function withoutScheme(text: string, start: number, end: number): boolean {
  let from = start;
  const floor = Math.max(0, start - 2048);
  while (from > floor && !/[\s"'<>`]/.test(text[from - 1] as string)) from--;
  return !text.slice(from, end).includes('://');
}

/** API_SECRET: a one-time link's token in a path outside a scheme:// URL. */
export const oneTimeLinkPathRecognizer: Recognizer = {
  name: 'one-time-link-path',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: ONE_TIME_PATH, score: 0.9, group: 1 }],
  validate: (value, { text, start, end }) => randomSegment(value) && withoutScheme(text, start, end),
  // No triggers: the pattern runs only at a word run after `/` that opens one of the words (pattern-starts.ts).
  description:
    'a one-time link token in a request path without a scheme (/reset-password/<token>, /verify/, /invite/, /magic-link/, /unsubscribe/, ...)',
};
