import type { Recognizer } from '../recognizer.js';
import { realValue } from './secret-value.js';

// The password of Go's MySQL driver DSN, which is no URL (url-credentials.ts reads `scheme://user:password@host`):
// `app:Xk9…@tcp(db.internal:3306)/orders`, `@unix(/run/mysqld/mysqld.sock)`, in a config or a driver's error.
// Read from the `:` after the user on: a pattern opening with the user name would try every word of a text.
const GO_DSN = /(?<=[\w.-]:)([^\s@/:'"`]{3,128})@(?:tcp6?|unix)\(/g;

/** PASSWORD: the password of a Go MySQL DSN (`user:password@tcp(host:port)/db`). */
export const connectionPasswordRecognizer: Recognizer = {
  name: 'connection-password',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [{ regex: GO_DSN, score: 0.9, group: 1 }],
  validate: (value) => realValue(value),
  // Searches that open with `@` cost a log almost nothing (0.02-0.04 ms per MB). Oracle's connect strings
  // (`sqlplus user/pw@…`, `jdbc:oracle:thin:user/pw@…`) would need words whose searches cost 0.4-0.6 ms per MB each.
  triggers: ['@tcp(', '@unix('],
  description: 'the password of a Go MySQL DSN (user:password@tcp(host:port)/db, @unix(…))',
};
