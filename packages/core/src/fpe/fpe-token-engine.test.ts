import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { Keyring } from '../keys/keyring.js';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { abaValid, ibanMod97, luhnValid } from '../tokens/formats/checksums.js';
import { FpeTokenEngine } from './fpe-token-engine.js';

const keyProvider = new StaticKeyProvider(new Uint8Array(32).fill(11));
const engine = new FpeTokenEngine({ keyProvider });
const acme = { tenant: 'acme' };

const SAMPLES = [
  {
    type: 'CREDIT_CARD',
    value: '4111 1111 1111 1111',
    check: (token: string) => luhnValid(token.replace(/\D/g, '')) && /^\d{4} \d{4} \d{4} \d{4}$/.test(token),
  },
  {
    type: 'CREDIT_CARD',
    value: '5500-0000-0000-0004',
    check: (token: string) => luhnValid(token.replace(/\D/g, '')) && /^\d{4}-\d{4}-\d{4}-\d{4}$/.test(token),
  },
  { type: 'US_SSN', value: '123-45-6789', check: (token: string) => /^\d{3}-\d{2}-\d{4}$/.test(token) },
  {
    type: 'PHONE_NUMBER',
    value: '+1 (415) 555-0132',
    check: (token: string) => /^\+\d \(\d{3}\) \d{3}-\d{4}$/.test(token),
  },
  { type: 'ABA_ROUTING_NUMBER', value: '021000021', check: (token: string) => abaValid(token) },
  {
    type: 'IBAN_CODE',
    value: 'GB82 WEST 1234 5698 7654 32',
    check: (token: string) => ibanMod97(token.replace(/ /g, '')) === 1 && /^GB\d{2} WEST( \d{4}){3} \d{2}$/.test(token),
  },
  { type: 'US_PASSPORT', value: 'X1234567', check: (token: string) => /^[0-9A-Za-z]{8}$/.test(token) },
];

describe('FpeTokenEngine (vaultless FF1)', () => {
  it('tokenizes each format in place, keeps layout and checksums, and reverses', async () => {
    const outcomes = await engine.tokenize(acme, SAMPLES);
    outcomes.forEach((outcome, index) => {
      const sample = SAMPLES[index] as (typeof SAMPLES)[number];
      expect(outcome.type).toBe(sample.type);
      expect(outcome.token).not.toBe(sample.value);
      expect(sample.check(outcome.token), `${sample.type} shape`).toBe(true);
    });
    const typed = await engine.detokenizeTyped(
      acme,
      outcomes.map((outcome) => ({ token: outcome.token, type: outcome.type })),
    );
    expect(typed.map((item) => item.value)).toEqual(SAMPLES.map((sample) => sample.value));
    // Untyped detokenize infers the type from the shape for the unambiguous ones.
    const inferred = await engine.detokenize(acme, [
      outcomes[0]?.token as string,
      outcomes[2]?.token as string,
      outcomes[5]?.token as string,
    ]);
    expect(inferred).toEqual([
      { value: '4111 1111 1111 1111', type: 'CREDIT_CARD' },
      { value: '123-45-6789', type: 'US_SSN' },
      { value: 'GB82 WEST 1234 5698 7654 32', type: 'IBAN_CODE' },
    ]);
  });

  it('is deterministic per scope and type, and differs across tenants, sessions and types', async () => {
    const item = { type: 'US_SSN', value: '123-45-6789' };
    const [a1] = await engine.tokenize(acme, [item]);
    const [a2] = await new FpeTokenEngine({ keyProvider }).tokenize(acme, [item]);
    const [other] = await engine.tokenize({ tenant: 'globex' }, [item]);
    const [session] = await engine.tokenize({ tenant: 'acme', session: 's1' }, [item]);
    const [asPhone] = await engine.tokenize(acme, [{ type: 'PHONE_NUMBER', value: '123-45-6789' }]);
    expect(a1?.token).toBe(a2?.token);
    expect(new Set([a1?.token, other?.token, session?.token, asPhone?.token]).size).toBe(4);
    // In another tenant the token decrypts, but to an unrelated value: no integrity, as documented.
    const [wrong] = await engine.detokenizeTyped({ tenant: 'globex' }, [
      { token: a1?.token as string, type: 'US_SSN' },
    ]);
    expect(wrong?.value).not.toBe('123-45-6789');
  });

  it('round-trips any card, SSN and phone number (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 15, maxLength: 18 }),
        async (payload) => {
          let card = payload;
          for (let digit = 0; digit <= 9; digit++) if (luhnValid(payload + digit)) card = payload + digit;
          const items = [
            { type: 'CREDIT_CARD', value: card },
            { type: 'US_SSN', value: `${payload.slice(0, 3)}-${payload.slice(3, 5)}-${payload.slice(5, 9)}` },
            { type: 'PHONE_NUMBER', value: `+${payload}` },
          ];
          const tokens = await engine.tokenize(acme, items);
          const back = await engine.detokenizeTyped(
            acme,
            tokens.map((token) => ({ token: token.token, type: token.type })),
          );
          expect(back.map((item) => item.value)).toEqual(items.map((item) => item.value));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses the pinned key id, not the active key, so rotation keeps tokens stable', async () => {
    const old = { id: 'old', material: new Uint8Array(32).fill(1) };
    const next = { id: 'new', material: new Uint8Array(32).fill(2) };
    const before = new FpeTokenEngine({ keyProvider: new StaticKeyProvider(new Keyring([old])), keyId: 'old' });
    const after = new FpeTokenEngine({ keyProvider: new StaticKeyProvider(new Keyring([old, next])), keyId: 'old' });
    const unpinned = new FpeTokenEngine({ keyProvider: new StaticKeyProvider(new Keyring([old, next])) });
    const item = { type: 'CREDIT_CARD', value: '4111111111111111' };
    const [a] = await before.tokenize(acme, [item]);
    const [b] = await after.tokenize(acme, [item]);
    const [c] = await unpinned.tokenize(acme, [item]);
    expect(b?.token).toBe(a?.token);
    expect(c?.token).not.toBe(a?.token);
  });

  it('raises typed errors for unsupported types, bad shapes and short domains, never echoing the value', async () => {
    const cases: [string, string, string][] = [
      ['PERSON', 'Jane Doe', 'UNSUPPORTED_ENTITY'],
      ['CREDIT_CARD', '4111 1111 1111 1112', 'INVALID_INPUT'], // fails Luhn
      ['PHONE_NUMBER', '555-01', 'INVALID_INPUT'], // 5 digits: 10^5 < 10^6
      ['US_SSN', '123456789x', 'INVALID_INPUT'],
    ];
    for (const [type, value, code] of cases) {
      const error = await engine.tokenize(acme, [{ type, value }]).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(MaskError.isInstance(error) && error.code).toBe(code);
      expect((error as Error).message).not.toContain(value);
    }
    expect(await engine.detokenize(acme, ['not a token'])).toEqual([undefined]);
  });
});

describe('FpeTokenEngine inside MaskClient (tokenEngine option)', () => {
  it('encodes and decodes single values through the client, with no vault at all', async () => {
    const { MaskClient } = await import('../client/mask-client.js');
    const key = new Uint8Array(32).fill(3);
    const client = new MaskClient({
      key,
      tokenEngine: new FpeTokenEngine({ keyProvider: new StaticKeyProvider(key) }),
      tenant: 'acme',
      audit: false,
    });
    try {
      const token = await client.encode('4111 1111 1111 1111', { type: 'CREDIT_CARD' });
      expect(token).not.toBe('4111 1111 1111 1111');
      expect(luhnValid(token.replace(/\D/g, ''))).toBe(true);
      expect(await client.decode(token)).toBe('4111 1111 1111 1111');
      const masked = await client.scanAndTokenize('card 4111 1111 1111 1111 on file');
      expect(masked).not.toContain('4111 1111 1111 1111');
      expect(await client.detokenizeText(masked)).toBe('card 4111 1111 1111 1111 on file');
    } finally {
      await client.close();
    }
  });
});
