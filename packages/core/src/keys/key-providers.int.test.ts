import { randomBytes } from 'node:crypto';
import { EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalAzureKeyVault, startAzureKeyVaultServer } from '../../test/servers/azure-key-vault-server.js';
import { type LocalVault, startHashiCorpVaultServer } from '../../test/servers/hashicorp-vault-server.js';
import { type LocalKms, startKmsServer } from '../../test/servers/kms-server.js';
import { MaskError } from '../errors/mask-error.js';
import { AwsKmsKeyProvider } from './aws-kms-key-provider.js';
import { AzureKeyVaultKeyProvider } from './azure-key-vault-key-provider.js';
import { HashiCorpVaultKeyProvider } from './hashicorp-vault-key-provider.js';
import type { KeyProvider } from './key-provider.js';

const CREDENTIALS = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };

/** The provider's rejection; asserts a typed MaskError whose message and cause hold none of `secrets`. */
async function typedFailure(provider: KeyProvider, secrets: readonly string[]): Promise<MaskError> {
  const error = await provider.getKeyring().then(
    () => expect.fail('expected the key provider to fail'),
    (thrown: unknown) => thrown,
  );
  expect(MaskError.isInstance(error)).toBe(true);
  const typed = error as MaskError;
  const rendered = `${typed.message}\n${String((typed.cause as Error | undefined)?.message)}\n${JSON.stringify(typed)}`;
  for (const secret of secrets) expect(rendered).not.toContain(secret);
  return typed;
}

describe('AwsKmsKeyProvider (real @aws-sdk/client-kms against a local KMS JSON API)', () => {
  let kms: LocalKms;
  let client: KMSClient;
  beforeAll(async () => {
    kms = await startKmsServer();
    client = new KMSClient({ region: 'us-east-1', endpoint: kms.url, credentials: CREDENTIALS });
  });
  afterAll(async () => {
    client?.destroy();
    await kms?.close();
  });

  const wrap = async (keyId: string, material: Buffer, context?: Record<string, string>) => {
    const output = await client.send(
      new EncryptCommand({ KeyId: keyId, Plaintext: material, ...(context ? { EncryptionContext: context } : {}) }),
    );
    return Buffer.from(output.CiphertextBlob as Uint8Array).toString('base64');
  };

  it('decrypts MASK_ENCRYPTED_KEY envelopes into a keyring (rotation: last active, older kept)', async () => {
    const kmsKey = kms.createKey();
    const [old, current] = [randomBytes(32), randomBytes(32)];
    const env = {
      MASK_ENCRYPTED_KEY: `k1:${await wrap(kmsKey, old, { app: 'mask' })},k2:${await wrap(kmsKey, current, { app: 'mask' })}`,
      MASK_KMS_KEY_ID: kmsKey,
      AWS_REGION: 'us-east-1',
      MASK_KMS_ENDPOINT: kms.url,
    };
    const provider = AwsKmsKeyProvider.fromEnv(env, { credentials: CREDENTIALS });
    // fromEnv has no context variable: pass it through the options for this key.
    const withContext = new AwsKmsKeyProvider({
      encryptedKeys: {
        k1: env.MASK_ENCRYPTED_KEY.split(',')[0]?.slice(3) as string,
        k2: env.MASK_ENCRYPTED_KEY.split(',')[1]?.slice(3) as string,
      },
      kmsKeyId: kmsKey,
      encryptionContext: { app: 'mask' },
      client,
    });
    const keyring = await withContext.getKeyring();
    expect(keyring.active.id).toBe('k2');
    expect(Buffer.from(keyring.active.material)).toEqual(current);
    expect(Buffer.from(keyring.get('k1').material)).toEqual(old);
    // Without the encryption context KMS refuses: typed KEY_INVALID, no key material or blob in the error.
    const refused = await typedFailure(provider, [
      old.toString('base64'),
      current.toString('base64'),
      env.MASK_ENCRYPTED_KEY,
    ]);
    expect(refused.code).toBe('KEY_INVALID');
    const requests = kms.requests.filter((request) => request.headers['x-amz-target'] === 'TrentService.Decrypt');
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(requests.every((request) => String(request.headers.authorization).startsWith('AWS4-HMAC-SHA256'))).toBe(
      true,
    );
  });

  it('raises typed errors for a wrong KMS key, a non-32-byte key, a missing variable and an unreachable KMS', async () => {
    const [keyA, keyB] = [kms.createKey(), kms.createKey()];
    const blob = await wrap(keyA, randomBytes(32));
    const wrongKey = new AwsKmsKeyProvider({ encryptedKeys: { k: blob }, kmsKeyId: keyB, client });
    expect((await typedFailure(wrongKey, [blob])).code).toBe('KEY_INVALID');
    const short = new AwsKmsKeyProvider({ encryptedKeys: { k: await wrap(keyA, randomBytes(16)) }, client });
    expect((await typedFailure(short, [])).code).toBe('KEY_INVALID');
    expect(() => AwsKmsKeyProvider.fromEnv({})).toThrowError(expect.objectContaining({ code: 'KEY_MISSING' }));
    const unreachable = new AwsKmsKeyProvider({
      encryptedKeys: { k: blob },
      clientConfig: { region: 'us-east-1', endpoint: 'http://127.0.0.1:9', credentials: CREDENTIALS, maxAttempts: 1 },
    });
    expect((await typedFailure(unreachable, [blob])).code).toBe('KEY_PROVIDER_FAILED');
  });
});

describe('HashiCorpVaultKeyProvider (fetch against a local Vault HTTP API)', () => {
  let vault: LocalVault;
  beforeAll(async () => {
    vault = await startHashiCorpVaultServer();
  });
  afterAll(async () => {
    await vault?.close();
  });

  it('loads every KV v2 version as a key id kv<n>, current version active', async () => {
    const [v1, v2] = [randomBytes(32), randomBytes(32)];
    vault.writeKv('mask/master', { key: v1.toString('base64') });
    vault.writeKv('mask/master', { key: v2.toString('hex') });
    const provider = new HashiCorpVaultKeyProvider({
      address: vault.url,
      token: vault.token,
      source: { kind: 'kv2', path: 'mask/master' },
    });
    const keyring = await provider.getKeyring();
    expect(keyring.ids()).toEqual(['kv1', 'kv2']);
    expect(keyring.active.id).toBe('kv2');
    expect(Buffer.from(keyring.get('kv1').material)).toEqual(v1);
    expect(vault.requests.every((request) => request.headers['x-vault-token'] === vault.token)).toBe(true);
  });

  it('unwraps transit data keys', async () => {
    vault.createTransitKey('mask');
    const material = randomBytes(32);
    const wrapped = await fetch(`${vault.url}/v1/transit/encrypt/mask`, {
      method: 'POST',
      headers: { 'X-Vault-Token': vault.token },
      body: JSON.stringify({ plaintext: material.toString('base64') }),
    }).then((response) => response.json() as Promise<{ data: { ciphertext: string } }>);
    const provider = new HashiCorpVaultKeyProvider({
      address: vault.url,
      token: vault.token,
      source: { kind: 'transit', keyName: 'mask', ciphertexts: { t1: wrapped.data.ciphertext } },
    });
    expect(Buffer.from((await provider.getKeyring()).active.material)).toEqual(material);
  });

  it('raises typed errors: bad token, missing secret, wrong field, tampered ciphertext, short key, no server', async () => {
    vault.writeKv('mask/short', { key: randomBytes(16).toString('base64') });
    const cases: [HashiCorpVaultKeyProvider, string][] = [
      [
        new HashiCorpVaultKeyProvider({
          address: vault.url,
          token: 'wrong-token',
          source: { kind: 'kv2', path: 'mask/master' },
        }),
        'KEY_PROVIDER_FAILED',
      ],
      [
        new HashiCorpVaultKeyProvider({
          address: vault.url,
          token: vault.token,
          source: { kind: 'kv2', path: 'mask/absent' },
        }),
        'KEY_NOT_FOUND',
      ],
      [
        new HashiCorpVaultKeyProvider({
          address: vault.url,
          token: vault.token,
          source: { kind: 'kv2', path: 'mask/master', field: 'nope' },
        }),
        'KEY_NOT_FOUND',
      ],
      [
        new HashiCorpVaultKeyProvider({
          address: vault.url,
          token: vault.token,
          source: { kind: 'kv2', path: 'mask/short' },
        }),
        'KEY_INVALID',
      ],
      [
        new HashiCorpVaultKeyProvider({
          address: vault.url,
          token: vault.token,
          source: {
            kind: 'transit',
            keyName: 'mask',
            ciphertexts: { t1: `vault:v1:${randomBytes(60).toString('base64')}` },
          },
        }),
        'KEY_INVALID',
      ],
      [
        new HashiCorpVaultKeyProvider({
          address: 'http://127.0.0.1:9',
          token: vault.token,
          source: { kind: 'kv2', path: 'x' },
        }),
        'KEY_PROVIDER_FAILED',
      ],
    ];
    for (const [provider, code] of cases) expect((await typedFailure(provider, [vault.token])).code).toBe(code);
  });
});

describe('AzureKeyVaultKeyProvider (real @azure/keyvault-secrets against a local HTTPS Key Vault API)', () => {
  let azure: LocalAzureKeyVault;
  beforeAll(async () => {
    azure = await startAzureKeyVaultServer();
  });
  afterAll(async () => {
    await azure?.close();
  });
  const credential = (token: () => string) => ({
    getToken: async () => ({ token: token(), expiresOnTimestamp: Date.now() + 3_600_000 }),
  });
  const provider = (secretName: string, versions?: string[], token = () => azure.accessToken) =>
    new AzureKeyVaultKeyProvider({
      vaultUrl: azure.url,
      credential: credential(token),
      secretName,
      ...(versions ? { versions } : {}),
      // Trust the throwaway certificate; the challenge names vault.azure.net, not 127.0.0.1.
      clientOptions: {
        tlsOptions: { ca: azure.certificate },
        disableChallengeResourceVerification: true,
        retryOptions: { maxRetries: 0 },
      },
    });

  it('reads secret versions through the bearer challenge; the last version is active', async () => {
    const [first, second] = [randomBytes(32), randomBytes(32)];
    const v1 = azure.setSecret('mask-master', first.toString('base64'));
    const v2 = azure.setSecret('mask-master', second.toString('hex'));
    const current = await provider('mask-master').getKeyring();
    expect(current.ids()).toEqual([`az-${v2.slice(0, 16)}`]);
    expect(Buffer.from(current.active.material)).toEqual(second);
    const rotated = await provider('mask-master', [v1, v2]).getKeyring();
    expect(rotated.active.id).toBe(`az-${v2.slice(0, 16)}`);
    expect(Buffer.from(rotated.get(`az-${v1.slice(0, 16)}`).material)).toEqual(first);
    expect(azure.requests.some((request) => request.headers.authorization === undefined)).toBe(true); // the challenge
  });

  it('raises typed errors: missing secret, short key, refused token', async () => {
    azure.setSecret('short', randomBytes(8).toString('base64'));
    expect((await typedFailure(provider('absent'), [azure.accessToken])).code).toBe('KEY_NOT_FOUND');
    expect((await typedFailure(provider('short'), [])).code).toBe('KEY_INVALID');
    expect(
      (
        await typedFailure(
          provider('mask-master', undefined, () => 'bad-token'),
          [azure.accessToken],
        )
      ).code,
    ).toBe('KEY_PROVIDER_FAILED');
  });
});

describe('createKeyProvider / keyProviderConfigFromEnv', () => {
  it('builds each provider from MASK_* variables and loads its keys', async () => {
    const { createKeyProvider, keyProviderConfigFromEnv } = await import('./create-key-provider.js');
    const key = randomBytes(32);
    const envProvider = await createKeyProvider(keyProviderConfigFromEnv({ MASK_MASTER_KEY: key.toString('base64') }));
    expect(Buffer.from((await envProvider.getKeyring()).active.material)).toEqual(key);

    const vault = await startHashiCorpVaultServer();
    const kms = await startKmsServer();
    const azure = await startAzureKeyVaultServer();
    try {
      vault.writeKv('mask/env', { secret: key.toString('hex') });
      const hcv = await createKeyProvider(
        keyProviderConfigFromEnv({
          MASK_KEY_PROVIDER: 'hashicorp-vault',
          VAULT_ADDR: vault.url,
          VAULT_TOKEN: vault.token,
          MASK_HASHICORP_VAULT_PATH: 'mask/env',
          MASK_HASHICORP_VAULT_FIELD: 'secret',
        }),
      );
      expect(Buffer.from((await hcv.getKeyring()).active.material)).toEqual(key);

      const kmsKey = kms.createKey();
      const client = new KMSClient({ region: 'us-east-1', endpoint: kms.url, credentials: CREDENTIALS });
      const blob = Buffer.from(
        (await client.send(new EncryptCommand({ KeyId: kmsKey, Plaintext: key }))).CiphertextBlob as Uint8Array,
      );
      client.destroy();
      process.env.AWS_ACCESS_KEY_ID = CREDENTIALS.accessKeyId;
      process.env.AWS_SECRET_ACCESS_KEY = CREDENTIALS.secretAccessKey;
      const aws = await createKeyProvider(
        keyProviderConfigFromEnv({
          MASK_KEY_PROVIDER: 'aws-kms',
          MASK_ENCRYPTED_KEY: blob.toString('base64'),
          AWS_REGION: 'us-east-1',
          MASK_KMS_ENDPOINT: kms.url,
        }),
      );
      expect(Buffer.from((await aws.getKeyring()).active.material)).toEqual(key);

      azure.setSecret('from-env', key.toString('base64'));
      const config = keyProviderConfigFromEnv({
        MASK_KEY_PROVIDER: 'azure-key-vault',
        MASK_AZURE_KEY_VAULT_URL: azure.url,
        MASK_AZURE_SECRET_NAME: 'from-env',
      });
      expect(config.azureKeyVault).toEqual({ vaultUrl: azure.url, secretName: 'from-env' });
      // Without @azure/identity installed the default credential cannot load: a typed error names the package.
      const missing = await createKeyProvider(config).catch((thrown: unknown) => thrown);
      expect(MaskError.isInstance(missing) && missing.code).toBe('CONFIG_INVALID');
      expect((missing as Error).message).toContain('@azure/identity');
    } finally {
      await Promise.all([vault.close(), kms.close(), azure.close()]);
    }
    expect(() => keyProviderConfigFromEnv({ MASK_KEY_PROVIDER: 'gcp' })).toThrowError(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
    expect(() => keyProviderConfigFromEnv({ MASK_KEY_PROVIDER: 'hashicorp-vault' })).toThrowError(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
  });
});
