import { describe, expect, it } from 'vitest';
import { MemoryVault } from './memory-vault.js';

describe('MemoryVault', () => {
  it('writes insert-only: a taken key is reported and not overwritten', async () => {
    const vault = new MemoryVault();
    expect(
      await vault.putManyIfAbsent([
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ]),
    ).toEqual([true, true]);
    expect(
      await vault.putManyIfAbsent([
        { key: 'a', value: 'x' },
        { key: 'c', value: '3' },
      ]),
    ).toEqual([false, true]);
    expect(await vault.getMany(['a', 'b', 'c', 'd'])).toEqual(['1', '2', '3', undefined]);
  });

  it('expires records by TTL on read, and an expired key can be claimed again', async () => {
    let now = 1_000;
    const vault = new MemoryVault({ now: () => now });
    await vault.putManyIfAbsent([{ key: 'a', value: '1', ttlSeconds: 10 }]);
    now += 9_999;
    expect(await vault.getMany(['a'])).toEqual(['1']);
    now += 1;
    expect(await vault.getMany(['a'])).toEqual([undefined]);
    expect(await vault.putManyIfAbsent([{ key: 'a', value: '2', ttlSeconds: 10 }])).toEqual([true]);
  });

  it('sweeps a bounded number of expired records per write (no full scan) and bounds its size', async () => {
    let now = 0;
    const vault = new MemoryVault({ now: () => now, maxEntries: 100 });
    await vault.putMany(Array.from({ length: 50 }, (_, i) => ({ key: `old${i}`, value: 'x', ttlSeconds: 1 })));
    now = 5_000;
    await vault.putMany([{ key: 'new', value: 'y' }]);
    expect(vault.size).toBe(49); // two oldest inspected, both expired, and one record added
    await vault.putMany(Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, value: 'z' })));
    expect(vault.size).toBe(100);
    expect(await vault.getMany(['k199', 'k0'])).toEqual(['z', undefined]); // oldest evicted first
  });

  it('raises CLOSED after close and validates its options', async () => {
    const vault = new MemoryVault();
    await vault.close();
    await expect(vault.getMany(['a'])).rejects.toMatchObject({ code: 'CLOSED' });
    expect(() => new MemoryVault({ maxEntries: 0 })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
