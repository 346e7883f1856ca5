import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessServer } from '../../test/servers/process-server.js';
import { startRedis } from '../../test/servers/redis-server.js';
import { MaskError } from '../errors/mask-error.js';
import { parseTokenKey } from '../tokens/scope.js';
import { parseRecord } from '../tokens/vault-record.js';
import { VaultTokenEngine } from '../tokens/vault-token-engine.js';
import { MemoryVault } from '../vault/memory-vault.js';
import { RedisVault } from '../vault/redis-vault.js';
import { SqliteVault } from '../vault/sqlite-vault.js';
import type { Vault } from '../vault/vault.js';
import { Keyring } from './keyring.js';
import { reencryptVault } from './reencrypt-vault.js';
import { StaticKeyProvider } from './static-key-provider.js';

const K1 = { id: 'k1', material: new Uint8Array(32).fill(0x11) };
const K2 = { id: 'k2', material: new Uint8Array(32).fill(0x22) };
const provider = (...keys: (typeof K1)[]) => new StaticKeyProvider(new Keyring(keys));
const SCOPES = [{ tenant: 'acme' }, { tenant: 'acme', session: 'chat-7' }, { tenant: 'globex' }];
const ITEMS = [
  { type: 'PERSON', value: 'Ada Lovelace' },
  { type: 'EMAIL_ADDRESS', value: 'ada@example.com' },
  { type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
  { type: 'US_SSN', value: '123-45-6789' },
];

async function keyIdsInVault(vault: Vault): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const batch of vault.scanKeys?.('mask:') ?? []) {
    const tokenKeys = batch.filter((key) => parseTokenKey(key));
    for (const text of await vault.getMany(tokenKeys)) {
      if (text === undefined) continue;
      const { keyId } = parseRecord(text);
      counts.set(keyId, (counts.get(keyId) ?? 0) + 1);
    }
  }
  return counts;
}

/** Rotation end to end: mint under k1, rotate to k2, re-encrypt, drop k1, every token still decodes. */
async function checkRotation(vault: Vault): Promise<void> {
  const before = new VaultTokenEngine({ vault, keyProvider: provider(K1) });
  const minted = await Promise.all(SCOPES.map((scope) => before.tokenize(scope, ITEMS)));
  const tokens = minted.map((outcomes) => outcomes.map((outcome) => outcome.token));

  // Rotation: k2 active, k1 still present. Old tokens decode; new records use k2.
  const rotated = new VaultTokenEngine({ vault, keyProvider: provider(K1, K2) });
  for (const [index, scope] of SCOPES.entries()) {
    expect((await rotated.detokenize(scope, tokens[index] as string[])).map((item) => item?.value)).toEqual(
      ITEMS.map((item) => item.value),
    );
  }
  await rotated.tokenize({ tenant: 'acme' }, [{ type: 'PERSON', value: 'Grace Hopper' }]);
  expect(await keyIdsInVault(vault)).toEqual(
    new Map([
      ['k1', 12],
      ['k2', 1],
    ]),
  );

  const dry = await reencryptVault({ vault, keyProvider: provider(K1, K2), tenants: ['acme', 'globex'], dryRun: true });
  expect(dry).toMatchObject({ scanned: 13, reencrypted: 12, alreadyActive: 1, failed: 0 });
  expect((await keyIdsInVault(vault)).get('k1')).toBe(12);

  const result = await reencryptVault({
    vault,
    keyProvider: provider(K1, K2),
    tenants: ['acme', 'globex'],
    batchSize: 5,
  });
  expect(result).toEqual({
    scanned: 13,
    reencrypted: 12,
    alreadyActive: 1,
    failed: 0,
    missingKeyIds: [],
    activeKeyId: 'k2',
  });
  expect(await keyIdsInVault(vault)).toEqual(new Map([['k2', 13]]));

  // k1 gone: every token still decodes to its value, and the same value still gets the same token.
  const after = new VaultTokenEngine({ vault, keyProvider: provider(K2) });
  for (const [index, scope] of SCOPES.entries()) {
    expect((await after.detokenize(scope, tokens[index] as string[])).map((item) => item?.value)).toEqual(
      ITEMS.map((item) => item.value),
    );
    expect((await after.tokenize(scope, ITEMS)).map((outcome) => outcome.token)).toEqual(tokens[index]);
  }
  const again = await reencryptVault({ vault, keyProvider: provider(K2), tenants: ['acme', 'globex'] });
  expect(again).toMatchObject({ reencrypted: 0, alreadyActive: 13, failed: 0 });
}

describe('reencryptVault', () => {
  const root = mkdtempSync(join(tmpdir(), 'mask-reencrypt-'));
  let redis: ProcessServer;
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    await redis?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('moves every record to the active key without changing tokens (SQLite)', async () => {
    const vault = new SqliteVault({ path: join(root, 'rotation', 'vault.db') });
    await checkRotation(vault);
    await vault.close();
  });

  it('moves every record to the active key without changing tokens (Redis)', async () => {
    const vault = new RedisVault({ url: `redis://127.0.0.1:${redis.port}` });
    await checkRotation(vault);
    await vault.close();
  });

  it('counts records whose key is gone, names only the key id, and refuses vaults that cannot enumerate', async () => {
    const vault = new SqliteVault({ path: join(root, 'missing', 'vault.db') });
    await new VaultTokenEngine({ vault, keyProvider: provider(K1) }).tokenize({ tenant: 'acme' }, ITEMS);
    const result = await reencryptVault({ vault, keyProvider: provider(K2), tenants: ['acme'] });
    expect(result).toMatchObject({ scanned: 4, reencrypted: 0, failed: 4, missingKeyIds: ['k1'] });
    expect(JSON.stringify(result)).not.toContain('Ada');
    await vault.close();
    const error = await reencryptVault({
      vault: new MemoryVault(),
      keyProvider: provider(K2),
      tenants: ['acme'],
    }).catch((thrown: unknown) => thrown);
    expect(MaskError.isInstance(error) && error.code).toBe('CONFIG_INVALID');
  });
});
