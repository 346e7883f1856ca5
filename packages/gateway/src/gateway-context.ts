import type { MaskClient } from '@mask/core';
import type { RandomPool } from '@mask/core/internal';
import type { GatewayUpstream } from './gateway-options.js';
import type { KeyedSerializer } from './handles/keyed-serializer.js';
import type { MapHandles } from './handles/map-handles.js';
import type { GatewayMetrics } from './metrics/gateway-metrics.js';
import type { GatewayScanners } from './scanning/gateway-scanners.js';
import type { Schema } from './validation/schema.js';

/** A scope: the tenant (from the API key) and an optional session (a map handle, a proxied request). */
export interface ClientScope {
  readonly tenant: string;
  readonly session?: string;
}

/**
 * Builds a Mask client for one scope. A fresh, cheap client per request (about 2 µs) rather than `withScope`
 * siblings of one long-lived client: siblings share the parent's per-scope memory of issued tokens, which
 * would then grow by one entry for every map handle ever created.
 */
export type ClientFactory = (scope: ClientScope) => MaskClient;

/** What every route handler gets: the clients, the handle store, metrics and resolved limits. */
export interface GatewayContext {
  /** Token maps of map handles (the configured store), Tier 0 + Tier 1. */
  readonly full: ClientFactory;
  /** Same store and keys, Tier 0 only (`ner: "rules_only"`). */
  readonly rules: ClientFactory;
  /** In-memory, short-lived scopes for the stateless routes (`/api/scrub`, the proxy). */
  readonly ephemeral: ClientFactory;
  readonly scanners: GatewayScanners;
  readonly handles: MapHandles;
  /** Serializes `/scrub` calls per existing map (by session). */
  readonly handleQueue: KeyedSerializer;
  readonly metrics: GatewayMetrics;
  readonly schemas: { readonly scrub: Schema; readonly rehydrate: Schema; readonly apiScrub: Schema };
  readonly upstream: GatewayUpstream | undefined;
  readonly maxBodyBytes: number;
  readonly now: () => number;
  /** Random bytes for handles, session ids and request ids. */
  readonly random: RandomPool;
}

/** The scope tenant of an API key's tokens. */
export function tenantFor(keyId: string): string {
  return `gw.${keyId}`;
}
