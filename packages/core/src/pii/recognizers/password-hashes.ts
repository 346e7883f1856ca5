import type { Recognizer } from '../recognizer.js';

// A password's hash in the formats systems store them: bcrypt (`$2b$12$…`: Rails' password_digest, Laravel,
// Devise), SHA-crypt and MD5-crypt (`$6$salt$…`, `$5$`, `$1$`: /etc/shadow), yescrypt (`$y$…`: Debian and Fedora's
// shadow), Argon2 (`$argon2id$v=19$m=…`), Django's PBKDF2 (`pbkdf2_sha256$600000$salt$…`). Whoever holds one guesses
// the password offline, at a rate that weak passwords do not survive: they are read as PASSWORD, under any key
// (`password_hash`, `password_digest`, a shadow line) or none.
const B64 = '[./A-Za-z0-9]';
const BCRYPT = new RegExp(`\\$2[abxy]?\\$\\d{2}\\$${B64}{53}(?!${B64})`, 'g');
const SHA_CRYPT = new RegExp(`\\$[156]\\$(?:rounds=\\d{1,9}\\$)?${B64}{1,16}\\$${B64}{22,86}(?!${B64})`, 'g');
const YESCRYPT = new RegExp(`\\$y\\$${B64}{1,32}\\$${B64}{1,64}\\$${B64}{43}(?!${B64})`, 'g');
const ARGON2 =
  /\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,10},t=\d{1,10},p=\d{1,3}\$[A-Za-z0-9+/]{8,128}\$[A-Za-z0-9+/]{16,256}(?![A-Za-z0-9+/])/g;
const DJANGO_PBKDF2 = /\bpbkdf2_sha(?:1|256)\$\d{3,7}\$[A-Za-z0-9]{1,64}\$[A-Za-z0-9+/]{27,43}=(?![A-Za-z0-9+/=])/g;

/** PASSWORD: a stored password hash (bcrypt, SHA-crypt, yescrypt, Argon2, Django PBKDF2). */
export const passwordHashRecognizer: Recognizer = {
  name: 'password-hash',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [BCRYPT, SHA_CRYPT, YESCRYPT, ARGON2, DJANGO_PBKDF2].map((regex) => ({ regex, score: 0.9 })),
  // No triggers: each pattern runs only at the word run its `$…$` prefix holds (pattern-starts.ts).
  description:
    'password hashes: bcrypt ($2b$…), SHA-crypt and MD5-crypt ($6$, $5$, $1$), yescrypt ($y$), Argon2 ($argon2id$), Django PBKDF2',
};
