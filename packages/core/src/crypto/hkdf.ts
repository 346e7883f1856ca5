import { hkdfSync } from 'node:crypto';

/** What a derived subkey is for. One master key never serves two purposes directly. */
export type KeyPurpose = 'token-derivation' | 'vault-encryption' | 'blind-index' | 'audit-signing' | 'fpe';

const SALT = Buffer.from('mask/v1/hkdf-salt', 'utf8');

/**
 * Derives a 32-byte subkey from a master key with HKDF-SHA256, separated by purpose and tenant
 * (RFC 5869 `info` = `mask/v1/<purpose>/<tenant>`).
 */
export function deriveSubkey(masterKey: Uint8Array, purpose: KeyPurpose, tenant: string): Buffer {
  const info = Buffer.from(`mask/v1/${purpose}/${tenant}`, 'utf8');
  return Buffer.from(hkdfSync('sha256', masterKey, SALT, info, 32));
}
