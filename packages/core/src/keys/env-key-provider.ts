import { MaskSecurityError } from '../errors/named-errors.js';
import type { KeyProvider } from './key-provider.js';
import { Keyring, type KeyVersion, keyIdFor, parseKey } from './keyring.js';

/** Environment variables read by {@link EnvKeyProvider}. */
export interface EnvKeyProviderOptions {
  /** @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Reads the master key from `MASK_MASTER_KEY`, or `MASK_ENCRYPTION_KEY` when the former is unset
 * (the Python SDK's name). Either holds one key, or a keyring written `id1:key1,id2:key2` whose last
 * entry is active; `MASK_ACTIVE_KEY_ID` picks another. Raises `KEY_MISSING` when neither is set.
 */
export class EnvKeyProvider implements KeyProvider {
  readonly name = 'env';
  private readonly env: Readonly<Record<string, string | undefined>>;

  constructor(options: EnvKeyProviderOptions = {}) {
    this.env = options.env ?? process.env;
  }

  async getKeyring(): Promise<Keyring> {
    const variable = this.env.MASK_MASTER_KEY ? 'MASK_MASTER_KEY' : 'MASK_ENCRYPTION_KEY';
    const value = this.env[variable];
    if (!value) {
      throw new MaskSecurityError('KEY_MISSING', 'No key: set MASK_MASTER_KEY (or MASK_ENCRYPTION_KEY)');
    }
    return parseKeyringText(value, variable, this.env.MASK_ACTIVE_KEY_ID);
  }
}

/** Parses `key` or `id:key,id:key` (last active unless `activeId` names one). */
export function parseKeyringText(value: string, sourceName: string, activeId?: string): Keyring {
  const entries = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const keys: KeyVersion[] = entries.map((entry) => {
    const separator = entry.indexOf(':');
    if (separator === -1) {
      const material = parseKey(entry, sourceName);
      return { id: keyIdFor(material), material };
    }
    const id = entry.slice(0, separator);
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) {
      throw new MaskSecurityError('KEY_INVALID', `${sourceName} has an invalid key id`);
    }
    return { id, material: parseKey(entry.slice(separator + 1), sourceName) };
  });
  return new Keyring(keys, activeId || undefined);
}
