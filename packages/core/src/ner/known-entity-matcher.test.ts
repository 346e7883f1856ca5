import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { KnownEntityMatcher } from './known-entity-matcher.js';

function found(matcher: KnownEntityMatcher, text: string): [string, string][] {
  return matcher.find(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('KnownEntityMatcher', () => {
  const matcher = new KnownEntityMatcher([
    { type: 'PERSON', value: 'José Núñez' },
    { type: 'ORGANIZATION', value: 'Acme Capital' },
    { type: 'FUND', value: 'Acme Capital Growth Fund III' },
    { type: 'EMAIL_ADDRESS', value: 'jn@acme.example' },
    { type: 'LOCATION', value: 'São Paulo' },
    { type: 'PERSON', value: 'Al' },
  ]);

  it('matches case- and accent-insensitively, with UTF-16 offsets', () => {
    const text = '🙂 JOSE NUNEZ met josé núñez in sao paulo';
    expect(found(matcher, text)).toEqual([
      ['PERSON', 'JOSE NUNEZ'],
      ['PERSON', 'josé núñez'],
      ['LOCATION', 'sao paulo'],
    ]);
    expect(matcher.find(text)[0]).toMatchObject({ start: 3, end: 13, score: 1 });
  });

  it('matches decomposed accents and collapses whitespace runs', () => {
    const text = 'Jose\u0301   Nu\u0301n\u0303ez\u0301 signed';
    expect(found(matcher, text)).toEqual([['PERSON', 'Jose\u0301   Nu\u0301n\u0303ez\u0301']]);
  });

  it('reports whole words only', () => {
    expect(found(matcher, 'Alice and Alan, Al.')).toEqual([['PERSON', 'Al']]);
    expect(found(matcher, 'josé núñezz')).toEqual([]);
  });

  it('reports every overlapping entry (the waterfall resolves overlaps)', () => {
    expect(found(matcher, 'the Acme Capital Growth Fund III; mail jn@acme.example.')).toEqual([
      ['ORGANIZATION', 'Acme Capital'],
      ['FUND', 'Acme Capital Growth Fund III'],
      ['EMAIL_ADDRESS', 'jn@acme.example'],
    ]);
  });

  it('handles entries that share prefixes and suffixes (failure links)', () => {
    const shared = new KnownEntityMatcher([
      { type: 'A', value: 'ana maria' },
      { type: 'B', value: 'maria lopez' },
      { type: 'C', value: 'lopez' },
    ]);
    expect(found(shared, 'Ana Maria Lopez')).toEqual([
      ['A', 'Ana Maria'],
      ['B', 'Maria Lopez'],
      ['C', 'Lopez'],
    ]);
  });

  it('scales to large dictionaries in one pass', () => {
    const entries = Array.from({ length: 5_000 }, (_, index) => ({ type: 'PERSON', value: `Person ${index} Name` }));
    const big = new KnownEntityMatcher(entries);
    expect(big.size).toBe(5_000);
    const text = `${'filler words here. '.repeat(500)}person 4999 name`;
    expect(found(big, text)).toEqual([['PERSON', 'person 4999 name']]);
  });

  it('rejects malformed entries without echoing them', () => {
    expect(() => new KnownEntityMatcher([{ type: 'PERSON', value: 42 as unknown as string }])).toThrow(MaskError);
    expect(() => new KnownEntityMatcher('Ana' as unknown as [])).toThrow(MaskError);
    expect(new KnownEntityMatcher([{ type: 'PERSON', value: '   ' }]).size).toBe(0);
  });
});
