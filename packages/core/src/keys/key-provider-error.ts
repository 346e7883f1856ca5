import { MaskError, type MaskErrorCode } from '../errors/mask-error.js';
import { MaskSecurityError } from '../errors/named-errors.js';

/**
 * A key provider failure: names the provider and what went wrong, never the key, the ciphertext or a token.
 * The cause keeps only the driver error's class name and HTTP status, not its message (which can echo input).
 */
export function keyProviderError(provider: string, code: MaskErrorCode, message: string, error?: unknown): MaskError {
  if (MaskError.isInstance(error)) return error;
  let cause: Error | undefined;
  if (error instanceof Error) {
    const status =
      (error as { $metadata?: { httpStatusCode?: number }; statusCode?: number }).$metadata?.httpStatusCode ??
      (error as { statusCode?: number }).statusCode;
    cause = new Error(status === undefined ? error.name : `${error.name} (HTTP ${status})`);
    cause.name = error.name;
  }
  return new MaskSecurityError(code, `${provider} key provider: ${message}`, cause ? { cause } : undefined);
}

/** Checks decrypted key material is 32 bytes and copies it out of the driver's buffer. */
export function keyMaterial(provider: string, bytes: Uint8Array | undefined, keyId: string): Uint8Array {
  if (bytes?.length !== 32) {
    throw new MaskSecurityError('KEY_INVALID', `${provider} key provider: key ${keyId} is not 32 bytes`);
  }
  return new Uint8Array(bytes);
}

/** Key ids as records store them: short, no separators. */
export function assertKeyId(provider: string, id: string): void {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) {
    throw new MaskSecurityError('KEY_INVALID', `${provider} key provider: key ids must be 1-64 letters, digits or ._-`);
  }
}
