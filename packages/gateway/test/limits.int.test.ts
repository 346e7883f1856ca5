import { request as httpRequest } from 'node:http';
import { describe, expect, test } from 'vitest';
import { API_KEY, MASTER_KEY, OTHER_KEY, startTestGateway } from './harness.js';

const body = { task_id: 't', items: [{ id: 'a', text: 'mail bob@example.org' }] };

describe('authentication', () => {
  test('a missing, malformed or wrong key answers 401; a right one passes', async () => {
    const { gateway, call } = await startTestGateway();
    try {
      for (const key of [null, 'wrong-key-0123456789abcdef', `${API_KEY}x`, API_KEY.slice(0, -1)]) {
        const answer = await call('/scrub', { body, key });
        expect(answer.status).toBe(401);
        expect(answer.body.error.code).toBe('UNAUTHORIZED');
        expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      }
      const basic = await call('/scrub', { body, key: null, headers: { authorization: `Basic ${API_KEY}` } });
      expect(basic.status).toBe(401);
      expect((await call('/scrub', { body })).status).toBe(200);
      expect((await call('/scrub', { body, key: OTHER_KEY })).status).toBe(200);
      // Health needs no key; the OpenAI route does.
      expect((await call('/healthz', { key: null })).body).toEqual({ status: 'ok' });
    } finally {
      await gateway.close();
    }
  });

  test('keys are required unless explicitly disabled', async () => {
    const { createGateway } = await import('../src/index.js');
    expect(() => createGateway({ key: MASTER_KEY })).toThrow(/API key/);
    expect(() => createGateway({ key: MASTER_KEY, apiKeys: ['short'] })).toThrow(/16 characters/);
    const open = await startTestGateway({ apiKeys: [], allowUnauthenticated: true });
    try {
      expect((await open.call('/scrub', { body, key: null })).status).toBe(200);
    } finally {
      await open.gateway.close();
    }
  });

  test('metrics can be put behind a key', async () => {
    const { gateway, call } = await startTestGateway({ protectMetrics: true });
    try {
      expect((await call('/metrics', { key: null })).status).toBe(401);
      expect((await call('/metrics')).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});

describe('routing and bodies', () => {
  test('unknown routes 404, wrong methods 405, wrong media types 415', async () => {
    const { gateway, call } = await startTestGateway();
    try {
      const missing = await call('/nope', { body });
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('NOT_FOUND');
      // No upstream configured: the proxy route does not exist.
      expect((await call('/v1/chat/completions', { body: { model: 'm', messages: [] } })).status).toBe(404);
      const get = await call('/scrub');
      expect(get.status).toBe(405);
      expect(get.headers.get('allow')).toBe('POST');
      expect((await call('/healthz', { body })).status).toBe(405);
      const form = await call('/scrub', {
        raw: 'a=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(form.status).toBe(415);
      const empty = await call('/scrub', { raw: '' });
      expect(empty.status).toBe(400);
    } finally {
      await gateway.close();
    }
  });

  test('bodies over the limit answer 413, declared or streamed', async () => {
    const { gateway, call, url } = await startTestGateway({ maxBodyBytes: 2048 });
    try {
      const big = { task_id: 't', items: [{ id: 'a', text: 'x'.repeat(4096) }] };
      const declared = await call('/scrub', { body: big });
      expect(declared.status).toBe(413);
      expect(declared.body.error.code).toBe('BODY_TOO_LARGE');
      // Chunked upload without content-length: refused once it passes the limit.
      const streamed = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = httpRequest(`${url}/scrub`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${API_KEY}`,
            'transfer-encoding': 'chunked',
          },
        });
        request.on('response', (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        request.on('error', reject);
        request.write('{"task_id":"t","items":[{"id":"a","text":"');
        for (let index = 0; index < 8; index++) request.write('y'.repeat(512));
        request.end('"}]}');
      });
      expect(streamed.status).toBe(413);
      expect(streamed.text).not.toContain('yyyy');
      expect((await call('/scrub', { body })).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });

  test('too many items answer 400', async () => {
    const { gateway, call } = await startTestGateway({ maxItems: 3 });
    try {
      const items = Array.from({ length: 4 }, (_, index) => ({ id: String(index), text: 'x' }));
      const answer = await call('/scrub', { body: { task_id: 't', items } });
      expect(answer.status).toBe(400);
      expect(answer.body.error.issues[0]).toEqual({ path: 'items', message: 'must hold at most 3 items' });
    } finally {
      await gateway.close();
    }
  });
});

describe('rate limits', () => {
  test('per key: 429 with Retry-After once the bucket is empty, other keys unaffected', async () => {
    const { gateway, call } = await startTestGateway({
      rateLimit: { perKey: { requests: 3, windowSeconds: 60 }, perIp: false },
    });
    try {
      for (let index = 0; index < 3; index++) expect((await call('/scrub', { body })).status).toBe(200);
      const limited = await call('/scrub', { body });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await call('/scrub', { body, key: OTHER_KEY })).status).toBe(200);
      expect((await call('/metrics')).body).toContain('mask_gateway_rate_limited_total{limit="key"} 1');
    } finally {
      await gateway.close();
    }
  });

  test('per IP: counts unauthenticated attempts too', async () => {
    const { gateway, call } = await startTestGateway({
      rateLimit: { perIp: { requests: 4, windowSeconds: 60 }, perKey: false },
    });
    try {
      for (let index = 0; index < 4; index++) {
        expect((await call('/scrub', { body, key: 'wrong-key-0123456789abcdef' })).status).toBe(401);
      }
      const limited = await call('/scrub', { body });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      // Health checks are never limited.
      expect((await call('/healthz')).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});
