import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MaskError } from '../errors/mask-error.js';
import type { Vault, VaultEntry } from './vault.js';
import { assertVaultOpen, vaultConnectionError } from './vault-backend-error.js';

/** Options of {@link SqliteVault}. */
export interface SqliteVaultOptions {
  /** Database file. Its directory is created with mode 0700 when missing; the file gets mode 0600. */
  path: string;
  /**
   * Milliseconds a write waits for another process's lock before failing with `MaskVaultConnectionError`.
   * @default 2000
   */
  busyTimeoutMs?: number;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
}

/** SQLite's default limit on bound parameters is 32766; stay far below it. */
const CHUNK = 500;
/** Expired rows are swept once this many rows were written since the last sweep (amortized, bounded work). */
const SWEEP_AFTER_ROWS = 256;

type Operation =
  | { readonly kind: 'read'; readonly keys: readonly string[] }
  | { readonly kind: 'insert'; readonly entries: readonly VaultEntry[] }
  | { readonly kind: 'write'; readonly entries: readonly VaultEntry[] }
  | { readonly kind: 'delete'; readonly keys: readonly string[] };

interface Queued {
  readonly operation: Operation;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Embedded persistent vault on SQLite through better-sqlite3, an optional peer dependency: the default for a
 * single-node service that must keep tokens across restarts without running a server.
 *
 * The file lives in a directory only its owner can enter (0700; an existing directory open to group or others
 * is refused) and is itself 0600; SQLite gives its WAL and shared-memory files the database's mode. The
 * database runs in WAL mode, so readers never block the writer, and several processes may share one file:
 * insert-only writes run in `BEGIN IMMEDIATE` transactions and are atomic across them. Expired rows are
 * invisible to reads and removed a few at a time as rows are written.
 *
 * Durability: `synchronous = NORMAL` in WAL mode. A committed write survives a crash of the process; a power
 * loss or OS crash may lose the last transactions before the next checkpoint, never corrupt the file. Tokens
 * lost that way are unknown to a later detokenize (which fails closed), never wrong.
 *
 * Batching: operations are queued and run together once per turn of the event loop, in the order they were
 * called, in one transaction (a commit writes every page it touched to the WAL, and the records of one token
 * scope share pages, so one commit for the many small calls of concurrent requests costs a fraction of one
 * commit each). Each call still settles on its own: should the shared transaction fail, every operation is
 * retried alone so one bad call never fails its neighbours.
 *
 * @example
 * import { SqliteVault } from '@mask/core/sqlite';
 * const vault = new SqliteVault({ path: '/var/lib/mask/vault.db' });
 */
export class SqliteVault implements Vault {
  readonly name = 'sqlite';
  readonly path: string;
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly statements: {
    insertIfAbsent: Database.Statement;
    upsert: Database.Statement;
    sweep: Database.Statement;
    scan: Database.Statement;
  };
  private readonly selects = new Map<number, Database.Statement>();
  private readonly deletes = new Map<number, Database.Statement>();
  private closed = false;
  private queue: Queued[] = [];
  private flushScheduled = false;
  private rowsSinceSweep = 0;

  constructor(options: SqliteVaultOptions) {
    if (!options.path) throw new MaskError('CONFIG_INVALID', 'SqliteVault needs a path');
    this.path = resolve(options.path);
    this.now = options.now ?? Date.now;
    const busyTimeoutMs = options.busyTimeoutMs ?? 2000;
    prepareFile(this.path);
    try {
      this.db = new Database(this.path, { timeout: busyTimeoutMs });
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(`CREATE TABLE IF NOT EXISTS mask_vault (
        k TEXT PRIMARY KEY NOT NULL,
        v TEXT NOT NULL,
        exp INTEGER
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS mask_vault_exp ON mask_vault (exp) WHERE exp IS NOT NULL;`);
      this.statements = {
        // Takes the key when absent or expired; `changes` tells whether this statement wrote.
        insertIfAbsent: this.db.prepare(
          `INSERT INTO mask_vault (k, v, exp) VALUES (?, ?, ?)
           ON CONFLICT (k) DO UPDATE SET v = excluded.v, exp = excluded.exp
           WHERE mask_vault.exp IS NOT NULL AND mask_vault.exp <= ?`,
        ),
        upsert: this.db.prepare(
          'INSERT INTO mask_vault (k, v, exp) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v, exp = excluded.exp',
        ),
        sweep: this.db.prepare(
          'DELETE FROM mask_vault WHERE k IN (SELECT k FROM mask_vault WHERE exp IS NOT NULL AND exp <= ? LIMIT ?)',
        ),
        scan: this.db.prepare('SELECT k FROM mask_vault WHERE k > ? AND substr(k, 1, ?) = ? ORDER BY k LIMIT 1000'),
      };
    } catch (error) {
      throw vaultConnectionError(this.name, 'open', error);
    }
  }

  async getMany(keys: readonly string[]): Promise<(string | undefined)[]> {
    assertVaultOpen(this.closed, this.name);
    if (keys.length === 0) return [];
    return this.enqueue({ kind: 'read', keys }) as Promise<(string | undefined)[]>;
  }

  async putManyIfAbsent(entries: readonly VaultEntry[]): Promise<boolean[]> {
    assertVaultOpen(this.closed, this.name);
    if (entries.length === 0) return [];
    return this.enqueue({ kind: 'insert', entries }) as Promise<boolean[]>;
  }

  async putMany(entries: readonly VaultEntry[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    if (entries.length === 0) return;
    await this.enqueue({ kind: 'write', entries });
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    if (keys.length === 0) return;
    await this.enqueue({ kind: 'delete', keys });
  }

  async *scanKeys(prefix: string): AsyncIterable<string[]> {
    assertVaultOpen(this.closed, this.name);
    let after = '';
    for (;;) {
      // Calls made before this page are applied first, so a scan sees every write its caller awaited or not.
      this.flush();
      const rows = this.run('scan', () => this.statements.scan.all(after, prefix.length, prefix) as { k: string }[]);
      if (rows.length === 0) return;
      yield rows.map((row) => row.k);
      after = (rows[rows.length - 1] as { k: string }).k;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Calls made before close() still complete.
    this.flush();
    this.db.close();
  }

  private enqueue(operation: Operation): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ operation, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(this.flush);
      }
    });
  }

  /** Runs every queued operation, in call order: one transaction when any of them writes. */
  private readonly flush = (): void => {
    this.flushScheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const now = this.now();
    const writes = batch.some((queued) => queued.operation.kind !== 'read');
    let results: unknown[];
    try {
      results = writes
        ? this.batchTransaction.immediate(batch, now)
        : batch.map((queued) => this.apply(queued.operation, now));
    } catch (error) {
      if (batch.length === 1) {
        (batch[0] as Queued).reject(vaultConnectionError(this.name, (batch[0] as Queued).operation.kind, error));
        return;
      }
      // The shared transaction rolled back as a whole: retry each operation alone, so each settles on its own.
      for (const queued of batch) {
        try {
          const { operation } = queued;
          queued.resolve(
            operation.kind === 'read' ? this.apply(operation, now) : this.batchTransaction.immediate([queued], now)[0],
          );
        } catch (single) {
          queued.reject(vaultConnectionError(this.name, queued.operation.kind, single));
        }
      }
      return;
    }
    for (let index = 0; index < batch.length; index++) (batch[index] as Queued).resolve(results[index]);
  };

  /** Built once: better-sqlite3 compiles a transaction function per `transaction()` call. */
  private readonly batchTransaction = this.lazyTransaction((batch: readonly Queued[], now: number): unknown[] => {
    const results = batch.map((queued) => this.apply(queued.operation, now));
    if (this.rowsSinceSweep >= SWEEP_AFTER_ROWS) {
      // Removes up to twice what was written since the last sweep: the sweep keeps up with any write rate.
      this.statements.sweep.run(now, 2 * this.rowsSinceSweep);
      this.rowsSinceSweep = 0;
    }
    return results;
  });

  private apply(operation: Operation, now: number): unknown {
    switch (operation.kind) {
      case 'read':
        return this.read(operation.keys, now);
      case 'insert':
        this.rowsSinceSweep += operation.entries.length;
        return operation.entries.map(
          (entry) =>
            this.statements.insertIfAbsent.run(entry.key, entry.value, this.expiry(entry, now), now).changes === 1,
        );
      case 'write':
        this.rowsSinceSweep += operation.entries.length;
        for (const entry of operation.entries) {
          this.statements.upsert.run(entry.key, entry.value, this.expiry(entry, now));
        }
        return undefined;
      case 'delete':
        for (let start = 0; start < operation.keys.length; start += CHUNK) {
          const chunk = operation.keys.slice(start, start + CHUNK);
          this.remove(chunk.length).run(...chunk);
        }
        return undefined;
    }
  }

  private read(keys: readonly string[], now: number): (string | undefined)[] {
    const found = new Map<string, string>();
    for (let start = 0; start < keys.length; start += CHUNK) {
      const chunk = start === 0 && keys.length <= CHUNK ? keys : keys.slice(start, start + CHUNK);
      const rows = this.select(chunk.length).all(...chunk) as { k: string; v: string; exp: number | null }[];
      for (const row of rows) if (row.exp === null || row.exp > now) found.set(row.k, row.v);
    }
    return keys.map((key) => found.get(key));
  }

  /** A transaction function created on first use (the database opens in the constructor, after field setup). */
  private lazyTransaction<TArgs extends unknown[], TResult>(
    body: (...args: TArgs) => TResult,
  ): { immediate: (...args: TArgs) => TResult } {
    let transaction: ReturnType<Database.Database['transaction']> | undefined;
    return {
      immediate: (...args: TArgs) => {
        transaction ??= this.db.transaction(body);
        return transaction.immediate(...args) as TResult;
      },
    };
  }

  private expiry(entry: VaultEntry, now: number): number | null {
    return entry.ttlSeconds === undefined ? null : now + Math.max(1, Math.round(entry.ttlSeconds * 1000));
  }

  private select(count: number): Database.Statement {
    let statement = this.selects.get(count);
    if (!statement) {
      statement = this.db.prepare(`SELECT k, v, exp FROM mask_vault WHERE k IN (${placeholders(count)})`);
      this.selects.set(count, statement);
    }
    return statement;
  }

  private remove(count: number): Database.Statement {
    let statement = this.deletes.get(count);
    if (!statement) {
      statement = this.db.prepare(`DELETE FROM mask_vault WHERE k IN (${placeholders(count)})`);
      this.deletes.set(count, statement);
    }
    return statement;
  }

  private run<T>(operation: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw vaultConnectionError(this.name, operation, error);
    }
  }
}

function placeholders(count: number): string {
  return new Array(count).fill('?').join(',');
}

/** Creates the directory (0700) and the file (0600) before SQLite opens it, and refuses a shared directory. */
function prepareFile(path: string): void {
  const directory = dirname(path);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw vaultConnectionError('sqlite', 'create directory', error);
  }
  const mode = statSync(directory).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new MaskError(
      'CONFIG_INVALID',
      `SqliteVault directory must not be accessible to group or others (mode ${mode.toString(8)}; use chmod 700)`,
    );
  }
  try {
    closeSync(openSync(path, 'a', 0o600));
    chmodSync(path, 0o600);
  } catch (error) {
    throw vaultConnectionError('sqlite', 'create file', error);
  }
}
