import type { KnownEntity } from '@mask/core';
import type { GatewayPrincipal } from '../auth/api-key-auth.js';
import { type GatewayContext, tenantFor } from '../gateway-context.js';
import { validate } from '../validation/schema.js';
import type { ApiScrubRequest } from '../validation/schemas.js';

/**
 * `POST /api/scrub`: the simple, stateless call. Tokenizes `text` in a throwaway in-memory scope and returns
 * the placeholder -> value map to the caller, on this answer only (nothing is kept for a later rehydrate).
 */
export async function apiScrubRoute(context: GatewayContext, principal: GatewayPrincipal, body: unknown) {
  const request = validate<ApiScrubRequest>(context.schemas.apiScrub, body);
  const scoped = context.ephemeral({
    tenant: tenantFor(principal.keyId),
    session: `s.${context.random.hex(16)}`,
  });
  const result = await scoped.tokenizeText(
    request.text,
    request.known_entities?.length ? { knownEntities: request.known_entities as KnownEntity[] } : undefined,
  );
  const entities: Record<string, string> = {};
  const types = new Set<string>();
  for (const entity of result.entities) {
    entities[entity.token] = request.text.slice(entity.start, entity.end);
    types.add(entity.type);
    context.metrics.incLabel('mask_gateway_entities_total', 'type', entity.type);
  }
  return {
    scrubbed: result.text,
    entities,
    entity_count: result.entities.length,
    pii_types_found: [...types].sort(),
  };
}
