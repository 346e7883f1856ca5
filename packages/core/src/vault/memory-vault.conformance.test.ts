import { runVaultConformance } from './conformance/run-vault-conformance.js';
import { MemoryVault } from './memory-vault.js';

// The in-process default passes the same suite (its race runs two writers in one process).
// MemoryVault has no scanKeys (re-encryption of an in-process vault is not needed: it dies with the process).
runVaultConformance({ name: 'memory', create: async () => new MemoryVault(), scans: false });
