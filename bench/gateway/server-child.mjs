// One server under test, in its own process so that the load generator never shares its event loop.
// argv[2]: 'bare' | 'hono' | 'gateway'; argv[3]: JSON options for the gateway. Talks to the parent over IPC:
// sends { url } once listening; answers { memory: true } with { rss, heapUsed } (after a full GC) and
// { cpu: true } with the process's CPU time so far in microseconds (user + system).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBareServer } from './bare-server.mjs';

const [mode, rawOptions] = process.argv.slice(2);
const options = rawOptions ? JSON.parse(rawOptions) : {};
let close;

if (mode === 'bare') {
  const bare = await startBareServer();
  close = bare.close;
  process.send({ url: bare.url });
} else if (mode === 'hono') {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const app = new Hono();
  app.post('/scrub', async (context) => {
    const body = await context.req.json();
    return context.json({ task_id: body.task_id ?? null, ok: true });
  });
  await new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      close = () => new Promise((done) => server.close(() => done()));
      process.send({ url: `http://127.0.0.1:${info.port}` });
      resolve();
    });
  });
} else if (mode === 'gateway') {
  // MASK_BENCH_GATEWAY: another build of the gateway (a dist/index.mjs path), to compare two versions.
  const { startGateway } = await import(process.env.MASK_BENCH_GATEWAY ?? '@mask/gateway');
  const store =
    options.store === 'sqlite'
      ? { type: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'mask-gw-bench-')), 'maps', 'maps.db') }
      : { type: options.store ?? 'memory' };
  const gateway = await startGateway({
    key: options.key,
    apiKeys: [options.apiKey],
    store,
    port: 0,
    // Limits stay on (their cost is part of the measurement), set high enough never to trigger.
    rateLimit: { perKey: { requests: 1e9, windowSeconds: 1 }, perIp: { requests: 1e9, windowSeconds: 1 } },
    ...(options.rulesOnly ? { nerEngines: [] } : {}),
  });
  close = () => gateway.close();
  process.send({ url: gateway.url });
} else if (mode === 'core') {
  // The ceiling: the same detection + tokenization in-process, no HTTP, one new scope per call (as /scrub
  // makes one new map per call), for options.seconds.
  const { LocalNerEngine, MaskClient, MemoryVault, PatternScanner, WaterfallScanner } = await import('@mask/core');
  const scanner = new WaterfallScanner({ tier0: new PatternScanner(), engines: [new LocalNerEngine()] });
  const client = new MaskClient({ key: options.key, vault: new MemoryVault(), scanner, env: {}, audit: false });
  const run = async (until) => {
    let count = 0;
    while (performance.now() < until) {
      await client.withScope({ tenant: 'bench', session: `s${count}` }).tokenizeText(options.text);
      count++;
    }
    return count;
  };
  await run(performance.now() + 2000);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const count = await run(started + options.seconds * 1000);
  const used = process.cpuUsage(cpu);
  process.send({
    opsPerSecond: count / ((performance.now() - started) / 1000),
    cpuMicrosPerOp: (used.user + used.system) / count,
  });
  close = async () => {};
} else {
  throw new Error(`unknown mode ${mode}`);
}

process.on('message', async (message) => {
  if (message.cpu) {
    const { user, system } = process.cpuUsage();
    process.send({ cpu: user + system });
  } else if (message.memory) {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send({ rss, heapUsed });
  } else if (message.stop) {
    await close?.();
    process.exit(0);
  }
});
