import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DYNALITE_CREDENTIALS, startDynalite } from '../../test/servers/dynalite-server.js';
import { startMemcached } from '../../test/servers/memcached-server.js';
import type { ProcessServer } from '../../test/servers/process-server.js';
import { startRedis } from '../../test/servers/redis-server.js';
import { MaskClient } from '../client/mask-client.js';
import { DynamoDBVault } from './dynamodb-vault.js';

// Promise 2 of the design, through the public client: decode(encode(x)) === x on every backend, with the backend
// chosen the way deployments choose it (MASK_VAULT_TYPE and its variables), and tokens minted by one "pod"
// decoded by another that shares the vault.
const KEY = Buffer.alloc(32, 0x5a).toString('base64');
const TEXT =
  'Refund for jane.doe@example.com, card 4111 1111 1111 1111, SSN 123-45-6789, phone +1 (212) 736-4821, ' +
  'IBAN GB82 WEST 1234 5698 7654 32, from 203.0.113.7.';
const VALUES = [
  'jane.doe@example.com',
  '4111 1111 1111 1111',
  '123-45-6789',
  '736-4821',
  'GB82 WEST 1234 5698 7654 32',
  '203.0.113.7',
];

let redis: ProcessServer;
let memcached: ProcessServer;
let dynalite: ProcessServer;
const dir = mkdtempSync(join(tmpdir(), 'mask-client-vaults-'));

beforeAll(async () => {
  [redis, memcached, dynalite] = await Promise.all([startRedis(), startMemcached(), startDynalite()]);
  const table = new DynamoDBVault({
    table: 'mask-client',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${dynalite.port}`,
    clientConfig: { credentials: DYNALITE_CREDENTIALS },
  });
  await table.createTable();
  await table.close();
  process.env.AWS_ACCESS_KEY_ID = DYNALITE_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = DYNALITE_CREDENTIALS.secretAccessKey;
}, 60_000);

afterAll(async () => {
  await Promise.all([redis?.stop(), memcached?.stop(), dynalite?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const backends: [string, () => Record<string, string>][] = [
  ['memory', () => ({ MASK_VAULT_TYPE: 'memory' })],
  ['sqlite', () => ({ MASK_VAULT_TYPE: 'sqlite', MASK_SQLITE_PATH: join(dir, 'sqlite', 'vault.db') })],
  ['redis', () => ({ MASK_VAULT_TYPE: 'redis', MASK_REDIS_URL: `redis://127.0.0.1:${redis.port}` })],
  ['memcached', () => ({ MASK_VAULT_TYPE: 'memcached', MASK_MEMCACHED_HOST: `127.0.0.1:${memcached.port}` })],
  [
    'dynamodb',
    () => ({
      MASK_VAULT_TYPE: 'dynamodb',
      MASK_DYNAMODB_TABLE: 'mask-client',
      MASK_DYNAMODB_REGION: 'us-east-1',
      MASK_DYNAMODB_ENDPOINT: `http://127.0.0.1:${dynalite.port}`,
    }),
  ],
];

describe('MaskClient round trip on every vault backend (selected by MASK_VAULT_TYPE)', () => {
  for (const [name, env] of backends) {
    it(`${name}: no detected value reaches the model side, and every token decodes, also from another pod`, async () => {
      const variables = { MASK_ENCRYPTION_KEY: KEY, ...env() };
      const podA = new MaskClient({ env: variables, tenant: 'acme', session: 'ticket-1', audit: false });
      const podB = new MaskClient({ env: variables, tenant: 'acme', session: 'ticket-1', audit: false });
      const otherTenant = new MaskClient({ env: variables, tenant: 'globex', session: 'ticket-1', audit: false });
      try {
        const masked = await podA.scanAndTokenize(TEXT);
        for (const value of VALUES) expect(masked, masked).not.toContain(value);
        expect(await podA.detokenizeText(masked)).toBe(TEXT);
        if (name !== 'memory') {
          // A second process-like client with its own connection decodes what the first minted.
          expect(await podB.detokenizeText(masked)).toBe(TEXT);
          // Deterministic within the scope across pods: the same text masks to the same tokens.
          expect(await podB.scanAndTokenize(TEXT)).toBe(masked);
        }
        // Another tenant never decodes these tokens.
        expect(await otherTenant.detokenizeText(masked)).toBe(masked);
      } finally {
        await Promise.all([podA.close(), podB.close(), otherTenant.close()]);
      }
    }, 30_000);
  }
});
