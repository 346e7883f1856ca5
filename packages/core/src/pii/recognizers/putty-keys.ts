import type { Candidate, Recognizer } from '../recognizer.js';

// A PuTTY private key file (`.ppk`, formats 2 and 3, what PuTTYgen saves and WinSCP, FileZilla and Pageant read):
//
//   PuTTY-User-Key-File-3: ssh-ed25519
//   Encryption: none
//   Comment: eddsa-key-20261123
//   Public-Lines: 2
//   AAAAC3NzaC1lZDI1NTE5AAAAIB…
//   Private-Lines: 1
//   AAAAIEc2…
//   Private-MAC: 8a7b…
//
// The private key is the base64 block after `Private-Lines: N`: N lines of at most 64 characters. With
// `Encryption: aes256-cbc` the block is encrypted under a passphrase, and still masked (as an encrypted PEM is):
// it is the key, offline guessing away. The public block and the MAC are left.
const PRIVATE_LINES = 'Private-Lines:';
// The count, then the line break: a real one, or `\n` as a JSON or YAML string escapes it.
const LINE_COUNT = /^[ \t]*(\d{1,3})[ \t]*(\r?\n|\\r\\n|\\n)/;
const BASE64_LINE = /^[A-Za-z0-9+/]{1,64}={0,2}$/;
const QUOTES = '"\'`';

function isBase64Code(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    code === 61
  );
}

/**
 * Each `Private-Lines: N` header followed by N base64 lines, joined by the line break that follows the count: the
 * lines, from the first one's start to the last one's end. A line is at most 64 characters (PuTTY's wrap) and `=`
 * padding.
 */
export function* findPuttyPrivateKeys(text: string): Iterable<Candidate> {
  let header = text.indexOf(PRIVATE_LINES);
  while (header !== -1) {
    const afterHeader = header + PRIVATE_LINES.length;
    const count = LINE_COUNT.exec(text.slice(afterHeader, afterHeader + 16));
    header = text.indexOf(PRIVATE_LINES, afterHeader);
    if (count === null) continue;
    const lines = Number(count[1]);
    const separator = (count[2] as string).endsWith('\\n') ? (count[2] as string) : '\n';
    const start = afterHeader + count[0].length;
    let end = start;
    let lineStart = start;
    let read = 0;
    while (read < lines) {
      let lineEnd = lineStart;
      while (lineEnd < text.length && lineEnd - lineStart <= 66 && isBase64Code(text.charCodeAt(lineEnd))) lineEnd++;
      if (!BASE64_LINE.test(text.slice(lineStart, lineEnd))) break;
      // The whole line: then its line break, the end of the text, or the quote closing a string that holds it.
      const next = text.startsWith('\r', lineEnd) && separator === '\n' ? lineEnd + 1 : lineEnd;
      const broken = text.startsWith(separator, next);
      if (!broken && next < text.length && !QUOTES.includes(text[next] as string)) break;
      read++;
      end = lineEnd;
      if (!broken) break;
      lineStart = next + separator.length;
    }
    // A block cut short (a truncated paste) still holds key material: what was read is reported.
    if (read > 0) yield { start, end, score: 1 };
  }
}

/** PRIVATE_KEY: the private block of a PuTTY key file (`.ppk`). */
export const puttyPrivateKeyRecognizer: Recognizer = {
  name: 'putty-private-key',
  entity: 'PRIVATE_KEY',
  category: 'SECRETS',
  find: findPuttyPrivateKeys,
  triggers: [PRIVATE_LINES],
  description:
    'the private block of a PuTTY key file (.ppk, formats 2 and 3): the N base64 lines after Private-Lines: N',
};
