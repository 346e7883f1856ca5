import { describe, expect, it } from 'vitest';
import { StaticKeyProvider } from '../keys/static-key-provider.js';
import { MemoryVault } from '../vault/memory-vault.js';
import { VaultTokenEngine } from './vault-token-engine.js';

const COUNT = 1_000_000;
const BATCH = 20_000;

function ssn(index: number): string {
  const area = 1 + Math.floor(index / 10_000); // 001..100
  const rest = index % 10_000;
  return `${String(area).padStart(3, '0')}-${String(Math.floor(rest / 100)).padStart(2, '0')}-${String(rest % 100).padStart(4, '0')}`;
}

describe('one million distinct SSNs in one scope', () => {
  it('get one million distinct tokens, every one decodes back, and the overflow of the 10^6 reserved space degrades to placeholders', async () => {
    const vault = new MemoryVault({ maxEntries: 3 * COUNT });
    const engine = new VaultTokenEngine({ vault, keyProvider: new StaticKeyProvider(new Uint8Array(32).fill(9)) });
    const scope = { tenant: 'million' };
    const tokens: string[] = new Array(COUNT);
    for (let start = 0; start < COUNT; start += BATCH) {
      const items = Array.from({ length: BATCH }, (_, offset) => ({ type: 'US_SSN', value: ssn(start + offset) }));
      const outcomes = await engine.tokenize(scope, items);
      outcomes.forEach((outcome, offset) => {
        tokens[start + offset] = outcome.token;
      });
    }
    expect(new Set(tokens).size).toBe(COUNT);
    let formatPreserving = 0;
    let placeholders = 0;
    for (const token of tokens) {
      if (/^000-\d{2}-\d{4}$/.test(token)) formatPreserving++;
      else if (/^\[US_SSN_\d+\]$/.test(token)) placeholders++;
    }
    expect(formatPreserving + placeholders).toBe(COUNT);
    expect(placeholders).toBeGreaterThan(0); // the reserved space ran short and degraded
    expect(formatPreserving).toBeGreaterThan(COUNT / 2);
    for (let start = 0; start < COUNT; start += BATCH) {
      const decoded = await engine.detokenize(scope, tokens.slice(start, start + BATCH));
      decoded.forEach((outcome, offset) => {
        if (outcome?.value !== ssn(start + offset)) {
          throw new Error(`token ${start + offset} did not decode to its value`);
        }
      });
    }
    console.log(`1M SSNs: ${formatPreserving} format-preserving tokens, ${placeholders} placeholders`);
  }, 900_000);
});
