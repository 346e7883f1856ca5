import { createVault, vaultConfigFromEnv } from '../vault/create-vault.js';
import type { Vault } from '../vault/vault.js';
import type { EnvConfig } from './env-config.js';

/** The vault `MASK_VAULT_TYPE` names (`memory` by default), with its backend's `MASK_*` settings. */
export function createVaultFromEnv(env: EnvConfig): Promise<Vault> {
  return createVault(vaultConfigFromEnv(env.variables));
}
