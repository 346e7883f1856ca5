import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 over the UTF-8 parts joined by a unit separator (no ambiguity between parts). */
export function hmac(key: Uint8Array, ...parts: string[]): Buffer {
  return createHmac('sha256', key).update(parts.join('\u001f'), 'utf8').digest();
}

/** Compares two secrets (MACs, API keys, fingerprints) in time independent of where they differ. */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
  const right = typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b);
  if (left.length !== right.length) {
    // Still spend the comparison so the length check is the only early exit.
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}
