import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MaskError } from '../../errors/mask-error.js';
import type { VaultConfig } from '../create-vault.js';
import type { Vault } from '../vault.js';

/** How a backend plugs into {@link runVaultConformance}. */
export interface VaultConformanceOptions {
  /** Backend name in test titles. */
  name: string;
  /** A fresh vault on the backend (called once per test; the suite closes it). */
  create: () => Promise<Vault>;
  /**
   * Configuration that lets a child process open the same backend with `createVault`, for the two-process
   * race. `undefined` for in-process backends (memory): the race then runs two writers in one process.
   */
  sharedConfig?: () => VaultConfig | undefined;
  /** Largest value the backend must hold (bytes of UTF-8). @default 200_000 */
  largeValueBytes?: number;
  /** Shortest TTL the backend honours, in seconds (memcached and DynamoDB count whole seconds). @default 1 */
  ttlSeconds?: number;
  /** Whether the backend implements `scanKeys`. @default true */
  scans?: boolean;
}

const require = createRequire(import.meta.url);
const RACE_WRITER = join(import.meta.dirname, 'race-writer.ts');

let keyCounter = 0;
/** A fresh scope id per test, shaped like the engine's (`<16 hex>.<16 hex>`), so tests never see each other. */
function freshScope(): string {
  keyCounter++;
  const random = Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  return `${random}${String(keyCounter).padStart(8, '0')}.${Date.now().toString(16).padStart(16, '0').slice(-16)}`;
}
const tokenKey = (scope: string, token: string) => `mask:{${scope}}:t:${token}`;

/**
 * The conformance suite every vault backend passes: round trip, batches, insert-only semantics (also under two
 * racing processes), TTL expiry, scope isolation, large and unicode values, enumeration and closed-vault errors.
 *
 * @example
 * runVaultConformance({ name: 'redis', create: async () => new RedisVault({ url }) });
 */
export function runVaultConformance(options: VaultConformanceOptions): void {
  const largeBytes = options.largeValueBytes ?? 200_000;
  const ttl = options.ttlSeconds ?? 1;
  const open: Vault[] = [];
  const vault = async () => {
    const created = await options.create();
    open.push(created);
    return created;
  };

  describe(`vault conformance: ${options.name}`, () => {
    afterAll(async () => {
      await Promise.all(open.map((created) => created.close().catch(() => {})));
    });

    it('round-trips values and reports absent keys as undefined', async () => {
      const store = await vault();
      const scope = freshScope();
      const keys = ['a', 'b', 'c'].map((token) => tokenKey(scope, token));
      expect(await store.getMany(keys)).toEqual([undefined, undefined, undefined]);
      expect(await store.putManyIfAbsent([{ key: keys[0] as string, value: '1|k|T|f|sealed-a' }])).toEqual([true]);
      expect(await store.getMany(keys)).toEqual(['1|k|T|f|sealed-a', undefined, undefined]);
      expect(await store.getMany([])).toEqual([]);
      expect(await store.putManyIfAbsent([])).toEqual([]);
    });

    it('reads and writes a batch of 300 keys in order, duplicates included', async () => {
      const store = await vault();
      const scope = freshScope();
      const entries = Array.from({ length: 300 }, (_, index) => ({
        key: tokenKey(scope, `[PERSON_${index}]`),
        value: `v${index}`,
      }));
      expect(await store.putManyIfAbsent(entries)).toEqual(entries.map(() => true));
      const keys = [
        ...entries.map((entry) => entry.key).reverse(),
        tokenKey(scope, 'missing'),
        entries[0]?.key as string,
      ];
      expect(await store.getMany(keys)).toEqual([...entries.map((entry) => entry.value).reverse(), undefined, 'v0']);
    });

    it('insert-only writes never overwrite; putMany does; deleteMany removes', async () => {
      const store = await vault();
      const scope = freshScope();
      const [a, b, c] = ['a', 'b', 'c'].map((token) => tokenKey(scope, token)) as [string, string, string];
      await store.putManyIfAbsent([{ key: a, value: 'first' }]);
      expect(
        await store.putManyIfAbsent([
          { key: a, value: 'second' },
          { key: b, value: 'b1' },
        ]),
      ).toEqual([false, true]);
      expect(await store.getMany([a, b])).toEqual(['first', 'b1']);
      await store.putMany([
        { key: a, value: 'overwritten' },
        { key: c, value: '7' },
      ]);
      expect(await store.getMany([a, c])).toEqual(['overwritten', '7']);
      await store.deleteMany([a, c, tokenKey(scope, 'never-written')]);
      expect(await store.getMany([a, b, c])).toEqual([undefined, 'b1', undefined]);
      expect(await store.putManyIfAbsent([{ key: a, value: 'again' }])).toEqual([true]);
    });

    it('expires records after their TTL and lets an insert-only write take an expired key', async () => {
      const store = await vault();
      const scope = freshScope();
      const [short, forever] = [tokenKey(scope, 'short'), tokenKey(scope, 'forever')];
      // Two seconds more than the shortest TTL: the read right after the write must not race the expiry.
      await store.putManyIfAbsent([
        { key: short, value: 'gone soon', ttlSeconds: ttl + 2 },
        { key: forever, value: 'stays' },
      ]);
      expect(await store.getMany([short, forever])).toEqual(['gone soon', 'stays']);
      // Whole-second backends may round up (memcached asks for two seconds more, see memcached-vault.ts) and expire
      // on their next second boundary.
      await new Promise((resolve) => setTimeout(resolve, (ttl + 3) * 1000 + 1700));
      expect(await store.getMany([short, forever])).toEqual([undefined, 'stays']);
      expect(await store.putManyIfAbsent([{ key: short, value: 'new owner', ttlSeconds: 60 }])).toEqual([true]);
      expect(await store.getMany([short])).toEqual(['new owner']);
    });

    it('keeps a record for its whole TTL, whatever the moment of the write within a second', async () => {
      // Whole-second backends must round a TTL up: a write just before a second boundary must not expire on it.
      // Three writes a third of a second apart cover the phases. Each key is polled until it is gone, and it must
      // not be seen gone before its TTL has passed since the write began; a slow machine only delays the reads
      // that see it gone, so load cannot fail a backend that keeps its TTL.
      const store = await vault();
      const scope = freshScope();
      const lifetimes = [0, 1, 2].map(async (index) => {
        await new Promise((resolve) => setTimeout(resolve, index * 333));
        const key = tokenKey(scope, `phase-${index}`);
        const written = Date.now();
        await store.putManyIfAbsent([{ key, value: `written ${index}`, ttlSeconds: ttl }]);
        while (Date.now() - written < (ttl + 5) * 1000) {
          const [value] = await store.getMany([key]);
          if (value === undefined) return Date.now() - written;
          expect(value).toBe(`written ${index}`);
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
        return Number.POSITIVE_INFINITY;
      });
      for (const lifetime of await Promise.all(lifetimes)) {
        expect(lifetime).toBeGreaterThanOrEqual(ttl * 1000);
        expect(lifetime).toBeLessThan((ttl + 5) * 1000);
      }
    });

    it('keeps scopes apart: the same token in two scopes is two records', async () => {
      const store = await vault();
      const [scopeA, scopeB] = [freshScope(), freshScope()];
      await store.putManyIfAbsent([{ key: tokenKey(scopeA, '[PERSON_1]'), value: 'alice' }]);
      expect(await store.getMany([tokenKey(scopeB, '[PERSON_1]')])).toEqual([undefined]);
      expect(await store.putManyIfAbsent([{ key: tokenKey(scopeB, '[PERSON_1]'), value: 'bob' }])).toEqual([true]);
      expect(await store.getMany([tokenKey(scopeA, '[PERSON_1]'), tokenKey(scopeB, '[PERSON_1]')])).toEqual([
        'alice',
        'bob',
      ]);
    });

    it('stores large values and unicode keys and values byte for byte', async () => {
      const store = await vault();
      const scope = freshScope();
      const unicode = 'Zoë Ångström 🧑‍💻 東京都 \u0000 |pipe| "quote" \\ \n newline \u200d';
      const large = 'ab€'.repeat(Math.floor(largeBytes / 5));
      const entries = [
        { key: tokenKey(scope, 'jörg@例え.jp'), value: unicode },
        { key: tokenKey(scope, '4111 1111 1111 1111'), value: large },
        { key: tokenKey(scope, 'x'.repeat(600)), value: 'long key' },
      ];
      expect(await store.putManyIfAbsent(entries)).toEqual([true, true, true]);
      expect(await store.getMany(entries.map((entry) => entry.key))).toEqual(entries.map((entry) => entry.value));
    });

    it('settles concurrent insert-only writers: exactly one wins each key', async () => {
      const store = await vault();
      const scope = freshScope();
      const keys = Array.from({ length: 60 }, (_, index) => tokenKey(scope, `[RACE_${index}]`));
      const config = options.sharedConfig?.();
      let wonA: boolean[];
      let wonB: boolean[];
      if (config) {
        // Two processes, each with its own connection, released at the same instant.
        const startAt = Date.now() + 1500;
        [wonA, wonB] = (await Promise.all(
          ['A', 'B'].map((value) => raceInChild({ config, startAt, keys, value, rounds: 6 })),
        )) as [boolean[], boolean[]];
      } else {
        const write = (value: string) => store.putManyIfAbsent(keys.map((key) => ({ key, value: `${value}:${key}` })));
        [wonA, wonB] = await Promise.all([write('A'), write('B')]);
      }
      const stored = await store.getMany(keys);
      keys.forEach((key, index) => {
        expect(wonA[index] !== wonB[index], `exactly one writer wins ${index}`).toBe(true);
        expect(stored[index]).toBe(`${wonA[index] ? 'A' : 'B'}:${key}`);
      });
    });

    if (options.scans ?? true) {
      it('enumerates keys by prefix (for re-encryption)', async () => {
        const store = await vault();
        const scope = freshScope();
        const other = freshScope();
        const keys = Array.from({ length: 25 }, (_, index) => tokenKey(scope, `[SCAN_${index}]`));
        await store.putMany([...keys, tokenKey(other, 'x')].map((key) => ({ key, value: 'v' })));
        expect(store.scanKeys).toBeTypeOf('function');
        const seen: string[] = [];
        for await (const batch of store.scanKeys?.(`mask:{${scope}}:`) ?? []) seen.push(...batch);
        expect(seen.sort()).toEqual([...keys].sort());
      });
    }

    it('raises CLOSED after close(), without touching the backend', async () => {
      const store = await options.create();
      await store.close();
      for (const call of [
        () => store.getMany(['k']),
        () => store.putManyIfAbsent([{ key: 'k', value: 'v' }]),
        () => store.putMany([{ key: 'k', value: 'v' }]),
        () => store.deleteMany(['k']),
      ]) {
        const error = await call().then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        expect(MaskError.isInstance(error) && error.code).toBe('CLOSED');
      }
      await store.close(); // idempotent
    });
  });
}

interface RaceInput {
  config: VaultConfig;
  startAt: number;
  keys: string[];
  value: string;
  rounds: number;
}

/** Runs race-writer.ts in a child Node process (TypeScript through tsx) and returns what it won. */
function raceInChild(input: RaceInput): Promise<boolean[]> {
  const tsx = require.resolve('tsx');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', tsx, RACE_WRITER, JSON.stringify(input)],
      { timeout: 30_000, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`race writer ${input.value} failed: ${stderr.slice(-2000)}`));
        else resolve((JSON.parse(stdout) as { won: boolean[] }).won);
      },
    );
  });
}
