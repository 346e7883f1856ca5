import { describe, expect, it } from 'vitest';
import { wordAlternation } from './word-alternation.js';

describe('wordAlternation', () => {
  it('writes shared prefixes once and matches exactly the words given', () => {
    expect(wordAlternation(['name', 'naam', 'nom'])).toBe('n(?:a(?:me|am)|om)');
    const words = ['city', 'citt', 'zip', 'post code', 'c.p', 'código', 'nom', 'nombre'];
    const regex = new RegExp(`^(?:${wordAlternation(words)})$`, 'i');
    for (const word of words) expect(regex.test(word), word).toBe(true);
    expect(regex.test('CITY')).toBe(true);
    for (const other of ['cit', 'cityx', 'zi', 'postcode', 'cxp', 'nomb', ''])
      expect(regex.test(other), other).toBe(false);
  });
});
