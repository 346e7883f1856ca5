import { MaskError } from '../errors/mask-error.js';
import type { Vault, VaultEntry } from './vault.js';

/** Options of {@link MemoryVault}. */
export interface MemoryVaultOptions {
  /**
   * Most records held; past it the oldest record is evicted (its token stops decoding).
   * @default 1_000_000
   */
  maxEntries?: number;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
}

interface StoredRecord {
  value: string;
  expiresAt: number;
}

/** How many of the oldest records a write inspects for expiry: bounded work, no O(N) sweep. */
const SWEEP_PER_WRITE = 2;

/**
 * In-process vault, the default. Records expire lazily on read and through a small, bounded sweep of the
 * oldest records on each write; the size bound evicts oldest first (insertion order), both O(1) per call.
 * Holds only what the engine gives it: ciphertext, tokens and counters.
 */
export class MemoryVault implements Vault {
  readonly name = 'memory';
  private readonly records = new Map<string, StoredRecord>();
  private readonly maxEntries: number;
  private readonly now: () => number;
  private closed = false;

  constructor(options: MemoryVaultOptions = {}) {
    this.maxEntries = options.maxEntries ?? 1_000_000;
    if (!Number.isInteger(this.maxEntries) || this.maxEntries < 1) {
      throw new MaskError('CONFIG_INVALID', 'MemoryVault maxEntries must be a positive integer');
    }
    this.now = options.now ?? Date.now;
  }

  /** Number of records currently held (expired ones not yet swept included). */
  get size(): number {
    return this.records.size;
  }

  async getMany(keys: readonly string[]): Promise<(string | undefined)[]> {
    this.assertOpen();
    const now = this.now();
    return keys.map((key) => this.read(key, now)?.value);
  }

  async putManyIfAbsent(entries: readonly VaultEntry[]): Promise<boolean[]> {
    this.assertOpen();
    const now = this.now();
    const written = entries.map((entry) => {
      if (this.read(entry.key, now)) return false;
      this.write(entry, now, true);
      return true;
    });
    this.sweep(now);
    return written;
  }

  async putMany(entries: readonly VaultEntry[]): Promise<void> {
    this.assertOpen();
    const now = this.now();
    for (const entry of entries) this.write(entry, now);
    this.sweep(now);
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    this.assertOpen();
    for (const key of keys) this.records.delete(key);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.records.clear();
  }

  private read(key: string, now: number): StoredRecord | undefined {
    const record = this.records.get(key);
    if (record && record.expiresAt <= now) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  private write(entry: VaultEntry, now: number, absent = false): void {
    const expiresAt = entry.ttlSeconds === undefined ? Number.POSITIVE_INFINITY : now + entry.ttlSeconds * 1000;
    // Delete first so that an overwrite moves the record to the young end of the insertion order.
    if (!absent) this.records.delete(entry.key);
    this.records.set(entry.key, { value: entry.value, expiresAt });
    while (this.records.size > this.maxEntries) {
      const oldest = this.records.keys().next().value as string;
      this.records.delete(oldest);
    }
  }

  private sweep(now: number): void {
    let inspected = 0;
    for (const [key, record] of this.records) {
      if (inspected++ >= SWEEP_PER_WRITE) break;
      if (record.expiresAt <= now) this.records.delete(key);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new MaskError('CLOSED', 'MemoryVault is closed');
  }
}
