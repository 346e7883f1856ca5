import { MaskError } from '../errors/mask-error.js';
import type { KeyProvider } from './key-provider.js';
import { assertKeyId, keyMaterial, keyProviderError } from './key-provider-error.js';
import { Keyring, type KeyVersion, parseKey } from './keyring.js';

/** Where the keys are kept in HashiCorp Vault. */
export type HashiCorpVaultKeySource =
  | {
      /**
       * KV secrets engine v2: one secret whose versions are the keyring. Version `n` becomes key id
       * `kv<n>`; the current version is active. Rotate by writing a new version.
       */
      readonly kind: 'kv2';
      /** Mount path of the KV v2 engine. @default 'secret' */
      readonly mount?: string;
      /** Path of the secret under the mount, e.g. `mask/master-key`. */
      readonly path: string;
      /** Field of the secret holding the key (base64, base64url or 64 hex). @default 'key' */
      readonly field?: string;
      /** Oldest version still loaded (older tokens stop decoding). @default 1 */
      readonly minVersion?: number;
    }
  | {
      /**
       * Transit secrets engine: data keys wrapped by a transit key (`vault:v1:...` ciphertexts from
       * `vault write transit/datakey/wrapped/<name>`), unwrapped with `transit/decrypt`. Keyed by key id;
       * the last is active unless `activeKeyId` names another.
       */
      readonly kind: 'transit';
      /** Mount path of the transit engine. @default 'transit' */
      readonly mount?: string;
      /** Name of the transit key. */
      readonly keyName: string;
      readonly ciphertexts: Readonly<Record<string, string>>;
      readonly activeKeyId?: string;
    };

/** Options of {@link HashiCorpVaultKeyProvider}. */
export interface HashiCorpVaultKeyProviderOptions {
  /** Vault address, e.g. `https://vault.internal:8200` (`VAULT_ADDR`). */
  address: string;
  /** Vault token (`VAULT_TOKEN`); use a short-lived token from your auth method. */
  token: string;
  /** Enterprise namespace (`VAULT_NAMESPACE`). */
  namespace?: string;
  source: HashiCorpVaultKeySource;
  /** Per-request timeout in milliseconds. @default 5000 */
  timeoutMs?: number;
  /** `fetch` implementation, for proxies or custom TLS. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/**
 * Master keys from HashiCorp Vault over its HTTP API (no client library: `fetch` only), either a KV v2 secret
 * whose versions form the keyring or data keys unwrapped by the transit engine. Loaded once and cached.
 *
 * Failures are typed: an unreachable Vault or a 5xx raises `KEY_PROVIDER_FAILED`, a refused token (403)
 * `KEY_PROVIDER_FAILED`, a missing secret or field (404) `KEY_NOT_FOUND`, key material that is not 32 bytes or
 * a transit ciphertext Vault cannot open `KEY_INVALID`. Messages name the key id, never the key or token.
 *
 * @example
 * import { HashiCorpVaultKeyProvider } from '@mask/core';
 * const keyProvider = new HashiCorpVaultKeyProvider({
 *   address: 'https://vault.internal:8200',
 *   token: vaultToken,
 *   source: { kind: 'kv2', path: 'mask/master-key' },
 * });
 */
export class HashiCorpVaultKeyProvider implements KeyProvider {
  readonly name = 'hashicorp-vault';
  private readonly options: HashiCorpVaultKeyProviderOptions;
  private readonly fetch: typeof fetch;
  private keyring: Promise<Keyring> | undefined;

  constructor(options: HashiCorpVaultKeyProviderOptions) {
    if (!/^https?:\/\/[^\s]+$/.test(options.address ?? '')) {
      throw new MaskError('CONFIG_INVALID', 'hashicorp-vault key provider: address must be an http(s) URL');
    }
    if (!options.token) throw new MaskError('KEY_MISSING', 'hashicorp-vault key provider: no Vault token');
    if (options.source.kind === 'transit') {
      const ids = Object.keys(options.source.ciphertexts);
      if (ids.length === 0) throw new MaskError('KEY_MISSING', 'hashicorp-vault key provider: no transit ciphertext');
      for (const id of ids) assertKeyId(this.name, id);
    }
    this.options = options;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  getKeyring(): Promise<Keyring> {
    if (!this.keyring) {
      this.keyring = (
        this.options.source.kind === 'kv2' ? this.loadKv(this.options.source) : this.loadTransit(this.options.source)
      ).catch((error: unknown) => {
        this.keyring = undefined;
        throw error;
      });
    }
    return this.keyring;
  }

  private async loadKv(source: Extract<HashiCorpVaultKeySource, { kind: 'kv2' }>): Promise<Keyring> {
    const mount = trimSlashes(source.mount ?? 'secret');
    const path = source.path.split('/').map(encodeURIComponent).join('/');
    const field = source.field ?? 'key';
    const metadata = (await this.request('GET', `/v1/${mount}/metadata/${path}`, 'the secret metadata')) as {
      data?: { current_version?: number; versions?: Record<string, { destroyed?: boolean; deletion_time?: string }> };
    };
    const current = metadata.data?.current_version;
    if (!current) throw new MaskError('KEY_NOT_FOUND', 'hashicorp-vault key provider: the secret has no version');
    const versions = Object.entries(metadata.data?.versions ?? {})
      .filter(([, info]) => !info.destroyed && !info.deletion_time)
      .map(([version]) => Number(version))
      .filter((version) => Number.isInteger(version) && version >= (source.minVersion ?? 1) && version <= current)
      .sort((a, b) => a - b);
    const keys: KeyVersion[] = await Promise.all(
      versions.map(async (version) => {
        const id = `kv${version}`;
        const secret = (await this.request('GET', `/v1/${mount}/data/${path}?version=${version}`, `key ${id}`)) as {
          data?: { data?: Record<string, unknown> };
        };
        const value = secret.data?.data?.[field];
        if (typeof value !== 'string') {
          throw new MaskError('KEY_NOT_FOUND', `hashicorp-vault key provider: key ${id} has no field ${field}`);
        }
        return { id, material: parseKey(value, `hashicorp-vault key ${id}`) };
      }),
    );
    return new Keyring(keys, `kv${current}`);
  }

  private async loadTransit(source: Extract<HashiCorpVaultKeySource, { kind: 'transit' }>): Promise<Keyring> {
    const mount = trimSlashes(source.mount ?? 'transit');
    const keys: KeyVersion[] = await Promise.all(
      Object.entries(source.ciphertexts).map(async ([id, ciphertext]) => {
        const answer = (await this.request(
          'POST',
          `/v1/${mount}/decrypt/${encodeURIComponent(source.keyName)}`,
          `key ${id}`,
          { ciphertext },
        )) as { data?: { plaintext?: string } };
        const plaintext = answer.data?.plaintext;
        return { id, material: keyMaterial(this.name, plaintext ? Buffer.from(plaintext, 'base64') : undefined, id) };
      }),
    );
    return new Keyring(keys, source.activeKeyId);
  }

  private async request(method: 'GET' | 'POST', path: string, what: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { 'X-Vault-Token': this.options.token, Accept: 'application/json' };
    if (this.options.namespace) headers['X-Vault-Namespace'] = this.options.namespace;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetch(`${this.options.address.replace(/\/+$/, '')}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
    } catch (error) {
      throw keyProviderError(this.name, 'KEY_PROVIDER_FAILED', `Vault unreachable while reading ${what}`, error);
    }
    // Vault's error bodies can echo the request: read them only to drain the socket.
    if (!response.ok) await response.text().catch(() => '');
    if (response.status === 404) throw keyProviderError(this.name, 'KEY_NOT_FOUND', `${what} not found (HTTP 404)`);
    if (response.status === 400 && method === 'POST') {
      throw keyProviderError(this.name, 'KEY_INVALID', `Vault could not decrypt ${what} (HTTP 400)`);
    }
    if (!response.ok) {
      throw keyProviderError(
        this.name,
        'KEY_PROVIDER_FAILED',
        `Vault refused reading ${what} (HTTP ${response.status})`,
      );
    }
    try {
      return await response.json();
    } catch (error) {
      throw keyProviderError(this.name, 'KEY_PROVIDER_FAILED', `Vault answered ${what} with invalid JSON`, error);
    }
  }
}

function trimSlashes(text: string): string {
  return text.replace(/^\/+|\/+$/g, '');
}
