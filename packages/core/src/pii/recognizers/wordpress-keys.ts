import type { Recognizer } from '../recognizer.js';
import { realValue } from './secret-value.js';

// WordPress's authentication keys and salts in wp-config.php: `define( 'AUTH_KEY', '…' );` and its seven siblings
// (SECURE_AUTH, LOGGED_IN and NONCE keys and salts). They sign every login cookie: with them and a user name,
// anyone forges a session. Their names hold no word the password and secret rules read (`DB_PASSWORD` is theirs).
const WP_KEYS =
  /\bdefine[ \t]{0,4}\([ \t]{0,4}(['"])(?:(?:SECURE_)?AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)\1[ \t]{0,32},[ \t]{0,32}(['"])((?:(?!\2)[^\n\\]|\\.){8,512})(?=\2)/g;

/** The line wp-config-sample.php ships with, until the keys are generated. */
const SAMPLE = 'put your unique phrase here';
/** What a template or an installer replaces: `REPLACE_WITH_RANDOM_STRING`, `%%AUTH_SALT%%`. */
const TEMPLATE = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|%%[\w-]+%%)$/;

/** API_SECRET: a WordPress authentication key or salt (`define( 'AUTH_KEY', '…' )`). */
export const wordpressKeyRecognizer: Recognizer = {
  name: 'wordpress-key',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: WP_KEYS, score: 0.95, group: 3 }],
  validate: (value) => value.toLowerCase() !== SAMPLE && !TEMPLATE.test(value) && realValue(value),
  // No triggers: the pattern runs only at a `define` word run before `(` (pattern-starts.ts).
  description: "WordPress's authentication keys and salts in wp-config.php (define( 'AUTH_KEY', '…' ), *_SALT)",
};
