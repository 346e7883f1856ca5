import type { KeyProvider } from './key-provider.js';
import { Keyring, parseKey } from './keyring.js';

/** Serves keys passed in code (a 32-byte key, its text encoding, or a whole keyring). */
export class StaticKeyProvider implements KeyProvider {
  readonly name = 'static';
  private readonly keyring: Keyring;

  constructor(key: Uint8Array | string | Keyring) {
    if (typeof key === 'string') this.keyring = Keyring.fromKey(parseKey(key, 'key'));
    else if (key instanceof Uint8Array) this.keyring = Keyring.fromKey(new Uint8Array(key));
    else this.keyring = key;
  }

  async getKeyring(): Promise<Keyring> {
    return this.keyring;
  }
}
