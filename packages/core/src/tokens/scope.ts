import { hash } from 'node:crypto';
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
  return hash('sha256', text, 'hex').slice(0, 16);
}

/**
 * Recently computed scope ids and tenant hashes (a tokenize call needs its scope id several times, and a new
 * session of a known tenant then costs one SHA-256, not two). Hold scope names and their public ids only,
 * bounded, oldest dropped first.
 */
const SCOPE_IDS = new Map<string, string>();
const TENANT_IDS = new Map<string, string>();
const SCOPE_ID_CACHE_SIZE = 4096;

function remember(cache: Map<string, string>, key: string, id: string): string {
  if (cache.size >= SCOPE_ID_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, id);
  return id;
}

function tenantId(tenant: string): string {
  return TENANT_IDS.get(tenant) ?? remember(TENANT_IDS, tenant, digest(`mask/v1/tenant\u001f${tenant}`));
}

/**
 * Public id of a scope as used in vault keys: `<tenantHash>.<sessionHash>` (16 hex each). Tenant names do not
 * appear in the store, and all keys of one tenant share a prefix (for re-encryption and deletion).
 */
export function scopeIdFor(scope: TokenScope): string {
  const cacheKey = `${scope.tenant}\u001f${scope.session ?? ''}`;
  return (
    SCOPE_IDS.get(cacheKey) ??
    remember(
      SCOPE_IDS,
      cacheKey,
      `${tenantId(scope.tenant)}.${digest(`mask/v1/session\u001f${scope.tenant}\u001f${scope.session ?? ''}`)}`,
    )
  );
}

/** Vault key prefix of every record of a tenant (all its sessions). */
export function tenantKeyPrefix(tenant: string): string {
  return `mask:{${tenantId(tenant)}.`;
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
