import type { Recognizer } from '../recognizer.js';
import { realValue } from './secret-value.js';

// An environment variable named for a key or a salt, in UPPER_SNAKE (`SESSION_KEY=…`, `JWT_KEY: …`,
// `"MAILGUN_KEY": "…"`, `-e WORDPRESS_AUTH_SALT=…`): the names the secret assignment rule reads (`API_KEY`,
// `SECRET_KEY`, `SIGNING_KEY`, …) are a handful of words before `key`; `.env` files name keys after anything. The
// value: a quoted string, or a run up to white space, a quote, `,` or `;`, 16 to 256 characters.
const NAME = '\\b[A-Z][A-Z0-9_]{0,64}_(?:KEY|SALT)"?[ \\t]{0,4}[=:][ \\t]{0,4}';
const QUOTED_KEY_VARIABLE = new RegExp(`${NAME}(["'])((?:(?!\\1)[^\\n\\\\]){16,256})(?=\\1)`, 'g');
const BARE_KEY_VARIABLE = new RegExp(`${NAME}([^\\s"'\`,;]{16,256})(?![^\\s"'\`,;])`, 'g');

// Keys that are no secret: public halves, publishable and site keys (`STRIPE_PUBLISHABLE_KEY`, `RECAPTCHA_SITE_KEY`),
// what a browser bundle receives (`NEXT_PUBLIC_…`, `VITE_…`, `REACT_APP_…`), OpenPGP key ids (`GPG_KEY`), ids
// (`KMS_KEY`, `TRACE_KEY`), and the keys of data, messages and settings (`PRIMARY_KEY`, `CACHE_KEY`, `S3_KEY`,
// `FLAG_KEY`, `LOCK_KEY`, `TRANSLATION_KEY`, …).
const NOT_SECRET_KEY =
  /(?:(?:^|[^A-Z0-9_])(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|GATSBY|NUXT_PUBLIC|PUBLIC)_[A-Z0-9_]*|(?:(?<![A-Z0-9_])|_)(?:PUBLIC|PUB|PK|PUBLISHABLE|SITE|CLIENT_SIDE|GPG|PGP|KMS|PRIMARY|FOREIGN|SORT|PARTITION|RANGE|HASH|CACHE|OBJECT|S3|BUCKET|UPLOAD|IMAGE|CONFIG|IDEMPOTENCY|ROUTING|LOOKUP|DEDUP|DEDUPLICATION|GROUP|MAP|TABLE|INDEX|FILE|PATH|REDIS|QUEUE|TOPIC|STREAM|SHARD|CURSOR|FLAG|FEATURE|LOCK|MSG|MESSAGE|EVENT|TRANSLATION|I18N|LABEL|PROJECT|REQUEST|CORRELATION|TRACE|SPAN|NODE|VERSION|TOGGLE|HOT|SHORTCUT|KEYCODE|MAX|MIN))_(?:KEY|SALT)"?[ \t]{0,4}[=:][ \t]{0,4}["']?$/;

// A value made of words (`new-checkout-flow-v2`, `resource_lock_2024_v2`, `MAX_VALUE_LENGTH_2048`), a UUID, a path
// (`uploads/2026/05/report`: base64 with `/` comes in fours) or a call (`getKey(…)`): no random key.
const WORD_PART = /(?:^|[-_.])[A-Za-z]{3,}(?=[-_.]|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function randomLooking(value: string): boolean {
  if (/[-_.]/.test(value) && WORD_PART.test(value)) return false;
  if (UUID.test(value) || /[()]/.test(value)) return false;
  return !value.includes('/') || value.length % 4 === 0;
}

const validate = (value: string, match: { text: string; start: number }): boolean =>
  /\d/.test(value) &&
  /[A-Za-z]/.test(value) &&
  randomLooking(value) &&
  realValue(value) &&
  !NOT_SECRET_KEY.test(match.text.slice(Math.max(0, match.start - 96), match.start));

/** API_SECRET: the value of an UPPER_SNAKE variable named `*_KEY` or `*_SALT`, random-looking. */
export const keyVariableRecognizer: Recognizer = {
  name: 'key-variable',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [
    { regex: QUOTED_KEY_VARIABLE, score: 0.75, group: 2 },
    { regex: BARE_KEY_VARIABLE, score: 0.75, group: 1 },
  ],
  validate,
  // No triggers: the patterns run only at UPPER_SNAKE word runs ending in `_KEY` or `_SALT` (pattern-starts.ts).
  description:
    'the value of an UPPER_SNAKE variable named *_KEY or *_SALT (SESSION_KEY=…, JWT_KEY: …), random-looking; not a public, site, browser-bundle or data key',
};
