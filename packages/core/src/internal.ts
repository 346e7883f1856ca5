// @mask/core/internal: helpers shared by Mask's own packages (adapters, gateway, cli).
// Not covered by semver: anything here may change in a patch release.

// adapters: values Mask produced, not scanned again (shared by the ADK and AI SDK adapters)
export { isKnownClean, rememberClean } from './client/known-clean.js';
export { open, seal } from './crypto/aead.js';
export { DeterministicStream } from './crypto/deterministic-stream.js';
export { deriveSubkey, type KeyPurpose } from './crypto/hkdf.js';
export { constantTimeEqual, hmac } from './crypto/mac.js';
export { RandomPool } from './crypto/random-pool.js';
export { selectNonOverlapping } from './tokens/find-token-candidates.js';
export { abaValid, ibanMod97, luhnCheckDigit, luhnValid } from './tokens/formats/checksums.js';
export { parseTokenKey, scopeIdFor, tenantKeyPrefix, vaultKeys } from './tokens/scope.js';
// token engine internals (lead): record format and vault key names, for re-encryption and backends
export { formatRecord, parseRecord, recordAad, type TokenRecord } from './tokens/vault-record.js';
