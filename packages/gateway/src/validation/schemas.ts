import { array, boolean, object, oneOf, type Schema, string } from './schema.js';

/** Opaque map handles: `mh_` and 32 random bytes in base64url. */
export const MAP_HANDLE = /^mh_[A-Za-z0-9_-]{43}$/;
const ENTITY_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** What the route schemas depend on from the gateway's limits. */
export interface SchemaLimits {
  readonly maxItems: number;
  readonly maxTextChars: number;
}

export interface ScrubRequest {
  task_id: string;
  items: { id: string; text: string }[];
  known_entities?: { type: string; value: string }[];
  tier1_action?: 'drop' | 'reject';
  ner?: 'auto' | 'rules_only' | 'required';
  map_handle?: string;
}

export interface RehydrateRequest {
  task_id: string;
  map_handle: string;
  items: { id: string; text: string }[];
  strict?: boolean;
  repair?: boolean;
}

export interface ApiScrubRequest {
  text: string;
  known_entities?: { type: string; value: string }[];
}

const id = string({ min: 1, max: 256 });
const knownEntities = array(
  object({
    type: string({ pattern: ENTITY_TYPE, patternName: 'an UPPER_SNAKE entity type' }),
    value: string({ min: 1, max: 1000 }),
  }),
  { max: 1000 },
);
const mapHandle = string({ pattern: MAP_HANDLE, patternName: 'a map handle returned by /scrub' });

/** Request schemas of the JSON routes, built for the gateway's limits. */
export function routeSchemas(limits: SchemaLimits): { scrub: Schema; rehydrate: Schema; apiScrub: Schema } {
  const items = array(object({ id, text: string({ max: limits.maxTextChars }) }), { min: 1, max: limits.maxItems });
  return {
    scrub: object(
      {
        task_id: id,
        items,
        known_entities: knownEntities,
        tier1_action: oneOf(['drop', 'reject']),
        ner: oneOf(['auto', 'rules_only', 'required']),
        map_handle: mapHandle,
      },
      { optional: ['known_entities', 'tier1_action', 'ner', 'map_handle'] },
    ),
    rehydrate: object(
      { task_id: id, map_handle: mapHandle, items, strict: boolean, repair: boolean },
      { optional: ['strict', 'repair'] },
    ),
    apiScrub: object(
      { text: string({ max: limits.maxTextChars }), known_entities: knownEntities },
      { optional: ['known_entities'] },
    ),
  };
}
