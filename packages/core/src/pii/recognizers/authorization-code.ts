import type { Recognizer } from '../recognizer.js';

// An OAuth 2.0 authorization code in a query string that no scheme opens (url-credentials.ts masks a whole
// `https://…` URL that carries one): an access log's request line (`"GET /oauth/callback?code=4%2F0AfJ…&state=…
// HTTP/1.1"`), a proxy's path field, a `Location: /callback?code=…` header. Until it is redeemed, the code is one
// step from an access token. After `?` or `&` only (or HTML's `&amp;`, as an `href` writes the `&`: `<a
// href="/cb?state=xyz&amp;code=…">`): `code=` after a space or a comma is a status or an error code.
const AUTHORIZATION_CODE = /(?<=[?&]|&amp;)code=([A-Za-z0-9%._~/+=-]{16,2048})(?![A-Za-z0-9%._~/+=-])/g;

// What an authorization response carries besides its code, or the callback path it returns to (RFC 6749 4.1.2:
// `state`, and since RFC 9207 `iss`; OpenID Connect's `session_state` and `scope`).
const COMPANION =
  /(?:[?&]|&amp;)(?:state|session_state|iss|scope)=|\/(?:oauth2?|callback|cb|signin-\w+|authorize|redirect)\b/i;

// A word in one case (`?code=verification_required`) is a label; a code mixes cases or holds digits.
const WORD = /^(?:[a-z_.-]+|[A-Z_.-]+)$/;

/** Whether the query string around [start, end) is an authorization response (see COMPANION). */
function authorizationResponse(text: string, start: number, end: number): boolean {
  let from = start;
  const floor = Math.max(0, start - 2048);
  // Back to the start of the request target (a space, a quote or a line break ends it).
  while (from > floor && !/[\s"'<>`]/.test(text[from - 1] as string)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + 2048);
  while (to < ceiling && !/[\s"'<>`]/.test(text[to] as string)) to++;
  const target = text.slice(from, to);
  return !target.includes('://') && COMPANION.test(target);
}

/** API_SECRET: an OAuth authorization code in a query string outside a URL with a scheme. */
export const authorizationCodeRecognizer: Recognizer = {
  name: 'authorization-code',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: AUTHORIZATION_CODE, score: 0.9, group: 1 }],
  validate: (value, { text, start, end }) => !WORD.test(value) && authorizationResponse(text, start, end),
  // No triggers: the pattern runs only at a `code` word run after `?` or `&` and before `=` (pattern-starts.ts).
  description:
    'an OAuth authorization code (?code= with state=, iss= or a callback path) in a request line or path outside a scheme:// URL',
};
