import type { KnownEntity, ScanOptions } from '@mask/core';
import type { GatewayPrincipal } from '../auth/api-key-auth.js';
import { type GatewayContext, tenantFor } from '../gateway-context.js';
import type { MapHandleInfo } from '../handles/map-handles.js';
import { GatewayHttpError } from '../http/http-error.js';
import { isTier1 } from '../scanning/gateway-scanners.js';
import { validate } from '../validation/schema.js';
import type { ScrubRequest } from '../validation/schemas.js';

/** `POST /scrub`: tokenizes every item under a map handle (new, or reused to keep tokens stable). */
export async function scrubRoute(context: GatewayContext, principal: GatewayPrincipal, body: unknown) {
  const started = performance.now();
  const request = validate<ScrubRequest>(context.schemas.scrub, body);
  const ner = request.ner ?? 'auto';
  if (ner === 'required' && !context.scanners.hasTier1) {
    throw new GatewayHttpError(422, 'NER_UNAVAILABLE', 'ner is "required" but this gateway has no NER engine');
  }
  const client = ner === 'rules_only' ? context.rules : context.full;
  // Known entities live only in this call's scan options: never stored, logged or echoed.
  const scanOptions: ScanOptions | undefined = request.known_entities?.length
    ? { knownEntities: request.known_entities as KnownEntity[] }
    : undefined;

  const existing = request.map_handle ? await context.handles.resolve(request.map_handle, principal.keyId) : undefined;
  if (request.map_handle && !existing) throw handleGone();

  if (request.tier1_action === 'reject') {
    // Scan before anything is written, so a rejected call leaves no trace in the map.
    const probe = client({ tenant: tenantFor(principal.keyId) });
    const found = await Promise.all(
      request.items.map(async (item) => ({
        id: item.id,
        kinds: [...new Set((await probe.scan(item.text, scanOptions)).filter(isTier1).map((span) => span.type))],
      })),
    );
    const flagged = found.filter((item) => item.kinds.length > 0);
    if (flagged.length > 0) {
      throw new GatewayHttpError(
        422,
        'TIER1_REJECTED',
        'Names, places or organisations found and tier1_action is "reject"',
        {
          details: { items: flagged.map((item) => ({ id: item.id, kinds: item.kinds.sort() })) },
        },
      );
    }
  }

  const created = existing ? undefined : context.handles.create(principal.keyId);
  const handle = created ?? { handle: request.map_handle as string, ...(existing as MapHandleInfo) };
  const scoped = client({ tenant: tenantFor(principal.keyId), session: handle.session });
  const texts = request.items.map((item) => item.text);
  // One batch for all items: one scan call and one set of vault round trips, however many items.
  const tokenize = () => scoped.tokenizeTexts(texts, scanOptions);
  // Calls on one existing map run one at a time (they would race for the same placeholder numbers). A new
  // handle's record is written alongside the map's first tokens (the same store transaction where the store
  // batches); the handle is given out only once both are stored. Should the record fail, the tokens already
  // written sit under a session no handle names, unreachable, and expire with their TTL.
  const results = created
    ? (await Promise.all([tokenize(), created.stored]))[0]
    : await context.handleQueue.run(handle.session, tokenize);

  const byType: Record<string, number> = {};
  let entities = 0;
  const items = request.items.map((item, index) => {
    const result = results[index] as (typeof results)[number];
    const tokens = new Set<string>();
    for (const entity of result.entities) {
      byType[entity.type] = (byType[entity.type] ?? 0) + 1;
      entities++;
      tokens.add(entity.token);
    }
    return { id: item.id, scrubbed_text: result.text, tokens_used: [...tokens] };
  });
  for (const [type, count] of Object.entries(byType)) {
    context.metrics.incLabel('mask_gateway_entities_total', 'type', type, count);
  }

  return {
    task_id: request.task_id,
    map_handle: handle.handle,
    items,
    stats: {
      items: items.length,
      entities,
      by_type: byType,
      ner,
      new_map: !existing,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
    },
    expires_at: new Date(handle.expiresAt).toISOString(),
  };
}

/** 410 for a handle that is unknown, expired or another key's (indistinguishable on purpose). */
export function handleGone(): GatewayHttpError {
  return new GatewayHttpError(410, 'MAP_HANDLE_GONE', 'map_handle is unknown or expired');
}
