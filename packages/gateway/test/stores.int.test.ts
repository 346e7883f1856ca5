import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Gateway, openGatewayStore, startGateway } from '../src/index.js';
import { API_KEY, call, MASTER_KEY } from './harness.js';
import { startRedis } from './redis-process.js';

const TEXT = 'Write to maria.lopez@acme-health.com, Maria Lopez lives in Valencia.';
const common = { key: MASTER_KEY, apiKeys: [API_KEY], port: 0 };

describe('two gateway replicas sharing one Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let one: Gateway & { url: string };
  let two: Gateway & { url: string };
  beforeAll(async () => {
    redis = await startRedis();
    one = await startGateway({ ...common, store: { type: 'redis', url: redis.url } });
    two = await startGateway({ ...common, store: { type: 'redis', url: redis.url } });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await redis?.stop();
  });

  test('scrub on one, rehydrate (and reuse the handle) on the other', async () => {
    const scrubbed = await call(`${one.url}/scrub`, { body: { task_id: 't', items: [{ id: 'a', text: TEXT }] } });
    expect(scrubbed.status).toBe(200);
    const handle = scrubbed.body.map_handle;
    const restored = await call(`${two.url}/rehydrate`, {
      body: { task_id: 't', map_handle: handle, items: [{ id: 'a', text: scrubbed.body.items[0].scrubbed_text }] },
    });
    expect(restored.status).toBe(200);
    expect(restored.body.items[0].text).toBe(TEXT);
    const reused = await call(`${two.url}/scrub`, {
      body: { task_id: 't', map_handle: handle, items: [{ id: 'b', text: 'Maria Lopez again' }] },
    });
    expect(reused.body.items[0].scrubbed_text).toBe(
      `${scrubbed.body.items[0].tokens_used.find((token: string) => token.startsWith('[PERSON'))} again`,
    );
    const unknown = await call(`${one.url}/rehydrate`, {
      body: { task_id: 't', map_handle: handle, items: [{ id: 'a', text: '[PERSON_9]' }] },
    });
    expect(unknown.status).toBe(409);
  });

  test('Redis going away fails closed with 503, never passing text through', async () => {
    await redis.stop();
    const answer = await call(`${one.url}/scrub`, { body: { task_id: 't', items: [{ id: 'a', text: TEXT }] } });
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe('VAULT_CONNECTION');
    expect(JSON.stringify(answer.body)).not.toContain('Maria');
    const metrics = await call(`${one.url}/metrics`);
    expect(metrics.body).toContain('mask_gateway_fail_closed_total{reason="VAULT_CONNECTION"} 1');
  });
});

describe('SQLite map store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mask-gw-sqlite-'));
  const path = join(dir, 'private', 'maps.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('file 0600 in a 0700 directory, and maps survive a restart', async () => {
    const first = await startGateway({ ...common, store: { type: 'sqlite', path } });
    let scrubbed: Awaited<ReturnType<typeof call>>;
    try {
      scrubbed = await call(`${first.url}/scrub`, { body: { task_id: 't', items: [{ id: 'a', text: TEXT }] } });
      expect(scrubbed.status).toBe(200);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'private')).mode & 0o777).toBe(0o700);
    } finally {
      await first.close();
    }
    const second = await startGateway({ ...common, store: { type: 'sqlite', path } });
    try {
      const restored = await call(`${second.url}/rehydrate`, {
        body: {
          task_id: 't',
          map_handle: scrubbed.body.map_handle,
          items: [{ id: 'a', text: scrubbed.body.items[0].scrubbed_text }],
        },
      });
      expect(restored.status).toBe(200);
      expect(restored.body.items[0].text).toBe(TEXT);
    } finally {
      await second.close();
    }
  });

  test('unknown store types are refused', async () => {
    await expect(openGatewayStore({ type: 'mongo' } as never)).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
