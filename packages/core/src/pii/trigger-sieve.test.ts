import { describe, expect, it } from 'vitest';
import {
  holdsInsensitive,
  INSENSITIVE,
  mayHoldTrigger,
  SENSITIVE,
  triggerKinds,
  triggerSieve,
} from './pattern-scanner.js';
import type { Recognizer } from './recognizer.js';
import { builtinRecognizers } from './registry.js';

// The rule the sieve must never contradict: a recognizer runs when one of its triggers occurs in the text and
// one of its case-insensitive triggers occurs in the lower-cased text (each list only when given).
function triggered(recognizer: Recognizer, text: string): boolean {
  if (recognizer.triggers !== undefined && !recognizer.triggers.some((needle) => text.includes(needle))) return false;
  const lower = text.toLowerCase();
  const insensitive = recognizer.caseInsensitiveTriggers;
  return insensitive === undefined || insensitive.some((needle) => lower.includes(needle));
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const gated = builtinRecognizers().filter(
  (recognizer) => recognizer.triggers !== undefined || recognizer.caseInsensitiveTriggers !== undefined,
);
const NEEDLES = gated.flatMap((recognizer) => [
  ...(recognizer.triggers ?? []),
  ...(recognizer.caseInsensitiveTriggers ?? []),
]);
// Spellings that lower-casing and the `i` flag treat differently (U+0130, U+212A Kelvin sign), and others.
const NOISE = ['\u212aey', 'to\u212aen', '\u0130', 'PASS', 'Secret', 'S\u0130', 'ñ', 'ß', 'x', ' ', ':', '/', '-', '@'];

describe('trigger sieve', () => {
  const sieve = triggerSieve(gated.map((recognizer) => ({ recognizer })));

  it('never rules out a text on which some gated recognizer runs', () => {
    const next = random(3);
    let runs = 0;
    let ruledOut = 0;
    for (let round = 0; round < 20000; round++) {
      let text = '';
      for (let part = Math.floor(next() * 4); part >= 0; part--) {
        const pool = next() < 0.3 ? NEEDLES : NOISE;
        let piece = pool[Math.floor(next() * pool.length)] as string;
        if (next() < 0.3) piece = piece.toUpperCase();
        if (next() < 0.3) piece = piece.slice(0, Math.max(1, piece.length - 1));
        text += piece;
      }
      const expected = gated.some((recognizer) => triggered(recognizer, text));
      if (expected) runs++;
      // Each kind separately: a recognizer with case-sensitive triggers is skipped when SENSITIVE is unset.
      const lower = text.toLowerCase();
      const kinds = triggerKinds(sieve, text);
      const sensitive = gated.some((recognizer) => recognizer.triggers?.some((needle) => text.includes(needle)));
      const insensitive = gated.some((recognizer) =>
        recognizer.caseInsensitiveTriggers?.some((needle) => lower.includes(needle)),
      );
      if (sensitive) expect({ text, kinds: kinds & SENSITIVE }).toEqual({ text, kinds: SENSITIVE });
      if (insensitive) expect({ text, kinds: kinds & INSENSITIVE }).toEqual({ text, kinds: INSENSITIVE });
      if (!mayHoldTrigger(sieve, text)) {
        ruledOut++;
        expect({ text, expected }).toEqual({ text, expected: false });
      }
    }
    expect(runs).toBeGreaterThan(2000);
    expect(ruledOut).toBeGreaterThan(2000);
  });

  it('rules out texts without triggers', () => {
    expect(mayHoldTrigger(sieve, 'Order 1234 shipped on Monday')).toBe(false);
    expect(mayHoldTrigger(sieve, 'the \u212aEY is here')).toBe(true);
    expect(mayHoldTrigger(sieve, 'mail ana@example.com')).toBe(true);
  });
});

describe('case-insensitive triggers in one search', () => {
  const lists = gated.flatMap((recognizer) =>
    recognizer.caseInsensitiveTriggers === undefined ? [] : [recognizer.caseInsensitiveTriggers],
  );

  it('tells exactly whether the lower-cased text holds a trigger, or declines', () => {
    const next = random(17);
    let held = 0;
    let declined = 0;
    let plainSearchWrong = 0;
    for (let round = 0; round < 4000; round++) {
      let text = '';
      for (let part = Math.floor(next() * 5); part >= 0; part--) {
        const pool = next() < 0.4 ? NEEDLES : NOISE;
        let piece = pool[Math.floor(next() * pool.length)] as string;
        if (next() < 0.3) piece = piece.toUpperCase();
        if (next() < 0.2) piece = piece[0]?.toUpperCase() + piece.slice(1);
        if (next() < 0.3) piece = piece.slice(0, Math.max(1, piece.length - 1));
        text += piece;
      }
      const lower = text.toLowerCase();
      for (const needles of lists) {
        const expected = needles.some((needle) => lower.includes(needle));
        const answer = holdsInsensitive(text, needles);
        if (answer === undefined) {
          declined++;
          // The same search without declining would be wrong on some of these (Kelvin sign, dotted I).
          // The needles escaped as the scanner escapes them (`*:` is one).
          const plain = new RegExp(
            needles.map((needle) => needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'),
            'i',
          );
          if (plain.test(text) !== expected) plainSearchWrong++;
          continue;
        }
        if (answer) held++;
        expect({ text, needles, answer }).toEqual({ text, needles, answer: expected });
      }
    }
    expect(held).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(100);
    expect(plainSearchWrong).toBeGreaterThan(10);
  });

  it('declines needles that are not lower-case ASCII', () => {
    expect(holdsInsensitive('PASSWORD', ['Pass'])).toBeUndefined();
    expect(holdsInsensitive('CONTRASEÑA', ['contraseña'])).toBeUndefined();
    expect(holdsInsensitive('PASSWORD', ['pass'])).toBe(true);
    expect(holdsInsensitive('the ke', ['key'])).toBe(false);
  });
});
