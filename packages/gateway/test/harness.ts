import { randomBytes } from 'node:crypto';
import { createGateway, type Gateway, type GatewayOptions } from '../src/index.js';

export const API_KEY = 'test-key-0123456789abcdef';
export const OTHER_KEY = 'other-key-0123456789abcdef';
export const MASTER_KEY = randomBytes(32).toString('base64');

/** A gateway listening on a free loopback port, with two API keys. */
export async function startTestGateway(
  options: Partial<GatewayOptions> = {},
): Promise<{ gateway: Gateway; url: string; call: typeof call }> {
  const gateway = createGateway({ key: MASTER_KEY, apiKeys: [API_KEY, { id: 'other', key: OTHER_KEY }], ...options });
  const { url } = await gateway.listen();
  return { gateway, url, call: (path, init) => call(`${url}${path}`, init) };
}

/** Sends a request and parses the JSON answer (or keeps the text). */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; raw?: string; key?: string | null; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const key = init.key === undefined ? API_KEY : init.key;
  const response = await fetch(url, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(init.body !== undefined || init.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...init.headers,
    },
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body, headers: response.headers };
}
