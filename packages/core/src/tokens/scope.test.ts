import { describe, expect, it } from 'vitest';
import { scopeIdFor, tenantKeyPrefix, vaultKeys } from './scope.js';

describe('scope ids', () => {
  // Vault keys embed these ids: a change of derivation would orphan every record of a persistent vault.
  it('keeps the published derivation (known answers from v0.1)', () => {
    expect(scopeIdFor({ tenant: 'acme', session: 's1' })).toBe('f1c79867ad9abd9d.b97a43ce80c40b19');
    expect(scopeIdFor({ tenant: 'acme' })).toBe('f1c79867ad9abd9d.5f02a641e2370c76');
    expect(scopeIdFor({ tenant: 'zoë', session: 'h.abc' })).toBe('1f8c24db8394f41e.7ed4c8ef927f5bb5');
  });

  it('gives the same id from the cache as on first computation, for more scopes than the cache holds', () => {
    const first = Array.from({ length: 5000 }, (_, index) =>
      scopeIdFor({ tenant: `t${index % 7}`, session: `s${index}` }),
    );
    const again = Array.from({ length: 5000 }, (_, index) =>
      scopeIdFor({ tenant: `t${index % 7}`, session: `s${index}` }),
    );
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(5000);
  });

  it('shares the tenant part between sessions and the tenant key prefix', () => {
    const id = scopeIdFor({ tenant: 'acme', session: 's9' });
    expect(vaultKeys.token(id, 'x').startsWith(tenantKeyPrefix('acme'))).toBe(true);
    expect(vaultKeys.token(id, 'x').startsWith(tenantKeyPrefix('acme2'))).toBe(false);
  });
});
