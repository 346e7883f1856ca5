// Smoke test of the built app (CI runs `next build` only here, once; the workspace `build` skips this app): starts `next start` on a free loopback port, posts a chat message that holds an
// email address, and checks that (1) the streamed answer is rehydrated (real email and phone), (2) the model saw
// tokens only, (3) the answer arrived in several chunks. Builds the app first if `.next` has no build.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const nextBin = join(here, 'node_modules', 'next', 'dist', 'bin', 'next');
const EMAIL = 'maria.garcia@acme-health.org';
const PHONE = '+1 415-867-5309';

if (!existsSync(join(here, '.next', 'BUILD_ID'))) {
  const build = spawnSync(process.execPath, [nextBin, 'build', '--webpack'], { cwd: here, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});

const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: here,
  env: {
    ...process.env,
    MASK_MASTER_KEY: randomBytes(32).toString('hex'),
    MASK_FAIL_STRATEGY: 'closed',
    MASK_ENV: 'production',
    MASK_EXAMPLE_DEBUG: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
child.stdout.on('data', (chunk) => {
  serverLog += chunk;
});
child.stderr.on('data', (chunk) => {
  serverLog += chunk;
});

const base = `http://127.0.0.1:${port}`;
const failures = [];
try {
  await waitForServer(base);
  const response = await fetch(`${base}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chatId: 'smoke-1', message: `Where is my order? My email is ${EMAIL}.` }),
  });
  if (!response.ok || !response.body) throw new Error(`POST /api/chat: HTTP ${response.status}`);
  const chunks = [];
  const decoder = new TextDecoder();
  for await (const bytes of response.body) chunks.push(decoder.decode(bytes, { stream: true }));
  const answer = chunks.join('');
  const expected = `Order for ${EMAIL} is out for delivery. The courier will call ${PHONE}.`;
  if (answer !== expected)
    failures.push(`streamed answer:\n  got      ${JSON.stringify(answer)}\n  expected ${JSON.stringify(expected)}`);
  if (chunks.length < 2) failures.push(`expected a streamed answer in several chunks, got ${chunks.length}`);

  const seen = JSON.stringify(await (await fetch(`${base}/api/debug`)).json());
  if (!seen.includes('Where is my order?')) failures.push('the model did not receive the user message');
  if (!/[a-z2-7]{12}@mask\.invalid/.test(seen)) failures.push('the model did not receive an email token');
  for (const secret of [EMAIL, PHONE, '415-867-5309']) {
    if (seen.includes(secret)) failures.push(`the model saw ${secret.slice(0, 5)}... in the clear`);
  }
  console.log(`answer (${chunks.length} chunks): ${answer}`);
} catch (error) {
  failures.push(String(error));
} finally {
  child.kill('SIGTERM');
}

if (failures.length > 0) {
  console.error(`SMOKE TEST FAILED:\n- ${failures.join('\n- ')}\n--- server log ---\n${serverLog}`);
  process.exit(1);
}
console.log('SMOKE TEST OK: streamed answer rehydrated, the model saw tokens only.');

async function waitForServer(url) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('next start did not answer within 60 s');
}
