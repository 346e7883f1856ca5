// @mask/core/internal: helpers shared by Mask's own packages (adapters, gateway, cli).
// Not covered by semver: anything here may change in a patch release.

export { open, seal } from './crypto/aead.js';
export { DeterministicStream } from './crypto/deterministic-stream.js';
export { deriveSubkey, type KeyPurpose } from './crypto/hkdf.js';
export { constantTimeEqual, hmac } from './crypto/mac.js';
