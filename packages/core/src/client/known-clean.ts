import { createHash } from 'node:crypto';

/**
 * Fingerprints of values Mask itself produced for a client (tokenized tool results, scrubbed messages), so that
 * they are not scanned again when the framework sends them back to the model. Re-scanning them would find only
 * tokens, costs a scan per turn, and the scanner may take part of a token for a new entity (a token inside a
 * token). Only SHA-256 fingerprints are kept, at most 2,000 per client.
 */
const REGISTRY = new WeakMap<object, Set<string>>();
const LIMIT = 2_000;

function fingerprint(value: unknown): string | undefined {
  try {
    const text = typeof value === 'string' ? `s${value}` : `j${JSON.stringify(value)}`;
    return createHash('sha256').update(text).digest('base64');
  } catch {
    return undefined;
  }
}

/** Records `value` as produced by Mask for `client`. */
export function rememberClean(client: object, value: unknown): void {
  if (value === undefined || value === null) return;
  const key = fingerprint(value);
  if (key === undefined) return;
  let known = REGISTRY.get(client);
  if (!known) {
    known = new Set();
    REGISTRY.set(client, known);
  }
  known.delete(key);
  known.add(key);
  if (known.size > LIMIT) known.delete(known.values().next().value as string);
}

/** Whether Mask produced exactly this value for `client`. */
export function isKnownClean(client: object, value: unknown): boolean {
  const known = REGISTRY.get(client);
  if (!known || value === undefined || value === null) return false;
  const key = fingerprint(value);
  return key !== undefined && known.has(key);
}
