import { createHash } from 'node:crypto';
import { Cluster, type ClusterNode, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import { MaskError } from '../errors/mask-error.js';
import type { Vault, VaultEntry } from './vault.js';
import { assertVaultOpen, vaultConnectionError, withDeadline } from './vault-backend-error.js';

/** Options of {@link RedisVault}. Give `client`, `url` or `clusterNodes`. */
export interface RedisVaultOptions {
  /**
   * A connected (or connecting) ioredis `Redis` or `Cluster`. The vault does not own it: `close()` leaves it open.
   * Configure its `commandTimeout` yourself; the vault still bounds every call by `timeoutMs`.
   */
  client?: Redis | Cluster;
  /** `redis://[:password@]host:port[/db]` or `rediss://...` for a single node. */
  url?: string;
  /** Seed nodes of a Redis Cluster (`host:port` strings or ioredis nodes). */
  clusterNodes?: readonly (string | ClusterNode)[];
  /** Extra ioredis options for a client the vault creates. */
  redisOptions?: RedisOptions;
  /** Extra ioredis Cluster options for a cluster client the vault creates. */
  clusterOptions?: ClusterOptions;
  /**
   * Upper bound, in milliseconds, of every vault call (connection included). Past it the call raises
   * `MaskVaultConnectionError`: an unreachable Redis fails fast instead of hanging the agent.
   * @default 2000
   */
  timeoutMs?: number;
  /**
   * Budget, in milliseconds, of the calls made before the first connection is up (DNS, TLS, a cluster's slot map
   * take longer than a command). Later calls use `timeoutMs`.
   * @default 5000
   */
  connectTimeoutMs?: number;
}

/** Insert-only batch: `SET key value NX [PX ttl]` for every key, atomically on the server, one command. */
const PUT_IF_ABSENT = `local out = {}
for i, key in ipairs(KEYS) do
  local ttl = tonumber(ARGV[2 * i])
  local ok
  if ttl > 0 then ok = redis.call('SET', key, ARGV[2 * i - 1], 'NX', 'PX', ttl)
  else ok = redis.call('SET', key, ARGV[2 * i - 1], 'NX') end
  out[i] = ok and 1 or 0
end
return out`;

/** Unconditional batch write with a TTL per key, one command. */
const PUT = `for i, key in ipairs(KEYS) do
  local ttl = tonumber(ARGV[2 * i])
  if ttl > 0 then redis.call('SET', key, ARGV[2 * i - 1], 'PX', ttl)
  else redis.call('SET', key, ARGV[2 * i - 1]) end
end
return #KEYS`;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const SCRIPTS = { putIfAbsent: { body: PUT_IF_ABSENT, sha: sha1(PUT_IF_ABSENT) }, put: { body: PUT, sha: sha1(PUT) } };

/**
 * Vault on Redis (single node or Redis Cluster) through ioredis, an optional peer dependency.
 *
 * Every batch costs one command per hash slot: `MGET` for reads, one Lua script of `SET NX` for insert-only
 * writes, `DEL` for deletes. Mask's keys put the scope id in a hash tag (`mask:{scope}:...`), so the keys of
 * one scope share a slot and a batch is one command on a cluster too. Records expire with Redis' own TTL.
 *
 * @example
 * import { RedisVault } from '@mask/core/redis';
 * const vault = new RedisVault({ url: 'redis://127.0.0.1:6379' });
 */
export class RedisVault implements Vault {
  readonly name = 'redis';
  /** The ioredis client (for metrics or sharing); do not close it while the vault is in use. */
  readonly client: Redis | Cluster;
  private readonly ownsClient: boolean;
  private readonly timeoutMs: number;
  private readonly isCluster: boolean;
  private readonly connectTimeoutMs: number;
  private connectedOnce = false;
  private closed = false;
  private readyWait: Promise<void> | undefined;

  constructor(options: RedisVaultOptions) {
    this.timeoutMs = options.timeoutMs ?? 2000;
    if (!Number.isFinite(this.timeoutMs) || this.timeoutMs <= 0) {
      throw new MaskError('CONFIG_INVALID', 'RedisVault timeoutMs must be a positive number');
    }
    this.connectTimeoutMs = Math.max(options.connectTimeoutMs ?? 5000, this.timeoutMs);
    const common: RedisOptions = {
      // Bounded everything: a dead server turns into a typed error within timeoutMs, never a hang.
      connectTimeout: this.connectTimeoutMs,
      commandTimeout: this.timeoutMs,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt: number) => Math.min(50 * 2 ** attempt, 1000),
      lazyConnect: false,
      // A call that timed out has been reported as failed: it must not be replayed when the server returns.
      // Calls wait for the connection themselves (see run), bounded by timeoutMs.
      enableOfflineQueue: false,
      autoResendUnfulfilledCommands: false,
    };
    if (options.client) {
      this.client = options.client;
      this.ownsClient = false;
    } else if (options.clusterNodes && options.clusterNodes.length > 0) {
      this.client = new Cluster(
        options.clusterNodes.map((node) => (typeof node === 'string' ? parseHostPort(node) : node)),
        {
          clusterRetryStrategy: (attempt: number) => Math.min(50 * 2 ** attempt, 1000),
          enableOfflineQueue: false,
          ...options.clusterOptions,
          redisOptions: { ...common, ...options.clusterOptions?.redisOptions, ...options.redisOptions },
        },
      );
      this.ownsClient = true;
    } else if (options.url) {
      this.client = new Redis(options.url, { ...common, ...options.redisOptions });
      this.ownsClient = true;
    } else {
      throw new MaskError('CONFIG_INVALID', 'RedisVault needs a client, a url or clusterNodes');
    }
    this.isCluster = this.client instanceof Cluster;
    // ioredis emits connection errors as events; without a listener Node would print them. The vault reports
    // failures through its calls' typed errors instead.
    this.client.on('error', () => {});
    this.client.on('ready', () => {
      this.connectedOnce = true;
    });
    // Every call in an outage waits on the same 'ready': one listener, not one per call.
    this.client.setMaxListeners(Math.max(this.client.getMaxListeners(), 32));
  }

  async getMany(keys: readonly string[]): Promise<(string | undefined)[]> {
    assertVaultOpen(this.closed, this.name);
    if (keys.length === 0) return [];
    const results: (string | undefined)[] = new Array(keys.length);
    await this.run('read', async () => {
      await Promise.all(
        this.groups(keys).map(async (indexes) => {
          const values = await this.client.mget(...indexes.map((index) => keys[index] as string));
          indexes.forEach((index, position) => {
            results[index] = values[position] ?? undefined;
          });
        }),
      );
    });
    return results;
  }

  async putManyIfAbsent(entries: readonly VaultEntry[]): Promise<boolean[]> {
    assertVaultOpen(this.closed, this.name);
    if (entries.length === 0) return [];
    const results: boolean[] = new Array(entries.length);
    await this.run('insert', async () => {
      await Promise.all(
        this.groups(entries.map((entry) => entry.key)).map(async (indexes) => {
          const reply = (await this.script(
            'putIfAbsent',
            indexes.map((index) => entries[index] as VaultEntry),
          )) as number[];
          indexes.forEach((index, position) => {
            results[index] = reply[position] === 1;
          });
        }),
      );
    });
    return results;
  }

  async putMany(entries: readonly VaultEntry[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    if (entries.length === 0) return;
    await this.run('write', async () => {
      await Promise.all(
        this.groups(entries.map((entry) => entry.key)).map((indexes) =>
          this.script(
            'put',
            indexes.map((index) => entries[index] as VaultEntry),
          ),
        ),
      );
    });
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    if (keys.length === 0) return;
    await this.run('delete', async () => {
      await Promise.all(
        this.groups(keys).map((indexes) => this.client.del(...indexes.map((index) => keys[index] as string))),
      );
    });
  }

  async *scanKeys(prefix: string): AsyncIterable<string[]> {
    assertVaultOpen(this.closed, this.name);
    const match = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    const cluster = this.client instanceof Cluster ? this.client : undefined;
    // A cluster knows its masters only once it has loaded the slot map.
    if (cluster) await this.run('scan', async () => {});
    const nodes = cluster ? cluster.nodes('master') : [this.client];
    for (const node of nodes) {
      let cursor = '0';
      do {
        const [next, keys] = await this.run('scan', () => node.scan(cursor, 'MATCH', match, 'COUNT', 1000));
        cursor = next;
        if (keys.length > 0) yield keys;
      } while (cursor !== '0');
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.ownsClient) return;
    try {
      await withDeadline(this.name, 'close', this.timeoutMs, this.client.quit());
    } catch {
      // quit fails when the server is gone; drop the socket instead.
      this.client.disconnect();
    }
  }

  /**
   * Indexes of `keys` grouped so that each group is one command: on a single node one group, on a cluster one
   * group per hash tag (keys without a tag each get their own, since their slots may differ).
   */
  private groups(keys: readonly string[]): number[][] {
    if (!this.isCluster) return [keys.map((_, index) => index)];
    const byTag = new Map<string, number[]>();
    keys.forEach((key, index) => {
      const tag = hashTag(key) ?? `\u0000${key}`;
      const group = byTag.get(tag);
      if (group) group.push(index);
      else byTag.set(tag, [index]);
    });
    return [...byTag.values()];
  }

  private async script(name: keyof typeof SCRIPTS, entries: readonly VaultEntry[]): Promise<unknown> {
    const { body, sha } = SCRIPTS[name];
    const keys = entries.map((entry) => entry.key);
    const args: string[] = [];
    for (const entry of entries) {
      args.push(
        entry.value,
        entry.ttlSeconds === undefined ? '0' : String(Math.max(1, Math.round(entry.ttlSeconds * 1000))),
      );
    }
    try {
      return await this.client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return await this.client.eval(body, keys.length, ...keys, ...args);
    }
  }

  private async run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    let abandoned = false;
    const attempt = this.whenReady().then(() => {
      // The caller was already told this call failed: never send it late, when the server comes back.
      if (abandoned) throw new Error('abandoned');
      return work();
    });
    try {
      const budget = this.connectedOnce || this.client.status === 'ready' ? this.timeoutMs : this.connectTimeoutMs;
      return await withDeadline(this.name, operation, budget, attempt);
    } catch (error) {
      abandoned = true;
      throw vaultConnectionError(this.name, operation, error);
    }
  }

  /** Resolves once the client is connected (a cluster: once it has its slot map). */
  private whenReady(): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    if (this.client.status === 'wait') this.client.connect().catch(() => {}); // a lazyConnect client of the caller's
    this.readyWait ??= new Promise<void>((resolve) => {
      this.client.once('ready', () => {
        this.readyWait = undefined;
        resolve();
      });
    });
    return this.readyWait;
  }
}

/** Redis Cluster hash tag: the text between the first `{` and the next `}`, if not empty. */
function hashTag(key: string): string | undefined {
  const open = key.indexOf('{');
  if (open === -1) return undefined;
  const close = key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : undefined;
}

function parseHostPort(text: string): ClusterNode {
  const match = /^(?:redis:\/\/)?\[?([^\]\s]+?)\]?:(\d{1,5})\/?$/.exec(text.trim());
  if (!match) throw new MaskError('CONFIG_INVALID', 'Redis cluster nodes must be written host:port');
  return { host: match[1] as string, port: Number(match[2]) };
}
