import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PII, type RunningServer, runMask, startServer, TEST_KEY } from './helpers.js';

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('mask serve', () => {
  describe('--dev', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer(['--dev']);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('serves the gateway and the playground on one port', async () => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const scrub = await post(`${server.url}/scrub`, {
        task_id: 'task-1',
        items: [{ id: 'a', text: `Write to ${PII.email} about card ${PII.card}` }],
      });
      expect(scrub.status).toBe(200);
      const items = scrub.body.items as { id: string; scrubbed_text: string; tokens_used: string[] }[];
      expect(items[0]?.scrubbed_text).not.toContain(PII.email);
      expect(items[0]?.tokens_used).toHaveLength(2);
      const rehydrate = await post(`${server.url}/rehydrate`, {
        task_id: 'task-1',
        map_handle: scrub.body.map_handle,
        items: [{ id: 'b', text: `Sent to ${items[0]?.tokens_used.find((token) => token.includes('@'))}` }],
      });
      expect(rehydrate.status).toBe(200);
      expect((rehydrate.body.items as { text: string }[])[0]?.text).toBe(`Sent to ${PII.email}`);

      const page = await fetch(`${server.url}/playground/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await page.text()).toContain('<title>Mask playground</title>');
      const redirect = await fetch(`${server.url}/`, { redirect: 'manual' });
      expect(redirect.headers.get('location')).toBe('/playground/');
    });

    it('guards the playground API against cross-site requests and other hosts', async () => {
      const noHeader = await fetch(`${server.url}/playground/api/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x', session: 's1' }),
      });
      expect(noHeader.status).toBe(403);
      const formPost = await fetch(`${server.url}/playground/api/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-mask-playground': '1' },
        body: 'text=x',
      });
      expect(formPost.status).toBe(415);
      const ok = await post(
        `${server.url}/playground/api/analyze`,
        { text: `ssn ${PII.ssn}`, session: 's1', engine: 'rules_only' },
        { 'x-mask-playground': '1' },
      );
      expect(ok.status).toBe(200);
      expect(ok.body.entities).toMatchObject([{ type: 'US_SSN', start: 4, end: 15 }]);
      // Tokens of one page session do not decode in another.
      const token = (ok.body.tokens as string[])[0] as string;
      const other = await post(
        `${server.url}/playground/api/rehydrate`,
        { text: token, session: 's2', engine: 'rules_only' },
        { 'x-mask-playground': '1' },
      );
      expect(other.body.text).toBe(token);
      const same = await post(
        `${server.url}/playground/api/rehydrate`,
        { text: token, session: 's1' },
        { 'x-mask-playground': '1' },
      );
      expect(same.body.text).toBe(PII.ssn);
    });
  });

  it('fails closed without a key unless --dev, and wants gateway API keys outside --dev', async () => {
    const noKey = await runMask(['serve', '--port', '0']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('mask serve --dev');
    const noApiKeys = await runMask(['serve', '--port', '0'], {
      env: { MASK_MASTER_KEY: TEST_KEY, MASK_GATEWAY_STORE: 'memory' },
    });
    expect(noApiKeys.code).toBe(2);
    expect(noApiKeys.stderr).toContain('at least one API key');
  });

  it('requires the bearer key when MASK_GATEWAY_API_KEYS is set', async () => {
    const apiKey = 'test-gateway-key-0123456789';
    const server = await startServer([], {
      MASK_MASTER_KEY: TEST_KEY,
      MASK_GATEWAY_STORE: 'memory',
      MASK_GATEWAY_API_KEYS: apiKey,
    });
    try {
      const body = { task_id: 't', items: [{ id: '1', text: PII.email }] };
      expect((await post(`${server.url}/scrub`, body)).status).toBe(401);
      const allowed = await post(`${server.url}/scrub`, body, { authorization: `Bearer ${apiKey}` });
      expect(allowed.status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
