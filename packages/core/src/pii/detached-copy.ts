/**
 * A copy of `text` that shares no memory with it, for the keys of caches that outlive a scan. V8 makes a slice of
 * 13 characters or more point into the string it was cut from: a cached slice of a scanned document would keep the
 * whole document (plaintext) alive for as long as the cache holds it.
 */
export function detachedCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
