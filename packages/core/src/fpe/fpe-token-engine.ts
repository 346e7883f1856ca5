import { createHash } from 'node:crypto';
import { deriveSubkey } from '../crypto/hkdf.js';
import { MaskError } from '../errors/mask-error.js';
import type { KeyProvider } from '../keys/key-provider.js';
import type { Keyring } from '../keys/keyring.js';
import { scopeIdFor, type TokenScope } from '../tokens/scope.js';
import type { DetokenizeOutcome, TokenEngine, TokenizeItem, TokenizeOutcome } from '../tokens/token-engine.js';
import { FF1 } from './ff1.js';
import { DEFAULT_FPE_FORMATS, FPE_ALPHABETS, type FpeAlphabet, type FpeFormat } from './fpe-formats.js';

/** Options of {@link FpeTokenEngine}. */
export interface FpeTokenEngineOptions {
  readonly keyProvider: KeyProvider;
  /**
   * Key id of the keyring whose key encrypts and decrypts. Vaultless tokens carry no key id, so rotating the
   * active key would change every token and strand the old ones: pin the id to keep tokens stable.
   * @default the keyring's active key
   */
  readonly keyId?: string;
  /** Formats by entity type. @default DEFAULT_FPE_FORMATS (cards, SSN, ITIN, phone, bank, ABA, IBAN, passport, licence) */
  readonly formats?: ReadonlyMap<string, FpeFormat>;
  /**
   * Order in which {@link FpeTokenEngine.detokenize} tries types on an untyped token: the first type whose format
   * accepts the token's shape wins. Prefer {@link FpeTokenEngine.detokenizeTyped} when the type is known.
   * @default ['IBAN_CODE', 'CREDIT_CARD', 'US_SSN', 'PHONE_NUMBER']
   */
  readonly inferenceOrder?: readonly string[];
}

/** One token and the entity type it was minted for. */
export interface TypedToken {
  readonly token: string;
  readonly type: string;
}

const CACHE_LIMIT = 256;

/**
 * Vaultless token engine: numeric and alphanumeric values are encrypted in place with FF1 (NIST SP 800-38G),
 * so a deployment with no shared vault can still turn tokens back into values. The FF1 key is derived per tenant
 * (HKDF, purpose `fpe`) and the tweak binds the tenant, session and entity type, so a token decrypts only in the
 * scope and type it was minted for (elsewhere it decrypts to an unrelated value).
 *
 * What it gives up, compared with the vault engine:
 * - tokens look like real data (a card token is a valid-looking card number), so nothing can tell a token from
 *   a value; text must be re-scanned to find tokens, and a real value put through `detokenize` comes out as noise;
 * - no integrity: any string of the right shape "decrypts", there is no way to say "unknown token";
 * - no placeholder types: only types with a format (see {@link DEFAULT_FPE_FORMATS}) are accepted;
 * - collisions are impossible only within one type and length (FF1 is a permutation), a token may equal another
 *   value of the scope, and no token can be revoked or expired.
 *
 * Same `tokenize` / `detokenize` shape as {@link VaultTokenEngine}, batch-first, no I/O after the key is loaded.
 *
 * @example
 * import { FpeTokenEngine, EnvKeyProvider } from '@mask/core';
 * const engine = new FpeTokenEngine({ keyProvider: new EnvKeyProvider() });
 * const [card] = await engine.tokenize({ tenant: 'acme' }, [{ type: 'CREDIT_CARD', value: '4111 1111 1111 1111' }]);
 */
export class FpeTokenEngine implements TokenEngine {
  private readonly keyProvider: KeyProvider;
  private readonly keyId: string | undefined;
  private readonly formats: ReadonlyMap<string, FpeFormat>;
  private readonly inferenceOrder: readonly string[];
  private keyringPromise: Promise<Keyring> | undefined;
  private readonly ciphers = new Map<string, FF1>();
  private readonly tweaks = new Map<string, Buffer>();

  constructor(options: FpeTokenEngineOptions) {
    this.keyProvider = options.keyProvider;
    this.keyId = options.keyId;
    this.formats = options.formats ?? DEFAULT_FPE_FORMATS;
    this.inferenceOrder = options.inferenceOrder ?? ['IBAN_CODE', 'CREDIT_CARD', 'US_SSN', 'PHONE_NUMBER'];
  }

  /** Entity types this engine can tokenize. */
  supportedTypes(): string[] {
    return [...this.formats.keys()];
  }

  async tokenize(scope: TokenScope, items: readonly TokenizeItem[]): Promise<TokenizeOutcome[]> {
    if (items.length === 0) return [];
    const keyring = await this.keyring();
    return items.map((item) => {
      const format = this.format(item.type);
      if (typeof item.value !== 'string' || !format.accepts(item.value)) {
        throw new MaskError(
          'INVALID_INPUT',
          `Value does not have a ${item.type} shape the vaultless engine can encrypt`,
        );
      }
      const token = format.apply(item.value, this.transform(keyring, scope, item.type, true));
      return { token, type: item.type, alreadyToken: false, reused: false };
    });
  }

  /**
   * Decrypts tokens whose type is unknown, trying `inferenceOrder`. Returns `undefined` for a string no
   * format accepts. Since tokens carry no integrity, any accepted string decrypts.
   */
  async detokenize(scope: TokenScope, tokens: readonly string[]): Promise<(DetokenizeOutcome | undefined)[]> {
    if (tokens.length === 0) return [];
    const keyring = await this.keyring();
    return tokens.map((token) => {
      const type = this.inferenceOrder.find((candidate) => this.formats.get(candidate)?.accepts(token));
      if (!type) return undefined;
      return { value: this.decrypt(keyring, scope, { token, type }), type };
    });
  }

  /** Decrypts tokens of known types (from the scanner, a schema, or the tokenize result). */
  async detokenizeTyped(scope: TokenScope, tokens: readonly TypedToken[]): Promise<DetokenizeOutcome[]> {
    if (tokens.length === 0) return [];
    const keyring = await this.keyring();
    return tokens.map((item) => ({ value: this.decrypt(keyring, scope, item), type: item.type }));
  }

  private decrypt(keyring: Keyring, scope: TokenScope, item: TypedToken): string {
    const format = this.format(item.type);
    if (typeof item.token !== 'string' || !format.accepts(item.token)) {
      throw new MaskError('DECODE_FAILED', `Token does not have a ${item.type} shape`);
    }
    return format.apply(item.token, this.transform(keyring, scope, item.type, false));
  }

  private format(type: string): FpeFormat {
    const format = this.formats.get(type);
    if (!format) throw new MaskError('UNSUPPORTED_ENTITY', `The vaultless engine has no format for ${type}`);
    return format;
  }

  private transform(keyring: Keyring, scope: TokenScope, type: string, encrypt: boolean) {
    const tweak = this.tweak(scope, type);
    return (numerals: string, alphabet: FpeAlphabet) => {
      const ff1 = this.cipher(keyring, scope.tenant, alphabet);
      return encrypt ? ff1.encrypt(numerals, tweak) : ff1.decrypt(numerals, tweak);
    };
  }

  /** SHA-256 over scope id and type, cut to 8 bytes: FF1's round input then stays one AES block (faster). */
  private tweak(scope: TokenScope, type: string): Buffer {
    const id = JSON.stringify([scope.tenant, scope.session ?? null, type]);
    let tweak = this.tweaks.get(id);
    if (!tweak) {
      if (this.tweaks.size >= CACHE_LIMIT) this.tweaks.delete(this.tweaks.keys().next().value as string);
      tweak = createHash('sha256')
        .update(`mask/v1/fpe-tweak\u001f${scopeIdFor(scope)}\u001f${type}`)
        .digest()
        .subarray(0, 8);
      this.tweaks.set(id, tweak);
    }
    return tweak;
  }

  private cipher(keyring: Keyring, tenant: string, alphabet: FpeAlphabet): FF1 {
    const key = this.keyId === undefined ? keyring.active : keyring.get(this.keyId);
    const id = JSON.stringify([key.id, tenant, alphabet]);
    let ff1 = this.ciphers.get(id);
    if (!ff1) {
      if (this.ciphers.size >= CACHE_LIMIT) this.ciphers.delete(this.ciphers.keys().next().value as string);
      ff1 = new FF1({ key: deriveSubkey(key.material, 'fpe', tenant), alphabet: FPE_ALPHABETS[alphabet] });
      this.ciphers.set(id, ff1);
    }
    return ff1;
  }

  private keyring(): Promise<Keyring> {
    if (!this.keyringPromise) {
      this.keyringPromise = this.keyProvider.getKeyring().catch((error: unknown) => {
        this.keyringPromise = undefined;
        throw error;
      });
    }
    return this.keyringPromise;
  }
}
