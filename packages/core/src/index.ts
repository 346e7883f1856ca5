// Public API of @mask/core. Every export is listed by hand: this list is the semver surface.
export { MaskError, type MaskErrorCode, type MaskErrorOptions } from './errors/mask-error.js';
export {
  DecodeError,
  MaskDecryptionError,
  MaskNLPTimeout,
  MaskSecurityError,
  MaskVaultConnectionError,
} from './errors/named-errors.js';
export { EnvKeyProvider, type EnvKeyProviderOptions, parseKeyringText } from './keys/env-key-provider.js';
export type { KeyProvider } from './keys/key-provider.js';
export { Keyring, type KeyVersion, keyIdFor, parseKey } from './keys/keyring.js';
export { StaticKeyProvider } from './keys/static-key-provider.js';
// decode policy (issue 6)
export {
  createDecodePolicy,
  DecodePolicy,
  type DecodePolicyOptions,
  type DecodeRequest,
  type EntityTypeList,
  type EntityTypeRule,
  type ToolDecodeRule,
} from './policy/decode-policy.js';
export { resolveOverlaps } from './scanner/resolve-overlaps.js';
export type { KnownEntity, Scanner, ScanOptions } from './scanner/scanner.js';
export type { EntityCategory, EntityType, Span } from './scanner/span.js';
export { MemoryVault, type MemoryVaultOptions } from './vault/memory-vault.js';
export type { Vault, VaultEntry } from './vault/vault.js';
