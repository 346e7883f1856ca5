import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { MaskError } from '@mask/core';
import { constantTimeEqual } from '@mask/core/internal';
import { GatewayHttpError } from '../http/http-error.js';

/** One API key the gateway accepts. */
export interface GatewayApiKey {
  /**
   * Public id of the key: the tenant of every token minted with it, the label in logs and metrics.
   * `[A-Za-z0-9.:@-]`, 1-64 characters. @default `k-` + the first 12 hex digits of the key's SHA-256
   */
  readonly id?: string;
  /** The secret clients send as `Authorization: Bearer <key>`. At least 16 characters. */
  readonly key: string;
}

/** The caller a request was authenticated as. */
export interface GatewayPrincipal {
  /** Key id (or `anonymous` when authentication is disabled). Never the key itself. */
  readonly keyId: string;
}

const KEY_ID = /^[A-Za-z0-9.:@-]{1,64}$/;
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Bearer API-key authentication. A presented key is hashed (SHA-256) and its hash looked up among the configured
 * keys' hashes; a hit is then confirmed with a constant-time comparison. Lookup by a hash leaks nothing an
 * attacker can use (learning that a guess's SHA-256 shares a prefix with a key's says nothing about the key),
 * and its cost does not depend on how many keys are configured or which one matched.
 */
export class ApiKeyAuth {
  /** Configured keys by the base64 of their SHA-256. */
  readonly #byHash = new Map<string, { principal: GatewayPrincipal; hash: Buffer }>();
  readonly #disabled: boolean;

  constructor(keys: readonly (string | GatewayApiKey)[], options: { allowUnauthenticated?: boolean } = {}) {
    this.#disabled = options.allowUnauthenticated === true;
    const seen = new Set<string>();
    for (const entry of keys) {
      const key = typeof entry === 'string' ? entry : entry.key;
      if (typeof key !== 'string' || key.length < 16) {
        throw new MaskError('CONFIG_INVALID', 'Gateway API keys must be strings of at least 16 characters');
      }
      const hash = digest(key);
      const id = (typeof entry === 'string' ? undefined : entry.id) ?? `k-${hash.toString('hex').slice(0, 12)}`;
      if (!KEY_ID.test(id))
        throw new MaskError('CONFIG_INVALID', 'Gateway API key ids must match [A-Za-z0-9.:@-]{1,64}');
      if (seen.has(id)) throw new MaskError('CONFIG_INVALID', 'Gateway API key ids must be unique');
      seen.add(id);
      // The same secret listed twice authenticates as its first id.
      const lookup = hash.toString('base64');
      if (!this.#byHash.has(lookup)) this.#byHash.set(lookup, { principal: Object.freeze({ keyId: id }), hash });
    }
    if (this.#byHash.size === 0 && !this.#disabled) {
      throw new MaskError(
        'CONFIG_INVALID',
        'The gateway needs at least one API key (or allowUnauthenticated: true for local use only)',
      );
    }
  }

  /** Whether requests without a key are accepted. */
  get disabled(): boolean {
    return this.#disabled;
  }

  /** The principal of a request, or a 401. */
  authenticate(request: IncomingMessage): GatewayPrincipal {
    if (this.#disabled) return ANONYMOUS;
    const header = request.headers.authorization;
    const presentedKey = typeof header === 'string' ? bearerToken(header) : undefined;
    if (presentedKey === undefined) throw unauthorized('Missing bearer API key');
    const presented = digest(presentedKey);
    const entry = this.#byHash.get(presented.toString('base64'));
    if (entry === undefined || !constantTimeEqual(presented, entry.hash)) throw unauthorized('Invalid API key');
    return entry.principal;
  }
}

const ANONYMOUS: GatewayPrincipal = Object.freeze({ keyId: 'anonymous' });
const BEARER = /^Bearer[ \t]+(\S{1,1024})[ \t]*$/i;

/** The key of `Bearer <key>`: a plain scan for the usual form, the full grammar (case, blanks) otherwise. */
function bearerToken(header: string): string | undefined {
  if (header.startsWith('Bearer ') && header.length <= 7 + 1024) {
    let plain = header.length > 7;
    for (let index = 7; index < header.length && plain; index++) {
      const code = header.charCodeAt(index);
      // Anything but printable ASCII (blanks, controls, non-ASCII whitespace) goes through the regex.
      plain = code > 0x20 && code < 0x7f;
    }
    if (plain) return header.slice(7);
  }
  return BEARER.exec(header)?.[1];
}

function unauthorized(message: string): GatewayHttpError {
  return new GatewayHttpError(401, 'UNAUTHORIZED', message, { headers: { 'www-authenticate': 'Bearer' } });
}
