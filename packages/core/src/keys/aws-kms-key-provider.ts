import { DecryptCommand, KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms';
import { MaskError } from '../errors/mask-error.js';
import type { KeyProvider } from './key-provider.js';
import { assertKeyId, keyMaterial, keyProviderError } from './key-provider-error.js';
import { Keyring, type KeyVersion } from './keyring.js';

/** Options of {@link AwsKmsKeyProvider}. */
export interface AwsKmsKeyProviderOptions {
  /**
   * Data keys encrypted by KMS (`CiphertextBlob`, base64), by key id: the keyring's ids. Produce one with
   * `aws kms generate-data-key --key-id <kms key> --key-spec AES_256` and keep its `CiphertextBlob`.
   * The last entry is active unless `activeKeyId` names another.
   */
  encryptedKeys: Readonly<Record<string, string>>;
  /** Key id of the data key new records use. @default the last of `encryptedKeys` */
  activeKeyId?: string;
  /** KMS key (id, ARN or alias) the data keys were encrypted under; KMS then refuses any other. */
  kmsKeyId?: string;
  /** Encryption context given when the data keys were generated (KMS checks it on decrypt). */
  encryptionContext?: Readonly<Record<string, string>>;
  /** A KMS client the provider does not own. */
  client?: KMSClient;
  /** Configuration for a client the provider creates (region, endpoint, credentials). */
  clientConfig?: KMSClientConfig;
}

/**
 * Envelope decryption with AWS KMS: the master keys live encrypted in configuration (`MASK_ENCRYPTED_KEY`)
 * and only KMS can open them; the provider calls `Decrypt` once per key and caches the keyring for the
 * client's lifetime. Needs @aws-sdk/client-kms (optional peer dependency) and `kms:Decrypt` on the key.
 *
 * Failures are typed: an unreachable KMS or a refused call raises `KEY_PROVIDER_FAILED`, a ciphertext KMS
 * cannot open (`InvalidCiphertextException`, wrong key or context) raises `KEY_INVALID`, a plaintext that is not
 * 32 bytes raises `KEY_INVALID`. Nothing of the key or ciphertext appears in messages.
 *
 * @example
 * import { AwsKmsKeyProvider } from '@mask/core/aws-kms';
 * const keyProvider = AwsKmsKeyProvider.fromEnv(process.env);
 */
export class AwsKmsKeyProvider implements KeyProvider {
  readonly name = 'aws-kms';
  private readonly options: AwsKmsKeyProviderOptions;
  private readonly client: KMSClient;
  private keyring: Promise<Keyring> | undefined;

  constructor(options: AwsKmsKeyProviderOptions) {
    const ids = Object.keys(options.encryptedKeys ?? {});
    if (ids.length === 0) throw new MaskError('KEY_MISSING', 'aws-kms key provider: no encrypted key configured');
    for (const id of ids) assertKeyId(this.name, id);
    this.options = options;
    this.client = options.client ?? new KMSClient({ maxAttempts: 2, ...options.clientConfig });
  }

  /**
   * Reads `MASK_ENCRYPTED_KEY` (one base64 `CiphertextBlob`, or `id:blob,id:blob` with the last active),
   * `MASK_KMS_KEY_ID`, `MASK_ACTIVE_KEY_ID`, `MASK_KMS_ENDPOINT` and the region from `AWS_REGION`.
   */
  static fromEnv(
    env: Readonly<Record<string, string | undefined>>,
    clientConfig: KMSClientConfig = {},
  ): AwsKmsKeyProvider {
    const text = env.MASK_ENCRYPTED_KEY?.trim();
    if (!text) throw new MaskError('KEY_MISSING', 'aws-kms key provider: set MASK_ENCRYPTED_KEY');
    const encryptedKeys: Record<string, string> = {};
    for (const part of text
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)) {
      const separator = part.indexOf(':');
      if (separator === -1) encryptedKeys.kms = part;
      else encryptedKeys[part.slice(0, separator)] = part.slice(separator + 1);
    }
    return new AwsKmsKeyProvider({
      encryptedKeys,
      ...(env.MASK_ACTIVE_KEY_ID ? { activeKeyId: env.MASK_ACTIVE_KEY_ID } : {}),
      ...(env.MASK_KMS_KEY_ID ? { kmsKeyId: env.MASK_KMS_KEY_ID } : {}),
      clientConfig: {
        ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
        ...(env.MASK_KMS_ENDPOINT ? { endpoint: env.MASK_KMS_ENDPOINT } : {}),
        ...clientConfig,
      },
    });
  }

  getKeyring(): Promise<Keyring> {
    if (!this.keyring) {
      this.keyring = this.load().catch((error: unknown) => {
        this.keyring = undefined; // a failed KMS call is retried next time, never cached
        throw error;
      });
    }
    return this.keyring;
  }

  private async load(): Promise<Keyring> {
    const keys: KeyVersion[] = await Promise.all(
      Object.entries(this.options.encryptedKeys).map(async ([id, blob]) => ({
        id,
        material: await this.decrypt(id, blob),
      })),
    );
    return new Keyring(keys, this.options.activeKeyId);
  }

  private async decrypt(id: string, blob: string): Promise<Uint8Array> {
    const ciphertext = Buffer.from(blob.trim(), 'base64');
    if (ciphertext.length === 0) throw new MaskError('KEY_INVALID', `aws-kms key provider: key ${id} is not base64`);
    try {
      const output = await this.client.send(
        new DecryptCommand({
          CiphertextBlob: ciphertext,
          ...(this.options.kmsKeyId ? { KeyId: this.options.kmsKeyId } : {}),
          ...(this.options.encryptionContext ? { EncryptionContext: { ...this.options.encryptionContext } } : {}),
        }),
      );
      return keyMaterial(this.name, output.Plaintext, id);
    } catch (error) {
      if (MaskError.isInstance(error)) throw error;
      const name = error instanceof Error ? error.name : '';
      if (/InvalidCiphertext|IncorrectKey|InvalidKeyUsage/.test(name)) {
        throw keyProviderError(
          this.name,
          'KEY_INVALID',
          `KMS refused to decrypt key ${id} (wrong key, context or ciphertext)`,
          error,
        );
      }
      if (/NotFound/.test(name))
        throw keyProviderError(this.name, 'KEY_NOT_FOUND', `KMS key for ${id} not found`, error);
      throw keyProviderError(this.name, 'KEY_PROVIDER_FAILED', `KMS Decrypt failed for key ${id}`, error);
    }
  }
}
