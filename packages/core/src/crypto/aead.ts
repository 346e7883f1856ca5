import { createCipheriv, createDecipheriv } from 'node:crypto';
import { MaskDecryptionError } from '../errors/named-errors.js';
import { RandomPool } from './random-pool.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Nonces come from a pool of CSPRNG output: one system call per ~340 records instead of one each. */
const NONCES = new RandomPool();

/** AES-256-GCM ciphertext as stored: `iv || ciphertext || tag`, base64url. */
export function seal(key: Uint8Array, plaintext: string, associatedData: string): string {
  const iv = NONCES.bytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** Opens what {@link seal} produced. A wrong key, scope or token (the associated data) raises. */
export function open(key: Uint8Array, sealed: string, associatedData: string): string {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) {
    throw new MaskDecryptionError('Vault record is truncated');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  } catch (error) {
    // The driver's message is generic, but we do not forward it: the cause stays out of band.
    throw new MaskDecryptionError('Vault record failed authentication (wrong key, wrong scope or tampered)', {
      cause: error instanceof Error ? new Error(error.name) : undefined,
    });
  }
}
