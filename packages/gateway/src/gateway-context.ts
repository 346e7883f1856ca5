import type { MaskClient } from '@mask/core';
import type { GatewayUpstream } from './gateway-options.js';
import type { MapHandles } from './handles/map-handles.js';
import type { GatewayMetrics } from './metrics/gateway-metrics.js';
import type { GatewayScanners } from './scanning/gateway-scanners.js';
import type { Schema } from './validation/schema.js';

/** What every route handler gets: the clients, the handle store, metrics and resolved limits. */
export interface GatewayContext {
  /** Token maps of map handles (the configured store), Tier 0 + Tier 1. */
  readonly full: MaskClient;
  /** Same store and keys, Tier 0 only (`ner: "rules_only"`). */
  readonly rules: MaskClient;
  /** In-memory, short-lived scopes for the stateless routes (`/api/scrub`, the proxy). */
  readonly ephemeral: MaskClient;
  readonly scanners: GatewayScanners;
  readonly handles: MapHandles;
  readonly metrics: GatewayMetrics;
  readonly schemas: { readonly scrub: Schema; readonly rehydrate: Schema; readonly apiScrub: Schema };
  readonly upstream: GatewayUpstream | undefined;
  readonly maxBodyBytes: number;
  readonly now: () => number;
}

/** The scope tenant of an API key's tokens. */
export function tenantFor(keyId: string): string {
  return `gw.${keyId}`;
}
