import { SecretClient, type SecretClientOptions } from '@azure/keyvault-secrets';
import { MaskError } from '../errors/mask-error.js';
import type { KeyProvider } from './key-provider.js';
import { keyProviderError } from './key-provider-error.js';
import { Keyring, type KeyVersion, parseKey } from './keyring.js';

/** An Azure credential (`TokenCredential` of @azure/core-auth), as SecretClient takes it. */
export type AzureCredential = ConstructorParameters<typeof SecretClient>[1];

/** Options of {@link AzureKeyVaultKeyProvider}. Give `client`, or `vaultUrl` and `credential`. */
export interface AzureKeyVaultKeyProviderOptions {
  /** `https://<vault-name>.vault.azure.net`. */
  vaultUrl?: string;
  /** An Azure credential, e.g. `new DefaultAzureCredential()` from @azure/identity. */
  credential?: AzureCredential;
  /** Extra options for the SecretClient the provider creates (retry, TLS, proxy). */
  clientOptions?: SecretClientOptions;
  /** A SecretClient the provider uses as it is. */
  client?: SecretClient;
  /** Name of the secret holding the master key (base64, base64url or 64 hex characters). */
  secretName: string;
  /**
   * Secret versions forming the keyring, oldest first; the last is active. Each version's id becomes the
   * key id `az-<first 16 characters>`. @default the current version only
   */
  versions?: readonly string[];
}

/**
 * Master keys from Azure Key Vault secrets through @azure/keyvault-secrets (optional peer dependency): one
 * secret, one or more of its versions. Loaded once and cached. Needs `secrets/get` on the vault.
 *
 * Failures are typed: unreachable vault or refused credential `KEY_PROVIDER_FAILED`, missing secret or version
 * (404) `KEY_NOT_FOUND`, a value that is not a 32-byte key `KEY_INVALID`. Messages name the secret and version
 * id, never the value.
 *
 * @example
 * import { AzureKeyVaultKeyProvider } from '@mask/core/azure-key-vault';
 * import { DefaultAzureCredential } from '@azure/identity';
 * const keyProvider = new AzureKeyVaultKeyProvider({
 *   vaultUrl: 'https://my-vault.vault.azure.net',
 *   credential: new DefaultAzureCredential(),
 *   secretName: 'mask-master-key',
 * });
 */
export class AzureKeyVaultKeyProvider implements KeyProvider {
  readonly name = 'azure-key-vault';
  private readonly client: SecretClient;
  private readonly secretName: string;
  private readonly versions: readonly string[] | undefined;
  private keyring: Promise<Keyring> | undefined;

  constructor(options: AzureKeyVaultKeyProviderOptions) {
    if (!options.secretName || !/^[0-9A-Za-z-]{1,127}$/.test(options.secretName)) {
      throw new MaskError(
        'CONFIG_INVALID',
        'azure-key-vault key provider: secretName must be 1-127 letters, digits or -',
      );
    }
    if (options.client) this.client = options.client;
    else if (options.vaultUrl && options.credential) {
      this.client = new SecretClient(options.vaultUrl, options.credential, {
        retryOptions: { maxRetries: 1 },
        ...options.clientOptions,
      });
    } else {
      throw new MaskError(
        'CONFIG_INVALID',
        'azure-key-vault key provider needs a client, or a vaultUrl and a credential',
      );
    }
    this.secretName = options.secretName;
    this.versions = options.versions && options.versions.length > 0 ? options.versions : undefined;
  }

  getKeyring(): Promise<Keyring> {
    if (!this.keyring) {
      this.keyring = this.load().catch((error: unknown) => {
        this.keyring = undefined;
        throw error;
      });
    }
    return this.keyring;
  }

  private async load(): Promise<Keyring> {
    const wanted = this.versions ?? [undefined];
    const keys: KeyVersion[] = await Promise.all(wanted.map((version) => this.read(version)));
    return new Keyring(keys);
  }

  private async read(version: string | undefined): Promise<KeyVersion> {
    const what = version ? `secret ${this.secretName} version ${shortId(version)}` : `secret ${this.secretName}`;
    let secret: Awaited<ReturnType<SecretClient['getSecret']>>;
    try {
      secret = await this.client.getSecret(this.secretName, version ? { version } : {});
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404) throw keyProviderError(this.name, 'KEY_NOT_FOUND', `${what} not found`, error);
      throw keyProviderError(this.name, 'KEY_PROVIDER_FAILED', `reading ${what} failed`, error);
    }
    const resolvedVersion = secret.properties.version ?? version;
    if (!resolvedVersion)
      throw new MaskError('KEY_PROVIDER_FAILED', `azure-key-vault key provider: ${what} has no version`);
    if (typeof secret.value !== 'string') {
      throw new MaskError('KEY_NOT_FOUND', `azure-key-vault key provider: ${what} has no value`);
    }
    const id = `az-${shortId(resolvedVersion)}`;
    return { id, material: parseKey(secret.value, `azure-key-vault key ${id}`) };
  }
}

function shortId(version: string): string {
  return version.replace(/[^0-9A-Za-z]/g, '').slice(0, 16);
}
