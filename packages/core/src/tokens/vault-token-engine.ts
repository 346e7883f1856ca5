import { open, seal } from '../crypto/aead.js';
import { DeterministicStream } from '../crypto/deterministic-stream.js';
import { deriveSubkey, type KeyPurpose } from '../crypto/hkdf.js';
import { constantTimeEqual, hmac } from '../crypto/mac.js';
import { MaskError } from '../errors/mask-error.js';
import type { KeyProvider } from '../keys/key-provider.js';
import type { Keyring } from '../keys/keyring.js';
import type { Vault, VaultEntry } from '../vault/vault.js';
import { findTokenCandidates } from './find-token-candidates.js';
import { TOKEN_FORMATS } from './formats/format-registry.js';
import { placeholder } from './formats/placeholder-format.js';
import type { TokenFormat } from './formats/token-format.js';
import { scopeIdFor, type TokenScope, vaultKeys } from './scope.js';
import type { DetokenizeOutcome, TokenEngine, TokenizeItem, TokenizeOutcome } from './token-engine.js';
import { formatRecord, parseRecord, recordAad } from './vault-record.js';

/** Options of {@link VaultTokenEngine}. */
export interface VaultTokenEngineOptions {
  readonly vault: Vault;
  readonly keyProvider: KeyProvider;
  /** Lifetime of every record. @default undefined (no expiry) */
  readonly ttlSeconds?: number | undefined;
  /**
   * Which types get format-preserving tokens: `true` every type that has a format, `false` none
   * (placeholders only), or a list of types.
   * @default true
   */
  readonly formatPreserving?: boolean | readonly EntityTypeName[];
  /**
   * Format-preserving candidates tried per value before degrading to a `[TYPE_n]` placeholder,
   * which cannot collide.
   * @default 8
   */
  readonly maxAttempts?: number;
}

type EntityTypeName = string;

interface ScopeContext {
  readonly scopeId: string;
  readonly tenant: string;
  readonly keyring: Keyring;
  readonly tokenKey: Buffer;
  readonly blindKey: Buffer;
}

interface WorkItem {
  readonly type: string;
  readonly value: string;
  readonly fingerprint: string;
  format: TokenFormat | undefined;
  attempt: number;
  candidate: string;
  placeholderIndex: number;
  token?: string;
  alreadyToken: boolean;
  /** This call wrote (or found its own) token record and must make sure the index points to it. */
  needsIndex: boolean;
}

/** Claim rounds before giving up; each round settles every uncontended value. */
const MAX_ROUNDS = 64;

/**
 * The default token engine: tokens map to AES-256-GCM records in a vault.
 *
 * Per batch: one read (indexes, "is this already a token" probes, placeholder counters); for new values one
 * insert-only write of token records (a lost race is retried with the next candidate, or adopted if the winner
 * wrote the same value); one write of indexes and counters. Two values never share a token because a token is
 * only ever issued by an insert-only write.
 */
export class VaultTokenEngine implements TokenEngine {
  private readonly vault: Vault;
  private readonly keyProvider: KeyProvider;
  private readonly ttlSeconds: number | undefined;
  private readonly formatPreserving: boolean | ReadonlySet<string>;
  private readonly maxAttempts: number;
  private keyringPromise: Promise<Keyring> | undefined;
  private readonly subkeys = new Map<string, Buffer>();

  constructor(options: VaultTokenEngineOptions) {
    this.vault = options.vault;
    this.keyProvider = options.keyProvider;
    this.ttlSeconds = options.ttlSeconds;
    this.formatPreserving =
      typeof options.formatPreserving === 'object'
        ? new Set(options.formatPreserving)
        : (options.formatPreserving ?? true);
    this.maxAttempts = options.maxAttempts ?? 8;
  }

  async tokenize(scope: TokenScope, items: readonly TokenizeItem[]): Promise<TokenizeOutcome[]> {
    if (items.length === 0) return [];
    const context = await this.context(scope);
    const { scopeId } = context;

    const unique = new Map<string, WorkItem>();
    for (const item of items) {
      const id = `${item.type}\u001f${item.value}`;
      if (!unique.has(id)) unique.set(id, this.workItem(context, item));
    }
    const work = [...unique.values()];
    // Only placeholder types need their counter; a format-preserving value that degrades to a placeholder after
    // lost claims reads it in the claim loop.
    const types = [...new Set(work.filter((item) => !item.format).map((item) => item.type))];

    // Round trip 1: indexes, already-a-token probes, counters.
    const found = await this.vault.getMany([
      ...work.map((item) => vaultKeys.index(scopeId, item.fingerprint)),
      ...work.map((item) => vaultKeys.token(scopeId, item.value)),
      ...types.map((type) => vaultKeys.counter(scopeId, type)),
    ]);
    const nextIndex = new Map<string, number>();
    /** Highest counter value read per type: a counter write at or below it would only move it back. */
    const storedCounter = new Map<string, number>();
    types.forEach((type, index) => {
      const stored = parseCounter(found[2 * work.length + index]);
      storedCounter.set(type, stored);
      nextIndex.set(type, stored + 1);
    });
    let pending: WorkItem[] = [];
    work.forEach((item, index) => {
      const indexed = found[index];
      if (found[work.length + index] !== undefined) {
        item.token = item.value;
        item.alreadyToken = true;
      } else if (indexed !== undefined) {
        item.token = indexed;
      } else {
        pending.push(item);
      }
    });

    for (const item of pending) this.assignCandidate(context, item, nextIndex);
    const usedIndex = new Map<string, number>();

    for (let round = 0; pending.length > 0; round++) {
      if (round >= MAX_ROUNDS) {
        throw new MaskError('TOKEN_SPACE_EXHAUSTED', 'Could not issue tokens: too many concurrent collisions');
      }
      const claimed = await this.vault.putManyIfAbsent(pending.map((item) => this.recordEntry(context, item)));
      const lost: WorkItem[] = [];
      pending.forEach((item, index) => {
        if (claimed[index]) this.settle(item, usedIndex);
        else lost.push(item);
      });
      if (lost.length === 0) break;

      const lostTypes = [...new Set(lost.map((item) => item.type))];
      const existing = await this.vault.getMany([
        ...lost.map((item) => vaultKeys.token(scopeId, item.candidate)),
        ...lostTypes.map((type) => vaultKeys.counter(scopeId, type)),
      ]);
      // Counters are plain writes, so under contention a stored counter can lag (or fall back behind) the numbers
      // already claimed. Placeholders that lose three rounds jump ahead exponentially: a value lands on a free
      // number in O(log contention) rounds, at the price of gaps in the numbering that only contention produces.
      const skip = round < 3 ? 0 : 2 ** Math.min(round - 2, 24);
      lostTypes.forEach((type, index) => {
        const stored = parseCounter(existing[lost.length + index]);
        storedCounter.set(type, Math.max(storedCounter.get(type) ?? 0, stored));
        nextIndex.set(type, Math.max(nextIndex.get(type) ?? 1, stored + 1) + skip);
      });
      pending = [];
      lost.forEach((item, index) => {
        if (sameValue(existing[index], item)) {
          // A concurrent writer issued this very value the same token: adopt it.
          this.settle(item, usedIndex);
        } else {
          this.advance(context, item, nextIndex);
          pending.push(item);
        }
      });
    }

    for (const [type, index] of usedIndex) if (index <= (storedCounter.get(type) ?? 0)) usedIndex.delete(type);
    await this.writeIndexes(context, work, usedIndex);
    return items.map((item) => {
      const settled = unique.get(`${item.type}\u001f${item.value}`) as WorkItem;
      return {
        token: settled.token as string,
        type: item.type,
        alreadyToken: settled.alreadyToken,
        reused: !settled.alreadyToken && !settled.needsIndex,
      };
    });
  }

  async detokenize(scope: TokenScope, tokens: readonly string[]): Promise<(DetokenizeOutcome | undefined)[]> {
    if (tokens.length === 0) return [];
    const context = await this.context(scope);
    const records = await this.vault.getMany(tokens.map((token) => vaultKeys.token(context.scopeId, token)));
    return records.map((text, index) => {
      if (text === undefined) return undefined;
      const record = parseRecord(text);
      const key = this.subkey(
        context.keyring.get(record.keyId).material,
        record.keyId,
        'vault-encryption',
        context.tenant,
      );
      const token = tokens[index] as string;
      const value = open(key, record.sealed, recordAad(context.scopeId, token, record.entityType, record.keyId));
      return { value, type: record.entityType };
    });
  }

  async isIssued(scope: TokenScope, tokens: readonly string[]): Promise<boolean[]> {
    if (tokens.length === 0) return [];
    const scopeId = scopeIdFor(scope);
    const records = await this.vault.getMany(tokens.map((token) => vaultKeys.token(scopeId, token)));
    return records.map((record) => record !== undefined);
  }

  private workItem(context: ScopeContext, item: TokenizeItem): WorkItem {
    if (typeof item.value !== 'string' || typeof item.type !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(item.type)) {
      throw new MaskError('INVALID_INPUT', 'Tokenize items need an UPPER_SNAKE entity type and a string value');
    }
    const fingerprint = hmac(context.blindKey, context.scopeId, item.type, item.value)
      .toString('base64url')
      .slice(0, 32);
    const format = this.formatFor(item.type);
    return {
      type: item.type,
      value: item.value,
      fingerprint,
      format: item.placeholder !== true && format?.accepts(item.value) ? format : undefined,
      attempt: 0,
      candidate: '',
      placeholderIndex: 0,
      alreadyToken: false,
      needsIndex: false,
    };
  }

  private formatFor(type: string): TokenFormat | undefined {
    if (this.formatPreserving === false) return undefined;
    if (this.formatPreserving !== true && !this.formatPreserving.has(type)) return undefined;
    return TOKEN_FORMATS.get(type);
  }

  private assignCandidate(context: ScopeContext, item: WorkItem, nextIndex: Map<string, number>): void {
    if (item.format) {
      const stream = new DeterministicStream(
        context.tokenKey,
        `${context.scopeId}\u001f${item.type}\u001f${item.attempt}\u001f${item.value}`,
      );
      const candidate = item.format.candidate(item.value, stream);
      if (findsItself(candidate)) {
        item.candidate = candidate;
        return;
      }
      // A layout the decoder's grammars do not read (a card read out digit by digit, `4 1 1 1 …`): a token in it
      // would never come back, so the value gets a placeholder.
      item.format = undefined;
    }
    const index = nextIndex.get(item.type) ?? 1;
    nextIndex.set(item.type, index + 1);
    item.placeholderIndex = index;
    item.candidate = placeholder(item.type, index);
  }

  /** Next candidate after a lost claim; formats degrade to a placeholder after `maxAttempts`. */
  private advance(context: ScopeContext, item: WorkItem, nextIndex: Map<string, number>): void {
    if (item.format) {
      item.attempt++;
      if (item.attempt >= this.maxAttempts) item.format = undefined;
    }
    this.assignCandidate(context, item, nextIndex);
  }

  private settle(item: WorkItem, usedIndex: Map<string, number>): void {
    item.token = item.candidate;
    item.needsIndex = true;
    if (!item.format) usedIndex.set(item.type, Math.max(usedIndex.get(item.type) ?? 0, item.placeholderIndex));
  }

  private recordEntry(context: ScopeContext, item: WorkItem): VaultEntry {
    const keyId = context.keyring.active.id;
    const key = this.subkey(context.keyring.active.material, keyId, 'vault-encryption', context.tenant);
    const sealed = seal(key, item.value, recordAad(context.scopeId, item.candidate, item.type, keyId));
    return {
      key: vaultKeys.token(context.scopeId, item.candidate),
      value: formatRecord({ keyId, entityType: item.type, fingerprint: item.fingerprint, sealed }),
      ttlSeconds: this.ttlSeconds,
    };
  }

  /** Round trip 3: index new tokens (insert-only: the first writer's token wins) and advance counters. */
  private async writeIndexes(context: ScopeContext, work: WorkItem[], usedIndex: Map<string, number>): Promise<void> {
    const indexed = work.filter((item) => item.needsIndex);
    if (indexed.length === 0) return;
    const counters: VaultEntry[] = [...usedIndex].map(([type, index]) => ({
      key: vaultKeys.counter(context.scopeId, type),
      value: String(index),
      ttlSeconds: this.ttlSeconds,
    }));
    const [written] = await Promise.all([
      this.vault.putManyIfAbsent(
        indexed.map((item) => ({
          key: vaultKeys.index(context.scopeId, item.fingerprint),
          value: item.token as string,
          ttlSeconds: this.ttlSeconds,
        })),
      ),
      counters.length > 0 ? this.vault.putMany(counters) : Promise.resolve(),
    ]);
    const raced = indexed.filter((_, index) => !written[index]);
    if (raced.length === 0) return;
    // Another writer indexed the same value first: use its token so the value keeps one token.
    const winners = await this.vault.getMany(raced.map((item) => vaultKeys.index(context.scopeId, item.fingerprint)));
    raced.forEach((item, index) => {
      const winner = winners[index];
      if (winner !== undefined) item.token = winner;
    });
  }

  private async context(scope: TokenScope): Promise<ScopeContext> {
    const keyring = await this.keyring();
    const active = keyring.active;
    return {
      scopeId: scopeIdFor(scope),
      tenant: scope.tenant,
      keyring,
      tokenKey: this.subkey(active.material, active.id, 'token-derivation', scope.tenant),
      blindKey: this.subkey(active.material, active.id, 'blind-index', scope.tenant),
    };
  }

  private keyring(): Promise<Keyring> {
    if (!this.keyringPromise) {
      this.keyringPromise = this.keyProvider.getKeyring().catch((error: unknown) => {
        this.keyringPromise = undefined; // a failed provider is asked again next time, never cached
        throw error;
      });
    }
    return this.keyringPromise;
  }

  private subkey(material: Uint8Array, keyId: string, purpose: KeyPurpose, tenant: string): Buffer {
    const id = `${keyId}\u001f${purpose}\u001f${tenant}`;
    let key = this.subkeys.get(id);
    if (!key) {
      key = deriveSubkey(material, purpose, tenant);
      this.subkeys.set(id, key);
    }
    return key;
  }
}

function parseCounter(text: string | undefined): number {
  const value = text === undefined ? 0 : Number.parseInt(text, 10);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function sameValue(recordText: string | undefined, item: WorkItem): boolean {
  if (recordText === undefined) return false;
  try {
    const record = parseRecord(recordText);
    return record.entityType === item.type && constantTimeEqual(record.fingerprint, item.fingerprint);
  } catch {
    return false;
  }
}

/**
 * Whether decoding would find `token` as one candidate, whole: every format-preserving token issued must be one
 * the token search reads back (see findTokenCandidates), or the tool would get the token instead of the value.
 */
function findsItself(token: string): boolean {
  return findTokenCandidates(token, { glued: true }).some(
    (candidate) => candidate.start === 0 && candidate.end === token.length && !candidate.placeholder,
  );
}
