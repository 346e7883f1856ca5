/** A rate: `requests` per `windowSeconds`, with bursts up to `requests`. */
export interface RateLimitRule {
  readonly requests: number;
  readonly windowSeconds: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token-bucket limiter keyed by a string (an API key id or a client IP). Memory is bounded: past `maxKeys`
 * buckets the least recently used are dropped (a dropped bucket restarts full, which only ever errs towards
 * letting a request through, never towards blocking a well-behaved client).
 */
export class RateLimiter {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #buckets = new Map<string, Bucket>();
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(rule: RateLimitRule, options: { maxKeys?: number; now?: () => number } = {}) {
    this.#capacity = rule.requests;
    this.#perMs = rule.requests / (rule.windowSeconds * 1000);
    this.#maxKeys = options.maxKeys ?? 100_000;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Takes one request from `key`'s bucket: `0` when allowed, else the seconds to wait before retrying. */
  take(key: string): number {
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (bucket) {
      this.#buckets.delete(key);
      // Clamped: a clock that steps back never drains a bucket.
      bucket.tokens = Math.min(this.#capacity, bucket.tokens + Math.max(0, now - bucket.updated) * this.#perMs);
      bucket.updated = Math.max(now, bucket.updated);
    } else {
      bucket = { tokens: this.#capacity, updated: now };
      if (this.#buckets.size >= this.#maxKeys) this.#buckets.delete(this.#buckets.keys().next().value as string);
    }
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }
}
