import type { GatewayPrincipal } from '../auth/api-key-auth.js';
import { type GatewayContext, tenantFor } from '../gateway-context.js';
import { GatewayHttpError } from '../http/http-error.js';
import { validate } from '../validation/schema.js';
import type { RehydrateRequest } from '../validation/schemas.js';
import { handleGone } from './scrub-route.js';
import { repairTokenDrift, type TokenRepair } from './token-drift.js';

/** `POST /rehydrate`: puts the map's values back into every item. */
export async function rehydrateRoute(context: GatewayContext, principal: GatewayPrincipal, body: unknown) {
  const started = performance.now();
  const request = validate<RehydrateRequest>(context.schemas.rehydrate, body);
  const strict = request.strict ?? true;
  const handle = await context.handles.resolve(request.map_handle, principal.keyId);
  if (!handle) throw handleGone();
  const scoped = context.full({ tenant: tenantFor(principal.keyId), session: handle.session });

  let texts = request.items.map((item) => item.text);
  let repairs: TokenRepair[] = [];
  if (request.repair) {
    ({ texts, repairs } = await repairTokenDrift(scoped, request.items));
    if (repairs.length > 0) context.metrics.inc('mask_gateway_token_repairs_total', {}, repairs.length);
  }

  // One batch: one vault read for the tokens of every item.
  const results = await scoped.detokenizeTexts(texts);
  const unknown = [...new Set(results.flatMap((result) => result.unknown))];
  if (unknown.length > 0) context.metrics.inc('mask_gateway_unknown_tokens_total', {}, unknown.length);
  if (strict && unknown.length > 0) {
    throw new GatewayHttpError(
      409,
      'TOKEN_UNKNOWN',
      'Text holds tokens this map never issued (hallucinated or smuggled)',
      {
        details: {
          tokens: unknown.slice(0, 100),
          items: request.items.filter((_, index) => (results[index]?.unknown.length ?? 0) > 0).map((item) => item.id),
        },
      },
    );
  }

  let restored = 0;
  const items = request.items.map((item, index) => {
    const result = results[index] as (typeof results)[number];
    restored += result.decoded.length;
    for (const ref of result.decoded)
      context.metrics.incLabel('mask_gateway_tokens_rehydrated_total', 'type', ref.type);
    return {
      id: item.id,
      text: result.text,
      tokens_restored: result.decoded.length,
      ...(result.unknown.length > 0 ? { unknown_tokens: result.unknown } : {}),
    };
  });
  return {
    task_id: request.task_id,
    map_handle: request.map_handle,
    items,
    repairs,
    stats: {
      items: items.length,
      tokens_restored: restored,
      unknown_tokens: unknown.length,
      repairs: repairs.length,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
    },
    expires_at: new Date(handle.expiresAt).toISOString(),
  };
}
