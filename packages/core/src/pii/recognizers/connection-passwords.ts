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
