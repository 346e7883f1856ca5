import { homedir } from 'node:os';
import { join } from 'node:path';
import { MaskError, type Vault } from '@mask/core';
import { createGateway, type Gateway } from './create-gateway.js';
import type { GatewayOptions } from './gateway-options.js';

/** Where map handles and their token maps are kept. */
export type GatewayStoreConfig =
  /** One gateway, survives restarts: a SQLite file (mode 0600) in a directory only its owner can enter (0700). */
  | { readonly type: 'sqlite'; readonly path?: string }
  /** Several gateway replicas behind a load balancer: one Redis (or Redis Cluster seed node) shared by all. */
  | { readonly type: 'redis'; readonly url: string }
  /** Tests and throwaway local use: lost on restart. */
  | { readonly type: 'memory' };

/** Options of {@link startGateway}. */
export interface StartGatewayOptions extends GatewayOptions {
  /** @default 8787 */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** Map store, when `vault` is not given. @default `{ type: 'sqlite', path: defaultStorePath() }` */
  readonly store?: GatewayStoreConfig;
}

/** `~/.mask/gateway/maps.db`: the default SQLite map store. */
export function defaultStorePath(): string {
  return join(homedir(), '.mask', 'gateway', 'maps.db');
}

/** Opens a map store. Drivers (better-sqlite3, ioredis) are optional peers, loaded only when chosen. */
export async function openGatewayStore(config: GatewayStoreConfig): Promise<Vault> {
  switch (config.type) {
    case 'memory': {
      const { MemoryVault } = await import('@mask/core');
      return new MemoryVault();
    }
    case 'sqlite': {
      const { SqliteVault } = await load('better-sqlite3', () => import('@mask/core/sqlite'));
      return new SqliteVault({ path: config.path ?? defaultStorePath() });
    }
    case 'redis': {
      const { RedisVault } = await load('ioredis', () => import('@mask/core/redis'));
      return new RedisVault({ url: config.url });
    }
    default:
      throw new MaskError('CONFIG_INVALID', 'Gateway store type must be sqlite, redis or memory');
  }
}

/**
 * Opens the map store and starts a gateway listening on `host:port`. This is what `mask serve` runs.
 *
 * @example
 * import { startGateway } from '@mask/gateway';
 * const gateway = await startGateway({ key: process.env.MASK_MASTER_KEY, apiKeys: [process.env.GATEWAY_KEY] });
 * console.log(`listening on ${gateway.url}`);
 */
export async function startGateway(options: StartGatewayOptions): Promise<Gateway & { url: string }> {
  const vault = options.vault ?? (await openGatewayStore(options.store ?? { type: 'sqlite' }));
  let gateway: Gateway;
  try {
    gateway = createGateway({ ...options, vault });
  } catch (error) {
    await vault.close();
    throw error;
  }
  try {
    const { url } = await gateway.listen({ port: options.port ?? 8787, host: options.host ?? '127.0.0.1' });
    return Object.assign(gateway, { url });
  } catch (error) {
    await gateway.close();
    throw new MaskError('CONFIG_INVALID', 'The gateway could not listen on the requested address', { cause: error });
  }
}

async function load<T>(driver: string, loader: () => Promise<T>): Promise<T> {
  try {
    return await loader();
  } catch (error) {
    throw new MaskError('CONFIG_INVALID', `This map store needs the optional package ${driver}: install it`, {
      cause: error,
    });
  }
}
