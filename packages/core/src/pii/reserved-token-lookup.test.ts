import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/helpers.js';
import { DeterministicStream } from '../crypto/deterministic-stream.js';
import {
  compileReservedSearch,
  overlapsReservedToken,
  RESERVED_GRAMMAR_SHAPES,
  type ReservedGrammarShape,
  type ReservedSearch,
  reservedGrammarsIn,
  reservedTokenRanges,
} from '../tokens/find-token-candidates.js';
import { TOKEN_FORMATS } from '../tokens/formats/format-registry.js';
import { PLACEHOLDER_GRAMMAR } from '../tokens/formats/placeholder-format.js';
import { PatternScanner } from './pattern-scanner.js';

// The scanner asks whether a candidate overlaps a token-shaped range by looking near the candidate only
// (overlapsReservedToken) instead of reading the ranges of the whole text (reservedTokenRanges). These tests
// compare both answers on generated texts dense in tokens and near-tokens.

const key = new Uint8Array(32).fill(5);
const REAL: Record<string, string[]> = {
  US_SSN: ['123-45-6789', '078 05 1120', '536228741'],
  CREDIT_CARD: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005'],
  EMAIL_ADDRESS: ['maria.lopez@acme-health.com'],
  // A dashed address is an AWS host name's (`ip-10-0-1-23`): its token is one only after `ip-` or `ec2-`.
  IP_ADDRESS: ['203.0.113.77', '10.1.2.3', '2001:db8::1', '192.168.0.0/16', '10-0-1-23', '54-12-3-4'],
  ABA_ROUTING_NUMBER: ['011000015', '021000021'],
};

/** Tokens drawn from the formats themselves, the values they replace, and pieces of both. */
function fragments(): string[] {
  const out = ['[PERSON_1]', '[US_SSN_12]', '[A_', '_9]', '000', '99', '5', '24', '25', '2001:db8', '@mask.invalid'];
  out.push('ip-', 'ec2-', 'IP-', 'zip-');
  for (const [type, values] of Object.entries(REAL)) {
    const format = TOKEN_FORMATS.get(type);
    for (const value of values) {
      out.push(value);
      if (!format?.accepts(value)) continue;
      for (let attempt = 0; attempt < 4; attempt++) {
        const token = format.candidate(value, new DeterministicStream(key, `${type}${attempt}${value}`));
        out.push(token, token.slice(0, 6), token.slice(3));
      }
    }
  }
  return out;
}

const GLUE = [' ', '', '', '-', '.', ':', '/', '0', '9', '5', '2', 'a', 'Z', '_', '[', ']', '\n', 'é', '@', ', '];

function texts(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const pieces = fragments();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    let text = '';
    const parts = 1 + Math.floor(next() * 12);
    for (let part = 0; part < parts; part++) text += pick(pieces) + pick(GLUE);
    out.push(text);
  }
  return out;
}

function overlapsAny(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([from, to]) => from < end && start < to);
}

/** Spans [start, end) whose local answer differs from the whole-text one (undefined answers are skipped). */
function disagreements(samples: readonly string[], search: ReservedSearch | undefined, seed: number): string[] {
  const next = seededRandom(seed);
  const found: string[] = [];
  for (const text of samples) {
    const ranges = reservedTokenRanges(text);
    const kinds = reservedGrammarsIn(text, search);
    for (let probe = 0; probe < 12; probe++) {
      const start = Math.floor(next() * text.length);
      const end = Math.min(text.length, start + 1 + Math.floor(next() * 24));
      const near = overlapsReservedToken(text, start, end, kinds, search);
      if (near !== undefined && near !== overlapsAny(ranges, start, end)) found.push(`${start}-${end} ${text}`);
    }
  }
  return found;
}

function narrowed(...changes: [RegExp, Partial<ReservedGrammarShape>][]): ReservedSearch {
  const shapes = new Map(RESERVED_GRAMMAR_SHAPES);
  for (const [grammar, change] of changes) {
    const name = `${grammar.flags}/${grammar.source}`;
    shapes.set(name, { ...(shapes.get(name) as ReservedGrammarShape), ...change });
  }
  return compileReservedSearch(shapes) as ReservedSearch;
}

describe('overlapsReservedToken', () => {
  const samples = texts(3000, 11);

  it('has a shape for the placeholder grammar and every reserved format', () => {
    const search = compileReservedSearch();
    expect(search).toBeDefined();
    const reserved = [...TOKEN_FORMATS.values()].filter((format) => format.reserved !== undefined);
    expect(search?.formats).toEqual([undefined, ...reserved]);
    // A grammar without its shape turns span-local lookups off (the whole-text ranges answer instead).
    const missing = new Map(RESERVED_GRAMMAR_SHAPES);
    missing.delete(`${PLACEHOLDER_GRAMMAR.flags}/${PLACEHOLDER_GRAMMAR.source}`);
    const off = compileReservedSearch(missing);
    expect(off).toBeUndefined();
    expect(overlapsReservedToken('000-12-3456', 0, 3, -1)).toBeUndefined();
  });

  it('gives the whole-text answer on token-dense texts', () => {
    let decided = 0;
    let overlapping = 0;
    for (const text of samples.slice(0, 300)) {
      const ranges = reservedTokenRanges(text);
      for (let start = 0; start < text.length; start++) {
        for (const end of [start + 1, start + 3, start + 11]) {
          const near = overlapsReservedToken(text, start, end, reservedGrammarsIn(text));
          if (near === undefined) continue;
          decided++;
          if (near) overlapping++;
          expect(near, `${start}-${end} ${text}`).toBe(overlapsAny(ranges, start, end));
        }
      }
    }
    // Both answers occur often (the samples are not trivially token-free or token-full).
    expect(overlapping).toBeGreaterThan(decided / 10);
    expect(decided - overlapping).toBeGreaterThan(decided / 10);
    expect(disagreements(samples, compileReservedSearch(), 3)).toEqual([]);
  });

  it('catches a shape that is too tight (the comparison above can fail)', () => {
    const ssn = TOKEN_FORMATS.get('US_SSN')?.grammar as RegExp;
    const card = TOKEN_FORMATS.get('CREDIT_CARD')?.grammar as RegExp;
    const ip = TOKEN_FORMATS.get('IP_ADDRESS')?.grammar as RegExp;
    const digitsAndSpace = { holds: '0123456789 ' };
    // Without '-' among the characters SSN and card tokens hold, a search starts inside 000-12-3456 (IP tokens
    // hold '-' too, in host names: a search for them would start before it).
    const ipWithoutDash = { holds: '0123456789abcdef.:/' };
    expect(
      disagreements(samples, narrowed([ssn, digitsAndSpace], [card, digitsAndSpace], [ip, ipWithoutDash]), 3).length,
    ).toBeGreaterThan(0);
    // Without '4' as a second character, IPv4 tokens 24x.* are never tried.
    expect(disagreements(samples, narrowed([ip, { second: '05' }]), 3).length).toBeGreaterThan(0);
    // Nor SSN tokens without '0' as a first character.
    expect(disagreements(samples, narrowed([ssn, { first: '9' }]), 3).length).toBeGreaterThan(0);
    // Placeholders are looked for only in texts holding their literal.
    expect(disagreements(samples, narrowed([PLACEHOLDER_GRAMMAR, { needs: '[[' }]), 3).length).toBeGreaterThan(0);
  });

  it('leaves long stretches to the whole-text ranges', () => {
    const digits = '1'.repeat(600);
    expect(overlapsReservedToken(digits, 500, 510, reservedGrammarsIn(digits))).toBeUndefined();
    expect(overlapsReservedToken(digits, 0, 300, reservedGrammarsIn(digits))).toBeUndefined();
    expect(overlapsReservedToken(`x ${digits}`, 0, 1, reservedGrammarsIn(digits))).toBe(false);
  });

  it('keeps the scanner off tokens, also in long texts where the lookup gives up', () => {
    const scanner = new PatternScanner();
    const token = '000-12-3456';
    const real = '536-22-8741';
    const near = `SSN ${token} and SSN ${real}`;
    expect(scanner.scanSync(near).map((span) => near.slice(span.start, span.end))).toEqual([real]);
    const far = `${'1 '.repeat(200)}${token} and SSN ${real}`;
    expect(overlapsReservedToken(far, 400, 411, reservedGrammarsIn(far))).toBeUndefined();
    expect(scanner.scanSync(far).map((span) => far.slice(span.start, span.end))).toEqual([real]);
  });
});
