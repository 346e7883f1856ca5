// bench/gateway: /scrub throughput and p99 with 1 KB bodies against a bare node:http server (JSON parse +
// reply only) on the same machine, as a ratio; then a 60 s soak of the default configuration with the
// server's heap sampled after full GCs. Loopback only, bounded in time. Writes RESULTS.md beside this file.
//   node bench/gateway/run.mjs [--quick]      (--quick: 3 s runs, 10 s soak; for smoke checks only)
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const DURATION = quick ? 3 : 10;
const WARMUP = quick ? 1 : 3;
const SOAK = quick ? 10 : 60;
const CONNECTIONS = 16;
const key = randomBytes(32).toString('base64');
const apiKey = `bench-${randomBytes(16).toString('hex')}`;

// ~1 KB of agent tool output with a few entities of several kinds.
const filler =
  'The quarterly report was reviewed by the committee and the follow-up actions were agreed for the next cycle. ';
const text = (
  'Customer Maria Lopez (maria.lopez@acme-health.com, card 4111 1111 1111 1111) called from Valencia about ' +
  'invoice 2291. Her colleague John Smith, reachable at john.smith@example.org from IP 203.0.113.77, confirmed. ' +
  filler.repeat(8)
).slice(0, 940);
const body = JSON.stringify({ task_id: 'bench', items: [{ id: 'doc-1', text }] });

function startChild(mode, options = {}) {
  const child = fork(join(here, 'server-child.mjs'), [mode, JSON.stringify(options)], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () => new Promise((resolve) => child.once('message', resolve));
  return {
    child,
    ready: next(),
    memory: async () => {
      const answer = next();
      child.send({ memory: true });
      return answer;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ stop: true });
      await exited;
    },
  };
}

async function load(url, seconds, path = '/scrub') {
  const result = await autocannon({
    url: `${url}${path}`,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    connections: CONNECTIONS,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function measure(name, mode, options) {
  const server = startChild(mode, { key, apiKey, ...options });
  const { url } = await server.ready;
  await load(url, WARMUP);
  const result = await load(url, DURATION);
  await server.stop();
  console.log(
    `${name.padEnd(44)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}  non-2xx ${result.non2xx}`,
  );
  return { name, ...result };
}

console.log(
  `1 KB bodies (${Buffer.byteLength(body)} bytes), ${CONNECTIONS} connections, ${DURATION} s each after ${WARMUP} s warm-up`,
);
const bare = await measure('bare node:http (JSON parse + reply)', 'bare');
const hono = await measure('hono + @hono/node-server (JSON parse + reply)', 'hono');
const rows = [
  await measure('gateway /scrub, rules only, memory store', 'gateway', { rulesOnly: true, store: 'memory' }),
  await measure('gateway /scrub, Tier 0 + local NER, memory store', 'gateway', { store: 'memory' }),
  await measure('gateway /scrub, Tier 0 + local NER, SQLite (default)', 'gateway', { store: 'sqlite' }),
];

// Soak: the default configuration (SQLite store, local NER), every request minting a new map handle.
const soakServer = startChild('gateway', { key, apiKey, store: 'sqlite' });
const { url } = await soakServer.ready;
await load(url, WARMUP);
const samples = [];
const started = Date.now();
const soakLoad = load(url, SOAK);
while (Date.now() - started < SOAK * 1000 - 500) {
  await new Promise((resolve) => setTimeout(resolve, Math.min(5000, SOAK * 100)));
  samples.push({ t: Math.round((Date.now() - started) / 1000), ...(await soakServer.memory()) });
}
const soak = await soakLoad;
await soakServer.stop();
const mb = (bytes) => (bytes / 1048576).toFixed(1);
const half = Math.floor(samples.length / 2);
const avg = (list) => list.reduce((sum, sample) => sum + sample.heapUsed, 0) / list.length;
const firstHalf = avg(samples.slice(0, half));
const secondHalf = avg(samples.slice(half));
console.log(
  `soak ${SOAK} s: ${soak.rps.toFixed(0)} req/s, p99 ${soak.p99} ms, errors ${soak.errors}, non-2xx ${soak.non2xx}`,
);
console.log(`heap after GC: ${samples.map((sample) => `${sample.t}s ${mb(sample.heapUsed)}`).join(', ')} MB`);

const table = [bare, hono, ...rows]
  .map(
    (row) =>
      `| ${row.name} | ${row.rps.toFixed(0)} | ${(row.rps / bare.rps).toFixed(2)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} |`,
  )
  .join('\n');
const markdown = `# bench/gateway: results

Recorded ${new Date().toISOString().slice(0, 16)}Z with \`node bench/gateway/run.mjs${quick ? ' --quick' : ''}\` on this machine
(2 shared cores, Node ${process.versions.node}). Each server runs in its own process; autocannon drives it over
loopback with ${CONNECTIONS} connections, ${DURATION} s after a ${WARMUP} s warm-up. Body: one item of ${text.length}
characters (${Buffer.byteLength(body)} bytes of JSON) with 2 names, 2 emails, a card number, a city and an IP.
Every /scrub call mints a new map handle (the worst case: a handle write plus token writes per request).
Rate limits and auth are on in every gateway run.

| server | req/s | ratio to bare | p50 ms | p99 ms | errors | non-2xx |
|---|---:|---:|---:|---:|---:|---:|
${table}

Goal: /scrub >= 0.40 of the bare server. Default configuration (local NER, SQLite store):
**${(rows[2].rps / bare.rps).toFixed(2)}**; rules only: **${(rows[0].rps / bare.rps).toFixed(2)}**.

## Soak: ${SOAK} s, default configuration (SQLite store, local NER)

${soak.rps.toFixed(0)} req/s sustained, p99 ${soak.p99} ms, ${soak.total} requests, ${soak.errors} errors,
${soak.non2xx} non-2xx. Server heap after a full GC, sampled during the run:

| t (s) | heap MB | rss MB |
|---:|---:|---:|
${samples.map((sample) => `| ${sample.t} | ${mb(sample.heapUsed)} | ${mb(sample.rss)} |`).join('\n')}

Mean heap, first half ${mb(firstHalf)} MB, second half ${mb(secondHalf)} MB
(${(((secondHalf - firstHalf) / firstHalf) * 100).toFixed(1)}% change).
`;
if (!quick) writeFileSync(join(here, 'RESULTS.md'), markdown);
console.log(quick ? markdown : `wrote ${join(here, 'RESULTS.md')}`);
const failed = [bare, hono, ...rows, soak].some((row) => row.errors > 0 || row.non2xx > 0);
process.exit(failed ? 1 : 0);
