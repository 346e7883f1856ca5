import type { Keyring } from './keyring.js';

/**
 * Where master keys come from. Implementations: environment, static, AWS KMS, HashiCorp Vault, Azure Key Vault.
 * A provider is asked once per client and may cache; it must raise a typed {@link MaskError} when the
 * key store is unreachable (fail closed), never return a made-up key.
 */
export interface KeyProvider {
  /** Short name for errors and audit (`env`, `aws-kms`, ...). */
  readonly name: string;
  /** The keyring to use. */
  getKeyring(): Promise<Keyring>;
}
