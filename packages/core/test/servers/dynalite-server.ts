import { createRequire } from 'node:module';
import { type ProcessServer, startProcessServer, tcpOpen } from './process-server.js';

const require = createRequire(import.meta.url);

/**
 * dynalite (DynamoDB API on LevelDB, in memory) in its own Node process on a free loopback port, so that a
 * test can kill it by PID and start it again. It has no TTL deletion and no transactions.
 */
export async function startDynalite(port?: number): Promise<ProcessServer> {
  const dynalite = require.resolve('dynalite');
  const script = `require(${JSON.stringify(dynalite)})({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }).listen(Number(process.argv[1]), '127.0.0.1')`;
  return startProcessServer({
    name: 'dynalite',
    command: process.execPath,
    args: (dynalitePort) => ['-e', script, String(dynalitePort)],
    ready: (dynalitePort) => tcpOpen(dynalitePort),
    ...(port ? { port } : {}),
  });
}

/** Static credentials for dynalite (it accepts any). */
export const DYNALITE_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
