import { MaskDecryptionError } from '../errors/named-errors.js';

/**
 * A token record as stored in the vault: `1|<keyId>|<entityType>|<fingerprint>|<sealed>`.
 * `sealed` is AES-256-GCM ciphertext of the value (see crypto/aead.ts) with {@link recordAad} as associated
 * data, so a record moved to another token, scope, type or key id fails authentication.
 */
export interface TokenRecord {
  readonly keyId: string;
  readonly entityType: string;
  /** Blind index of the value (HMAC under the scope's blind-index key); never the value. */
  readonly fingerprint: string;
  readonly sealed: string;
}

const VERSION = '1';

export function formatRecord(record: TokenRecord): string {
  return [VERSION, record.keyId, record.entityType, record.fingerprint, record.sealed].join('|');
}

export function parseRecord(text: string): TokenRecord {
  const parts = text.split('|');
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new MaskDecryptionError('Vault record has an unknown format', { code: 'DECRYPT_FAILED' });
  }
  const [, keyId, entityType, fingerprint, sealed] = parts as [string, string, string, string, string];
  return { keyId, entityType, fingerprint, sealed };
}

/** Associated data binding a sealed value to its scope, token, type and key id. */
export function recordAad(scopeId: string, token: string, entityType: string, keyId: string): string {
  return `mask/v1\u001f${scopeId}\u001f${token}\u001f${entityType}\u001f${keyId}`;
}
