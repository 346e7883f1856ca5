import type { Recognizer } from '../recognizer.js';
import { realValue } from './secret-value.js';

// An environment variable named for a key, in UPPER_SNAKE (`SESSION_KEY=…`, `JWT_KEY: …`, `"MAILGUN_KEY": "…"`,
// `-e WORDPRESS_AUTH_KEY=…`): the names the secret assignment rule reads (`API_KEY`, `SECRET_KEY`, `SIGNING_KEY`,
// …) are a handful of words before `key`; `.env` files name keys after anything. The value is a run of base64 or
// token characters, 16 to 256 long, quoted or not, ending where the value ends (a path or a dotted name is none).
const KEY_VARIABLE =
  /\b[A-Z][A-Z0-9_]{0,64}_KEY"?[ \t]{0,4}[=:][ \t]{0,4}(["']?)([A-Za-z0-9+/_-]{16,256}={0,2})(?=\1(?![A-Za-z0-9+/=_.:@-]))/g;

// Keys that are no secret: public halves, publishable and site keys (`STRIPE_PUBLISHABLE_KEY`, `RECAPTCHA_SITE_KEY`),
// OpenPGP key ids and fingerprints (`GPG_KEY`), and the keys of data (`PRIMARY_KEY`, `SORT_KEY`, `CACHE_KEY`,
// `S3_KEY`, `IDEMPOTENCY_KEY`, `ROUTING_KEY`).
const NOT_SECRET_KEY =
  /(?:(?<![A-Z0-9_])|_)(?:PUBLIC|PUB|PUBLISHABLE|SITE|GPG|PGP|PRIMARY|FOREIGN|SORT|PARTITION|RANGE|HASH|CACHE|OBJECT|S3|BUCKET|IDEMPOTENCY|ROUTING|LOOKUP|DEDUP|DEDUPLICATION|GROUP|MAP|TABLE|INDEX|FILE|PATH|REDIS|QUEUE|TOPIC|STREAM|SHARD|CURSOR)_KEY"?[ \t]{0,4}[=:][ \t]{0,4}["']?$/;

/** API_SECRET: the value of an UPPER_SNAKE variable named `*_KEY`, letters and digits mixed. */
export const keyVariableRecognizer: Recognizer = {
  name: 'key-variable',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: KEY_VARIABLE, score: 0.75, group: 2 }],
  validate: (value, match) =>
    /\d/.test(value) &&
    /[A-Za-z]/.test(value) &&
    realValue(value) &&
    !NOT_SECRET_KEY.test(match.text.slice(Math.max(0, match.start - 80), match.start)),
  // No triggers: the pattern runs only at UPPER_SNAKE word runs ending in `_KEY` (pattern-starts.ts).
  description:
    'the value of an UPPER_SNAKE variable named *_KEY (SESSION_KEY=…, JWT_KEY: …), not a public, site or data key',
};
