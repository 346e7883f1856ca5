import { createHash } from 'node:crypto';
import type { Vault } from '@mask/core';
import { RandomPool } from '@mask/core/internal';

/** A live map handle's metadata. */
export interface MapHandleInfo {
  /** Session id of the handle's token scope (a hash of the handle: the handle itself is never stored). */
  readonly session: string;
  /** When the handle and its map stop answering, in ms since the epoch. */
  readonly expiresAt: number;
}

const RECORD_VERSION = '1';

/**
 * Opaque, unguessable handles (256 random bits) naming a server-side token map. The store keeps, under the
 * handle's SHA-256, only the id of the API key that created it and its expiry: a handle answers only to that
 * key, and only until it expires. The token map itself is the handle's token scope in the vault
 * (tenant = key id, session = hash of the handle), so its records are encrypted like every other token.
 */
export class MapHandles {
  readonly #vault: Vault;
  readonly #ttlSeconds: number;
  readonly #now: () => number;
  readonly #random: RandomPool;

  constructor(vault: Vault, ttlSeconds: number, now: () => number = Date.now, random = new RandomPool()) {
    this.#vault = vault;
    this.#ttlSeconds = ttlSeconds;
    this.#now = now;
    this.#random = random;
  }

  /**
   * Creates a handle for `keyId`. The handle and its session are known at once; `stored` settles when the
   * store holds the handle's record, so the caller can write the map's first tokens in the same round trip
   * (and must await `stored` before giving the handle out).
   */
  create(keyId: string): MapHandleInfo & { handle: string; stored: Promise<void> } {
    const handle = `mh_${this.#random.base64url(32)}`;
    const expiresAt = this.#now() + this.#ttlSeconds * 1000;
    const stored = this.#vault
      .putManyIfAbsent([
        { key: recordKey(handle), value: `${RECORD_VERSION}|${keyId}|${expiresAt}`, ttlSeconds: this.#ttlSeconds },
      ])
      .then(([written]) => {
        // 256 random bits do not collide; a taken key means the store misbehaves: refuse rather than share a map.
        if (!written) throw new Error('map handle collision');
      });
    return { handle, session: sessionFor(handle), expiresAt, stored };
  }

  /** The handle's metadata when it exists, has not expired and belongs to `keyId`; else `undefined`. */
  async resolve(handle: string, keyId: string): Promise<MapHandleInfo | undefined> {
    const [record] = await this.#vault.getMany([recordKey(handle)]);
    if (record === undefined) return undefined;
    const [version, owner, expires] = record.split('|');
    const expiresAt = Number(expires);
    if (version !== RECORD_VERSION || owner !== keyId || !(expiresAt > this.#now())) return undefined;
    return { session: sessionFor(handle), expiresAt };
  }
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function recordKey(handle: string): string {
  return `mask-gw:h:${sha256(`mask/gateway/handle\u001f${handle}`)}`;
}

function sessionFor(handle: string): string {
  return `h.${sha256(`mask/gateway/session\u001f${handle}`).slice(0, 40)}`;
}
