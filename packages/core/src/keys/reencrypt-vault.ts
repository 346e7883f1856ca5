import { open, seal } from '../crypto/aead.js';
import { deriveSubkey } from '../crypto/hkdf.js';
import { hmac } from '../crypto/mac.js';
import { MaskError } from '../errors/mask-error.js';
import { parseTokenKey, tenantKeyPrefix, vaultKeys } from '../tokens/scope.js';
import { formatRecord, parseRecord, recordAad } from '../tokens/vault-record.js';
import type { Vault, VaultEntry } from '../vault/vault.js';
import type { KeyProvider } from './key-provider.js';
import type { Keyring } from './keyring.js';

/** Options of {@link reencryptVault}. */
export interface ReencryptVaultOptions {
  /** The vault to migrate. It must implement `scanKeys` (Redis, DynamoDB, SQLite do; Memcached cannot). */
  vault: Vault;
  /** The keyring after rotation: the new key active, every key still found in records present. */
  keyProvider: KeyProvider;
  /**
   * Tenants to migrate. The vault stores only hashes of tenant names, and each tenant's keys are derived from
   * its name, so the names must be given.
   */
  tenants: readonly string[];
  /**
   * Lifetime of the rewritten records and indexes. Vaults cannot report a record's remaining TTL, so pass the
   * TTL your clients use; `undefined` keeps rewritten records until deleted.
   * @default undefined
   */
  ttlSeconds?: number;
  /** Records read and rewritten per batch. @default 200 */
  batchSize?: number;
  /** Count what would change without writing. @default false */
  dryRun?: boolean;
}

/** What {@link reencryptVault} did. Counts only: no token, value or key appears. */
export interface ReencryptVaultResult {
  /** Token records seen. */
  scanned: number;
  /** Records re-sealed under the active key (and re-indexed). */
  reencrypted: number;
  /** Records already under the active key. */
  alreadyActive: number;
  /** Records that could not be opened (key id missing from the keyring, tampered or foreign record). */
  failed: number;
  /** Key ids named by records that the keyring does not hold. */
  missingKeyIds: string[];
  /** Id of the active key everything was moved to. */
  activeKeyId: string;
}

/**
 * Moves vault records to the keyring's active key without changing any token: each record sealed under an
 * older key is opened, re-sealed under the active key (same token, same scope-bound associated data) and
 * written back, and its blind index is recomputed under the active key so that the same value keeps getting the
 * same token after rotation. Once it reports `failed: 0`, older keys can leave the keyring.
 *
 * Safe to run while clients work: a record's value never changes, only its encryption; running it twice does
 * nothing the second time. Records that fail to open are counted and left as they are.
 *
 * @example
 * import { reencryptVault } from '@mask/core';
 * const result = await reencryptVault({ vault, keyProvider, tenants: ['acme'], ttlSeconds: 86_400 });
 */
export async function reencryptVault(options: ReencryptVaultOptions): Promise<ReencryptVaultResult> {
  const { vault } = options;
  if (!vault.scanKeys) {
    throw new MaskError(
      'CONFIG_INVALID',
      `The ${vault.name} vault cannot enumerate keys, so it cannot be re-encrypted`,
    );
  }
  const batchSize = options.batchSize ?? 200;
  const keyring = await options.keyProvider.getKeyring();
  const result: ReencryptVaultResult = {
    scanned: 0,
    reencrypted: 0,
    alreadyActive: 0,
    failed: 0,
    missingKeyIds: [],
    activeKeyId: keyring.active.id,
  };
  const missing = new Set<string>();
  for (const tenant of options.tenants) {
    const keys = new TenantKeys(keyring, tenant);
    let pending: string[] = [];
    const seen = new Set<string>();
    for await (const batch of vault.scanKeys(tenantKeyPrefix(tenant))) {
      for (const key of batch) {
        // SCAN-like enumerations may repeat a key; each record is handled once.
        if (seen.has(key) || !parseTokenKey(key)) continue;
        seen.add(key);
        pending.push(key);
        if (pending.length >= batchSize) {
          await migrateBatch(vault, keys, pending, options, result, missing);
          pending = [];
        }
      }
    }
    if (pending.length > 0) await migrateBatch(vault, keys, pending, options, result, missing);
  }
  result.missingKeyIds = [...missing].sort();
  return result;
}

/** Per-tenant subkeys, derived once per key id. */
class TenantKeys {
  private readonly cache = new Map<string, Buffer>();
  constructor(
    readonly keyring: Keyring,
    readonly tenant: string,
  ) {}

  encryption(keyId: string): Buffer {
    return this.derive(keyId, 'vault-encryption');
  }

  blindIndex(keyId: string): Buffer {
    return this.derive(keyId, 'blind-index');
  }

  private derive(keyId: string, purpose: 'vault-encryption' | 'blind-index'): Buffer {
    const id = `${keyId}\u001f${purpose}`;
    let key = this.cache.get(id);
    if (!key) {
      key = deriveSubkey(this.keyring.get(keyId).material, purpose, this.tenant);
      this.cache.set(id, key);
    }
    return key;
  }
}

async function migrateBatch(
  vault: Vault,
  keys: TenantKeys,
  tokenKeys: readonly string[],
  options: ReencryptVaultOptions,
  result: ReencryptVaultResult,
  missing: Set<string>,
): Promise<void> {
  const active = keys.keyring.active.id;
  const texts = await vault.getMany(tokenKeys);
  const records: VaultEntry[] = [];
  const indexes: VaultEntry[] = [];
  const staleIndexes: string[] = [];
  tokenKeys.forEach((key, position) => {
    const text = texts[position];
    if (text === undefined) return; // expired or deleted since the scan
    result.scanned++;
    const { scopeId, token } = parseTokenKey(key) as { scopeId: string; token: string };
    let record: ReturnType<typeof parseRecord>;
    try {
      record = parseRecord(text);
    } catch {
      result.failed++;
      return;
    }
    if (record.keyId === active) {
      result.alreadyActive++;
      return;
    }
    let value: string;
    try {
      value = open(
        keys.encryption(record.keyId),
        record.sealed,
        recordAad(scopeId, token, record.entityType, record.keyId),
      );
    } catch (error) {
      if (MaskError.isInstance(error) && error.code === 'KEY_NOT_FOUND') missing.add(record.keyId);
      result.failed++;
      return;
    }
    // Same computation as the token engine's blind index, under the active key.
    const fingerprint = hmac(keys.blindIndex(active), scopeId, record.entityType, value)
      .toString('base64url')
      .slice(0, 32);
    const sealed = seal(keys.encryption(active), value, recordAad(scopeId, token, record.entityType, active));
    const ttl = options.ttlSeconds === undefined ? {} : { ttlSeconds: options.ttlSeconds };
    records.push({
      key,
      value: formatRecord({ keyId: active, entityType: record.entityType, fingerprint, sealed }),
      ...ttl,
    });
    indexes.push({ key: vaultKeys.index(scopeId, fingerprint), value: token, ...ttl });
    if (record.fingerprint !== fingerprint) staleIndexes.push(vaultKeys.index(scopeId, record.fingerprint));
    result.reencrypted++;
  });
  if (options.dryRun || records.length === 0) return;
  await vault.putMany(records);
  // Insert-only: if the value was tokenized again after rotation (a new token already indexed), keep that one.
  await vault.putManyIfAbsent(indexes);
  if (staleIndexes.length > 0) await vault.deleteMany(staleIndexes);
}
