// bench/vault: encode/decode throughput of the default token engine on every vault backend, batched (one
// tokenize/detokenize call for 100 values: O(1) round trips) vs one by one (100 calls). Starts its own servers
// (redis-server, memcached, dynalite) on loopback ports and stops them. Writes RESULTS.md and results.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryVault, StaticKeyProvider, VaultTokenEngine } from '@mask/core';
import { DynamoDBVault } from '@mask/core/dynamodb';
import { MemcachedVault } from '@mask/core/memcached';
import { RedisVault } from '@mask/core/redis';
import { SqliteVault } from '@mask/core/sqlite';
import { ensureSystemServers, startDynalite, startLatencyProxy, startMemcached, startRedis } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const DURATION_MS = quick ? 300 : 700;
const ROUNDS = quick ? 1 : 3;
const BATCH = 100;
const keyProvider = new StaticKeyProvider(new Uint8Array(32).fill(42));
const TYPES = ['PERSON', 'EMAIL_ADDRESS', 'US_SSN', 'CREDIT_CARD'];
let serial = 0;
const value = (type) => {
  const n = serial++;
  switch (type) {
    case 'EMAIL_ADDRESS':
      return `user${n}@example.com`;
    case 'US_SSN':
      return `${String(100 + (n % 800)).padStart(3, '0')}-${String(10 + (n % 89))}-${String(1000 + (n % 8999))}`;
    case 'CREDIT_CARD':
      return `4111 1111 ${String(n % 10000).padStart(4, '0')} 1111`;
    default:
      return `Person Number${n}`;
  }
};
const items = () =>
  Array.from({ length: BATCH }, (_, index) => ({
    type: TYPES[index % TYPES.length],
    value: value(TYPES[index % TYPES.length]),
  }));

/** Values per second over DURATION_MS of repeated rounds of `round` (each handles BATCH values). */
async function rate(round) {
  await round(); // warm-up: connections, scripts, JIT
  let values = 0;
  const start = performance.now();
  while (performance.now() - start < DURATION_MS) {
    await round();
    values += BATCH;
  }
  return Math.round(values / ((performance.now() - start) / 1000));
}

/** The four cells of one backend, measured once (a round). */
async function measureBackend(name, engine, state) {
  const scope = () => ({ tenant: `bench-${name}`, session: `s${state.scopeIndex++}` });
  if (!state.minted) {
    state.decodeScope = scope();
    state.minted = (await engine.tokenize(state.decodeScope, items())).map((outcome) => outcome.token);
  }
  return {
    encodeBatched: await rate(() => engine.tokenize(scope(), items())),
    encodeOneByOne: await rate(async () => {
      const current = scope();
      for (const item of items()) await engine.tokenize(current, [item]);
    }),
    decodeBatched: await rate(() => engine.detokenize(state.decodeScope, state.minted)),
    decodeOneByOne: await rate(async () => {
      for (const token of state.minted) await engine.detokenize(state.decodeScope, [token]);
    }),
  };
}

/**
 * Interleaved rounds over every backend, median per cell: this machine is shared and busy, and a burst of load
 * would otherwise land on whichever backend ran at that moment.
 */
async function benchAll(backends) {
  const states = backends.map(([name, vault]) => ({
    name,
    vault,
    engine: new VaultTokenEngine({ vault, keyProvider, ttlSeconds: 3600 }),
    scopeIndex: 0,
    samples: [],
  }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const state of states) state.samples.push(await measureBackend(state.name, state.engine, state));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return states.map((state) => {
    const row = { backend: state.name };
    for (const cell of ['encodeBatched', 'encodeOneByOne', 'decodeBatched', 'decodeOneByOne']) {
      row[cell] = median(state.samples.map((sample) => sample[cell]));
    }
    console.log(JSON.stringify(row));
    return row;
  });
}

ensureSystemServers();
const [redis, memcached, dynalite] = await Promise.all([startRedis(), startMemcached(), startDynalite()]);
// The same servers behind a proxy adding 1 ms of round-trip time, as between pods in one region.
const RTT_MS = 1;
const [redisSlow, memcachedSlow] = await Promise.all([
  startLatencyProxy(redis.port, RTT_MS),
  startLatencyProxy(memcached.port, RTT_MS),
]);
const sqliteDir = mkdtempSync(join(tmpdir(), 'mask-bench-sqlite-'));
const rows = [];
try {
  const dynamo = new DynamoDBVault({
    table: 'mask-bench',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${dynalite.port}`,
    clientConfig: { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } },
    timeoutMs: 30_000,
  });
  await dynamo.createTable();
  const backends = [
    ['memory', new MemoryVault()],
    ['sqlite', new SqliteVault({ path: join(sqliteDir, 'db', 'vault.db') })],
    ['redis', new RedisVault({ url: `redis://127.0.0.1:${redis.port}` })],
    ['memcached', new MemcachedVault({ servers: `127.0.0.1:${memcached.port}` })],
    ['dynamodb (dynalite)', dynamo],
    [`redis (+${RTT_MS} ms RTT)`, new RedisVault({ url: `redis://127.0.0.1:${redisSlow.port}` })],
    [`memcached (+${RTT_MS} ms RTT)`, new MemcachedVault({ servers: `127.0.0.1:${memcachedSlow.port}` })],
  ];
  rows.push(...(await benchAll(backends)));
  await Promise.all(backends.map(([, vault]) => vault.close()));
} finally {
  await Promise.all([redisSlow.stop(), memcachedSlow.stop()]);
  await Promise.all([redis.stop(), memcached.stop(), dynalite.stop()]);
  rmSync(sqliteDir, { recursive: true, force: true });
}

const machine = `${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, Node ${process.version}`;
const f = (n) => n.toLocaleString('en-US');
const table = [
  '| backend | encode batched (values/s) | encode one by one | batched speed-up | decode batched | decode one by one | batched speed-up |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.backend} | ${f(row.encodeBatched)} | ${f(row.encodeOneByOne)} | ${(row.encodeBatched / row.encodeOneByOne).toFixed(1)}x | ${f(row.decodeBatched)} | ${f(row.decodeOneByOne)} | ${(row.decodeBatched / row.decodeOneByOne).toFixed(1)}x |`,
  ),
].join('\n');
console.log(table);
if (!quick) {
  writeFileSync(
    join(here, 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, batch: BATCH, rows }, null, 2)}\n`,
  );
  writeFileSync(
    join(here, 'RESULTS.md'),
    `# bench/vault results\n\nVaultTokenEngine (AES-256-GCM records, HMAC blind index) on each backend, ${new Date().toISOString().slice(0, 10)}, ${machine}. ` +
      `Servers on loopback, started by the benchmark (redis-server 7, memcached 1.6, dynalite on LevelDB in memory; SQLite in WAL mode on local disk). ` +
      `Values are a mix of PERSON, EMAIL_ADDRESS, US_SSN and CREDIT_CARD; every encode round mints ${BATCH} new tokens in a fresh session. ` +
      `"Batched" is one tokenize/detokenize call for ${BATCH} values (O(1) round trips); "one by one" is ${BATCH} calls. Median of ${ROUNDS} interleaved rounds of ${DURATION_MS} ms per cell, after a warm-up.\n\n` +
      `${table}\n\nLoopback round trips cost ~0.05-0.1 ms here; the "+${RTT_MS} ms RTT" rows run the same servers behind a local proxy that delays every packet by half a millisecond each way, as between pods: there every round trip saved is worth a millisecond, and batching matters most. ` +
      `dynalite is a slow DynamoDB stand-in (LevelDB, one Node process): its absolute numbers say nothing of DynamoDB's.\n\nRun: \`pnpm bench vault\` (or \`node bench/vault/run.mjs\` after building @mask/core).\n`,
  );
}
