import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { MemoryVault } from '../vault/memory-vault.js';
import type { Vault, VaultEntry } from '../vault/vault.js';
import { scopeIdFor, vaultKeys } from './scope.js';
import { VaultTokenEngine } from './vault-token-engine.js';

const KEY = new Uint8Array(32).fill(1);
const tenantA = { tenant: 'a' };

function engine(
  vault: Vault = new MemoryVault(),
  extra: Partial<ConstructorParameters<typeof VaultTokenEngine>[0]> = {},
) {
  return new VaultTokenEngine({ vault, keyProvider: new StaticKeyProvider(KEY), ...extra });
}

/** Counts calls, to prove O(1) round trips. */
class CountingVault extends MemoryVault {
  calls = 0;
  override async getMany(keys: readonly string[]) {
    this.calls++;
    return super.getMany(keys);
  }
  override async putManyIfAbsent(entries: readonly VaultEntry[]) {
    this.calls++;
    return super.putManyIfAbsent(entries);
  }
  override async putMany(entries: readonly VaultEntry[]) {
    this.calls++;
    return super.putMany(entries);
  }
}

const VALUES: Record<string, fc.Arbitrary<string>> = {
  EMAIL_ADDRESS: fc.emailAddress(),
  US_SSN: fc.integer({ min: 1_000_000, max: 899_999_999 }).map((n) => {
    const d = String(n).padStart(9, '0');
    return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
  }),
  CREDIT_CARD: fc.stringMatching(/^4\d{15}$/),
  PHONE_NUMBER: fc.stringMatching(/^\+1 \([2-9]\d\d\) [2-9]\d\d-\d{4}$/),
  ABA_ROUTING_NUMBER: fc.stringMatching(/^0\d{8}$/),
  IBAN_CODE: fc.constantFrom('GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606'),
  IP_ADDRESS: fc.oneof(fc.ipV4(), fc.ipV6()),
  PERSON: fc.string({ minLength: 1, maxLength: 40 }),
  LOCATION: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
};

describe('VaultTokenEngine', () => {
  it('round-trips every type and value: detokenize(tokenize(x)) === x (property)', async () => {
    const subject = engine();
    for (const [type, values] of Object.entries(VALUES)) {
      await fc.assert(
        fc.asyncProperty(values, async (value) => {
          const [outcome] = await subject.tokenize(tenantA, [{ type, value }]);
          expect(outcome?.token).not.toBe(value);
          const [back] = await subject.detokenize(tenantA, [outcome?.token as string]);
          expect(back).toEqual({ value, type });
        }),
        { numRuns: 60 },
      );
    }
  });

  it('property: same value and scope give the same token from any engine sharing the vault; other scopes never decode it', async () => {
    const scopes = fc.record({
      tenant: fc.stringMatching(/^[a-z0-9]{1,8}$/),
      session: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(VALUES)),
        fc.string({ minLength: 1 }),
        scopes,
        scopes,
        async (type, seed, scope, other) => {
          const vault = new MemoryVault(); // fresh per run: the other scope has issued nothing
          const value =
            type === 'US_SSN' ? '536-90-4399' : type === 'EMAIL_ADDRESS' ? `${seed.length}x@acme.com` : `v${seed}`;
          const [first] = await engine(vault).tokenize(scope, [{ type, value }]);
          const [second] = await engine(vault).tokenize(scope, [{ type, value }]);
          expect(second?.token).toBe(first?.token);
          const sameScope = other.tenant === scope.tenant && other.session === scope.session;
          const [decoded] = await engine(vault).detokenize(other, [first?.token as string]);
          if (sameScope) expect(decoded?.value).toBe(value);
          else expect(decoded).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('issues no format-preserving token the token search would not read back: such a layout gets a placeholder', async () => {
    const subject = engine();
    // A card read out digit by digit: the card format keeps any layout of spaces, its grammar reads groups.
    const spoken = '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1';
    const [card] = await subject.tokenize(tenantA, [{ type: 'CREDIT_CARD', value: spoken }]);
    expect(card?.token).toMatch(/^\[CREDIT_CARD_\d+\]$/);
    expect(await subject.detokenize(tenantA, [card?.token as string])).toEqual([
      { value: spoken, type: 'CREDIT_CARD' },
    ]);
    // The usual layouts keep their format.
    const [grouped] = await subject.tokenize(tenantA, [{ type: 'CREDIT_CARD', value: '4111 1111 1111 1111' }]);
    expect(grouped?.token).toMatch(/^99\d\d \d{4} \d{4} \d{4}$/);
  });

  it('is deterministic within a scope and differs across scopes and sessions', async () => {
    const vault = new MemoryVault();
    const subject = engine(vault);
    const item = { type: 'EMAIL_ADDRESS', value: 'maria@acme.com' };
    const [first] = await subject.tokenize(tenantA, [item]);
    const [again] = await engine(vault).tokenize(tenantA, [item]);
    expect(again?.token).toBe(first?.token);
    expect(again?.reused).toBe(true);
    const [otherTenant] = await subject.tokenize({ tenant: 'b' }, [item]);
    const [otherSession] = await subject.tokenize({ tenant: 'a', session: 's1' }, [item]);
    expect(new Set([first?.token, otherTenant?.token, otherSession?.token]).size).toBe(3);
  });

  it('never decodes a token in another tenant or session', async () => {
    const vault = new MemoryVault();
    const subject = engine(vault);
    const [outcome] = await subject.tokenize({ tenant: 'a', session: 'x' }, [{ type: 'PERSON', value: 'Maria' }]);
    const token = outcome?.token as string;
    expect(await subject.detokenize({ tenant: 'b', session: 'x' }, [token])).toEqual([undefined]);
    expect(await subject.detokenize({ tenant: 'a', session: 'y' }, [token])).toEqual([undefined]);
    expect(await subject.detokenize({ tenant: 'a' }, [token])).toEqual([undefined]);
    expect(await subject.detokenize({ tenant: 'a', session: 'x' }, [token])).toEqual([
      { value: 'Maria', type: 'PERSON' },
    ]);
  });

  it('a record copied into another scope fails authentication (bound by associated data)', async () => {
    const vault = new MemoryVault();
    const subject = engine(vault);
    const [outcome] = await subject.tokenize(tenantA, [{ type: 'PERSON', value: 'Maria' }]);
    const token = outcome?.token as string;
    const [record] = await vault.getMany([vaultKeys.token(scopeIdFor(tenantA), token)]);
    await vault.putMany([{ key: vaultKeys.token(scopeIdFor({ tenant: 'b' }), token), value: record as string }]);
    await expect(subject.detokenize({ tenant: 'b' }, [token])).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  it('numbers placeholders per type from 1 and never reuses a number', async () => {
    const subject = engine();
    const outcomes = await subject.tokenize(tenantA, [
      { type: 'PERSON', value: 'Ana' },
      { type: 'PERSON', value: 'Luis' },
      { type: 'LOCATION', value: 'Valencia' },
      { type: 'PERSON', value: 'Ana' },
    ]);
    expect(outcomes.map((o) => o.token)).toEqual(['[PERSON_1]', '[PERSON_2]', '[LOCATION_1]', '[PERSON_1]']);
    const [next] = await subject.tokenize(tenantA, [{ type: 'PERSON', value: 'Eva' }]);
    expect(next?.token).toBe('[PERSON_3]');
  });

  it('stores only ciphertext: no value appears in any vault record', async () => {
    const vault = new MemoryVault();
    const subject = engine(vault);
    const values = ['maria.lopez@acme.com', '123-45-6789', 'Maria Lopez'];
    const outcomes = await subject.tokenize(tenantA, [
      { type: 'EMAIL_ADDRESS', value: values[0] as string },
      { type: 'US_SSN', value: values[1] as string },
      { type: 'PERSON', value: values[2] as string },
    ]);
    const dump = JSON.stringify(
      await vault.getMany(outcomes.flatMap((o) => [vaultKeys.token(scopeIdFor(tenantA), o.token)])),
    );
    for (const value of values) expect(dump).not.toContain(value);
    expect(dump).not.toContain('Maria');
  });

  it('costs O(1) vault calls whatever the number of values (4 calls in 3 round trips for new values, 1 for known)', async () => {
    for (const count of [1, 10, 500]) {
      const vault = new CountingVault();
      const subject = engine(vault);
      const items = Array.from({ length: count }, (_, i) => ({ type: 'PERSON', value: `person ${i}` }));
      await subject.tokenize(tenantA, items);
      // read; insert-only token records; then index + counters, issued concurrently.
      expect(vault.calls).toBe(4);
      vault.calls = 0;
      await subject.tokenize(tenantA, items);
      expect(vault.calls).toBe(1);
      vault.calls = 0;
      await subject.detokenize(
        tenantA,
        items.map((_, i) => `[PERSON_${i + 1}]`),
      );
      expect(vault.calls).toBe(1);
    }
  });

  it('resolves a collision by taking the next candidate, and degrades to a placeholder when candidates run out', async () => {
    const scope = scopeIdFor(tenantA);
    const value = { type: 'US_SSN', value: '987-65-4321' };
    // The first candidate, learned from a scratch vault (same key, same scope: same candidate sequence).
    const candidate = (await engine().tokenize(tenantA, [value]))[0]?.token as string;

    // Foreign data squats on that candidate: the engine must move on, not adopt it.
    const vault = new MemoryVault();
    await vault.putMany([{ key: vaultKeys.token(scope, candidate), value: 'foreign' }]);
    const [moved] = await engine(vault).tokenize(tenantA, [value]);
    expect(moved?.token).toMatch(/^000-\d{2}-\d{4}$/);
    expect(moved?.token).not.toBe(candidate);
    expect(await engine(vault).detokenize(tenantA, [moved?.token as string])).toEqual([{ ...value }]);

    // With one attempt allowed, the same squat degrades the value to a placeholder, which cannot collide.
    const small = new MemoryVault();
    await small.putMany([{ key: vaultKeys.token(scope, candidate), value: 'foreign' }]);
    const [degraded] = await engine(small, { maxAttempts: 1 }).tokenize(tenantA, [value]);
    expect(degraded?.token).toBe('[US_SSN_1]');
    expect(await engine(small).detokenize(tenantA, ['[US_SSN_1]'])).toEqual([{ ...value }]);
    // ... and stays deterministic afterwards.
    const [again] = await engine(small, { maxAttempts: 1 }).tokenize(tenantA, [value]);
    expect(again?.token).toBe('[US_SSN_1]');

    // A second degraded value of the type continues its placeholder numbering (the counter is read only when a
    // format-preserving value degrades).
    const other = { type: 'US_SSN', value: '123-45-6789' };
    const otherCandidate = (await engine().tokenize(tenantA, [other]))[0]?.token as string;
    await small.putMany([{ key: vaultKeys.token(scope, otherCandidate), value: 'foreign' }]);
    const [second] = await engine(small, { maxAttempts: 1 }).tokenize(tenantA, [other]);
    expect(second?.token).toBe('[US_SSN_2]');
    expect(await engine(small).detokenize(tenantA, ['[US_SSN_1]', '[US_SSN_2]'])).toEqual([{ ...value }, { ...other }]);
  });

  it('two writers racing on the same new value end with one token; on different values with two', async () => {
    const vault = new MemoryVault();
    const [a, b] = await Promise.all([
      engine(vault).tokenize(tenantA, [{ type: 'PERSON', value: 'Ana' }]),
      engine(vault).tokenize(tenantA, [{ type: 'PERSON', value: 'Ana' }]),
    ]);
    expect(a?.[0]?.token).toBe(b?.[0]?.token);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => engine(vault).tokenize(tenantA, [{ type: 'PERSON', value: `writer ${i}` }])),
    );
    const tokens = results.map((r) => r[0]?.token);
    expect(new Set(tokens).size).toBe(8);
    const decoded = await engine(vault).detokenize(tenantA, tokens as string[]);
    expect(decoded.map((d) => d?.value)).toEqual(Array.from({ length: 8 }, (_, i) => `writer ${i}`));
  });

  it('many writers in one scope on a store with jittery latency all get placeholders (counters that lag or regress do not starve anyone)', async () => {
    // Every call takes 0-3 ms, so counter writes land out of order: a slow writer can move a counter back below
    // numbers already claimed. Before the exponential skip, newcomers walked up one number per round and some
    // hit TOKEN_SPACE_EXHAUSTED (about 5 of 640 calls).
    const jitter = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    class JitterVault extends MemoryVault {
      override async getMany(keys: readonly string[]) {
        await jitter();
        return super.getMany(keys);
      }
      override async putManyIfAbsent(entries: readonly VaultEntry[]) {
        await jitter();
        return super.putManyIfAbsent(entries);
      }
      override async putMany(entries: readonly VaultEntry[]) {
        await jitter();
        return super.putMany(entries);
      }
    }
    const shared = engine(new JitterVault());
    let next = 0;
    const issued = new Map<string, string>();
    const writer = async () => {
      for (let call = 0; call < 40; call++) {
        const values = [`customer ${next++}`, `customer ${next++}`];
        const outcomes = await shared.tokenize(
          tenantA,
          values.map((value) => ({ type: 'PERSON', value })),
        );
        for (const [index, outcome] of outcomes.entries()) issued.set(outcome.token, values[index] as string);
      }
    };
    await Promise.all(Array.from({ length: 16 }, writer));
    expect(issued.size).toBe(1280);
    for (const token of issued.keys()) expect(token).toMatch(/^\[PERSON_\d+\]$/);
    const tokens = [...issued.keys()];
    const back = await shared.detokenize(tenantA, tokens);
    expect(back.map((outcome) => outcome?.value)).toEqual(tokens.map((token) => issued.get(token)));
  });

  it('leaves a value that is already a token of this scope as it is', async () => {
    const subject = engine();
    const [outcome] = await subject.tokenize(tenantA, [{ type: 'EMAIL_ADDRESS', value: 'ana@acme.com' }]);
    const [again] = await subject.tokenize(tenantA, [{ type: 'EMAIL_ADDRESS', value: outcome?.token as string }]);
    expect(again).toMatchObject({ token: outcome?.token, alreadyToken: true });
  });

  it('raises typed errors for bad input and missing keys', async () => {
    await expect(engine().tokenize(tenantA, [{ type: 'lower', value: 'x' }])).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    const failing = new VaultTokenEngine({
      vault: new MemoryVault(),
      keyProvider: { name: 'broken', getKeyring: () => Promise.reject(new MaskError('KEY_PROVIDER_FAILED', 'down')) },
    });
    await expect(failing.tokenize(tenantA, [{ type: 'PERSON', value: 'x' }])).rejects.toMatchObject({
      code: 'KEY_PROVIDER_FAILED',
    });
  });
});
