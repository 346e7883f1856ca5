import type { AuditLogger, KeyProvider, Keyring, NerEngine, Scanner, Vault } from '@mask/core';
import type { GatewayApiKey } from './auth/api-key-auth.js';
import type { RateLimitRule } from './limits/rate-limiter.js';

/** Structured operational log lines. Fields are ids, routes, codes and durations: never bodies or values. */
export interface GatewayLogger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** The LLM provider `/v1/chat/completions` forwards to. */
export interface GatewayUpstream {
  /** Base URL of an OpenAI-compatible API, e.g. `https://api.openai.com/v1`; `/chat/completions` is appended. */
  readonly url: string;
  /** Sent as `Authorization: Bearer <apiKey>` upstream (the caller's gateway key is never forwarded). */
  readonly apiKey?: string;
  /** Extra upstream headers (organisation, project). Never logged. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Milliseconds to wait for the upstream's response headers, and then between two stream chunks.
   * @default 120_000
   */
  readonly timeoutMs?: number;
}

/** Options of {@link createGateway}. */
export interface GatewayOptions {
  /** Master key (32 bytes or their base64/hex text, or a Keyring). Give this or `keyProvider`. */
  readonly key?: string | Uint8Array | Keyring;
  /** Key provider (KMS, HashiCorp Vault, Azure). Wins over `key`. */
  readonly keyProvider?: KeyProvider;
  /**
   * Map store: where the token maps of map handles live (encrypted). Use a `SqliteVault` for one gateway that
   * survives restarts, a `RedisVault` for several replicas. `startGateway` picks SQLite by default.
   * @default a MemoryVault (lost on restart)
   */
  readonly vault?: Vault;
  /** Accepted bearer API keys. Required unless `allowUnauthenticated`. */
  readonly apiKeys?: readonly (string | GatewayApiKey)[];
  /** Accept requests without a key (tenant `anonymous`). For local development only. @default false */
  readonly allowUnauthenticated?: boolean;
  /** Tier 0 scanner. @default `new PatternScanner()` */
  readonly tier0?: Scanner;
  /**
   * Tier 1 engines (NER) used by `ner: "auto"` and `"required"`. Any failure of one fails the request closed
   * (422). Pass `[]` for a rules-only gateway. @default `[new LocalNerEngine()]`
   */
  readonly nerEngines?: readonly (NerEngine | Scanner)[];
  /** Lifetime of a map handle and its token map, in seconds. @default 3600 */
  readonly handleTtlSeconds?: number;
  /** Largest request body in bytes (413 past it). @default 1_048_576 */
  readonly maxBodyBytes?: number;
  /** Most items in one /scrub or /rehydrate call. @default 256 */
  readonly maxItems?: number;
  /** Longest text of one item, in UTF-16 code units. @default 262_144 */
  readonly maxTextChars?: number;
  /**
   * Rate limits (token buckets; 429 with `Retry-After` past them). `false` turns a limit off.
   * @default perKey 6000 requests / 60 s, perIp 12000 requests / 60 s
   */
  readonly rateLimit?: { readonly perKey?: RateLimitRule | false; readonly perIp?: RateLimitRule | false };
  /** Use the first `X-Forwarded-For` address as the client IP (only behind a proxy you run). @default false */
  readonly trustProxy?: boolean;
  /** `/v1/chat/completions` upstream. Without it that route answers 404. */
  readonly upstream?: GatewayUpstream;
  /** Require an API key for `GET /metrics` too. @default false (metrics carry no values) */
  readonly protectMetrics?: boolean;
  /** Audit log shared by every request (events carry counts by type, never values); closed by `close()`. @default none */
  readonly audit?: AuditLogger | false;
  /** Operational log. @default none */
  readonly logger?: GatewayLogger;
  /** Clock in milliseconds, for tests. @default Date.now */
  readonly now?: () => number;
}
