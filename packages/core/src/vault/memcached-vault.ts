import { createHash } from 'node:crypto';
import memjs from 'memjs';
import { MaskError } from '../errors/mask-error.js';
import type { Vault, VaultEntry } from './vault.js';
import { assertVaultOpen, vaultConnectionError, withDeadline } from './vault-backend-error.js';

/** Options of {@link MemcachedVault}. Give `client` or `servers`. */
export interface MemcachedVaultOptions {
  /** `host:port` or a comma-separated list (keys are spread over the servers by memjs' hashing). */
  servers?: string;
  /** A memjs client the vault does not own (`close()` leaves it open). */
  client?: memjs.Client;
  /**
   * Upper bound, in milliseconds, of every vault call. Past it the call raises `MaskVaultConnectionError`.
   * @default 2000
   */
  timeoutMs?: number;
}

/** Memcached binary protocol opcodes (quiet variants answer only on a miss / failure, NOOP closes a batch). */
const OP = { getkq: 0x0d, setq: 0x11, addq: 0x12, deleteq: 0x14, noop: 0x0a } as const;
const STATUS_OK = 0;
const STATUS_NOT_FOUND = 1;
const STATUS_EXISTS = 2;
const STATUS_NOT_STORED = 5;
/** Seconds added to a relative TTL (see expiration). */
const EXPIRY_MARGIN = 2;

/** Memcached reads an expiration above 30 days as a Unix time. */
const RELATIVE_EXPIRY_LIMIT = 60 * 60 * 24 * 30;

interface MemjsResponse {
  header: { status: number; opcode: number; opaque: number };
  key: Buffer;
  val: Buffer;
}
type ResponseHandler = ((response: MemjsResponse) => void) & { quiet?: boolean };
/** The parts of memjs' `Server` the batch path uses (stable since memjs 1.0). */
interface MemjsServer {
  responseCallbacks: Record<number, ResponseHandler>;
  errorCallbacks: Record<number, (error: unknown) => void>;
  onResponse(seq: number, handler: ResponseHandler): void;
  onError(seq: number, handler: (error: unknown) => void): void;
  write(buffer: Buffer): void;
  _socket?: { setNoDelay(noDelay?: boolean): unknown };
}
interface MemjsClientInternals {
  seq: number;
  servers: MemjsServer[];
  incrSeq(): void;
  server(key: string): MemjsServer | null;
}

/**
 * Vault on Memcached through memjs, an optional peer dependency.
 *
 * A batch is one write per server: quiet binary commands (`GETKQ`, `ADDQ`, `SETQ`, `DELETEQ`) followed by a
 * `NOOP` that closes it, so a text with N entities costs one round trip. Insert-only writes use `ADD`, which
 * memcached performs atomically. Keys are hashed (SHA-256, base64url) to satisfy memcached's key rules (at
 * most 250 bytes, no spaces or control characters); values are sealed records and the AEAD binds each one to
 * its token, so even a hash collision could not decode to another token's value.
 *
 * Memcached may evict records under memory pressure and cannot enumerate keys: use it for session-lived
 * tokens, not for records that must outlive a restart, and not with `reencryptVault`.
 *
 * @example
 * import { MemcachedVault } from '@mask/core/memcached';
 * const vault = new MemcachedVault({ servers: '127.0.0.1:11211' });
 */
export class MemcachedVault implements Vault {
  readonly name = 'memcached';
  /** The memjs client. */
  readonly client: memjs.Client;
  private readonly ownsClient: boolean;
  private readonly timeoutMs: number;
  private closed = false;

  constructor(options: MemcachedVaultOptions) {
    this.timeoutMs = options.timeoutMs ?? 2000;
    if (!Number.isFinite(this.timeoutMs) || this.timeoutMs <= 0) {
      throw new MaskError('CONFIG_INVALID', 'MemcachedVault timeoutMs must be a positive number');
    }
    if (options.client) {
      this.client = options.client;
      this.ownsClient = false;
    } else if (options.servers) {
      const seconds = this.timeoutMs / 1000;
      this.client = memjs.Client.create(options.servers, {
        timeout: seconds,
        conntimeout: seconds,
        retries: 1,
        keepAlive: true,
        // memjs logs to console by default; the vault reports failures as typed errors instead.
        logger: { log: () => {} },
      });
      this.ownsClient = true;
    } else {
      throw new MaskError('CONFIG_INVALID', 'MemcachedVault needs servers or a client');
    }
  }

  /** The memcached key a vault key is stored under (exported for tests and operators). */
  static storageKey(key: string): string {
    return `mask:${createHash('sha256').update(key, 'utf8').digest('base64url')}`;
  }

  async getMany(keys: readonly string[]): Promise<(string | undefined)[]> {
    assertVaultOpen(this.closed, this.name);
    const results: (string | undefined)[] = new Array(keys.length).fill(undefined);
    await this.batch(
      'read',
      keys,
      (key) => ({ opcode: OP.getkq, key, extras: Buffer.alloc(0), value: Buffer.alloc(0) }),
      (index, response) => {
        if (response.header.status === STATUS_OK) results[index] = response.val.toString('utf8');
        else if (response.header.status !== STATUS_NOT_FOUND) throw new Error(`status ${response.header.status}`);
      },
    );
    return results;
  }

  async putManyIfAbsent(entries: readonly VaultEntry[]): Promise<boolean[]> {
    assertVaultOpen(this.closed, this.name);
    const results = new Array<boolean>(entries.length).fill(true);
    await this.batch(
      'insert',
      entries.map((entry) => entry.key),
      (key, index) => storeRequest(OP.addq, key, entries[index] as VaultEntry),
      (index, response) => {
        // ADDQ answers only on failure: "exists" means another writer holds the key.
        if (response.header.status === STATUS_EXISTS || response.header.status === STATUS_NOT_STORED)
          results[index] = false;
        else if (response.header.status !== STATUS_OK) throw new Error(`status ${response.header.status}`);
      },
    );
    return results;
  }

  async putMany(entries: readonly VaultEntry[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    await this.batch(
      'write',
      entries.map((entry) => entry.key),
      (key, index) => storeRequest(OP.setq, key, entries[index] as VaultEntry),
      (_index, response) => {
        if (response.header.status !== STATUS_OK) throw new Error(`status ${response.header.status}`);
      },
    );
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    await this.batch(
      'delete',
      keys,
      (key) => ({ opcode: OP.deleteq, key, extras: Buffer.alloc(0), value: Buffer.alloc(0) }),
      (_index, response) => {
        if (response.header.status !== STATUS_OK && response.header.status !== STATUS_NOT_FOUND) {
          throw new Error(`status ${response.header.status}`);
        }
      },
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsClient) this.client.close();
  }

  /**
   * Sends one quiet request per key and a NOOP in a single write per server, then waits for the NOOP's answer.
   * Quiet requests answer only when they have something to say (a hit, a failure); the NOOP answers last, so
   * once it arrives every answer of the batch has been read.
   */
  private async batch(
    operation: string,
    keys: readonly string[],
    request: (storageKey: string, index: number) => { opcode: number; key: string; extras: Buffer; value: Buffer },
    onAnswer: (index: number, response: MemjsResponse) => void,
  ): Promise<void> {
    if (keys.length === 0) return;
    const client = this.client as unknown as MemjsClientInternals;
    const byServer = new Map<MemjsServer, number[]>();
    const storageKeys = keys.map((key) => MemcachedVault.storageKey(key));
    storageKeys.forEach((storageKey, index) => {
      const server = client.server(storageKey);
      if (!server) throw vaultConnectionError(this.name, operation, new Error('no server available'));
      const group = byServer.get(server);
      if (group) group.push(index);
      else byServer.set(server, [index]);
    });
    const work = [...byServer].map(
      ([server, indexes]) =>
        new Promise<void>((resolve, reject) => {
          const seqs: number[] = [];
          const buffers: Buffer[] = [];
          let failure: unknown;
          for (const index of indexes) {
            client.incrSeq();
            const seq = client.seq;
            seqs.push(seq);
            const parts = request(storageKeys[index] as string, index);
            buffers.push(memjs.Utils.makeRequestBuffer(parts.opcode, parts.key, parts.extras, parts.value, seq));
            const handler: ResponseHandler = (response) => {
              try {
                onAnswer(index, response);
              } catch (error) {
                failure ??= error;
              }
            };
            handler.quiet = true;
            server.onResponse(seq, handler);
          }
          client.incrSeq();
          const noopSeq = client.seq;
          buffers.push(memjs.Utils.makeRequestBuffer(OP.noop, '', '', '', noopSeq));
          const cleanup = () => {
            for (const seq of seqs) {
              delete server.responseCallbacks[seq];
              delete server.errorCallbacks[seq];
            }
          };
          server.onResponse(noopSeq, () => {
            cleanup();
            if (failure === undefined) resolve();
            else reject(failure);
          });
          server.onError(noopSeq, (error) => {
            cleanup();
            reject(error instanceof Error ? error : new Error('memcached connection failed'));
          });
          server.write(Buffer.concat(buffers));
          // memjs leaves Nagle's algorithm on: a second batch in flight (the engine writes records and counters in
          // parallel) would wait for the server's delayed ACK, up to 40 ms. The socket exists once write() ran.
          server._socket?.setNoDelay(true);
        }),
    );
    try {
      await withDeadline(this.name, operation, this.timeoutMs, Promise.all(work));
    } catch (error) {
      throw vaultConnectionError(this.name, operation, error);
    }
  }
}

function storeRequest(opcode: number, key: string, entry: VaultEntry) {
  const extras = Buffer.alloc(8); // flags (4 bytes, 0) + expiration (4 bytes)
  extras.writeUInt32BE(expiration(entry.ttlSeconds), 4);
  return { opcode, key, extras, value: Buffer.from(entry.value, 'utf8') };
}

/**
 * Memcached expiration: 0 = never; up to 30 days relative seconds; beyond that an absolute Unix time.
 * Memcached's clock ticks once a second, so a relative TTL of n seconds ends at its n-th tick, which may come
 * up to a second early; and under load a tick comes late, so the clock a write is stamped with may lag further
 * (a record with one second more lived 926 ms of its 1 s TTL in a loaded test run). Two seconds more keep a record
 * at least its TTL (and at most two seconds longer).
 */
function expiration(ttlSeconds: number | undefined): number {
  if (ttlSeconds === undefined) return 0;
  const seconds = Math.ceil(Math.max(1, ttlSeconds)) + EXPIRY_MARGIN;
  return seconds <= RELATIVE_EXPIRY_LIMIT ? seconds : Math.ceil(Date.now() / 1000 + ttlSeconds);
}
