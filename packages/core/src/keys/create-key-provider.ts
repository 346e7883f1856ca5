import { MaskError } from '../errors/mask-error.js';
import { EnvKeyProvider } from './env-key-provider.js';
import type { HashiCorpVaultKeySource } from './hashicorp-vault-key-provider.js';
import type { KeyProvider } from './key-provider.js';

/** Key providers {@link createKeyProvider} can build. */
export type KeyProviderType = 'env' | 'aws-kms' | 'hashicorp-vault' | 'azure-key-vault';

/** Plain description of a key provider, as read from configuration (see {@link keyProviderConfigFromEnv}). */
export interface KeyProviderConfig {
  /** @default 'env' */
  type?: KeyProviderType;
  /** `env`: the variables `EnvKeyProvider` reads (`MASK_MASTER_KEY`, `MASK_ENCRYPTION_KEY`, `MASK_ACTIVE_KEY_ID`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** `aws-kms`: `MASK_ENCRYPTED_KEY`, `MASK_KMS_KEY_ID`, `AWS_REGION`, `MASK_KMS_ENDPOINT`, as a record. */
  awsEnv?: Readonly<Record<string, string | undefined>>;
  /** `hashicorp-vault`: address, token, optional namespace and the key source. */
  hashicorpVault?: { address: string; token: string; namespace?: string; source: HashiCorpVaultKeySource };
  /** `azure-key-vault`: vault URL, secret name and versions; the credential defaults to @azure/identity's. */
  azureKeyVault?: { vaultUrl: string; secretName: string; versions?: string[]; credential?: unknown };
}

const TYPES: readonly KeyProviderType[] = ['env', 'aws-kms', 'hashicorp-vault', 'azure-key-vault'];

/**
 * Reads a {@link KeyProviderConfig} from environment variables (pass `process.env` or any record):
 *
 * | variable | meaning |
 * |---|---|
 * | `MASK_KEY_PROVIDER` | `env` (default), `aws-kms`, `hashicorp-vault`, `azure-key-vault` |
 * | `MASK_MASTER_KEY` / `MASK_ENCRYPTION_KEY`, `MASK_ACTIVE_KEY_ID` | env provider |
 * | `MASK_ENCRYPTED_KEY`, `MASK_KMS_KEY_ID`, `AWS_REGION`, `MASK_KMS_ENDPOINT` | AWS KMS |
 * | `VAULT_ADDR`, `VAULT_TOKEN`, `VAULT_NAMESPACE`, `MASK_HASHICORP_VAULT_PATH`, `MASK_HASHICORP_VAULT_MOUNT`, `MASK_HASHICORP_VAULT_FIELD` | HashiCorp Vault (KV v2) |
 * | `MASK_AZURE_KEY_VAULT_URL`, `MASK_AZURE_SECRET_NAME`, `MASK_AZURE_SECRET_VERSIONS` (comma-separated, oldest first) | Azure Key Vault |
 */
export function keyProviderConfigFromEnv(env: Readonly<Record<string, string | undefined>>): KeyProviderConfig {
  const type = (env.MASK_KEY_PROVIDER?.trim().toLowerCase() || 'env') as KeyProviderType;
  if (!TYPES.includes(type))
    throw new MaskError('CONFIG_INVALID', `MASK_KEY_PROVIDER must be one of ${TYPES.join(', ')}`);
  switch (type) {
    case 'env':
      return { type, env };
    case 'aws-kms':
      return { type, awsEnv: env };
    case 'hashicorp-vault': {
      const address = env.VAULT_ADDR?.trim();
      const token = env.VAULT_TOKEN?.trim();
      const path = env.MASK_HASHICORP_VAULT_PATH?.trim();
      if (!address || !token || !path) {
        throw new MaskError(
          'CONFIG_INVALID',
          'hashicorp-vault needs VAULT_ADDR, VAULT_TOKEN and MASK_HASHICORP_VAULT_PATH',
        );
      }
      return {
        type,
        hashicorpVault: {
          address,
          token,
          ...(env.VAULT_NAMESPACE ? { namespace: env.VAULT_NAMESPACE } : {}),
          source: {
            kind: 'kv2',
            path,
            ...(env.MASK_HASHICORP_VAULT_MOUNT ? { mount: env.MASK_HASHICORP_VAULT_MOUNT } : {}),
            ...(env.MASK_HASHICORP_VAULT_FIELD ? { field: env.MASK_HASHICORP_VAULT_FIELD } : {}),
          },
        },
      };
    }
    case 'azure-key-vault': {
      const vaultUrl = env.MASK_AZURE_KEY_VAULT_URL?.trim();
      const secretName = env.MASK_AZURE_SECRET_NAME?.trim();
      if (!vaultUrl || !secretName) {
        throw new MaskError(
          'CONFIG_INVALID',
          'azure-key-vault needs MASK_AZURE_KEY_VAULT_URL and MASK_AZURE_SECRET_NAME',
        );
      }
      const versions = env.MASK_AZURE_SECRET_VERSIONS?.split(',')
        .map((version) => version.trim())
        .filter(Boolean);
      return { type, azureKeyVault: { vaultUrl, secretName, ...(versions?.length ? { versions } : {}) } };
    }
  }
}

/**
 * Builds a key provider from a plain configuration. Cloud providers are loaded on demand, so their SDKs
 * (optional peer dependencies) are needed only when used; a missing SDK raises `CONFIG_INVALID` naming it.
 *
 * @example
 * import { createKeyProvider, keyProviderConfigFromEnv } from '@mask/core';
 * const keyProvider = await createKeyProvider(keyProviderConfigFromEnv(process.env));
 */
export async function createKeyProvider(config: KeyProviderConfig = {}): Promise<KeyProvider> {
  const type = config.type ?? 'env';
  switch (type) {
    case 'env':
      return new EnvKeyProvider(config.env ? { env: config.env } : {});
    case 'aws-kms': {
      const { AwsKmsKeyProvider } = await load('@aws-sdk/client-kms', () => import('./aws-kms-key-provider.js'));
      return AwsKmsKeyProvider.fromEnv(config.awsEnv ?? {});
    }
    case 'hashicorp-vault': {
      if (!config.hashicorpVault)
        throw new MaskError('CONFIG_INVALID', 'hashicorp-vault key provider needs its settings');
      const { HashiCorpVaultKeyProvider } = await import('./hashicorp-vault-key-provider.js');
      return new HashiCorpVaultKeyProvider(config.hashicorpVault);
    }
    case 'azure-key-vault': {
      const settings = config.azureKeyVault;
      if (!settings) throw new MaskError('CONFIG_INVALID', 'azure-key-vault key provider needs its settings');
      const { AzureKeyVaultKeyProvider } = await load(
        '@azure/keyvault-secrets',
        () => import('./azure-key-vault-key-provider.js'),
      );
      const credential = settings.credential ?? (await defaultAzureCredential());
      return new AzureKeyVaultKeyProvider({
        vaultUrl: settings.vaultUrl,
        secretName: settings.secretName,
        credential: credential as ConstructorParameters<typeof AzureKeyVaultKeyProvider>[0]['credential'] & object,
        ...(settings.versions ? { versions: settings.versions } : {}),
      });
    }
    default: {
      const unknown: never = type;
      throw new MaskError('CONFIG_INVALID', `Unknown key provider ${String(unknown).slice(0, 32)}`);
    }
  }
}

async function defaultAzureCredential(): Promise<unknown> {
  // @azure/identity is not a dependency: a specifier in a variable keeps bundlers from resolving it.
  const specifier = '@azure/identity';
  const identity = await load(
    specifier,
    () => import(/* @vite-ignore */ specifier) as Promise<{ DefaultAzureCredential: new () => unknown }>,
  );
  return new identity.DefaultAzureCredential();
}

async function load<T>(driver: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    throw new MaskError('CONFIG_INVALID', `This key provider needs the optional dependency ${driver}: install it`, {
      cause: error instanceof Error ? new Error(error.name) : undefined,
    });
  }
}
