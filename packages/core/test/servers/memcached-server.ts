import { ensureSystemServers, type ProcessServer, startProcessServer, tcpAsk } from './process-server.js';

/** memcached on a free loopback port (64 MB, no UDP, 2 MiB item limit). */
export async function startMemcached(port?: number): Promise<ProcessServer> {
  ensureSystemServers();
  return startProcessServer({
    name: 'memcached',
    command: 'memcached',
    args: (memcachedPort) => [
      '-l',
      '127.0.0.1',
      '-p',
      String(memcachedPort),
      '-U',
      '0',
      '-m',
      '64',
      '-I',
      '2m',
      ...(process.getuid?.() === 0 ? ['-u', 'root'] : []),
    ],
    ready: async (memcachedPort) => (await tcpAsk(memcachedPort, 'version\r\n'))?.startsWith('VERSION') ?? false,
    ...(port ? { port } : {}),
  });
}

/** The server's `stats` as numbers (cmd_get, cmd_set, get_hits, ...). */
export async function memcachedStats(port: number): Promise<Map<string, number>> {
  const { Socket } = await import('node:net');
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let text = '';
    socket.setTimeout(2000, () => {
      socket.destroy();
      reject(new Error('stats timed out'));
    });
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (text.endsWith('END\r\n')) {
        socket.destroy();
        const stats = new Map<string, number>();
        for (const line of text.split('\r\n')) {
          const match = /^STAT (\S+) (\d+)$/.exec(line);
          if (match) stats.set(match[1] as string, Number(match[2]));
        }
        resolve(stats);
      }
    });
    socket.connect(port, '127.0.0.1', () => socket.write('stats\r\n'));
  });
}
