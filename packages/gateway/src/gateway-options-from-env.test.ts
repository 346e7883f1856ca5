import { expect, test } from 'vitest';
import { gatewayOptionsFromEnv } from './gateway-options-from-env.js';

test('reads keys, store, limits and upstream from MASK_* variables', () => {
  const options = gatewayOptionsFromEnv({
    MASK_MASTER_KEY: 'a'.repeat(64),
    MASK_GATEWAY_API_KEYS: 'team-a:key-aaaaaaaaaaaaaaaa, key-bbbbbbbbbbbbbbbb',
    MASK_GATEWAY_STORE: 'redis',
    MASK_REDIS_URL: 'redis://127.0.0.1:6379',
    MASK_GATEWAY_RATE_LIMIT_PER_KEY: '120',
    MASK_GATEWAY_RATE_LIMIT_PER_IP: '0',
    MASK_GATEWAY_UPSTREAM_URL: 'http://127.0.0.1:11434/v1',
    MASK_GATEWAY_PORT: '9000',
    MASK_SCANNER_TYPE: 'rules_only',
  });
  expect(options.apiKeys).toEqual([{ id: 'team-a', key: 'key-aaaaaaaaaaaaaaaa' }, { key: 'key-bbbbbbbbbbbbbbbb' }]);
  expect(options.store).toEqual({ type: 'redis', url: 'redis://127.0.0.1:6379' });
  expect(options.rateLimit).toEqual({ perKey: { requests: 120, windowSeconds: 60 }, perIp: false });
  expect(options.upstream).toEqual({ url: 'http://127.0.0.1:11434/v1' });
  expect(options.port).toBe(9000);
  expect(options.nerEngines).toEqual([]);
  expect(options.allowUnauthenticated).toBe(false);
  expect(gatewayOptionsFromEnv({}).store).toEqual({ type: 'sqlite' });
});

test('invalid values name the variable, never the value', () => {
  expect(() => gatewayOptionsFromEnv({ MASK_GATEWAY_STORE: 'mongo' })).toThrow(/MASK_GATEWAY_STORE/);
  expect(() => gatewayOptionsFromEnv({ MASK_GATEWAY_STORE: 'redis' })).toThrow(/MASK_REDIS_URL/);
  expect(() => gatewayOptionsFromEnv({ MASK_GATEWAY_HANDLE_TTL: 'secret-ish' })).toThrow(
    /^MASK_GATEWAY_HANDLE_TTL must be a number >= 0$/,
  );
});
