import type { AuditLogger, AuditSink } from '../audit/audit-logger.js';
import type { KeyProvider } from '../keys/key-provider.js';
import type { Keyring } from '../keys/keyring.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { TokenEngine } from '../tokens/token-engine.js';
import type { Vault } from '../vault/vault.js';
import type { MaskLogger } from './mask-logger.js';

/** Audit settings: a logger of your own, or where a client-built logger writes. */
export type AuditOption =
  | AuditLogger
  | false
  | {
      readonly sink: AuditSink | { readonly path: string };
      readonly maxBufferSize?: number;
      readonly flushOnExit?: boolean;
    };

/** Options of `new MaskClient(...)`. Every field is optional; explicit options win over `MASK_*` variables. */
export interface MaskClientOptions {
  /**
   * Master key: 32 bytes, or their base64 / base64url / hex text, or a {@link Keyring}.
   * @default from `MASK_MASTER_KEY` / `MASK_ENCRYPTION_KEY`; a random key only when `MASK_ENV=dev`
   */
  readonly key?: string | Uint8Array | Keyring;
  /** Where keys come from (KMS, HashiCorp Vault, Azure). Wins over `key`. */
  readonly keyProvider?: KeyProvider;
  /** Token storage. @default `MemoryVault`, or the backend `MASK_VAULT_TYPE` names */
  readonly vault?: Vault | Promise<Vault>;
  /** A token engine of your own (e.g. the vaultless FF1 engine). Wins over `vault`. */
  readonly tokenEngine?: TokenEngine;
  /** Detector. @default the built-in scanner (Tier 0 recognizers, then Tier 1 NER) */
  readonly scanner?: Scanner;
  /** Default options of every scan (entities, categories, language...). @default from `MASK_DLP_CATEGORIES`, `MASK_LANGUAGES` */
  readonly scanOptions?: ScanOptions;
  /** Tenant of this client's scope. @default `MASK_TENANT_ID` or 'default' */
  readonly tenant?: string;
  /** Session of this client's scope (a thread, a conversation). @default none */
  readonly session?: string;
  /** Lifetime of vault records in seconds. @default `MASK_VAULT_TTL` or 86400 */
  readonly ttlSeconds?: number;
  /**
   * Format-preserving tokens for every type that has a format (`true`), none (`false`), or the listed types.
   * @default true
   */
  readonly formatPreserving?: boolean | readonly string[];
  /** Audit log. @default a file at `MASK_AUDIT_LOG` when set, else none */
  readonly audit?: AuditOption;
  /**
   * `closed` raises a typed error when the vault, keys or scanner fail; `open` returns the input unchanged and
   * logs a warning. @default 'closed' (`open` only via this option, `MASK_FAIL_STRATEGY=open` or `MASK_ENV=dev`)
   */
  readonly failStrategy?: 'open' | 'closed';
  /** Environment to read `MASK_*` from. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Operational warnings. @default one line on stderr */
  readonly logger?: MaskLogger;
  /** Deepest nesting `deepEncode` / `deepDecode` walk. @default 64 */
  readonly maxDepth?: number;
  /**
   * Read runs of base64 / base64url that decode to text (a Gmail message's `payload.body.data` or `raw`, a MIME
   * part, a `data:` URI) as that text: encode masks what they hold and writes them back in their own format, decode
   * puts this scope's values back into them. Binary (images, hashes, keys) stays as it is. `false` leaves every run
   * of base64 to the scanner as plain characters. @default true
   */
  readonly readBase64?: boolean;
}
