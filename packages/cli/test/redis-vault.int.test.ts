import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PII, runMask, TEST_KEY } from './helpers.js';

/** A free loopback port, asked from the kernel. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('scrub and rehydrate through a Redis vault (two processes, one real redis-server)', () => {
  let redis: ChildProcess;
  let url = '';

  beforeAll(async () => {
    execFileSync('bash', [new URL('../../../scripts/install-system-deps.sh', import.meta.url).pathname], {
      stdio: 'inherit',
    });
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    url = `redis://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        if (execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).trim() === 'PONG') return;
      } catch {
        // Not up yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('redis-server did not start');
  });
  afterAll(() => {
    redis?.kill('SIGTERM');
  });

  it('round-trips JSON lines, and the stored values are ciphertext', async () => {
    const env = { MASK_MASTER_KEY: TEST_KEY, MASK_VAULT_TYPE: 'redis', MASK_REDIS_URL: url };
    const input = `${JSON.stringify({ email: PII.email, iban: PII.iban })}\n`;
    const scrubbed = await runMask(['scrub', '--format', 'jsonl', '--session', 'ticket-7'], { input, env });
    expect(scrubbed.code).toBe(0);
    expect(scrubbed.stdout).not.toContain(PII.email);
    const restored = await runMask(['rehydrate', '--format', 'jsonl', '--session', 'ticket-7'], {
      input: scrubbed.stdout,
      env,
    });
    expect(restored.stdout).toBe(input);
    // Another session cannot decode them.
    const other = await runMask(['rehydrate', '--format', 'jsonl', '--session', 'ticket-8'], {
      input: scrubbed.stdout,
      env,
    });
    expect(other.stdout).toBe(scrubbed.stdout);
    const port = new URL(url).port;
    const dump = execFileSync(
      'redis-cli',
      [
        '-p',
        port,
        '--no-raw',
        'eval',
        "local out = {} for _, k in ipairs(redis.call('keys', '*')) do if redis.call('type', k).ok == 'string' then table.insert(out, redis.call('get', k)) end end return out",
        '0',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(dump.length).toBeGreaterThan(0);
    expect(dump).not.toContain(PII.email);
    expect(dump).not.toContain(PII.iban);
  });

  it('fails closed when Redis is down: nothing printed, exit 3', async () => {
    const deadPort = await freePort();
    const result = await runMask(['scrub'], {
      input: `${PII.email}\n`,
      env: { MASK_MASTER_KEY: TEST_KEY, MASK_VAULT_TYPE: 'redis', MASK_REDIS_URL: `redis://127.0.0.1:${deadPort}` },
    });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('[VAULT_CONNECTION]');
    expect(result.stderr).not.toContain(PII.email);
  });
});
