import { execFileSync } from 'node:child_process';
import { ensureSystemServers, freePort, type ProcessServer, startProcessServer, tcpAsk } from './process-server.js';

const redisArgs = (port: number, dir: string) => [
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
  '--protected-mode',
  'no',
  '--loglevel',
  'warning',
];

const pong = async (port: number) => (await tcpAsk(port, 'PING\r\n'))?.startsWith('+PONG') ?? false;

/** A single redis-server on a free loopback port (no persistence). */
export async function startRedis(port?: number): Promise<ProcessServer> {
  ensureSystemServers();
  return startProcessServer({
    name: 'redis',
    command: 'redis-server',
    args: redisArgs,
    ready: pong,
    ...(port ? { port } : {}),
  });
}

/** Runs redis-cli against a node and returns its output. */
export function redisCli(port: number, ...args: string[]): string {
  return execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' });
}

/** `INFO commandstats` as a map of command name to calls. */
export function commandStats(port: number): Map<string, number> {
  const stats = new Map<string, number>();
  for (const line of redisCli(port, 'INFO', 'commandstats').split('\n')) {
    const match = /^cmdstat_([a-z|_-]+):calls=(\d+)/.exec(line.trim());
    if (match) stats.set(match[1] as string, Number(match[2]));
  }
  return stats;
}

/** Total calls of data commands (reads/writes/scripts) across nodes, ignoring INFO/CLUSTER/PING housekeeping. */
export function dataCommandCalls(ports: readonly number[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const port of ports) {
    for (const [name, calls] of commandStats(port)) {
      if (/^(info|cluster|ping|config|client|command|hello|select|readonly|script)/.test(name)) continue;
      total.set(name, (total.get(name) ?? 0) + calls);
    }
  }
  return total;
}

/** A Redis Cluster of three masters (no replicas), each on a free loopback port. */
export interface RedisCluster {
  readonly nodes: readonly ProcessServer[];
  readonly ports: readonly number[];
  stop(): Promise<void>;
}

export async function startRedisCluster(): Promise<RedisCluster> {
  ensureSystemServers();
  const nodes: ProcessServer[] = [];
  try {
    for (let index = 0; index < 3; index++) {
      const port = await freePort();
      // The cluster bus listens on a port of its own, by default the node's port + 10000, which another server of
      // the run may hold: a free one is chosen too.
      const busPort = await freePort();
      nodes.push(
        await startProcessServer({
          name: 'redis-cluster',
          command: 'redis-server',
          port,
          args: (nodePort, dir) => [
            ...redisArgs(nodePort, dir),
            '--cluster-enabled',
            'yes',
            '--cluster-port',
            String(busPort),
            '--cluster-config-file',
            `nodes-${nodePort}.conf`,
            '--cluster-node-timeout',
            // Long enough that a node starved of CPU on a loaded machine is not voted down mid-test.
            '10000',
          ],
          ready: pong,
        }),
      );
    }
    const ports = nodes.map((node) => node.port);
    execFileSync(
      'redis-cli',
      ['--cluster', 'create', ...ports.map((port) => `127.0.0.1:${port}`), '--cluster-replicas', '0', '--cluster-yes'],
      { stdio: 'ignore', timeout: 20_000 },
    );
    const deadline = Date.now() + 20_000;
    while (!ports.every((port) => redisCli(port, 'CLUSTER', 'INFO').includes('cluster_state:ok'))) {
      if (Date.now() > deadline) throw new Error('redis cluster did not reach state ok');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      nodes,
      ports,
      async stop() {
        await Promise.all(nodes.map((node) => node.stop()));
      },
    };
  } catch (error) {
    await Promise.all(nodes.map((node) => node.stop()));
    throw error;
  }
}
