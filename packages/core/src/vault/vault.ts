/** One record to write. Keys and values are opaque strings produced by the token engine. */
export interface VaultEntry {
  readonly key: string;
  /** Always ciphertext, a token or a counter: the engine never hands a vault plaintext. */
  readonly value: string;
  /** Seconds until the record expires; `undefined` keeps it until deleted or evicted. */
  readonly ttlSeconds?: number | undefined;
}

/**
 * Storage behind reversible tokens. Every method is a batch, so that a text with N entities costs O(1)
 * round trips. Implementations raise {@link MaskVaultConnectionError} when the backend is unreachable and
 * never swallow errors: the client decides, by its fail strategy, what happens next.
 *
 * Implementations: `MemoryVault` (here), `RedisVault`, `DynamoDBVault`, `MemcachedVault`, `SqliteVault`
 * (subpath exports).
 */
export interface Vault {
  /** Short backend name for errors and metrics (`memory`, `redis`, ...). */
  readonly name: string;
  /** Values for `keys`, in order; `undefined` where absent or expired. */
  getMany(keys: readonly string[]): Promise<(string | undefined)[]>;
  /**
   * Insert-only write: each entry is stored only if its key is absent (or expired).
   * Returns, in order, `true` where this call wrote the entry and `false` where the key was taken.
   * Must be atomic per key across every process sharing the backend.
   */
  putManyIfAbsent(entries: readonly VaultEntry[]): Promise<boolean[]>;
  /** Unconditional write (used for allocation hints such as placeholder counters). */
  putMany(entries: readonly VaultEntry[]): Promise<void>;
  /** Removes keys; absent keys are ignored. */
  deleteMany(keys: readonly string[]): Promise<void>;
  /**
   * Enumerates the keys that start with `prefix`, in batches (order unspecified; a key written during the
   * scan may or may not appear). Optional: backends that cannot enumerate (Memcached) leave it out, and
   * re-encryption (`reencryptVault`) then refuses them with `CONFIG_INVALID`.
   */
  scanKeys?(prefix: string): AsyncIterable<string[]>;
  /** Releases connections. Further calls raise `CLOSED`. */
  close(): Promise<void>;
}
