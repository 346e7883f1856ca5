import { describe, expect, it } from 'vitest';
import { open, seal } from './aead.js';

const key = new Uint8Array(32).fill(5);

describe('AES-256-GCM records', () => {
  it('round-trips and never reuses a nonce across many records', () => {
    const nonces = new Set<string>();
    for (let index = 0; index < 5_000; index++) {
      const sealed = seal(key, `value ${index}`, 'aad');
      nonces.add(Buffer.from(sealed, 'base64url').subarray(0, 12).toString('hex'));
      expect(open(key, sealed, 'aad')).toBe(`value ${index}`);
    }
    expect(nonces.size).toBe(5_000);
  });

  it('fails authentication with another key, other associated data, or a flipped bit', () => {
    const sealed = seal(key, 'secret value', 'scope-a');
    expect(() => open(new Uint8Array(32).fill(6), sealed, 'scope-a')).toThrow(
      expect.objectContaining({ code: 'DECRYPT_FAILED' }),
    );
    expect(() => open(key, sealed, 'scope-b')).toThrow(expect.objectContaining({ code: 'DECRYPT_FAILED' }));
    const raw = Buffer.from(sealed, 'base64url');
    raw[14] = (raw[14] as number) ^ 1;
    expect(() => open(key, raw.toString('base64url'), 'scope-a')).toThrow(
      expect.objectContaining({ code: 'DECRYPT_FAILED' }),
    );
    expect(() => open(key, 'AAAA', 'scope-a')).toThrow(expect.objectContaining({ code: 'DECRYPT_FAILED' }));
  });
});
