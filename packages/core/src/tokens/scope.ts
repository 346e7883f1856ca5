import { createHash } from 'node:crypto';
import { MaskError } from '../errors/mask-error.js';

/** Who a token belongs to. A token minted in one scope never decodes in another. */
export interface TokenScope {
  /** Tenant (customer, organisation). @default 'default' */
  readonly tenant: string;
  /** Optional narrower scope: a conversation, thread or agent session. */
  readonly session?: string | undefined;
}

const SCOPE_PART = /^[\p{L}\p{N}._:@/+=-]{1,256}$/u;

/** Validates a tenant or session id (raises INVALID_INPUT without echoing it). */
export function assertScopePart(value: string, what: 'tenant' | 'session'): void {
  if (!SCOPE_PART.test(value)) {
    throw new MaskError('INVALID_INPUT', `${what} id must be 1-256 letters, digits or ._:@/+=- characters`);
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * Recently computed scope ids (two SHA-256 each; a tokenize call needs its scope id several times). Holds scope
 * names and their public ids only, bounded, oldest dropped first.
 */
const SCOPE_IDS = new Map<string, string>();
const SCOPE_ID_CACHE_SIZE = 4096;

/**
 * Public id of a scope as used in vault keys: `<tenantHash>.<sessionHash>` (16 hex each). Tenant names do not
 * appear in the store, and all keys of one tenant share a prefix (for re-encryption and deletion).
 */
export function scopeIdFor(scope: TokenScope): string {
  const cacheKey = `${scope.tenant}\u001f${scope.session ?? ''}`;
  let id = SCOPE_IDS.get(cacheKey);
  if (id === undefined) {
    id = `${digest(`mask/v1/tenant\u001f${scope.tenant}`)}.${digest(`mask/v1/session\u001f${scope.tenant}\u001f${scope.session ?? ''}`)}`;
    if (SCOPE_IDS.size >= SCOPE_ID_CACHE_SIZE) SCOPE_IDS.delete(SCOPE_IDS.keys().next().value as string);
    SCOPE_IDS.set(cacheKey, id);
  }
  return id;
}

/** Vault key prefix of every record of a tenant (all its sessions). */
export function tenantKeyPrefix(tenant: string): string {
  return `mask:{${digest(`mask/v1/tenant\u001f${tenant}`)}.`;
}

/**
 * Vault key names. The scope id sits in a Redis hash tag (`{...}`) so that a scope's keys share a cluster slot.
 */
export const vaultKeys = {
  token: (scopeId: string, token: string) => `mask:{${scopeId}}:t:${token}`,
  index: (scopeId: string, fingerprint: string) => `mask:{${scopeId}}:i:${fingerprint}`,
  counter: (scopeId: string, entityType: string) => `mask:{${scopeId}}:c:${entityType}`,
} as const;

/** Parses a token record key back into scope id and token (for re-encryption). */
export function parseTokenKey(key: string): { scopeId: string; token: string } | undefined {
  const match = /^mask:\{([0-9a-f]{16}\.[0-9a-f]{16})\}:t:(.+)$/s.exec(key);
  return match ? { scopeId: match[1] as string, token: match[2] as string } : undefined;
}
