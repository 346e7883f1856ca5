import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type EntityCategory,
  MaskClient,
  type MaskLogger,
  MemoryVault,
  readEnvConfig,
  type ScanOptions,
} from '@mask/core';
import { CliError, EXIT } from './cli-error.js';
import type { CliIo } from './io/cli-io.js';

/** Flags every data command shares: where keys and tokens live, the scope, what to detect. */
export const CLIENT_FLAGS = {
  'key-file': { type: 'string' },
  vault: { type: 'string' },
  'vault-path': { type: 'string' },
  'redis-url': { type: 'string' },
  tenant: { type: 'string' },
  session: { type: 'string' },
  entities: { type: 'string' },
  categories: { type: 'string' },
  language: { type: 'string' },
  scanner: { type: 'string' },
} as const;

export interface ClientFlagValues {
  'key-file'?: string | undefined;
  vault?: string | undefined;
  'vault-path'?: string | undefined;
  'redis-url'?: string | undefined;
  tenant?: string | undefined;
  session?: string | undefined;
  entities?: string | undefined;
  categories?: string | undefined;
  language?: string | undefined;
  scanner?: string | undefined;
}

/** Vault types that outlive the process, so that `mask rehydrate` in another process finds the tokens. */
export const PERSISTENT_VAULTS: ReadonlySet<string> = new Set([
  'sqlite',
  'redis',
  'redis-cluster',
  'dynamodb',
  'memcached',
]);

/**
 * The environment a client reads, with flags written over `MASK_*` variables (flags win, like explicit options
 * win over the environment in `new MaskClient`).
 */
export function effectiveEnv(io: CliIo, flags: ClientFlagValues): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...io.env };
  if (flags['key-file'] !== undefined) {
    const path = resolve(io.cwd, flags['key-file']);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new CliError(
        `cannot read key file ${flags['key-file']}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
    env.MASK_MASTER_KEY = text.trim();
  }
  if (flags.vault !== undefined) env.MASK_VAULT_TYPE = flags.vault;
  if (flags['vault-path'] !== undefined) env.MASK_SQLITE_PATH = resolve(io.cwd, flags['vault-path']);
  if (flags['redis-url'] !== undefined) env.MASK_REDIS_URL = flags['redis-url'];
  if (flags.scanner !== undefined) env.MASK_SCANNER_TYPE = flags.scanner;
  if (flags.tenant !== undefined) env.MASK_TENANT_ID = flags.tenant;
  // An SQLite vault without a path gets one per user, in a directory only that user can enter.
  if (env.MASK_VAULT_TYPE?.toLowerCase() === 'sqlite' && !env.MASK_SQLITE_PATH) {
    env.MASK_SQLITE_PATH = join(env.HOME || homedir(), '.mask', 'vault.db');
  }
  return env;
}

/** Per-call scan options from `--entities`, `--categories`, `--language`. */
export function scanOptionsFrom(flags: ClientFlagValues): ScanOptions {
  const list = (text: string | undefined) =>
    text
      ?.split(',')
      .map((part) => part.trim().toUpperCase())
      .filter(Boolean);
  const entities = list(flags.entities);
  const categories = list(flags.categories) as EntityCategory[] | undefined;
  return {
    ...(entities && entities.length > 0 ? { entities } : {}),
    ...(categories && categories.length > 0 ? { categories } : {}),
    ...(flags.language ? { language: flags.language } : {}),
  };
}

/** A logger that keeps warnings on stderr (never stdout, which carries data) and off a progress bar. */
export function cliLogger(io: CliIo, beforeWrite?: () => void): MaskLogger {
  return {
    warn(message, fields) {
      beforeWrite?.();
      io.stderr.write(`mask: warning: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`);
    },
  };
}

export interface ClientSetup {
  readonly client: MaskClient;
  readonly vaultType: string;
  readonly persistent: boolean;
}

/** A client that tokenizes: needs a key (fail closed) and the vault the environment and flags name. */
export function createClient(io: CliIo, flags: ClientFlagValues, logger?: MaskLogger): ClientSetup {
  const env = effectiveEnv(io, flags);
  const config = readEnvConfig(env);
  const client = new MaskClient({
    env,
    logger: logger ?? cliLogger(io),
    ...(flags.session !== undefined ? { session: flags.session } : {}),
  });
  return { client, vaultType: config.vaultType, persistent: PERSISTENT_VAULTS.has(config.vaultType) };
}

/**
 * A client used only to detect (`mask detect`, `mask scan`): detection needs no key and no vault, so it gets
 * a throwaway key and an in-memory vault that nothing is ever written to.
 */
export function createDetector(io: CliIo, flags: ClientFlagValues, logger?: MaskLogger): MaskClient {
  const env = effectiveEnv(io, flags);
  return new MaskClient({
    env,
    key: new Uint8Array(randomBytes(32)),
    vault: new MemoryVault(),
    audit: false,
    failStrategy: 'closed',
    logger: logger ?? cliLogger(io),
  });
}

export { EXIT };
