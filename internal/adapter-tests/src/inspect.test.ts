import { describe, expect, it } from 'vitest';
import { PII, PLAINTEXT_FORMS } from './fixtures.js';
import { collectStrings, containsText, findPlaintext } from './inspect.js';

describe('inspect', () => {
  it('finds strings at any depth: keys, Maps, Sets, errors, cycles', () => {
    const cyclic: Record<string, unknown> = { a: [{ b: new Map([['k', new Set([`x ${PII.ssn}`])]]) }] };
    cyclic.self = cyclic;
    const hidden = {};
    Object.defineProperty(hidden, 'secret', { value: PII.card, enumerable: false });
    const error = new Error('outer', { cause: new Error(`inner ${PII.email}`) });
    const value = { cyclic, hidden, error, [PII.iban]: 1 };
    const leaks = findPlaintext(value, PLAINTEXT_FORMS).map((leak) => leak.form);
    expect(leaks).toEqual(expect.arrayContaining([PII.ssn, PII.card, PII.email, PII.iban]));
    expect(collectStrings(cyclic).length).toBeGreaterThan(0);
  });

  it('reports nothing for token-only structures', () => {
    const value = { messages: [{ content: 'my email is a1b2c3d4e5f6@mask.invalid', ssn: '000-12-3456' }] };
    expect(findPlaintext(value, PLAINTEXT_FORMS)).toEqual([]);
    expect(containsText(value, /@mask\.invalid/)).toBe(true);
    expect(containsText(value, 'nothing like this')).toBe(false);
  });
});
