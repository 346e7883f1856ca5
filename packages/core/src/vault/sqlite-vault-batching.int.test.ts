import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { SqliteVault } from './sqlite-vault.js';
import type { VaultEntry } from './vault.js';

const root = mkdtempSync(join(tmpdir(), 'mask-sqlite-batch-'));
let files = 0;
const fresh = () => new SqliteVault({ path: join(root, 'private', `vault-${files++}.db`) });

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('SqliteVault batching (calls of one event-loop turn share a transaction)', () => {
  it('applies calls in call order: an unawaited write is seen by a read made after it', async () => {
    const vault = fresh();
    const first = vault.putManyIfAbsent([{ key: 'a', value: '1' }]);
    const second = vault.putManyIfAbsent([
      { key: 'a', value: '2' },
      { key: 'b', value: '2' },
    ]);
    const read = vault.getMany(['a', 'b']);
    const overwrite = vault.putMany([{ key: 'b', value: '3' }]);
    const removed = vault.deleteMany(['a']);
    const readAgain = vault.getMany(['a', 'b']);
    expect(await first).toEqual([true]);
    expect(await second).toEqual([false, true]);
    expect(await read).toEqual(['1', '2']);
    await Promise.all([overwrite, removed]);
    expect(await readAgain).toEqual([undefined, '3']);
    await vault.close();
  });

  it('settles each call on its own: one failing call does not fail the others of its batch', async () => {
    const vault = fresh();
    const good = vault.putManyIfAbsent([{ key: 'good', value: 'v' }]);
    // A value SQLite refuses (NOT NULL): only this call fails, with a typed error that holds no data.
    const bad = vault.putManyIfAbsent([{ key: 'bad', value: null as unknown as string }]);
    const alsoGood = vault.putMany([{ key: 'also', value: 'w' }]);
    const read = vault.getMany(['good', 'bad', 'also']);
    expect(await good).toEqual([true]);
    const error = await bad.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(MaskError.isInstance(error) && error.code).toBe('VAULT_CONNECTION');
    expect(String((error as Error).message)).not.toContain('bad');
    await alsoGood;
    expect(await read).toEqual(['v', undefined, 'w']);
    await vault.close();
  });

  it('completes the calls made before close(), then refuses new ones', async () => {
    const vault = fresh();
    const write = vault.putManyIfAbsent([{ key: 'k', value: 'v' }]);
    await vault.close();
    expect(await write).toEqual([true]);
    const error = await vault.getMany(['k']).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(MaskError.isInstance(error) && error.code).toBe('CLOSED');
    const reopened = new SqliteVault({ path: vault.path });
    expect(await reopened.getMany(['k'])).toEqual(['v']);
    await reopened.close();
  });

  it('gives 200 concurrent insert-only callers their own answers, exactly one winner per key', async () => {
    const vault = fresh();
    const calls = Array.from({ length: 200 }, (_, index) => {
      const entries: VaultEntry[] = [
        { key: `own-${index}`, value: `v${index}`, ttlSeconds: 60 },
        { key: `shared-${index % 10}`, value: `caller-${index}`, ttlSeconds: 60 },
      ];
      return vault.putManyIfAbsent(entries);
    });
    const results = await Promise.all(calls);
    results.forEach((result, index) => {
      // Calls run in order, so the first caller of each shared key wins it.
      expect(result).toEqual([true, index < 10]);
    });
    expect(await vault.getMany(['shared-3', 'own-199'])).toEqual(['caller-3', 'v199']);
    await vault.close();
  });
});
