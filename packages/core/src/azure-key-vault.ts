// @mask/core/azure-key-vault: subpath export (optional peer dependency @azure/keyvault-secrets).
export {
  type AzureCredential,
  AzureKeyVaultKeyProvider,
  type AzureKeyVaultKeyProviderOptions,
} from './keys/azure-key-vault-key-provider.js';
