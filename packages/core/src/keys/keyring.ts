import { createHash } from 'node:crypto';
import { MaskError } from '../errors/mask-error.js';
import { MaskSecurityError } from '../errors/named-errors.js';

/** One master key and the id under which vault records name it. */
export interface KeyVersion {
  /** Short public identifier stored with every record (never the key itself). */
  readonly id: string;
  /** 32 bytes of key material. */
  readonly material: Uint8Array;
}

/**
 * A set of master keys: new tokens and records use the active key; every older key still decrypts.
 */
export class Keyring {
  readonly active: KeyVersion;
  private readonly byId: ReadonlyMap<string, KeyVersion>;

  constructor(keys: readonly KeyVersion[], activeId?: string) {
    if (keys.length === 0) throw new MaskSecurityError('KEY_MISSING', 'Keyring holds no keys');
    const byId = new Map<string, KeyVersion>();
    for (const key of keys) {
      if (key.material.length !== 32) {
        throw new MaskSecurityError('KEY_INVALID', `Key ${key.id} must be 32 bytes`);
      }
      if (byId.has(key.id)) throw new MaskSecurityError('KEY_INVALID', `Duplicate key id ${key.id}`);
      byId.set(key.id, key);
    }
    const active = activeId === undefined ? keys[keys.length - 1] : byId.get(activeId);
    if (!active) throw new MaskSecurityError('KEY_NOT_FOUND', `Active key ${activeId} is not in the keyring`);
    this.active = active;
    this.byId = byId;
  }

  /** A single-key ring whose id is derived from the key (a fingerprint, not the key). */
  static fromKey(material: Uint8Array): Keyring {
    return new Keyring([{ id: keyIdFor(material), material }]);
  }

  /** The key with this id; raises `KEY_NOT_FOUND` (a typed error naming only the id) when absent. */
  get(id: string): KeyVersion {
    const key = this.byId.get(id);
    if (!key) throw new MaskError('KEY_NOT_FOUND', `No key with id ${id} in the keyring`);
    return key;
  }

  /** Every key id, active last. */
  ids(): string[] {
    return [...this.byId.keys()];
  }
}

/** A stable public id for a key: 8 hex characters of SHA-256 over a domain-separated key. */
export function keyIdFor(material: Uint8Array): string {
  return createHash('sha256').update('mask/v1/key-id').update(material).digest('hex').slice(0, 8);
}

/**
 * Parses a 32-byte key written as base64, base64url or hex (64 characters).
 * Raises `KEY_INVALID` with no part of the input in the message.
 */
export function parseKey(encoded: string, sourceName: string): Uint8Array {
  const text = encoded.trim();
  let bytes: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(text)) bytes = Buffer.from(text, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text))
    bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!bytes || bytes.length !== 32) {
    throw new MaskSecurityError(
      'KEY_INVALID',
      `${sourceName} must be 32 bytes encoded as base64, base64url or 64 hex characters`,
    );
  }
  return new Uint8Array(bytes);
}
