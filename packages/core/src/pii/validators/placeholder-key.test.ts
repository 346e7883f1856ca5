import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { placeholderTail } from './placeholder-key.js';

const scanner = new PatternScanner();
const types = (text: string): string[] => scanner.scanSync(text).map((span) => span.type);

const x = (count: number, character = 'x'): string => character.repeat(count);

describe('Placeholder keys of documentation and example files', () => {
  it('reads a tail of one repeated character, separators aside, as a placeholder', () => {
    expect(placeholderTail(`ghp_${x(36)}`)).toBe(true);
    expect(placeholderTail(`xoxb-${x(12, '0')}-${x(13, '0')}-${x(24)}`)).toBe(true);
    expect(placeholderTail(`AKIA${x(16, 'X')}`)).toBe(true);
    expect(placeholderTail(`ghp_${x(35)}Q`)).toBe(false);
    expect(placeholderTail('xxxx')).toBe(false);
  });

  it('does not report prefixed keys whose random part is a placeholder', () => {
    for (const key of [
      `ghp_${x(36)}`,
      `glpat-${x(20)}`,
      `npm_${x(36)}`,
      `sk_live_${x(24)}`,
      `xoxb-${x(12, '0')}-${x(13, '0')}-${x(24)}`,
      `sk-proj-${x(48)}`,
      `sk-ant-api03-${x(93)}AA`.replace('AA', x(2)),
      `hf_${x(34)}`,
      `SG.${x(22)}.${x(43)}`,
      `AKIA${x(16, 'X')}`,
      `AIza${x(35, 'X')}`,
    ]) {
      expect(types(`export TOKEN=${key} # replace`), key).toEqual([]);
    }
  });

  it('still reports the same keys with a random part', () => {
    expect(types('GITLAB_TOKEN=glpat-Ppw06zPuiWvNRiHflK2o')).toEqual(['GITLAB_TOKEN']);
    expect(types('token ghp_Sq9WyLxtgbwh3RdxV06puI8JH9BH1ELkMD30')).toEqual(['GITHUB_TOKEN']);
    // Sixteen repeats are not enough when the run ends in a different character.
    expect(types(`token ghp_${'Sq9WyLxtgbwh3Rdx'}${x(19)}Z`)).toEqual(['GITHUB_TOKEN']);
    expect(types('key AKIAIOSFODNN7EXAMPLE')).toEqual(['AWS_ACCESS_KEY']);
  });
});
