import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { createVault, vaultConfigFromEnv } from './create-vault.js';
import { MemoryVault } from './memory-vault.js';

const code = async (work: () => unknown) => {
  try {
    await work();
  } catch (error) {
    return MaskError.isInstance(error) ? error.code : 'untyped';
  }
  return 'no error';
};

describe('vaultConfigFromEnv', () => {
  it('maps the MASK_* variables (Python SDK names) to a config', () => {
    expect(vaultConfigFromEnv({})).toEqual({ type: 'memory' });
    expect(
      vaultConfigFromEnv({
        MASK_VAULT_TYPE: ' Redis ',
        MASK_REDIS_URL: 'redis://10.0.0.1:6379',
        MASK_REDIS_CLUSTER_NODES: 'a:7000, b:7001,,',
        MASK_DYNAMODB_TABLE: 'tokens',
        AWS_REGION: 'eu-west-1',
        MASK_MEMCACHED_HOST: 'mc:11211',
        MASK_SQLITE_PATH: '/var/lib/mask/vault.db',
        MASK_VAULT_TIMEOUT_MS: '750',
      }),
    ).toEqual({
      type: 'redis',
      redisUrl: 'redis://10.0.0.1:6379',
      redisClusterNodes: ['a:7000', 'b:7001'],
      dynamodbTable: 'tokens',
      dynamodbRegion: 'eu-west-1',
      memcachedHost: 'mc:11211',
      sqlitePath: '/var/lib/mask/vault.db',
      timeoutMs: 750,
    });
    expect(vaultConfigFromEnv({ MASK_DYNAMODB_REGION: 'us-west-2', AWS_REGION: 'eu-west-1' }).dynamodbRegion).toBe(
      'us-west-2',
    );
  });

  it('rejects unknown types and bad timeouts with CONFIG_INVALID, without echoing secrets', async () => {
    expect(await code(() => vaultConfigFromEnv({ MASK_VAULT_TYPE: 'postgres' }))).toBe('CONFIG_INVALID');
    expect(await code(() => vaultConfigFromEnv({ MASK_VAULT_TIMEOUT_MS: '-1' }))).toBe('CONFIG_INVALID');
    try {
      vaultConfigFromEnv({ MASK_VAULT_TYPE: 'redis://user:hunter2@host' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});

describe('createVault', () => {
  it('builds a MemoryVault by default and a SqliteVault from a path', async () => {
    const memory = await createVault();
    expect(memory).toBeInstanceOf(MemoryVault);
    const dir = mkdtempSync(join(tmpdir(), 'mask-create-'));
    try {
      const sqlite = await createVault({ type: 'sqlite', sqlitePath: join(dir, 'db', 'vault.db') });
      expect(sqlite.name).toBe('sqlite');
      await sqlite.putMany([{ key: 'k', value: 'v' }]);
      expect(await sqlite.getMany(['k'])).toEqual(['v']);
      await sqlite.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the missing setting for each backend', async () => {
    expect(await code(() => createVault({ type: 'redis' }))).toBe('CONFIG_INVALID');
    expect(await code(() => createVault({ type: 'dynamodb' }))).toBe('CONFIG_INVALID');
    expect(await code(() => createVault({ type: 'memcached' }))).toBe('CONFIG_INVALID');
    expect(await code(() => createVault({ type: 'sqlite' }))).toBe('CONFIG_INVALID');
    const error = await createVault({ type: 'redis' }).catch((thrown: unknown) => thrown);
    expect((error as Error).message).toContain('MASK_REDIS_URL');
  });
});
