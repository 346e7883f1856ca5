import { describe, expect, it } from 'vitest';
import { JsonRecord } from './json-numbers.js';

describe('JsonRecord', () => {
  it('hands long numbers to the codec as digit strings and writes unchanged ones back exactly', () => {
    const text = '{"a":12345678901234567890,"b":[4111111111111111,-1234567.50e3],"c":12,"d":"x, 1234567","e":1.5}';
    const record = JsonRecord.parse(text);
    expect(record.value).toEqual({
      a: '12345678901234567890',
      b: ['4111111111111111', '-1234567.50e3'],
      c: 12,
      d: 'x, 1234567',
      e: 1.5,
    });
    expect(record.serialize(record.value)).toBe(text);
  });

  it('keeps a changed number as the string the codec made of it', () => {
    const record = JsonRecord.parse('[4111111111111111, 123456]');
    expect(record.serialize(['9911111111111111', '123456'])).toBe('["9911111111111111",123456]');
  });

  it('leaves digits inside strings, escapes and top-level numbers alone', () => {
    const text = '{"s":"\\" : 1234567 \\\\","t":"a\\u0001b"}';
    const record = JsonRecord.parse(text);
    expect(record.value).toEqual({ s: '" : 1234567 \\', t: 'a\u0001b' });
    expect(record.serialize(record.value)).toBe(text);
    const top = JsonRecord.parse('98765432109876543210');
    expect(top.value).toBe('98765432109876543210');
    expect(top.serialize(top.value)).toBe('98765432109876543210');
  });

  it('keeps indentation when asked', () => {
    const record = JsonRecord.parse('{"n": 1234567}');
    expect(record.serialize(record.value, 2)).toBe('{\n  "n": 1234567\n}');
  });

  it('raises on invalid JSON like JSON.parse', () => {
    expect(() => JsonRecord.parse('{"a": 1234567')).toThrow(SyntaxError);
  });
});
