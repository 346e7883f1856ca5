import { describe, expect, it } from 'vitest';
import { FixtureScanner, testKey } from '../../test/helpers.js';
import { luhnCheckDigit } from '../tokens/formats/checksums.js';
import { MaskClient } from './mask-client.js';

const mask = () =>
  new MaskClient({ key: testKey(), scanner: new FixtureScanner(), env: {}, logger: { warn: () => undefined } });
const PII = ['maria@acme.com', '536-90-4399', 'Luis Ortega', 'luis@globex.es'];
const assertNoPii = (value: unknown) => {
  const seen = JSON.stringify(value, (_key, item) =>
    item instanceof Map ? [...item] : item instanceof Set ? [...item] : item,
  );
  for (const pii of PII) expect(seen).not.toContain(pii);
};

class Customer {
  constructor(
    public name: string,
    public email: string,
  ) {}
  greet() {
    return `hi ${this.name}`;
  }
}

describe('deepEncode / deepDecode', () => {
  it('tokenizes nested objects, arrays, Maps, Sets, keys and JSON inside strings, and restores them exactly', async () => {
    const client = mask();
    const input = {
      customer: { contact: ['maria@acme.com', { ssn: '536-90-4399' }], note: 'Escalated by Mr. Luis Ortega' },
      byEmail: new Map([['luis@globex.es', { open: 3 }]]),
      tags: new Set(['vip', 'maria@acme.com']),
      'luis@globex.es': true,
      raw: JSON.stringify({ owner: 'maria@acme.com', nested: [{ ssn: '536-90-4399' }] }),
      count: 3,
      when: new Date(0),
      nothing: null,
    };
    const snapshot = structuredClone(input);
    const encoded = await client.deepEncode(input);
    expect(input).toEqual(snapshot); // never mutates
    assertNoPii(encoded);
    expect(encoded.count).toBe(3);
    expect(encoded.when).toBe(input.when); // opaque values intact
    expect(encoded.byEmail).toBeInstanceOf(Map);
    expect(encoded.tags).toBeInstanceOf(Set);
    expect(JSON.parse(encoded.raw).owner).toMatch(/@mask\.invalid$/);
    const decoded = await client.deepDecode(encoded);
    expect(decoded).toEqual(input);
  });

  it('re-encoding encoded data changes nothing: no value is detected inside a token (no token in a token)', async () => {
    const client = new MaskClient({ key: testKey(), env: {}, logger: { warn: () => undefined } });
    for (let round = 0; round < 40; round++) {
      const payload = `411111111111${String(100 + round)}`;
      const card = (payload + luhnCheckDigit(payload)).replace(/(\d{4})(?=\d)/g, '$1 ');
      const once = await client.deepEncode({ card, n: round });
      expect(once.card).not.toBe(card);
      expect(await client.deepEncode(once)).toEqual(once);
    }
  });

  it('keeps class instances as instances of their class, with fields encoded', async () => {
    const client = mask();
    const encoded = await client.deepEncode({ who: new Customer('Mr. Luis Ortega', 'luis@globex.es') });
    expect(encoded.who).toBeInstanceOf(Customer);
    expect(encoded.who.greet()).toMatch(/^hi Mr\. \[PERSON_1\]$/);
    assertNoPii(encoded);
    const decoded = await client.deepDecode(encoded);
    expect(decoded.who.email).toBe('luis@globex.es');
  });

  it('encodes error messages, stacks and causes, keeping the error class', async () => {
    const client = mask();
    const error = new TypeError('lookup failed for maria@acme.com', { cause: { ssn: '536-90-4399' } });
    const encoded = await client.deepEncode({ error });
    expect(encoded.error).toBeInstanceOf(TypeError);
    expect(encoded.error.message).not.toContain('maria@acme.com');
    expect(encoded.error.stack ?? '').not.toContain('maria@acme.com');
    assertNoPii(encoded.error.cause);
  });

  it('preserves cycles and shared references', async () => {
    const client = mask();
    const shared = { email: 'maria@acme.com' };
    const input: Record<string, unknown> = { a: shared, b: shared };
    input.self = input;
    const encoded = await client.deepEncode(input);
    expect(encoded.self).toBe(encoded);
    expect(encoded.a).toBe(encoded.b);
    assertNoPii({ a: encoded.a });
  });

  it('raises DEPTH_LIMIT_EXCEEDED for data deeper than the limit, never passing it through', async () => {
    const client = new MaskClient({
      key: testKey(),
      scanner: new FixtureScanner(),
      env: {},
      maxDepth: 10,
      logger: { warn: () => undefined },
    });
    let deep: unknown = 'maria@acme.com';
    for (let index = 0; index < 20; index++) deep = { deep };
    await expect(client.deepEncode(deep)).rejects.toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED' });
  });

  it('scans all strings of a structure in one batch (one tokenize call)', async () => {
    const scanner = new FixtureScanner();
    const client = new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
    const rows = Array.from({ length: 200 }, (_, i) => ({ email: `user${i}@acme.com`, note: `Mr. Client Number` }));
    const encoded = await client.deepEncode({ rows });
    expect(new Set(encoded.rows.map((row) => row.email)).size).toBe(200);
    expect(encoded.rows.every((row) => row.email.endsWith('@mask.invalid'))).toBe(true);
  });

  it('applies a path-aware decode policy inside structures', async () => {
    const client = mask();
    const encoded = await client.deepEncode({ to: 'maria@acme.com', body: 'SSN 536-90-4399' });
    const decoded = await client.deepDecode(encoded, {
      allow: ({ type, path }) => !(type === 'US_SSN' && path[0] === 'body'),
    });
    expect(decoded.to).toBe('maria@acme.com');
    expect(decoded.body).toBe(encoded.body);
  });
});
