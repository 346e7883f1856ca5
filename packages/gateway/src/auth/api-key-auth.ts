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
 * Bearer API-key authentication. Presented keys are hashed and compared against every configured key's hash
 * in constant time, without an early exit, so neither the position of a mismatch nor which key matched shows
 * in the timing.
 */
export class ApiKeyAuth {
  readonly #keys: { id: string; hash: Buffer }[];
  readonly #disabled: boolean;

  constructor(keys: readonly (string | GatewayApiKey)[], options: { allowUnauthenticated?: boolean } = {}) {
    this.#disabled = options.allowUnauthenticated === true;
    const seen = new Set<string>();
    this.#keys = keys.map((entry) => {
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
      return { id, hash };
    });
    if (this.#keys.length === 0 && !this.#disabled) {
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
    if (this.#disabled) return { keyId: 'anonymous' };
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer[ \t]+(\S{1,1024})[ \t]*$/i.exec(header) : null;
    if (!match) throw unauthorized('Missing bearer API key');
    const presented = digest(match[1] as string);
    let found: string | undefined;
    for (const key of this.#keys) {
      if (constantTimeEqual(presented, key.hash) && found === undefined) found = key.id;
    }
    if (found === undefined) throw unauthorized('Invalid API key');
    return { keyId: found };
  }
}

function unauthorized(message: string): GatewayHttpError {
  return new GatewayHttpError(401, 'UNAUTHORIZED', message, { headers: { 'www-authenticate': 'Bearer' } });
}
