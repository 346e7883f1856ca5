import { MaskError } from '../errors/mask-error.js';
import { MemoryVault } from '../vault/memory-vault.js';
import type { Vault } from '../vault/vault.js';
import type { EnvConfig } from './env-config.js';

/** The vault `MASK_VAULT_TYPE` names (`memory` by default). */
export async function createVaultFromEnv(env: EnvConfig): Promise<Vault> {
  if (env.vaultType === 'memory') return new MemoryVault();
  throw new MaskError('CONFIG_INVALID', `MASK_VAULT_TYPE=${env.vaultType} is not a known vault type`);
}
