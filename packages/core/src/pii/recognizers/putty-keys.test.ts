import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

function found(text: string): { type: string; value: string }[] {
  return scanner.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

// The layout PuTTYgen writes (format 3, ed25519); the base64 is made up, of the real lengths.
const PUBLIC = 'AAAAC3NzaC1lZDI1NTE5AAAAIB9xQ2mRk8vT3pLzW1aN4cJ7dE5fG6hK8sU0yX2zA';
const PRIVATE_1 = 'AAAAIEc2Zk9xQ2mRk8vT3pLzW1aN4cJ7dE5fG6hK8sU0yX2zA4bCdEfGhIjKlMnO';
const PRIVATE_2 = 'rStUvWxYz0123456789+/AbCdEfGhIjKl==';
const PPK = [
  'PuTTY-User-Key-File-3: ssh-ed25519',
  'Encryption: none',
  'Comment: eddsa-key-20261123',
  'Public-Lines: 1',
  PUBLIC,
  'Private-Lines: 2',
  PRIVATE_1,
  PRIVATE_2,
  'Private-MAC: 8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b',
];

describe('PuTTY private key files', () => {
  it('masks the private block, and not the public one or the MAC', () => {
    expect(found(PPK.join('\n'))).toEqual([{ type: 'PRIVATE_KEY', value: `${PRIVATE_1}\n${PRIVATE_2}` }]);
    // Windows line ends (PuTTYgen on Windows writes CRLF).
    expect(found(PPK.join('\r\n'))).toEqual([{ type: 'PRIVATE_KEY', value: `${PRIVATE_1}\r\n${PRIVATE_2}` }]);
  });

  it('masks an encrypted block and a block cut short', () => {
    const encrypted = PPK.map((line) => (line === 'Encryption: none' ? 'Encryption: aes256-cbc' : line));
    expect(found(encrypted.join('\n'))).toEqual([{ type: 'PRIVATE_KEY', value: `${PRIVATE_1}\n${PRIVATE_2}` }]);
    // A paste that stops after the first private line.
    expect(found(`${PPK.slice(0, 7).join('\n')}`)).toEqual([{ type: 'PRIVATE_KEY', value: PRIVATE_1 }]);
    // At most N lines: a line of base64 after the block is not the key's.
    const extra = [...PPK.slice(0, 8), PRIVATE_2, ...PPK.slice(8)];
    expect(found(extra.join('\n'))).toEqual([{ type: 'PRIVATE_KEY', value: `${PRIVATE_1}\n${PRIVATE_2}` }]);
  });

  it('masks the block of a key file held in a JSON string, its line breaks escaped', () => {
    const json = JSON.stringify({ name: 'deploy.ppk', content: PPK.join('\n') });
    expect(found(json)).toEqual([{ type: 'PRIVATE_KEY', value: `${PRIVATE_1}\\n${PRIVATE_2}` }]);
  });

  it('leaves a header with no block, or no count, alone', () => {
    expect(found('Private-Lines: 2\nnot base64 here\n')).toEqual([]);
    expect(found(`Private-Lines:\n${PRIVATE_1}`)).toEqual([]);
    expect(found(`Private-Lines: 1 ${PRIVATE_1}`)).toEqual([]);
    // A line longer than PuTTY's 64 characters is no line of the block.
    expect(found(`Private-Lines: 1\n${PRIVATE_1}${PRIVATE_1}`)).toEqual([]);
  });
});
