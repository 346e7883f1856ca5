import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessServer } from '../../test/servers/process-server.js';
import { dataCommandCalls, type RedisCluster, startRedis, startRedisCluster } from '../../test/servers/redis-server.js';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { VaultTokenEngine } from '../tokens/vault-token-engine.js';
import { checkFailClosed } from './conformance/fail-closed.js';
import { runVaultConformance } from './conformance/run-vault-conformance.js';
import { RedisVault } from './redis-vault.js';

let single: ProcessServer;
let cluster: RedisCluster;

beforeAll(async () => {
  [single, cluster] = await Promise.all([startRedis(), startRedisCluster()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([single?.stop(), cluster?.stop()]);
});

runVaultConformance({
  name: 'redis (single node)',
  create: async () => new RedisVault({ url: `redis://127.0.0.1:${single.port}` }),
  sharedConfig: () => ({ type: 'redis', redisUrl: `redis://127.0.0.1:${single.port}` }),
});

runVaultConformance({
  name: 'redis (3-master cluster)',
  create: async () => new RedisVault({ clusterNodes: cluster.ports.map((port) => `127.0.0.1:${port}`) }),
  sharedConfig: () => ({ type: 'redis', redisClusterNodes: cluster.ports.map((port) => `127.0.0.1:${port}`) }),
});

/** Tokenizes N distinct values in one batch and returns the server-side data command calls it cost. */
async function commandsForBatch(vault: RedisVault, ports: readonly number[], n: number, tenant: string) {
  const engine = new VaultTokenEngine({ vault, keyProvider: new StaticKeyProvider(new Uint8Array(32).fill(3)) });
  const items = Array.from({ length: n }, (_, index) => ({
    type: index % 2 ? 'PERSON' : 'EMAIL_ADDRESS',
    value: `user${index}@example.com`,
  }));
  await engine.tokenize({ tenant }, [{ type: 'PERSON', value: 'warm-up' }]);
  const before = dataCommandCalls(ports);
  const outcomes = await engine.tokenize({ tenant }, items);
  const afterEncode = dataCommandCalls(ports);
  const decoded = await engine.detokenize(
    { tenant },
    outcomes.map((outcome) => outcome.token),
  );
  const afterDecode = dataCommandCalls(ports);
  expect(decoded.map((item) => item?.value)).toEqual(items.map((item) => item.value));
  const diff = (a: Map<string, number>, b: Map<string, number>) =>
    Object.fromEntries(
      [...a].map(([name, calls]) => [name, calls - (b.get(name) ?? 0)]).filter(([, calls]) => calls !== 0),
    );
  return { encode: diff(afterEncode, before), decode: diff(afterDecode, afterEncode) };
}

describe('RedisVault round trips (INFO commandstats on the real server)', () => {
  it('costs the same commands for 10 and 200 entities: one MGET per read, one script per write', async () => {
    const vault = new RedisVault({ url: `redis://127.0.0.1:${single.port}` });
    try {
      const small = await commandsForBatch(vault, [single.port], 10, 'count-10');
      const large = await commandsForBatch(vault, [single.port], 200, 'count-200');
      // Top-level commands only count once each; the SETs inside the script are counted under `set`.
      const topLevel = (stats: Record<string, number>) => ({
        mget: stats.mget,
        evalsha: (stats.evalsha ?? 0) + (stats.eval ?? 0),
      });
      expect(topLevel(large.encode)).toEqual(topLevel(small.encode));
      expect(topLevel(large.encode).mget).toBeLessThanOrEqual(1);
      expect(topLevel(large.encode).evalsha).toBeLessThanOrEqual(3);
      expect(large.decode).toEqual({ mget: 1 });
      expect(small.decode).toEqual({ mget: 1 });
    } finally {
      await vault.close();
    }
  });

  it('keeps a scope in one slot on a cluster: one command per batch there too', async () => {
    const vault = new RedisVault({ clusterNodes: cluster.ports.map((port) => `127.0.0.1:${port}`) });
    try {
      const large = await commandsForBatch(vault, cluster.ports, 200, 'cluster-200');
      expect(large.decode).toEqual({ mget: 1 });
      expect(large.encode.mget).toBe(1);
    } finally {
      await vault.close();
    }
  });
});

describe('RedisVault on a cluster', () => {
  it('enumerates every master even when scanKeys is the first call of a fresh client', async () => {
    const nodes = cluster.ports.map((port) => `127.0.0.1:${port}`);
    const writer = new RedisVault({ clusterNodes: nodes });
    // Twenty scopes hash to slots all over the three masters.
    const keys = Array.from({ length: 20 }, (_, index) => `mask:{fresh${index}.scan}:t:x`);
    await writer.putMany(keys.map((key) => ({ key, value: 'v' })));
    const reader = new RedisVault({ clusterNodes: nodes });
    const seen: string[] = [];
    for await (const batch of reader.scanKeys('mask:{fresh')) seen.push(...batch);
    expect(seen.sort()).toEqual([...keys].sort());
    await Promise.all([writer.close(), reader.close()]);
  });
});

describe('RedisVault fails closed', () => {
  it('raises typed errors while Redis is down and reconnects when it returns', async () => {
    const server = await startRedis();
    const vault = new RedisVault({ url: `redis://127.0.0.1:${server.port}`, timeoutMs: 500 });
    try {
      await checkFailClosed({ vault, backend: 'redis', stop: () => server.kill(), start: () => server.restart() });
    } finally {
      await vault.close();
      await server.stop();
    }
  }, 30_000);

  it('raises typed errors while a whole Redis Cluster is down and recovers when its nodes restart', async () => {
    const own = await startRedisCluster();
    const vault = new RedisVault({ clusterNodes: own.ports.map((port) => `127.0.0.1:${port}`), timeoutMs: 500 });
    try {
      await checkFailClosed({
        vault,
        backend: 'redis',
        stop: async () => {
          await Promise.all(own.nodes.map((node) => node.kill()));
        },
        // Each node reloads its nodes.conf from its directory and the cluster forms again.
        start: async () => {
          await Promise.all(own.nodes.map((node) => node.restart()));
        },
      });
    } finally {
      await vault.close();
      await own.stop();
    }
  }, 60_000);
});
