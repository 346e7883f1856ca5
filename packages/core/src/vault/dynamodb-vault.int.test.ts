import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DYNALITE_CREDENTIALS, startDynalite } from '../../test/servers/dynalite-server.js';
import type { ProcessServer } from '../../test/servers/process-server.js';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { VaultTokenEngine } from '../tokens/vault-token-engine.js';
import { checkFailClosed } from './conformance/fail-closed.js';
import { runVaultConformance } from './conformance/run-vault-conformance.js';
import { DynamoDBVault, type DynamoDBVaultOptions } from './dynamodb-vault.js';

let server: ProcessServer;
const TABLE = 'mask-vault';
const options = (port: number, extra: Partial<DynamoDBVaultOptions> = {}): DynamoDBVaultOptions => ({
  table: TABLE,
  region: 'us-east-1',
  endpoint: `http://127.0.0.1:${port}`,
  clientConfig: { credentials: DYNALITE_CREDENTIALS },
  ...extra,
});

beforeAll(async () => {
  server = await startDynalite();
  const vault = new DynamoDBVault(options(server.port));
  await vault.createTable();
  await vault.close();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

runVaultConformance({
  name: 'dynamodb (dynalite)',
  create: async () => new DynamoDBVault(options(server.port)),
  // The child process reads credentials from the environment it inherits.
  sharedConfig: () => {
    process.env.AWS_ACCESS_KEY_ID = DYNALITE_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = DYNALITE_CREDENTIALS.secretAccessKey;
    return {
      type: 'dynamodb',
      dynamodbTable: TABLE,
      dynamodbRegion: 'us-east-1',
      dynamodbEndpoint: `http://127.0.0.1:${server.port}`,
    };
  },
  largeValueBytes: 150_000,
});

describe('DynamoDBVault round trips (requests counted in the SDK middleware stack)', () => {
  it('reads N tokens with one BatchGetItem per 100 keys; writes are batched or parallel conditional puts', async () => {
    const vault = new DynamoDBVault(options(server.port));
    const requests = new Map<string, number>();
    vault.client.middlewareStack.add(
      (next, context) => async (args) => {
        const name = context.commandName ?? 'unknown';
        requests.set(name, (requests.get(name) ?? 0) + 1);
        return next(args);
      },
      { step: 'finalizeRequest', name: 'countRequests' },
    );
    const engine = new VaultTokenEngine({ vault, keyProvider: new StaticKeyProvider(new Uint8Array(32).fill(9)) });
    try {
      const n = 50;
      const items = Array.from({ length: n }, (_, index) => ({ type: 'PERSON', value: `Person ${index}` }));
      const outcomes = await engine.tokenize({ tenant: 'dynamo-count' }, items);
      const encode = Object.fromEntries(requests);
      requests.clear();
      const decoded = await engine.detokenize(
        { tenant: 'dynamo-count' },
        outcomes.map((outcome) => outcome.token),
      );
      expect(decoded.map((item) => item?.value)).toEqual(items.map((item) => item.value));
      expect(Object.fromEntries(requests)).toEqual({ BatchGetItemCommand: 1 });
      // One batched read (indexes, probes, counters: 2N+1 keys -> ceil(101/100) = 2 requests), N conditional
      // puts for the records and N for the indexes (no conditional batch write exists), one BatchWriteItem.
      expect(encode).toEqual({ BatchGetItemCommand: 2, PutItemCommand: 2 * n, BatchWriteItemCommand: 1 });
    } finally {
      await vault.close();
    }
  });

  it('never cuts a TTL short: a write a millisecond before a second boundary lives its whole TTL', async () => {
    let now = 1_800_000_000_999;
    const vault = new DynamoDBVault(options(server.port, { now: () => now }));
    try {
      await vault.putMany([{ key: 'mask:{ttl-round}:t:x', value: 'v', ttlSeconds: 1 }]);
      now += 2;
      expect(await vault.getMany(['mask:{ttl-round}:t:x'])).toEqual(['v']);
      expect(await vault.putManyIfAbsent([{ key: 'mask:{ttl-round}:t:x', value: 'w' }])).toEqual([false]);
      now += 998;
      expect(await vault.getMany(['mask:{ttl-round}:t:x'])).toEqual(['v']);
      now += 1000;
      expect(await vault.getMany(['mask:{ttl-round}:t:x'])).toEqual([undefined]);
    } finally {
      await vault.close();
    }
  });

  it('treats an item past its exp attribute as absent even though dynalite never deletes it', async () => {
    let now = Date.now();
    const vault = new DynamoDBVault(options(server.port, { now: () => now }));
    try {
      await vault.putMany([{ key: 'mask:{ttl-check}:t:x', value: 'v', ttlSeconds: 60 }]);
      expect(await vault.getMany(['mask:{ttl-check}:t:x'])).toEqual(['v']);
      now += 61_000;
      expect(await vault.getMany(['mask:{ttl-check}:t:x'])).toEqual([undefined]);
      expect(await vault.putManyIfAbsent([{ key: 'mask:{ttl-check}:t:x', value: 'w' }])).toEqual([true]);
    } finally {
      await vault.close();
    }
  });
});

describe('DynamoDBVault fails closed', () => {
  it('raises typed errors while the endpoint is down and reconnects when it returns', async () => {
    const own = await startDynalite();
    const vault = new DynamoDBVault(options(own.port, { timeoutMs: 1000 }));
    await vault.createTable();
    try {
      await checkFailClosed({
        vault,
        backend: 'dynamodb',
        stop: () => own.kill(),
        start: () => own.restart(),
        // dynalite keeps tables in memory: recreate the table, as a restored region would still have it.
        afterRestart: () => vault.createTable(),
      });
    } finally {
      await vault.close();
      await own.stop();
    }
  }, 30_000);
});
