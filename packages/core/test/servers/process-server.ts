import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A server process started by a test on a loopback port; stopped by its PID. */
export interface ProcessServer {
  readonly host: string;
  readonly port: number;
  /** PID of the running process (changes after a restart). */
  readonly pid: number;
  /** A scratch directory owned by this server (removed by `stop`). */
  readonly dir: string;
  /** Stops the process (SIGTERM, then SIGKILL after 3 s) and keeps the port for `restart`. */
  kill(): Promise<void>;
  /** Starts the process again on the same port. */
  restart(): Promise<void>;
  /** Stops the process for good and removes its directory. */
  stop(): Promise<void>;
}

export interface ProcessServerOptions {
  name: string;
  command: string;
  /** Arguments for a port and a scratch directory. */
  args: (port: number, dir: string) => string[];
  /** Resolves once the server answers. */
  ready: (port: number) => Promise<boolean>;
  port?: number;
  env?: NodeJS.ProcessEnv;
}

const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
let systemDepsChecked = false;

/** Installs redis-server / redis-cli / memcached with scripts/install-system-deps.sh when one is missing. */
export function ensureSystemServers(): void {
  if (systemDepsChecked) return;
  const missing = ['redis-server', 'redis-cli', 'memcached'].filter((binary) => !onPath(binary));
  if (missing.length > 0) {
    execFileSync('bash', [join(REPO_ROOT, 'scripts/install-system-deps.sh')], { stdio: 'inherit' });
  }
  systemDepsChecked = true;
}

function onPath(binary: string): boolean {
  return (process.env.PATH ?? '').split(':').some((directory) => directory && existsSync(join(directory, binary)));
}

/** A free TCP port on 127.0.0.1 (the OS picks it; the listener is closed right away). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Sends `payload` and resolves with what the server answers first (or `undefined` on error / 500 ms). */
export function tcpAsk(port: number, payload: string | Buffer, host = '127.0.0.1'): Promise<string | undefined> {
  return new Promise((resolveAnswer) => {
    const socket = new Socket();
    const done = (answer: string | undefined) => {
      socket.destroy();
      resolveAnswer(answer);
    };
    socket.setTimeout(500, () => done(undefined));
    socket.once('error', () => done(undefined));
    socket.once('data', (data) => done(data.toString('latin1')));
    socket.connect(port, host, () => socket.write(payload));
  });
}

/** True once something accepts TCP connections on the port. */
export function tcpOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = new Socket();
    socket.setTimeout(500, () => {
      socket.destroy();
      resolveOpen(false);
    });
    socket.once('error', () => resolveOpen(false));
    socket.connect(port, host, () => {
      socket.destroy();
      resolveOpen(true);
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  throw new Error(`${what} did not become ready in ${timeoutMs} ms`);
}

/** Starts `command` on a free loopback port and waits until it answers. */
export async function startProcessServer(options: ProcessServerOptions): Promise<ProcessServer> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), `mask-${options.name}-`));
  let child: ChildProcess | undefined;
  let output = '';

  const launch = async () => {
    output = '';
    const started = spawn(options.command, options.args(port, dir), {
      cwd: dir,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    started.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    let exited = false;
    started.once('exit', () => {
      exited = true;
    });
    try {
      await waitFor(async () => {
        if (exited) throw new Error(`${options.name} exited during startup: ${output}`);
        return options.ready(port);
      }, options.name);
    } catch (error) {
      await killChild(started);
      throw error;
    }
  };

  await launch();
  const server: ProcessServer = {
    host: '127.0.0.1',
    port,
    dir,
    get pid() {
      return child?.pid ?? -1;
    },
    async kill() {
      if (child) await killChild(child);
      child = undefined;
      // The port must really be closed before a test relies on the server being gone.
      await waitFor(async () => !(await tcpOpen(port)), `${options.name} shutdown`, 5000);
    },
    async restart() {
      if (child) await server.kill();
      await launch();
    },
    async stop() {
      if (child) await killChild(child);
      child = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** SIGTERM by PID, SIGKILL after 3 s; resolves when the process has exited. */
export function killChild(child: ChildProcess): Promise<void> {
  return new Promise((resolveKill) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolveKill();
      return;
    }
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveKill();
    });
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolveKill();
    }
  });
}
