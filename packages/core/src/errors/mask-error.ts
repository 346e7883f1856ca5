const MARKER = Symbol.for('mask.error');

/**
 * Every failure Mask raises carries one of these codes. Callers branch on `code`, never on the message.
 * Messages name entity types, key ids and backends; they never contain plaintext, keys or token maps.
 */
export type MaskErrorCode =
  | 'CONFIG_INVALID'
  | 'KEY_MISSING'
  | 'KEY_INVALID'
  | 'KEY_NOT_FOUND'
  | 'KEY_PROVIDER_FAILED'
  | 'VAULT_CONNECTION'
  | 'VAULT_KEY_NOT_FOUND'
  | 'VAULT_WRITE_CONFLICT'
  | 'VAULT_FULL'
  | 'DECRYPT_FAILED'
  | 'DECODE_FAILED'
  | 'TOKEN_UNKNOWN'
  | 'TOKEN_SPACE_EXHAUSTED'
  | 'INVALID_INPUT'
  | 'UNSUPPORTED_ENTITY'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'SCAN_FAILED'
  | 'SCAN_TIMEOUT'
  | 'NER_UNAVAILABLE'
  | 'POLICY_DENIED'
  | 'SECURITY_VIOLATION'
  | 'AUDIT_FAILED'
  | 'CLOSED'
  | 'INTERNAL';

export interface MaskErrorOptions {
  /** The underlying error. It must not carry plaintext either: wrap driver errors, do not forward their messages. */
  cause?: unknown;
}

/**
 * Base class of every error Mask throws.
 *
 * @example
 * try { await client.decode(token) } catch (error) {
 *   if (MaskError.isInstance(error) && error.code === 'TOKEN_UNKNOWN') { ... }
 * }
 */
export class MaskError extends Error {
  readonly [MARKER] = true;
  readonly code: MaskErrorCode;

  constructor(code: MaskErrorCode, message: string, options?: MaskErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MaskError';
    this.code = code;
  }

  /** True for a MaskError from any copy of this package (works across duplicated installs). */
  static isInstance(value: unknown): value is MaskError {
    return typeof value === 'object' && value !== null && MARKER in value;
  }
}
