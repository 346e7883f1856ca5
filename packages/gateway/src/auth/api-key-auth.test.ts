import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { GatewayHttpError } from '../http/http-error.js';
import { ApiKeyAuth } from './api-key-auth.js';

const KEY = 'test-key-0123456789abcdef';
const OTHER = 'other-key-0123456789abcdef';
const request = (authorization?: string) => ({ headers: { authorization } }) as unknown as IncomingMessage;

function outcome(auth: ApiKeyAuth, header?: string): string {
  try {
    return auth.authenticate(request(header)).keyId;
  } catch (error) {
    return error instanceof GatewayHttpError ? `${error.status} ${error.message}` : 'other error';
  }
}

describe('ApiKeyAuth', () => {
  const auth = new ApiKeyAuth([KEY, { id: 'other', key: OTHER }]);
  const first = auth.authenticate(request(`Bearer ${KEY}`)).keyId;

  it('accepts each configured key as its id, in every spelling the bearer grammar allows', () => {
    expect(first).toMatch(/^k-[0-9a-f]{12}$/);
    for (const header of [`Bearer ${KEY}`, `bearer ${KEY}`, `BEARER \t ${KEY}`, `Bearer ${KEY} \t`]) {
      expect(outcome(auth, header)).toBe(first);
    }
    expect(outcome(auth, `Bearer ${OTHER}`)).toBe('other');
  });

  it('answers 401 for a missing, malformed, wrong or near-miss key', () => {
    for (const header of [undefined, '', 'Bearer', 'Bearer ', `Basic ${KEY}`, `Bearer ${KEY} extra`, `Bearer${KEY}`]) {
      expect(outcome(auth, header)).toBe('401 Missing bearer API key');
    }
    for (const header of [
      `Bearer ${KEY}x`,
      `Bearer ${KEY.slice(0, -1)}`,
      `Bearer ${KEY.toUpperCase()}`,
      `Bearer ${KEY}\u00e9`,
    ]) {
      expect(outcome(auth, header)).toBe('401 Invalid API key');
    }
    expect(outcome(auth, `Bearer ${'x'.repeat(1025)}`)).toBe('401 Missing bearer API key');
  });

  it('authenticates a secret listed twice as its first id', () => {
    const twice = new ApiKeyAuth([
      { id: 'a', key: KEY },
      { id: 'b', key: KEY },
    ]);
    expect(outcome(twice, `Bearer ${KEY}`)).toBe('a');
  });
});
