import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
  PutItemCommand,
  ResourceNotFoundException,
  ScanCommand,
  UpdateTimeToLiveCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { MaskError } from '../errors/mask-error.js';
import type { Vault, VaultEntry } from './vault.js';
import { assertVaultOpen, vaultConnectionError, withDeadline } from './vault-backend-error.js';

/** Options of {@link DynamoDBVault}. */
export interface DynamoDBVaultOptions {
  /** Table name. Its partition key is a string attribute named `k` (see {@link DynamoDBVault.createTable}). */
  table: string;
  /** A client the vault does not own (`close()` leaves it open). */
  client?: DynamoDBClient;
  /** Region for a client the vault creates. @default the SDK's default chain */
  region?: string;
  /** Endpoint for a client the vault creates (DynamoDB Local, dynalite, a VPC endpoint). */
  endpoint?: string;
  /** Extra SDK configuration for a client the vault creates (credentials, retries, ...). */
  clientConfig?: DynamoDBClientConfig;
  /**
   * Upper bound, in milliseconds, of every vault call (all of its requests). Past it the call raises
   * `MaskVaultConnectionError`.
   * @default 3000
   */
  timeoutMs?: number;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
}

/** DynamoDB limits: 100 keys per BatchGetItem, 25 requests per BatchWriteItem. */
const GET_CHUNK = 100;
const WRITE_CHUNK = 25;
/** Unprocessed keys/items are retried this many times (with a short backoff) before the call fails. */
const UNPROCESSED_RETRIES = 5;
/** The SDK's default HTTP agent keeps 50 sockets: conditional puts go out in waves of that size. */
const PARALLEL_PUTS = 50;

/**
 * Vault on Amazon DynamoDB through @aws-sdk/client-dynamodb, an optional peer dependency.
 *
 * Items are `{ k: key, v: value, exp?: epoch seconds }`. Enable the table's TTL on `exp` so that DynamoDB
 * deletes expired items; since that deletion can lag by hours, every read also checks `exp` and an
 * insert-only write may take over an expired item. Insert-only writes are conditional `PutItem`s
 * (`attribute_not_exists(k) OR exp <= :now`), sent in parallel: DynamoDB has no conditional batch write, and
 * the vault does not use transactions (twice the write cost, all-or-nothing, and absent from dynalite).
 * Reads are `BatchGetItem` (one request per 100 keys), plain writes and deletes `BatchWriteItem` (per 25).
 *
 * @example
 * import { DynamoDBVault } from '@mask/core/dynamodb';
 * const vault = new DynamoDBVault({ table: 'mask-vault', region: 'eu-west-1' });
 */
export class DynamoDBVault implements Vault {
  readonly name = 'dynamodb';
  /** The SDK client (add middleware for metrics here). */
  readonly client: DynamoDBClient;
  readonly table: string;
  private readonly ownsClient: boolean;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private closed = false;

  constructor(options: DynamoDBVaultOptions) {
    if (!options.table || !/^[A-Za-z0-9_.-]{3,255}$/.test(options.table)) {
      throw new MaskError('CONFIG_INVALID', 'DynamoDBVault needs a valid table name');
    }
    this.table = options.table;
    this.timeoutMs = options.timeoutMs ?? 3000;
    if (!Number.isFinite(this.timeoutMs) || this.timeoutMs <= 0) {
      throw new MaskError('CONFIG_INVALID', 'DynamoDBVault timeoutMs must be a positive number');
    }
    this.now = options.now ?? Date.now;
    if (options.client) {
      this.client = options.client;
      this.ownsClient = false;
    } else {
      this.client = new DynamoDBClient({
        maxAttempts: 2,
        // The SDK builds its Node HTTP handler from these options: bounded connect and response times.
        requestHandler: { connectionTimeout: this.timeoutMs, requestTimeout: this.timeoutMs },
        ...(options.region ? { region: options.region } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...options.clientConfig,
      });
      this.ownsClient = true;
    }
  }

  /**
   * Creates the table (on-demand billing, partition key `k`, TTL on `exp` where the service supports it) when it
   * does not exist. For development and tests; production tables belong in infrastructure code, with TTL on `exp`.
   */
  async createTable(): Promise<void> {
    await this.run('create table', async (signal) => {
      try {
        await this.client.send(new DescribeTableCommand({ TableName: this.table }), { abortSignal: signal });
        return;
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      await this.client.send(
        new CreateTableCommand({
          TableName: this.table,
          AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
        { abortSignal: signal },
      );
      for (let attempt = 0; ; attempt++) {
        if (attempt >= 100) throw new Error('table did not become active');
        const described = await this.client.send(new DescribeTableCommand({ TableName: this.table }), {
          abortSignal: signal,
        });
        if (described.Table?.TableStatus === 'ACTIVE') break;
        await sleep(50);
      }
      try {
        // DynamoDB deletes items whose `exp` (epoch seconds) has passed; reads check `exp` meanwhile.
        await this.client.send(
          new UpdateTimeToLiveCommand({
            TableName: this.table,
            TimeToLiveSpecification: { AttributeName: 'exp', Enabled: true },
          }),
          { abortSignal: signal },
        );
      } catch (error) {
        // dynalite and some local emulators have no TTL API; the vault does not depend on it.
        if (!(error instanceof Error) || !/UnknownOperation|not ?supported/i.test(`${error.name} ${error.message}`))
          throw error;
      }
    });
  }

  async getMany(keys: readonly string[]): Promise<(string | undefined)[]> {
    assertVaultOpen(this.closed, this.name);
    if (keys.length === 0) return [];
    const found = new Map<string, string>();
    const nowSeconds = this.now() / 1000;
    const unique = [...new Set(keys)];
    await this.run('read', (signal) =>
      Promise.all(
        chunks(unique, GET_CHUNK).map(async (chunk) => {
          let pending: Record<string, AttributeValue>[] | undefined = chunk.map((key) => ({ k: { S: key } }));
          for (let attempt = 0; pending && pending.length > 0; attempt++) {
            if (attempt > UNPROCESSED_RETRIES) throw new Error('unprocessed keys');
            if (attempt > 0) await sleep(20 * 2 ** attempt);
            const output: BatchGetItemCommandOutput = await this.client.send(
              new BatchGetItemCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }),
              { abortSignal: signal },
            );
            for (const item of output.Responses?.[this.table] ?? []) {
              const expiry = item.exp?.N === undefined ? undefined : Number(item.exp.N);
              if (item.k?.S !== undefined && item.v?.S !== undefined && (expiry === undefined || expiry > nowSeconds)) {
                found.set(item.k.S, item.v.S);
              }
            }
            pending = output.UnprocessedKeys?.[this.table]?.Keys;
          }
        }),
      ),
    );
    return keys.map((key) => found.get(key));
  }

  async putManyIfAbsent(entries: readonly VaultEntry[]): Promise<boolean[]> {
    assertVaultOpen(this.closed, this.name);
    if (entries.length === 0) return [];
    const nowSeconds = Math.floor(this.now() / 1000);
    // N requests in flight over the SDK's connection pool: the budget grows with the waves they need.
    const waves = Math.ceil(entries.length / PARALLEL_PUTS);
    return this.run(
      'insert',
      (signal) =>
        Promise.all(
          entries.map(async (entry) => {
            try {
              await this.client.send(
                new PutItemCommand({
                  TableName: this.table,
                  Item: this.item(entry),
                  ConditionExpression: 'attribute_not_exists(k) OR (attribute_exists(#exp) AND #exp <= :now)',
                  ExpressionAttributeNames: { '#exp': 'exp' },
                  ExpressionAttributeValues: { ':now': { N: String(nowSeconds) } },
                }),
                { abortSignal: signal },
              );
              return true;
            } catch (error) {
              if (error instanceof ConditionalCheckFailedException) return false;
              throw error;
            }
          }),
        ),
      this.timeoutMs * waves,
    );
  }

  async putMany(entries: readonly VaultEntry[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    // BatchWriteItem rejects a batch that names one key twice: the last write wins, as it would one by one.
    const byKey = new Map(entries.map((entry) => [entry.key, entry]));
    await this.run('write', (signal) =>
      this.batchWrite(
        [...byKey.values()].map((entry) => ({ PutRequest: { Item: this.item(entry) } })),
        signal,
      ),
    );
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    assertVaultOpen(this.closed, this.name);
    await this.run('delete', (signal) =>
      this.batchWrite(
        [...new Set(keys)].map((key) => ({ DeleteRequest: { Key: { k: { S: key } } } })),
        signal,
      ),
    );
  }

  async *scanKeys(prefix: string): AsyncIterable<string[]> {
    assertVaultOpen(this.closed, this.name);
    let start: Record<string, AttributeValue> | undefined;
    do {
      const output = await this.run('scan', (signal) =>
        this.client.send(
          new ScanCommand({
            TableName: this.table,
            ProjectionExpression: 'k',
            FilterExpression: 'begins_with(k, :prefix)',
            ExpressionAttributeValues: { ':prefix': { S: prefix } },
            ExclusiveStartKey: start,
            Limit: 1000,
          }),
          { abortSignal: signal },
        ),
      );
      const keys = (output.Items ?? []).flatMap((item) => (item.k?.S === undefined ? [] : [item.k.S]));
      if (keys.length > 0) yield keys;
      start = output.LastEvaluatedKey;
    } while (start);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsClient) this.client.destroy();
  }

  private item(entry: VaultEntry): Record<string, AttributeValue> {
    const item: Record<string, AttributeValue> = { k: { S: entry.key }, v: { S: entry.value } };
    if (entry.ttlSeconds !== undefined) {
      // Rounded up: `exp` counts whole seconds and must not fall before the TTL ends.
      item.exp = { N: String(Math.ceil(this.now() / 1000 + Math.max(1, entry.ttlSeconds))) };
    }
    return item;
  }

  private async batchWrite(requests: WriteRequest[], signal: AbortSignal): Promise<void> {
    await Promise.all(
      chunks(requests, WRITE_CHUNK).map(async (chunk) => {
        let pending: WriteRequest[] | undefined = chunk;
        for (let attempt = 0; pending && pending.length > 0; attempt++) {
          if (attempt > UNPROCESSED_RETRIES) throw new Error('unprocessed items');
          if (attempt > 0) await sleep(20 * 2 ** attempt);
          const output: BatchWriteItemCommandOutput = await this.client.send(
            new BatchWriteItemCommand({ RequestItems: { [this.table]: pending } }),
            { abortSignal: signal },
          );
          pending = output.UnprocessedItems?.[this.table];
        }
      }),
    );
  }

  private async run<T>(
    operation: string,
    work: (signal: AbortSignal) => Promise<T>,
    budgetMs = this.timeoutMs,
  ): Promise<T> {
    const controller = new AbortController();
    try {
      return await withDeadline(this.name, operation, budgetMs, work(controller.signal));
    } catch (error) {
      throw vaultConnectionError(this.name, operation, error);
    } finally {
      // A call reported as failed must not go on retrying in the background and land later.
      controller.abort();
    }
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
