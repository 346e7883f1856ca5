// Servers for bench/vault: redis-server, memcached (Debian packages, installed by scripts/install-system-deps.sh
// when missing) and dynalite, each on a free loopback port, stopped by PID.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function ensureSystemServers() {
  const onPath = (binary) =>
    (process.env.PATH ?? '').split(':').some((directory) => directory && existsSync(join(directory, binary)));
  if (!['redis-server', 'memcached'].every(onPath)) {
    execFileSync('bash', [join(root, 'scripts/install-system-deps.sh')], { stdio: 'inherit' });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function open(port) {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(300, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
  });
}

async function start(name, command, args) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `mask-bench-${name}-`));
  const child = spawn(command, args(port, dir), { cwd: dir, stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  while (!(await open(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        process.kill(child.pid, 'SIGTERM');
      }),
  };
}

export const startRedis = () =>
  start('redis', 'redis-server', (port, dir) => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ]);

export const startMemcached = () =>
  start('memcached', 'memcached', (port) => [
    '-l',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    '0',
    '-m',
    '256',
    ...(process.getuid?.() === 0 ? ['-u', 'root'] : []),
  ]);

export const startDynalite = () =>
  start('dynalite', process.execPath, (port) => [
    '-e',
    `require(${JSON.stringify(require.resolve('dynalite'))})({ createTableMs: 0 }).listen(${port}, '127.0.0.1')`,
  ]);

/**
 * A TCP proxy on a free loopback port that delays every chunk by `rttMs / 2` in each direction, to show what a
 * network round trip costs (loopback is ~0.05 ms; a cross-zone link is ~1 ms). Order is kept: equal delays fire
 * in order.
 */
export async function startLatencyProxy(targetPort, rttMs) {
  const oneWay = rttMs / 2;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = new Socket();
    sockets.add(client);
    sockets.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    upstream.connect(targetPort, '127.0.0.1');
    client.on('data', (chunk) => setTimeout(() => upstream.writable && upstream.write(chunk), oneWay));
    upstream.on('data', (chunk) => setTimeout(() => client.writable && client.write(chunk), oneWay));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  const port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
