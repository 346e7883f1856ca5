import { MaskError } from '../errors/mask-error.js';
import { MemoryVault } from './memory-vault.js';
import type { Vault } from './vault.js';

/** Backends {@link createVault} can build. */
export type VaultType = 'memory' | 'redis' | 'dynamodb' | 'memcached' | 'sqlite';

/**
 * Plain description of a vault, as read from configuration. Only the fields of the chosen `type` are used.
 * See {@link vaultConfigFromEnv} for the environment variables that fill it.
 */
export interface VaultConfig {
  /** @default 'memory' */
  type?: VaultType;
  /** Redis: `redis://host:port` (single node), or the seed node of a cluster when `redisCluster` is set. */
  redisUrl?: string;
  /** Redis Cluster seed nodes, `host:port` each. Setting it selects cluster mode. */
  redisClusterNodes?: readonly string[];
  /** DynamoDB table name. */
  dynamodbTable?: string;
  /** DynamoDB region. */
  dynamodbRegion?: string;
  /** DynamoDB endpoint (DynamoDB Local, a VPC endpoint). */
  dynamodbEndpoint?: string;
  /** Memcached servers, `host:port[,host:port...]`. */
  memcachedHost?: string;
  /** SQLite database file. */
  sqlitePath?: string;
  /** Per-call timeout of network backends, in milliseconds. @default the backend's (2000-3000) */
  timeoutMs?: number;
  /** MemoryVault capacity. @default 1_000_000 */
  memoryMaxEntries?: number;
}

const TYPES: readonly VaultType[] = ['memory', 'redis', 'dynamodb', 'memcached', 'sqlite'];

/**
 * Builds a vault from a plain configuration. Network backends are loaded on demand, so their drivers (optional
 * peer dependencies) need to be installed only when used; a missing driver raises `CONFIG_INVALID` naming the
 * package to install. No connection is attempted here beyond what the driver does on construction.
 *
 * @example
 * import { createVault, vaultConfigFromEnv } from '@mask/core';
 * const vault = await createVault(vaultConfigFromEnv(process.env));
 */
export async function createVault(config: VaultConfig = {}): Promise<Vault> {
  const type = config.type ?? 'memory';
  switch (type) {
    case 'memory':
      return new MemoryVault(config.memoryMaxEntries === undefined ? {} : { maxEntries: config.memoryMaxEntries });
    case 'redis': {
      const nodes = config.redisClusterNodes?.filter(Boolean) ?? [];
      if (nodes.length === 0 && !config.redisUrl) throw missing('redis', 'MASK_REDIS_URL');
      const { RedisVault } = await load('redis', 'ioredis', () => import('./redis-vault.js'));
      return nodes.length > 0
        ? new RedisVault({ clusterNodes: nodes, ...timeout(config) })
        : new RedisVault({ url: config.redisUrl as string, ...timeout(config) });
    }
    case 'dynamodb': {
      if (!config.dynamodbTable) throw missing('dynamodb', 'MASK_DYNAMODB_TABLE');
      const { DynamoDBVault } = await load('dynamodb', '@aws-sdk/client-dynamodb', () => import('./dynamodb-vault.js'));
      return new DynamoDBVault({
        table: config.dynamodbTable,
        ...(config.dynamodbRegion ? { region: config.dynamodbRegion } : {}),
        ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
        ...timeout(config),
      });
    }
    case 'memcached': {
      if (!config.memcachedHost) throw missing('memcached', 'MASK_MEMCACHED_HOST');
      const { MemcachedVault } = await load('memcached', 'memjs', () => import('./memcached-vault.js'));
      return new MemcachedVault({ servers: config.memcachedHost, ...timeout(config) });
    }
    case 'sqlite': {
      if (!config.sqlitePath) throw missing('sqlite', 'MASK_SQLITE_PATH');
      const { SqliteVault } = await load('sqlite', 'better-sqlite3', () => import('./sqlite-vault.js'));
      return new SqliteVault({ path: config.sqlitePath });
    }
    default: {
      const unknown: never = type;
      throw new MaskError(
        'CONFIG_INVALID',
        `Unknown vault type ${JSON.stringify(String(unknown).slice(0, 32))}; use ${TYPES.join(', ')}`,
      );
    }
  }
}

/**
 * Reads a {@link VaultConfig} from environment variables (pass `process.env` or any record):
 *
 * | variable | field |
 * |---|---|
 * | `MASK_VAULT_TYPE` | `type`: memory, redis, dynamodb, memcached, sqlite |
 * | `MASK_REDIS_URL` | `redisUrl` |
 * | `MASK_REDIS_CLUSTER_NODES` | `redisClusterNodes`, comma-separated `host:port` |
 * | `MASK_DYNAMODB_TABLE`, `MASK_DYNAMODB_REGION` (else `AWS_REGION`), `MASK_DYNAMODB_ENDPOINT` | DynamoDB |
 * | `MASK_MEMCACHED_HOST` | `memcachedHost`, `host:port[,host:port]` |
 * | `MASK_SQLITE_PATH` | `sqlitePath` |
 * | `MASK_VAULT_TIMEOUT_MS` | `timeoutMs` |
 */
export function vaultConfigFromEnv(env: Readonly<Record<string, string | undefined>>): VaultConfig {
  const rawType = env.MASK_VAULT_TYPE?.trim().toLowerCase() || 'memory';
  if (!(TYPES as readonly string[]).includes(rawType)) {
    throw new MaskError('CONFIG_INVALID', `MASK_VAULT_TYPE must be one of ${TYPES.join(', ')}`);
  }
  const config: VaultConfig = { type: rawType as VaultType };
  const set = <TKey extends keyof VaultConfig>(key: TKey, value: VaultConfig[TKey] | undefined) => {
    if (value !== undefined && value !== '') config[key] = value;
  };
  set('redisUrl', env.MASK_REDIS_URL?.trim());
  const nodes = env.MASK_REDIS_CLUSTER_NODES?.split(',')
    .map((node) => node.trim())
    .filter(Boolean);
  if (nodes && nodes.length > 0) config.redisClusterNodes = nodes;
  set('dynamodbTable', env.MASK_DYNAMODB_TABLE?.trim());
  set('dynamodbRegion', (env.MASK_DYNAMODB_REGION || env.AWS_REGION)?.trim());
  set('dynamodbEndpoint', env.MASK_DYNAMODB_ENDPOINT?.trim());
  set('memcachedHost', env.MASK_MEMCACHED_HOST?.trim());
  set('sqlitePath', env.MASK_SQLITE_PATH?.trim());
  if (env.MASK_VAULT_TIMEOUT_MS) {
    const timeoutMs = Number(env.MASK_VAULT_TIMEOUT_MS);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new MaskError('CONFIG_INVALID', 'MASK_VAULT_TIMEOUT_MS must be a positive number of milliseconds');
    }
    config.timeoutMs = timeoutMs;
  }
  return config;
}

function timeout(config: VaultConfig): { timeoutMs?: number } {
  return config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs };
}

function missing(type: VaultType, variable: string): MaskError {
  return new MaskError('CONFIG_INVALID', `Vault type ${type} needs ${variable} (or the matching createVault option)`);
}

async function load<T>(type: VaultType, driver: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    throw new MaskError('CONFIG_INVALID', `Vault type ${type} needs the optional dependency ${driver}: install it`, {
      cause: error instanceof Error ? new Error(error.name) : undefined,
    });
  }
}
