import { describe, expect, it } from 'vitest';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { LocalNerEngine } from '../ner/local-ner-engine.js';
import { WaterfallScanner } from '../ner/waterfall-scanner.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import type { Scanner } from '../scanner/scanner.js';
import type { Span } from '../scanner/span.js';
import { VaultTokenEngine } from '../tokens/vault-token-engine.js';
import { MemoryVault } from '../vault/memory-vault.js';
import { tokenizeTexts } from './text-codec.js';

/** Flags digit runs that may span whitespace (as phone recognizers do), and counts its calls. */
class GreedyDigits implements Scanner {
  readonly name = 'greedy';
  calls = 0;
  async scan(text: string): Promise<Span[]> {
    this.calls++;
    return [...text.matchAll(/\d[\d\s]{4,}\d/g)].map((match) => ({
      type: 'PHONE_NUMBER',
      start: match.index,
      end: match.index + match[0].length,
      score: 0.9,
      recognizer: 'greedy',
    }));
  }
}

describe('tokenizeTexts batching', () => {
  const engine = new VaultTokenEngine({
    vault: new MemoryVault(),
    keyProvider: new StaticKeyProvider(new Uint8Array(32)),
  });

  it('tokenizes many texts in one engine batch, each text scanned on its own', async () => {
    const scanner = new GreedyDigits();
    const texts = Array.from({ length: 50 }, (_, i) => `call 555 01${String(i).padStart(2, '0')} now`);
    const results = await tokenizeTexts(texts, scanner, engine, { tenant: 't' }, undefined);
    expect(scanner.calls).toBe(50);
    results.forEach((result, i) => {
      expect(result.text).not.toContain(`555 01${String(i).padStart(2, '0')}`);
      expect(result.entities[0]?.start).toBe(5);
    });
  });

  it("masks a text exactly as it would be alone, whatever its neighbours (a CSV header, the text's casing)", async () => {
    let csv = 'customer,notes,account_number,bank\n';
    for (let row = 0; row < 30; row++) {
      csv += `${row},call back tomorrow about the order status,${123456789000 + row * 7919},acme\n`;
    }
    const chat = 'hi, please rebook the flight for david miller to next tuesday, thanks';
    const scanner = new WaterfallScanner({ tier0: new PatternScanner(), engines: [new LocalNerEngine()] });
    const scope = { tenant: 't', session: 'neighbours' };
    const [alone] = await tokenizeTexts([csv], scanner, engine, scope, undefined);
    const [, withNeighbour] = await tokenizeTexts(
      ['Here is the export you asked for.', csv],
      scanner,
      engine,
      scope,
      undefined,
    );
    // Joined with the first text, the table lost its header (read from the first line) and 30 account numbers leaked.
    expect(alone?.entities.length).toBe(30);
    expect(withNeighbour?.text).toBe(alone?.text);
    const [, lowerCase] = await tokenizeTexts(
      ['You are a helpful assistant. Answer briefly and politely.', chat],
      scanner,
      engine,
      scope,
      undefined,
    );
    // Next to a cased text, a lower-case message was read with the cased rules and the name leaked.
    expect(lowerCase?.text).not.toContain('david');
    expect(lowerCase?.text).not.toContain('miller');
  });
});

describe('tokenizeTexts and tokens already in the text', () => {
  /** The default engine, counting its isIssued lookups. */
  function countingEngine() {
    const engine = new VaultTokenEngine({
      vault: new MemoryVault(),
      keyProvider: new StaticKeyProvider(new Uint8Array(32).fill(5)),
    });
    let lookups = 0;
    const isIssued = engine.isIssued.bind(engine);
    engine.isIssued = (scope, tokens) => {
      lookups++;
      return isIssued(scope, tokens);
    };
    return { engine, lookups: () => lookups };
  }
  const scope = { tenant: 't', session: 'tokens-in-text' };

  it('leaves a token of the scope alone when a detected span is exactly it or runs across it', async () => {
    const { engine } = countingEngine();
    const [card] = await engine.tokenize(scope, [{ type: 'CREDIT_CARD', value: '4111 1111 1111 1111' }]);
    const token = card?.token as string;
    expect(token).toMatch(/^99\d\d \d{4} \d{4} \d{4}$/);
    // Exactly the token: the engine's own probe keeps it; across it (digits before the token): the lookup does.
    const [exact, across] = await tokenizeTexts(
      [`ref ${token} ok`, `ref 12 ${token} ok`],
      new GreedyDigits(),
      engine,
      scope,
      undefined,
    );
    expect(exact?.text).toBe(`ref ${token} ok`);
    expect(across?.text).toBe(`ref 12 ${token} ok`);
    expect(across?.entities).toEqual([]);
  });

  it('finds every crossed token in a long text with many spans and tokens, in any order', async () => {
    const { engine } = countingEngine();
    const cards = Array.from({ length: 30 }, (_, index) => {
      const payload = `4111111111${String(100000 + index)}`;
      let sum = 0;
      for (let at = 0; at < payload.length; at++) {
        let digit = Number(payload[payload.length - 1 - at]);
        if (at % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
      }
      return { type: 'CREDIT_CARD', value: payload + String((10 - (sum % 10)) % 10) };
    });
    const tokens = (await engine.tokenize(scope, cards)).map((outcome) => outcome.token);
    // Crossed tokens (digits before them), exact tokens and plain numbers, interleaved.
    const parts = tokens.flatMap((token, index) => [`a 1${index} ${token} b`, `c ${token} d`, `e 5550${index}99 f`]);
    const [result] = await tokenizeTexts([parts.join(' ; ')], new GreedyDigits(), engine, scope, undefined);
    for (const token of tokens) expect(result?.text).toContain(` ${token} b`);
    for (const token of tokens) expect(result?.text).toContain(`c ${token} d`);
    expect(result?.entities.map((entity) => entity.type)).toEqual(tokens.map(() => 'PHONE_NUMBER'));
  });

  it('asks the vault about token-shaped strings only where a detected span crosses one', async () => {
    const { engine, lookups } = countingEngine();
    const [card] = await engine.tokenize(scope, [{ type: 'CREDIT_CARD', value: '4111 1111 1111 1111' }]);
    const token = card?.token as string;
    const before = lookups();
    // No span at all, and a span that is exactly the token: no lookup.
    await tokenizeTexts(['no digits here', `just ${token} again`], new GreedyDigits(), engine, scope, undefined);
    expect(lookups()).toBe(before);
    // A span across the token: one lookup.
    await tokenizeTexts([`ref 12 ${token}`], new GreedyDigits(), engine, scope, undefined);
    expect(lookups()).toBe(before + 1);
  });
});
