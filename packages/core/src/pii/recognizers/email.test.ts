import { describe, expect, it } from 'vitest';
import { emailRecognizer } from './email.js';

// The domain rule as first written (split on dots, per-label checks), kept here as the reference for the
// in-place version the finder uses.
function referenceDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1] as string;
  if (tld.length < 2 || !/^[A-Za-z]+$/.test(tld)) return false;
  return tld.toLowerCase() !== 'invalid';
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('email finder domain rule', () => {
  it('accepts exactly the domains the split-based rule accepts', () => {
    const next = random(5);
    const alphabet = [
      'a',
      'b',
      'Z',
      '0',
      '7',
      '-',
      '.',
      '.',
      'invalid',
      'INVALID',
      'com',
      'x'.repeat(63),
      'y'.repeat(64),
    ];
    let accepted = 0;
    for (let round = 0; round < 5000; round++) {
      let domain = '';
      for (let part = 1 + Math.floor(next() * 6); part > 0; part--) {
        domain += alphabet[Math.floor(next() * alphabet.length)];
      }
      // The finder trims trailing dots and hyphens before the rule sees the domain.
      const trimmed = domain.replace(/[.-]+$/, '');
      if (trimmed.length === 0) continue;
      const found = [
        ...(emailRecognizer.find as (text: string) => Iterable<{ start: number; end: number }>)(`ana@${trimmed} `),
      ];
      const expected = referenceDomain(trimmed);
      expect({ domain: trimmed, found: found.length === 1 && found[0]?.end === 4 + trimmed.length }).toEqual({
        domain: trimmed,
        found: expected,
      });
      if (expected) accepted++;
    }
    expect(accepted).toBeGreaterThan(50);
  });
});
