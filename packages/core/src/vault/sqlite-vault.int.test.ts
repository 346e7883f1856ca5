import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { VaultTokenEngine } from '../tokens/vault-token-engine.js';
import { runVaultConformance } from './conformance/run-vault-conformance.js';
import { SqliteVault } from './sqlite-vault.js';

const root = mkdtempSync(join(tmpdir(), 'mask-sqlite-'));
const shared = join(root, 'private', 'vault.db');

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

runVaultConformance({
  name: 'sqlite',
  create: async () => new SqliteVault({ path: shared }),
  sharedConfig: () => ({ type: 'sqlite', sqlitePath: shared }),
});

describe('SqliteVault files', () => {
  it('creates a 0700 directory and a 0600 database in WAL mode, and refuses a shared directory', async () => {
    const path = join(root, 'fresh', 'nested', 'vault.db');
    const vault = new SqliteVault({ path });
    await vault.putMany([{ key: 'k', value: 'v' }]);
    expect(statSync(join(root, 'fresh', 'nested')).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
    await vault.close();

    const open = join(root, 'world-readable');
    mkdirSync(open);
    chmodSync(open, 0o755);
    let error: unknown;
    try {
      new SqliteVault({ path: join(open, 'vault.db') });
    } catch (thrown) {
      error = thrown;
    }
    expect(MaskError.isInstance(error) && error.code).toBe('CONFIG_INVALID');
  });

  it('keeps tokens across a restart (close and reopen), encrypted at rest', async () => {
    const path = join(root, 'restart', 'vault.db');
    const keyProvider = new StaticKeyProvider(new Uint8Array(32).fill(1));
    const first = new SqliteVault({ path });
    const [outcome] = await new VaultTokenEngine({ vault: first, keyProvider }).tokenize({ tenant: 't' }, [
      { type: 'PERSON', value: 'Persistent Person' },
    ]);
    await first.close();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).includes('Persistent Person')).toBe(false);
    expect(readFileSync(`${path}-wal`, { flag: 'a+' }).includes('Persistent Person')).toBe(false);
    const second = new SqliteVault({ path });
    const decoded = await new VaultTokenEngine({ vault: second, keyProvider }).detokenize({ tenant: 't' }, [
      outcome?.token as string,
    ]);
    expect(decoded).toEqual([{ value: 'Persistent Person', type: 'PERSON' }]);
    await second.close();
  });
});
