import { describe, expect, it } from 'vitest';
import { IssuedTokens } from './issued-tokens.js';

describe('IssuedTokens', () => {
  it('keeps a constant footprint when every request opens a new scope', () => {
    const issued = new IssuedTokens({ maxTokens: 1_000, maxScopes: 50 });
    for (let request = 0; request < 10_000; request++)
      issued.add(`scope-${request}`, [`[PERSON_${request}]`, 'a@mask.invalid']);
    expect(issued.stats.scopes).toBeLessThanOrEqual(50);
    expect(issued.stats.tokens).toBeLessThanOrEqual(1_000);
    expect(issued.get('scope-9999').has('[PERSON_9999]')).toBe(true);
  });

  it('bounds one scope, keeps the youngest tokens, and bumps the version on every change (evictions included)', () => {
    const issued = new IssuedTokens({ maxTokens: 3 });
    const set = issued.get('s');
    issued.add('s', ['a', 'b', 'c']);
    const before = set.version;
    issued.add('s', ['d']);
    expect([...set]).toEqual(['b', 'c', 'd']);
    expect(set.size).toBe(3);
    expect(set.version).toBeGreaterThan(before);
    issued.add('s', ['b']);
    expect([...set]).toEqual(['c', 'd', 'b']);
  });
});
