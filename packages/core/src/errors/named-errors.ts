import { MaskError, type MaskErrorCode, type MaskErrorOptions } from './mask-error.js';

/** The vault backend could not be reached or answered with an error. Fail-closed: nothing passed through. */
export class MaskVaultConnectionError extends MaskError {
  /** Which backend failed (`redis`, `dynamodb`, ...). Never a connection string. */
  readonly backend: string;
  constructor(backend: string, message: string, options?: MaskErrorOptions) {
    super('VAULT_CONNECTION', message, options);
    this.name = 'MaskVaultConnectionError';
    this.backend = backend;
  }
}

/** A vault record failed authenticated decryption: wrong key, wrong scope, or tampering. */
export class MaskDecryptionError extends MaskError {
  constructor(message: string, options?: MaskErrorOptions & { code?: MaskErrorCode }) {
    super(options?.code ?? 'DECRYPT_FAILED', message, options);
    this.name = 'MaskDecryptionError';
  }
}

/** A named-entity engine did not answer in time. The text was not returned unscanned. */
export class MaskNLPTimeout extends MaskError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, message: string, options?: MaskErrorOptions) {
    super('SCAN_TIMEOUT', message, options);
    this.name = 'MaskNLPTimeout';
    this.timeoutMs = timeoutMs;
  }
}

/** A security rule was violated (missing key outside dev mode, a scope crossing, a policy breach). */
export class MaskSecurityError extends MaskError {
  constructor(code: MaskErrorCode, message: string, options?: MaskErrorOptions) {
    super(code, message, options);
    this.name = 'MaskSecurityError';
  }
}

/** A token could not be turned back into its value. */
export class DecodeError extends MaskError {
  /** Entity type the token's grammar names, when it has one. */
  readonly entityType: string | undefined;
  constructor(code: MaskErrorCode, message: string, options?: MaskErrorOptions & { entityType?: string }) {
    super(code, message, options);
    this.name = 'DecodeError';
    this.entityType = options?.entityType;
  }
}
