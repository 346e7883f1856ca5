import type { Candidate, Recognizer } from '../recognizer.js';

const SCHEME = /\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}:\/\//g;
const SECRET_PARAMS =
  /[?&#](?:access_token|accesstoken|api_key|apikey|api-key|auth|auth_token|client_secret|code|id_token|key|password|passwd|pwd|refresh_token|secret|session|sessionid|sig|signature|token|x-amz-credential|x-amz-security-token|x-amz-signature|x-goog-signature)=[^&#\s]{4,}/i;
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
    const userinfoSecret = password !== '' || KEY_USER.test(userinfo);
    if (userinfoSecret || SECRET_PARAMS.test(url) || SECRET_PATH.test(url)) {
      yield { start, end, score: 1 };
    }
    SCHEME.lastIndex = Math.max(end, start + match[0].length);
    match = SCHEME.exec(text);
  }
}

/**
 * URL_CREDENTIALS: a URL carrying a password (`user:pass@host`) or a key as its user (a Sentry DSN), a
 * token/signature query parameter, or a webhook or bot secret in its path.
 */
export const urlCredentialsRecognizer: Recognizer = {
  name: 'url-credentials',
  entity: 'URL_CREDENTIALS',
  category: 'SECRETS',
  find: findUrls,
  triggers: ['//'],
  description:
    'scheme://user:password@host, scheme://<hex key>@host (Sentry DSN), ?token=/api_key=/sig=/X-Amz-Signature= parameters, Discord / Teams webhook and Telegram bot URLs',
};
