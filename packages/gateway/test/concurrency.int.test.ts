import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Gateway, startGateway } from '../src/index.js';
import { API_KEY, call, MASTER_KEY } from './harness.js';

const FIRST = [
  'Maria',
  'John',
  'Aisha',
  'Pedro',
  'Olivia',
  'Hamid',
  'Sofia',
  'Liam',
  'Fatima',
  'Lucas',
  'Emma',
  'Rahul',
];
const LAST = ['Lopez', 'Smith', 'Khan', 'Almeida', 'Brown', 'Rahimi', 'Rossi', 'Murphy', 'Haddad', 'Martin'];
const text = (n: number) =>
  `Customer ${FIRST[n % FIRST.length]} ${LAST[n % LAST.length]} wrote from Valencia; ` +
  `her colleague ${FIRST[(n + 5) % FIRST.length]} ${LAST[(n + 3) % LAST.length]} copied person${n}@example.org.`;

describe('concurrent /scrub calls on one map handle (SQLite store)', () => {
  let root: string;
  let gateway: Gateway & { url: string };
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'mask-gw-concurrency-'));
    gateway = await startGateway({
      key: MASTER_KEY,
      apiKeys: [API_KEY],
      port: 0,
      store: { type: 'sqlite', path: join(root, 'maps', 'maps.db') },
    });
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('all succeed, every value keeps one token, no two values share one, and the map rehydrates them all', async () => {
    const scrub = (body: Record<string, unknown>) => call(`${gateway.url}/scrub`, { body: { task_id: 't', ...body } });
    const first = await scrub({ items: [{ id: 'first', text: text(0) }] });
    expect(first.status).toBe(200);
    const handle = first.body.map_handle;
    // 32 calls at once, each with new names and a new e-mail address, all claiming placeholder numbers.
    const answers = await Promise.all(
      Array.from({ length: 32 }, (_, index) =>
        scrub({ map_handle: handle, items: [{ id: `d${index}`, text: text(index + 1) }] }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));

    const items = answers.map((answer) => answer.body.items[0]);
    const restored = await call(`${gateway.url}/rehydrate`, {
      body: {
        task_id: 't',
        map_handle: handle,
        items: items.map((item: { id: string; scrubbed_text: string }) => ({ id: item.id, text: item.scrubbed_text })),
      },
    });
    expect(restored.status).toBe(200);
    expect(restored.body.items.map((item: { text: string }) => item.text)).toEqual(
      Array.from({ length: 32 }, (_, index) => text(index + 1)),
    );
    const tokenOf = new Map<string, string>();
    const valueFor = new Map<string, string>();
    // Same value, same token across calls; different values, different tokens.
    for (const item of items) {
      for (const token of item.tokens_used as string[]) {
        const decoded = await call(`${gateway.url}/rehydrate`, {
          body: { task_id: 't', map_handle: handle, items: [{ id: 'x', text: token }] },
        });
        const value = decoded.body.items[0].text as string;
        expect(tokenOf.get(value) ?? token).toBe(token);
        expect(valueFor.get(token) ?? value).toBe(value);
        tokenOf.set(value, token);
        valueFor.set(token, value);
      }
    }
    expect(tokenOf.size).toBe(valueFor.size);
  });
});
