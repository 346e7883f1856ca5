import { MaskError, RemotePresidioScanner } from '@mask/core';
import type { GatewayApiKey } from './auth/api-key-auth.js';
import type { StartGatewayOptions } from './start-gateway.js';

/**
 * Gateway settings from environment variables (the only place the gateway reads them; pass `process.env`).
 * Invalid values raise `CONFIG_INVALID` naming the variable, never its value.
 *
 * | variable | meaning |
 * |---|---|
 * | `MASK_MASTER_KEY` / `MASK_ENCRYPTION_KEY` | master key (base64 / hex, 32 bytes) |
 * | `MASK_GATEWAY_API_KEYS` | comma-separated bearer keys, each `key` or `id:key` |
 * | `MASK_GATEWAY_ALLOW_UNAUTHENTICATED` | `1` / `true`: no keys (local use only) |
 * | `MASK_GATEWAY_STORE` | `sqlite` (default), `redis` or `memory` |
 * | `MASK_GATEWAY_SQLITE_PATH` | SQLite file (default `~/.mask/gateway/maps.db`) |
 * | `MASK_REDIS_URL` | Redis URL for `MASK_GATEWAY_STORE=redis` |
 * | `MASK_GATEWAY_HANDLE_TTL` | map handle lifetime, seconds (default 3600) |
 * | `MASK_GATEWAY_MAX_BODY_BYTES` | body limit (default 1048576) |
 * | `MASK_GATEWAY_RATE_LIMIT_PER_KEY`, `..._PER_IP` | requests per minute, `0` = off |
 * | `MASK_GATEWAY_UPSTREAM_URL`, `MASK_GATEWAY_UPSTREAM_API_KEY` | `/v1/chat/completions` upstream |
 * | `MASK_GATEWAY_TRUST_PROXY` | `1`: client IP from `X-Forwarded-For` |
 * | `MASK_GATEWAY_HOST`, `MASK_GATEWAY_PORT` | bind address (default 127.0.0.1:8787) |
 * | `MASK_SCANNER_TYPE`, `MASK_SCANNER_URL` | `rules_only` (no NER), `remote` (Presidio at the URL), else local NER |
 */
export function gatewayOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): StartGatewayOptions {
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const number = (name: string) => {
    const raw = get(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new MaskError('CONFIG_INVALID', `${name} must be a number >= 0`);
    return value;
  };
  const flag = (name: string) => /^(1|true|yes|on)$/i.test(get(name) ?? '');
  const perMinute = (name: string) => {
    const value = number(name);
    return value === undefined ? undefined : value === 0 ? false : { requests: value, windowSeconds: 60 };
  };

  const apiKeys: GatewayApiKey[] = (get('MASK_GATEWAY_API_KEYS') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      return colon > 0 ? { id: entry.slice(0, colon), key: entry.slice(colon + 1) } : { key: entry };
    });

  const storeType = get('MASK_GATEWAY_STORE') ?? 'sqlite';
  let store: StartGatewayOptions['store'];
  if (storeType === 'sqlite') {
    const path = get('MASK_GATEWAY_SQLITE_PATH');
    store = path ? { type: 'sqlite', path } : { type: 'sqlite' };
  } else if (storeType === 'redis') {
    const url = get('MASK_REDIS_URL');
    if (!url) throw new MaskError('CONFIG_INVALID', 'MASK_GATEWAY_STORE=redis needs MASK_REDIS_URL');
    store = { type: 'redis', url };
  } else if (storeType === 'memory') {
    store = { type: 'memory' };
  } else {
    throw new MaskError('CONFIG_INVALID', 'MASK_GATEWAY_STORE must be sqlite, redis or memory');
  }

  const scannerType = get('MASK_SCANNER_TYPE');
  let nerEngines: StartGatewayOptions['nerEngines'];
  if (scannerType === 'rules_only') nerEngines = [];
  else if (scannerType === 'remote') {
    const url = get('MASK_SCANNER_URL');
    if (!url) throw new MaskError('CONFIG_INVALID', 'MASK_SCANNER_TYPE=remote needs MASK_SCANNER_URL');
    nerEngines = [new RemotePresidioScanner({ url })];
  }

  const upstreamUrl = get('MASK_GATEWAY_UPSTREAM_URL');
  const upstreamKey = get('MASK_GATEWAY_UPSTREAM_API_KEY');
  const key = get('MASK_MASTER_KEY') ?? get('MASK_ENCRYPTION_KEY');
  const perKey = perMinute('MASK_GATEWAY_RATE_LIMIT_PER_KEY');
  const perIp = perMinute('MASK_GATEWAY_RATE_LIMIT_PER_IP');
  const handleTtlSeconds = number('MASK_GATEWAY_HANDLE_TTL');
  const maxBodyBytes = number('MASK_GATEWAY_MAX_BODY_BYTES');
  const port = number('MASK_GATEWAY_PORT');
  const host = get('MASK_GATEWAY_HOST');

  return {
    ...(key ? { key } : {}),
    apiKeys,
    allowUnauthenticated: flag('MASK_GATEWAY_ALLOW_UNAUTHENTICATED'),
    store,
    ...(nerEngines ? { nerEngines } : {}),
    ...(handleTtlSeconds !== undefined ? { handleTtlSeconds } : {}),
    ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
    ...(perKey !== undefined || perIp !== undefined
      ? { rateLimit: { ...(perKey !== undefined ? { perKey } : {}), ...(perIp !== undefined ? { perIp } : {}) } }
      : {}),
    ...(upstreamUrl ? { upstream: { url: upstreamUrl, ...(upstreamKey ? { apiKey: upstreamKey } : {}) } } : {}),
    trustProxy: flag('MASK_GATEWAY_TRUST_PROXY'),
    ...(port !== undefined ? { port } : {}),
    ...(host ? { host } : {}),
  };
}
