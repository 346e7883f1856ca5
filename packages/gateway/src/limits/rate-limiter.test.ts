import { expect, test } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

test('refills at the configured rate and never beyond capacity', () => {
  let now = 0;
  const limiter = new RateLimiter({ requests: 2, windowSeconds: 10 }, { now: () => now });
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBe(5);
  now += 5000;
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBeGreaterThan(0);
  now += 1_000_000;
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBe(0);
  expect(limiter.take('a')).toBeGreaterThan(0);
});

test('a clock stepping back does not drain a bucket; memory stays bounded', () => {
  let now = 10_000;
  const limiter = new RateLimiter({ requests: 1, windowSeconds: 1 }, { now: () => now, maxKeys: 2 });
  expect(limiter.take('a')).toBe(0);
  now -= 5000;
  expect(limiter.take('a')).toBe(1);
  now += 6000;
  expect(limiter.take('a')).toBe(0);
  limiter.take('b');
  limiter.take('c');
  // 'a' was evicted (least recently used): it starts full again.
  expect(limiter.take('a')).toBe(0);
});
