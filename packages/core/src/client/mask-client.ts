import { randomBytes } from 'node:crypto';
import type { AuditEvent } from '../audit/audit-event.js';
import { AuditLogger } from '../audit/audit-logger.js';
import { createDefaultScanner } from '../config/default-scanner.js';
import { type EnvConfig, readEnvConfig } from '../config/env-config.js';
import { createVaultFromEnv } from '../config/vault-from-env.js';
import { deriveSubkey } from '../crypto/hkdf.js';
import { deepMapStrings } from '../deep/deep-map-strings.js';
import { MaskError } from '../errors/mask-error.js';
import { DecodeError, MaskSecurityError } from '../errors/named-errors.js';
import { parseKeyringText } from '../keys/env-key-provider.js';
import type { KeyProvider } from '../keys/key-provider.js';
import { Keyring } from '../keys/keyring.js';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { resolveOverlaps } from '../scanner/resolve-overlaps.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { EntityType, Span } from '../scanner/span.js';
import { assertScopePart, scopeIdFor, type TokenScope } from '../tokens/scope.js';
import type { TokenEngine } from '../tokens/token-engine.js';
import { VaultTokenEngine } from '../tokens/vault-token-engine.js';
import type { Vault } from '../vault/vault.js';
import { IssuedTokens } from './issued-tokens.js';
import type { MaskClientOptions } from './mask-client-options.js';
import { type MaskLogger, stderrLogger } from './mask-logger.js';
import {
  type DetokenizeOptions,
  type DetokenizeResult,
  detokenizeTexts,
  type TokenizeTextResult,
  tokenizeTexts,
} from './text-codec.js';

/** Error codes on which `failStrategy: 'open'` returns the input instead of raising. */
const FAIL_OPEN_CODES: ReadonlySet<string> = new Set([
  'VAULT_CONNECTION',
  'SCAN_TIMEOUT',
  'SCAN_FAILED',
  'NER_UNAVAILABLE',
  'KEY_PROVIDER_FAILED',
]);

/** What every client made by `withScope` shares with its parent. */
interface SharedState {
  readonly env: EnvConfig;
  readonly logger: MaskLogger;
  readonly failStrategy: 'open' | 'closed';
  readonly maxDepth: number;
  readonly readBase64: boolean;
  readonly scanDefaults: ScanOptions;
  readonly keyProvider: KeyProvider;
  readonly engine: () => Promise<TokenEngine>;
  readonly scanner: () => Promise<Scanner>;
  readonly audit: () => Promise<AuditLogger | undefined>;
  readonly issued: IssuedTokens;
  readonly close: () => Promise<void>;
}

/**
 * The entry point: scans and tokenizes what tools return, and puts real values back into what the model
 * sends to tools. One client holds one scope (tenant + optional session); `withScope` makes siblings that
 * share the vault, keys, scanner and audit log.
 *
 * @example
 * import { MaskClient } from '@mask/core';
 * const mask = new MaskClient({ key: process.env.MASK_MASTER_KEY, tenant: 'acme' });
 * const safe = await mask.deepEncode(toolResult);      // the model sees tokens
 * const args = await mask.deepDecode(modelToolArgs);   // the tool sees real values
 */
export class MaskClient {
  /** This client's scope. */
  readonly scope: TokenScope;
  private readonly shared: SharedState;

  constructor(options: MaskClientOptions = {}) {
    const env = readEnvConfig(options.env ?? process.env);
    const logger = options.logger ?? stderrLogger;
    const keyProvider = resolveKeyProvider(options, env, logger);
    const failStrategy = options.failStrategy ?? env.failStrategy ?? (env.dev ? 'open' : 'closed');
    if (failStrategy === 'open') {
      logger.warn('fail strategy is OPEN: on vault, key or scanner failure, data passes through unmasked', {
        source: options.failStrategy ? 'option' : env.failStrategy ? 'MASK_FAIL_STRATEGY' : 'MASK_ENV=dev',
      });
    }
    const ttlSeconds = options.ttlSeconds ?? env.vaultTtlSeconds ?? 86_400;
    const tenant = options.tenant ?? env.tenant ?? 'default';
    assertScopePart(tenant, 'tenant');
    if (options.session !== undefined) assertScopePart(options.session, 'session');
    this.scope = { tenant, session: options.session };

    let vault: Promise<Vault> | undefined;
    const getVault = () => {
      vault ??= Promise.resolve(options.vault ?? createVaultFromEnv(env));
      return vault;
    };
    let engine: Promise<TokenEngine> | undefined;
    let scanner: Promise<Scanner> | undefined;
    let audit: Promise<AuditLogger | undefined> | undefined;
    const ownsScanner = options.scanner === undefined;
    const ownsVault = options.vault === undefined && options.tokenEngine === undefined;

    this.shared = {
      env,
      logger,
      failStrategy,
      maxDepth: options.maxDepth ?? 64,
      readBase64: options.readBase64 ?? true,
      scanDefaults: {
        ...(env.categories ? { categories: env.categories } : {}),
        ...(env.languages?.[0] ? { language: env.languages[0] } : {}),
        ...options.scanOptions,
      },
      keyProvider,
      engine: () => {
        engine ??= options.tokenEngine
          ? Promise.resolve(options.tokenEngine)
          : getVault().then(
              (resolved) =>
                new VaultTokenEngine({
                  vault: resolved,
                  keyProvider,
                  ttlSeconds,
                  formatPreserving: options.formatPreserving ?? true,
                }),
            );
        return engine;
      },
      scanner: () => {
        scanner ??= Promise.resolve(options.scanner ?? createDefaultScanner(env));
        return scanner;
      },
      audit: () => {
        audit ??= buildAudit(options, env, keyProvider);
        return audit;
      },
      issued: new IssuedTokens(),
      close: async () => {
        const logger = await audit;
        await logger?.close();
        if (ownsScanner && scanner) await (await scanner).close?.();
        if (ownsVault && vault) await (await vault).close();
      },
    };
  }

  /** A client for another scope that shares this one's vault, keys, scanner and audit log. */
  withScope(scope: { tenant?: string; session?: string | undefined }): MaskClient {
    const tenant = scope.tenant ?? this.scope.tenant;
    assertScopePart(tenant, 'tenant');
    if (scope.session !== undefined) assertScopePart(scope.session, 'session');
    const sibling = Object.create(MaskClient.prototype) as MaskClient;
    Object.assign(sibling, { scope: { tenant, session: scope.session }, shared: this.shared });
    return sibling;
  }

  /** Detected entities of `text` (overlaps resolved), without tokenizing. */
  async scan(text: string, options?: ScanOptions): Promise<Span[]> {
    assertString(text);
    return this.guard(async () => {
      return resolveOverlaps(await (await this.shared.scanner()).scan(text, this.scanOptions(options)), text);
    }, []);
  }

  /** Replaces every detected value in `text` with its token. */
  async scanAndTokenize(text: string, options?: ScanOptions): Promise<string> {
    return (await this.tokenizeText(text, options)).text;
  }

  /** Like {@link scanAndTokenize}, also returning each entity with its token (offsets into the input). */
  async tokenizeText(text: string, options?: ScanOptions): Promise<TokenizeTextResult> {
    assertString(text);
    const [result] = await this.tokenizeMany([text], options);
    return result as TokenizeTextResult;
  }

  /**
   * Tokenizes many texts in one batch (one scan, one vault round trip set), returning each text's result in
   * order: for servers that receive several items per request.
   */
  async tokenizeTexts(texts: readonly string[], options?: ScanOptions): Promise<TokenizeTextResult[]> {
    assertStrings(texts);
    return this.tokenizeMany(texts, options);
  }

  /** Replaces the tokens of this scope in `text` with their values. */
  async detokenizeText(text: string, options?: DetokenizeOptions): Promise<string> {
    return (await this.detokenize(text, options)).text;
  }

  /** Like {@link detokenizeText}, also reporting decoded, policy-refused and unknown tokens. */
  async detokenize(text: string, options?: DetokenizeOptions): Promise<DetokenizeResult> {
    assertString(text);
    const [result] = await this.detokenizeMany([text], options);
    return result as DetokenizeResult;
  }

  /**
   * {@link detokenize} for many texts in one batch (one vault round trip for all their tokens, one audit event),
   * returning each text's result in order: for servers that receive several items per request.
   */
  async detokenizeTexts(texts: readonly string[], options?: DetokenizeOptions): Promise<DetokenizeResult[]> {
    assertStrings(texts);
    return this.detokenizeMany(texts, options);
  }

  /**
   * Tokenizes every string inside `value` (objects, arrays, Maps, JSON in strings...), never mutating it. Each
   * string is scanned with its key as `field`; `options.field` names the field of `value` itself.
   */
  async deepEncode<T>(value: T, options?: ScanOptions): Promise<T> {
    const { field, ...scanOptions } = options ?? {};
    return this.guard(
      () =>
        deepMapStrings(
          value,
          async (leaves) =>
            (
              await this.tokenizeMany(
                leaves.map((leaf) => leaf.value),
                scanOptions,
                false,
                leaves.map((leaf) => leaf.field),
                leaves.map((leaf) => leaf.path),
              )
            ).map((result) => result.text),
          { maxDepth: this.shared.maxDepth, ...(field === undefined ? {} : { field }) },
        ),
      value,
    );
  }

  /** Puts this scope's values back into every string inside `value`, never mutating it. */
  async deepDecode<T>(value: T, options?: DetokenizeOptions): Promise<T> {
    return this.guard(
      () =>
        deepMapStrings(
          value,
          async (leaves) =>
            (
              await this.detokenizeMany(
                leaves.map((leaf) => leaf.value),
                options,
                leaves.map((leaf) => leaf.path),
                false,
              )
            ).map((result) => result.text),
          { maxDepth: this.shared.maxDepth },
        ),
      value,
    );
  }

  /**
   * Tokenizes one value. Without `type`, the value's type is detected (a recognizer must cover all of it);
   * otherwise it is tokenized as `PII` with a placeholder.
   */
  async encode(value: string, options: { type?: EntityType } = {}): Promise<string> {
    assertString(value);
    return this.guard(async () => {
      const type = options.type ?? (await this.detectWholeType(value));
      const engine = await this.shared.engine();
      const [outcome] = await engine.tokenize(this.scope, [{ type, value }]);
      const token = (outcome as { token: string }).token;
      this.remember([token]);
      await this.auditEvent({ kind: outcome?.reused ? 'dedup' : 'encode', entities: { [type]: 1 } });
      return token;
    }, value);
  }

  /** The value of one token of this scope; raises `DecodeError` (`TOKEN_UNKNOWN`) for anything else. */
  async decode(token: string): Promise<string> {
    assertString(token);
    return this.guard(async () => {
      const engine = await this.shared.engine();
      const [outcome] = await engine.detokenize(this.scope, [token]);
      if (!outcome) throw new DecodeError('TOKEN_UNKNOWN', 'Token is not known in this scope');
      await this.auditEvent({ kind: 'decode', entities: { [outcome.type]: 1 } });
      return outcome.value;
    }, token);
  }

  /**
   * Tokens this client (and its same-scope siblings) issued, for stream holdback: a live set whose `version`
   * changes on every mutation. Bounded: 100,000 tokens across the 1,000 most recently used scopes.
   */
  issuedTokens(): ReadonlySet<string> & { readonly version: number } {
    return this.shared.issued.get(scopeIdFor(this.scope));
  }

  /**
   * Records a privacy event in this client's audit log (no-op without one), stamped with this scope's id.
   * For adapters and hooks; the event type carries no field for values, keep it that way.
   */
  async recordAuditEvent(event: AuditEvent): Promise<void> {
    await this.auditEvent(event);
  }

  /** Flushes the audit log and releases what the client created (vault connections, scanner workers). */
  async close(): Promise<void> {
    await this.shared.close();
  }

  /** @internal Batched tokenization used by deepEncode and adapters. */
  private async tokenizeMany(
    texts: readonly string[],
    options: ScanOptions | undefined,
    guarded = true,
    fields?: readonly (string | undefined)[],
    paths?: readonly (readonly (string | number)[])[],
  ): Promise<TokenizeTextResult[]> {
    const run = async () => {
      const [scanner, engine] = await Promise.all([this.shared.scanner(), this.shared.engine()]);
      const results = await tokenizeTexts(
        texts,
        scanner,
        engine,
        this.scope,
        this.scanOptions(options),
        fields,
        this.shared.readBase64,
        paths,
      );
      const entities: Record<string, number> = {};
      const tokens: string[] = [];
      for (const result of results) {
        for (const entity of result.entities) {
          entities[entity.type] = (entities[entity.type] ?? 0) + 1;
          tokens.push(entity.token);
        }
      }
      this.remember(tokens);
      if (tokens.length > 0) await this.auditEvent({ kind: 'encode', entities });
      return results;
    };
    return guarded
      ? this.guard(
          run,
          texts.map((text) => ({ text, entities: [] })),
        )
      : run();
  }

  private async detokenizeMany(
    texts: readonly string[],
    options: DetokenizeOptions | undefined,
    paths?: readonly (readonly (string | number)[])[],
    guarded = true,
  ): Promise<DetokenizeResult[]> {
    const run = async () => {
      const engine = await this.shared.engine();
      const results = await detokenizeTexts(texts, engine, this.scope, options, paths, this.shared.readBase64);
      const decoded: Record<string, number> = {};
      const refused: string[] = [];
      for (const result of results) {
        for (const ref of result.decoded) decoded[ref.type] = (decoded[ref.type] ?? 0) + 1;
        for (const ref of result.refused) refused.push(ref.token);
      }
      if (Object.keys(decoded).length > 0) await this.auditEvent({ kind: 'decode', entities: decoded });
      if (refused.length > 0) {
        await this.auditEvent({
          kind: 'policy_denied',
          tokens: refused,
          ...(options?.source === undefined ? {} : { source: options.source }),
        });
      }
      return results;
    };
    return guarded
      ? this.guard(
          run,
          texts.map((text) => ({ text, decoded: [], refused: [], unknown: [] })),
        )
      : run();
  }

  private async detectWholeType(value: string): Promise<EntityType> {
    const scanner = await this.shared.scanner();
    const trimmed = value.trim();
    const offset = value.indexOf(trimmed);
    const spans = await scanner.scan(value, this.scanOptions(undefined));
    const whole = spans
      .filter((span) => span.start <= offset && span.end >= offset + trimmed.length)
      .sort((a, b) => b.score - a.score)[0];
    return whole?.type ?? 'PII';
  }

  private scanOptions(options: ScanOptions | undefined): ScanOptions {
    return options ? { ...this.shared.scanDefaults, ...options } : this.shared.scanDefaults;
  }

  private remember(tokens: readonly string[]): void {
    this.shared.issued.add(scopeIdFor(this.scope), tokens);
  }

  private async auditEvent(event: AuditEvent): Promise<void> {
    const audit = await this.shared.audit();
    audit?.record({ scope: scopeIdFor(this.scope), ...event });
  }

  /**
   * Runs an operation under the fail strategy. Errors that are not MaskErrors are wrapped (their message may
   * hold data, so only their class name is kept). With `open`, backend failures return `fallback` and warn.
   */
  private async guard<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      const maskError = MaskError.isInstance(error)
        ? error
        : new MaskError('INTERNAL', 'Unexpected failure inside Mask', {
            cause: error instanceof Error ? new Error(error.name) : undefined,
          });
      if (this.shared.failStrategy === 'open' && FAIL_OPEN_CODES.has(maskError.code)) {
        this.shared.logger.warn('failing open: input returned unmasked', { code: maskError.code });
        await this.auditEvent({ kind: 'fail_open', code: maskError.code }).catch(() => undefined);
        return fallback;
      }
      await this.auditEvent({ kind: 'error', code: maskError.code }).catch(() => undefined);
      throw maskError;
    }
  }
}

function resolveKeyProvider(options: MaskClientOptions, env: EnvConfig, logger: MaskLogger): KeyProvider {
  if (options.keyProvider !== undefined) {
    // A key passed where a provider goes (a base64 string, raw bytes) would fail on the first call, untyped.
    if (typeof (options.keyProvider as Partial<KeyProvider> | null)?.getKeyring !== 'function') {
      throw new MaskError(
        'CONFIG_INVALID',
        '`keyProvider` must be a KeyProvider (with getKeyring()); pass a key as `key`',
      );
    }
    return options.keyProvider;
  }
  if (options.key !== undefined) return new StaticKeyProvider(options.key);
  if (env.keyVariable) {
    // Parsed now so that a malformed key fails construction, not the first call.
    return new StaticKeyProvider(
      parseKeyringText(env.variables[env.keyVariable] as string, env.keyVariable, env.variables.MASK_ACTIVE_KEY_ID),
    );
  }
  if (env.dev) {
    logger.warn('MASK_ENV=dev and no key set: generated a random key; tokens will not survive a restart');
    return new StaticKeyProvider(Keyring.fromKey(new Uint8Array(randomBytes(32))));
  }
  throw new MaskSecurityError(
    'KEY_MISSING',
    'No key: pass `key` or `keyProvider`, or set MASK_MASTER_KEY (MASK_ENV=dev allows a random development key)',
  );
}

async function buildAudit(
  options: MaskClientOptions,
  env: EnvConfig,
  keyProvider: KeyProvider,
): Promise<AuditLogger | undefined> {
  if (options.audit === false) return undefined;
  if (options.audit instanceof AuditLogger) return options.audit;
  const sink = options.audit?.sink ?? (env.auditLogPath ? { path: env.auditLogPath } : undefined);
  if (!sink) return undefined;
  const keyring = await keyProvider.getKeyring();
  return new AuditLogger({
    sink,
    signingKey: deriveSubkey(keyring.active.material, 'audit-signing', 'audit'),
    maxBufferSize: options.audit?.maxBufferSize ?? env.auditMaxBufferSize,
    flushOnExit: options.audit?.flushOnExit ?? true,
  });
}

function assertString(value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new MaskError('INVALID_INPUT', 'Expected a string');
}

function assertStrings(values: unknown): asserts values is readonly string[] {
  if (!Array.isArray(values)) throw new MaskError('INVALID_INPUT', 'Expected an array of strings');
  for (const value of values) assertString(value);
}
