import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memcachedStats, startMemcached } from '../../test/servers/memcached-server.js';
import type { ProcessServer } from '../../test/servers/process-server.js';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { VaultTokenEngine } from '../tokens/vault-token-engine.js';
import { checkFailClosed } from './conformance/fail-closed.js';
import { runVaultConformance } from './conformance/run-vault-conformance.js';
import { MemcachedVault } from './memcached-vault.js';

let server: ProcessServer;

beforeAll(async () => {
  server = await startMemcached();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

runVaultConformance({
  name: 'memcached',
  create: async () => new MemcachedVault({ servers: `127.0.0.1:${server.port}` }),
  sharedConfig: () => ({ type: 'memcached', memcachedHost: `127.0.0.1:${server.port}` }),
  scans: false,
});

describe('MemcachedVault round trips', () => {
  it('sends one write per batch (quiet commands + NOOP) and the server counts N lookups, no retries', async () => {
    const vault = new MemcachedVault({ servers: `127.0.0.1:${server.port}` });
    // Count what really goes on the wire: wrap the memjs connection's write (the real socket path).
    const connection = (vault.client as unknown as { servers: { write(buffer: Buffer): void }[] }).servers[0];
    if (!connection) throw new Error('memjs has no server');
    const realWrite = connection.write.bind(connection);
    let writes = 0;
    connection.write = (buffer: Buffer) => {
      writes++;
      realWrite(buffer);
    };
    const engine = new VaultTokenEngine({ vault, keyProvider: new StaticKeyProvider(new Uint8Array(32).fill(5)) });
    try {
      for (const n of [10, 200]) {
        const items = Array.from({ length: n }, (_, index) => ({ type: 'PERSON', value: `Person ${n}-${index}` }));
        const statsBefore = await memcachedStats(server.port);
        writes = 0;
        const outcomes = await engine.tokenize({ tenant: `memcached-${n}` }, items);
        const encodeWrites = writes;
        const statsMiddle = await memcachedStats(server.port);
        writes = 0;
        const decoded = await engine.detokenize(
          { tenant: `memcached-${n}` },
          outcomes.map((outcome) => outcome.token),
        );
        const statsAfter = await memcachedStats(server.port);
        expect(decoded.map((item) => item?.value)).toEqual(items.map((item) => item.value));
        // Encode: one read batch, one insert batch, one index + counter write (2 batches in parallel).
        expect(encodeWrites).toBeLessThanOrEqual(4);
        expect(writes).toBe(1);
        const delta = (name: string, a: Map<string, number>, b: Map<string, number>) =>
          (b.get(name) ?? 0) - (a.get(name) ?? 0);
        // Decode of N tokens: exactly N lookups, all hits, in that single write.
        expect(delta('cmd_get', statsMiddle, statsAfter)).toBe(n);
        expect(delta('get_hits', statsMiddle, statsAfter)).toBe(n);
        // Encode stores N records + N indexes + 1 counter.
        expect(delta('cmd_set', statsBefore, statsMiddle)).toBe(2 * n + 1);
      }
    } finally {
      await vault.close();
    }
  });
});

describe('MemcachedVault fails closed', () => {
  it('raises typed errors while memcached is down and reconnects when it returns', async () => {
    const own = await startMemcached();
    const vault = new MemcachedVault({ servers: `127.0.0.1:${own.port}`, timeoutMs: 500 });
    try {
      await checkFailClosed({ vault, backend: 'memcached', stop: () => own.kill(), start: () => own.restart() });
    } finally {
      await vault.close();
      await own.stop();
    }
  }, 30_000);
});
