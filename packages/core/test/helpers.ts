import { randomBytes } from 'node:crypto';
import type { Scanner, ScanOptions } from '../src/scanner/scanner.js';
import type { Span } from '../src/scanner/span.js';

/** A fresh 32-byte key as base64. */
export function testKey(): string {
  return randomBytes(32).toString('base64');
}

/**
 * A tiny deterministic scanner for engine and client tests, independent of the recognizer registry:
 * emails, SSN-shaped numbers not in area 000, and capitalised names after "Mr."/"Ms.".
 */
export class FixtureScanner implements Scanner {
  readonly name = 'fixture';
  calls = 0;
  async scan(text: string, options?: ScanOptions): Promise<Span[]> {
    this.calls++;
    const spans: Span[] = [];
    const add = (pattern: RegExp, type: string, group = 0) => {
      for (const match of text.matchAll(pattern)) {
        const value = match[group] as string;
        const start = (match.index ?? 0) + match[0].indexOf(value);
        spans.push({ type, start, end: start + value.length, score: 0.9, recognizer: 'fixture' });
      }
    };
    add(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, 'EMAIL_ADDRESS');
    add(/\b(?!000)\d{3}-\d{2}-\d{4}\b/g, 'US_SSN');
    add(/\b(?:Mr|Ms)\. ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g, 'PERSON', 1);
    const wanted = options?.entities;
    return wanted ? spans.filter((span) => wanted.includes(span.type)) : spans;
  }
}

/** A seeded pseudo-random generator (mulberry32) in [0, 1): generated test inputs that repeat run after run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
