import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeterministicStream } from '../crypto/deterministic-stream.js';
import {
  findTokenCandidates,
  reservedTokenRanges,
  selectNonOverlapping,
  type TokenCandidate,
} from './find-token-candidates.js';
import { TOKEN_FORMATS } from './formats/format-registry.js';
import { PLACEHOLDER_GRAMMAR } from './formats/placeholder-format.js';
import { scopeIdFor } from './scope.js';

/** The same search with no pre-checks: every grammar over the whole text. */
function fullPass(text: string): TokenCandidate[] {
  const found: TokenCandidate[] = [];
  for (const match of text.matchAll(PLACEHOLDER_GRAMMAR)) {
    const token = match[0];
    found.push({
      start: match.index,
      end: match.index + token.length,
      token,
      type: match[1] as string,
      placeholder: true,
    });
  }
  for (const format of TOKEN_FORMATS.values()) {
    for (const match of text.matchAll(format.grammar)) {
      const token = match[0].trim();
      if (format.isTokenShape && !format.isTokenShape(token)) continue;
      const start = match.index + match[0].indexOf(token);
      found.push({ start, end: start + token.length, token, type: format.entityType, placeholder: false });
    }
  }
  return found;
}

const key = new Uint8Array(32).fill(3);
const realValues: Record<string, string[]> = {
  US_SSN: ['123-45-6789', '078 05 1120'],
  CREDIT_CARD: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005'],
  EMAIL_ADDRESS: ['maria.lopez@acme-health.com'],
  IP_ADDRESS: ['203.0.113.77', '10.1.2.3', '2001:db8::1'],
  ABA_ROUTING_NUMBER: ['011000015'],
  PHONE_NUMBER: ['+1 415 555 2671', '020 7946 0123'],
  IBAN_CODE: ['GB82 WEST 1234 5698 7654 32', 'DE89370400440532013000'],
};

/** Tokens of every format (drawn from the formats themselves) and the real values they replace. */
function fragments(): string[] {
  const out: string[] = ['[PERSON_1]', '[US_SSN_12]', '[', ']', '24', '25', '240.1.2.3', '99', '000', '.', ':'];
  for (const [type, values] of Object.entries(realValues)) {
    const format = TOKEN_FORMATS.get(type);
    for (const value of values) {
      out.push(value);
      if (format?.accepts(value)) {
        for (let attempt = 0; attempt < 3; attempt++) {
          out.push(format.candidate(value, new DeterministicStream(key, `${type}${attempt}${value}`)));
        }
      }
    }
  }
  return out;
}

describe('findTokenCandidates', () => {
  const pieces = fragments();
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', '\n', ', ', 'x', '-', '@', '.', '1', 'A')), {
      maxLength: 30,
    })
    .map((parts) => parts.join(''));

  it('finds exactly what a full pass of every grammar finds (the cheap pre-checks never hide a token)', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(findTokenCandidates(sample)).toEqual(fullPass(sample));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every format token on its own and inside prose', () => {
    const tokens = pieces.filter((piece) => fullPass(piece).some((found) => found.token === piece));
    expect(tokens.length).toBeGreaterThanOrEqual(15);
    for (const token of tokens) {
      const prose = `Reach the customer at ${token} today.`;
      expect(findTokenCandidates(prose).map((found) => found.token)).toContain(token);
    }
  });

  it('reservedTokenRanges covers the reserved-range tokens and no real value', () => {
    for (const type of ['US_SSN', 'CREDIT_CARD', 'EMAIL_ADDRESS', 'IP_ADDRESS']) {
      const format = TOKEN_FORMATS.get(type);
      for (const value of realValues[type] ?? []) {
        const token = format?.candidate(value, new DeterministicStream(key, value)) as string;
        const prose = `value ${value} token ${token}.`;
        const start = prose.indexOf(token);
        expect(reservedTokenRanges(prose)).toEqual([[start, start + token.length]]);
      }
    }
  });
});

describe('scopeIdFor', () => {
  it('is stable, distinct per scope and the same after its cache turns over', () => {
    const first = scopeIdFor({ tenant: 'acme', session: 's1' });
    expect(first).toMatch(/^[0-9a-f]{16}\.[0-9a-f]{16}$/);
    expect(scopeIdFor({ tenant: 'acme', session: 's2' })).not.toBe(first);
    expect(scopeIdFor({ tenant: 'acme' })).not.toBe(first);
    expect(scopeIdFor({ tenant: 'acme', session: 's2' }).split('.')[0]).toBe(first.split('.')[0]);
    for (let index = 0; index < 5000; index++) scopeIdFor({ tenant: 't', session: `churn-${index}` });
    expect(scopeIdFor({ tenant: 'acme', session: 's1' })).toBe(first);
  });
});

describe('findTokenCandidates for decoding (glued)', () => {
  it('offers the parts of a phone match between white space and after a leading 1-, within a budget', () => {
    const parts = (text: string) => findTokenCandidates(text, { glued: true }).map((candidate) => candidate.token);
    expect(parts('(415) 555-0123\n(212) 555-0145')).toEqual(
      expect.arrayContaining(['(415) 555-0123', '(212) 555-0145']),
    );
    expect(parts('call 1-415-555-0123 now')).toEqual(expect.arrayContaining(['1-415-555-0123', '415-555-0123']));
    // Short digit groups: candidates stay linear (under one per 2 characters), not dozens per character.
    const text = '1 '.repeat(100_000);
    expect(findTokenCandidates(text, { glued: true }).length).toBeLessThan(text.length / 2);
  });
});

describe('selectNonOverlapping', () => {
  /** The rule written the obvious O(n²) way: longest first, then earliest, skipping any that overlaps a kept one. */
  function naive(items: readonly { start: number; end: number }[]) {
    const ranked = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: { start: number; end: number }[] = [];
    for (const item of ranked)
      if (!kept.some((other) => item.start < other.end && other.start < item.end)) kept.push(item);
    return kept.sort((a, b) => a.start - b.start);
  }

  it('keeps the longest, then the earliest, as the quadratic rule does, on random and chained inputs', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .record({ start: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 1, max: 30 }) })
            .map(({ start, length }) => ({ start, end: start + length })),
          { maxLength: 150 },
        ),
        (items) => {
          expect(selectNonOverlapping(items)).toEqual(naive(items));
        },
      ),
      { numRuns: 300 },
    );
    const chain = Array.from({ length: 5000 }, (_, index) => ({ start: index * 3, end: index * 3 + 4 + (index % 3) }));
    expect(selectNonOverlapping(chain)).toEqual(naive(chain));
  });
});
