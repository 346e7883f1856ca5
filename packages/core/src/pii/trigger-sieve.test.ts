import { describe, expect, it } from 'vitest';
import { asciiCodes } from './ascii-codes.js';
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
import { TriggerWalk } from './trigger-walk.js';

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

// The gated recognizers at plan indexes apart (the walk reports by plan index, not by place).
const walkGated = gated.map((recognizer, place) => ({ recognizer, index: place * 2 + 1 }));
// No U+0130 or U+212A: the scanner hands texts holding them to the searches, not to the walk.
const WALK_NOISE = ['ñ', 'ß', 'x', ' ', ':', '/', '-', '@', '_', 'e', 'Ö', '\u00a0', '\u2010', '\u2212'];

/** What the walk decides, by the gated recognizers' order. */
function walked(walk: TriggerWalk, text: string): boolean[] {
  const enabled = new Uint8Array(walkGated.length * 2 + 2).fill(1);
  walk.enable(text, asciiCodes(text, undefined), enabled);
  return walkGated.map(({ index }) => enabled[index] === 1);
}

describe('trigger walk', () => {
  const walk = TriggerWalk.of(walkGated) as TriggerWalk;

  it('decides for every built-in recognizer exactly as one search per trigger does', () => {
    expect(walk).toBeInstanceOf(TriggerWalk);
    const next = random(11);
    let enabled = 0;
    let disabled = 0;
    for (let round = 0; round < 20000; round++) {
      let text = '';
      for (let part = Math.floor(next() * 6); part >= 0; part--) {
        const pool = next() < 0.4 ? NEEDLES : WALK_NOISE;
        let piece = pool[Math.floor(next() * pool.length)] as string;
        if (next() < 0.3) piece = piece.toUpperCase();
        if (next() < 0.2) piece = piece[0]?.toUpperCase() + piece.slice(1);
        // Cut pieces overlap one trigger's end with the next one's start (`passk-`, `gh` before `ghp_`).
        if (next() < 0.3) piece = piece.slice(0, Math.max(1, piece.length - 1));
        if (next() < 0.2) piece = piece.slice(1);
        text += piece;
      }
      const expected = walkGated.map(({ recognizer }) => triggered(recognizer, text));
      for (const on of expected) on ? enabled++ : disabled++;
      expect({ text, enabled: walked(walk, text) }).toEqual({ text, enabled: expected });
    }
    expect(enabled).toBeGreaterThan(5000);
    expect(disabled).toBeGreaterThan(5000);
  });

  it('finds a trigger that is a prefix of a longer one at the same place, and triggers that overlap', () => {
    const short = { recognizer: { triggers: ['sk-'] }, index: 0 };
    const long = { recognizer: { triggers: ['sk-ant-'] }, index: 1 };
    const tail = { recognizer: { caseInsensitiveTriggers: ['antx'] }, index: 2 };
    const small = TriggerWalk.of([short, long, tail]) as TriggerWalk;
    const run = (text: string): number[] => {
      const enabled = new Uint8Array(3).fill(1);
      small.enable(text, asciiCodes(text, undefined), enabled);
      return [...enabled];
    };
    expect(run('key sk-ant-x')).toEqual([1, 1, 0]);
    expect(run('key sk-ANTX')).toEqual([1, 0, 1]);
    expect(run('key sk-antX')).toEqual([1, 0, 1]);
    expect(run('key sk-ant-')).toEqual([1, 1, 0]);
    expect(run('key SK-ANT-')).toEqual([0, 0, 0]);
    // `-an` starts inside the match of `sk-`.
    const overlapping = TriggerWalk.of([short, { recognizer: { triggers: ['-an'] }, index: 1 }]) as TriggerWalk;
    const enabled = new Uint8Array(2).fill(1);
    overlapping.enable('sk-an', asciiCodes('sk-an', undefined), enabled);
    expect([...enabled]).toEqual([1, 1]);
  });

  it('reads the third character before comparing, in both cases for a case-insensitive trigger', () => {
    const walk = TriggerWalk.of([
      { recognizer: { triggers: ['at]'] }, index: 0 },
      { recognizer: { caseInsensitiveTriggers: ['atx'] }, index: 1 },
      { recognizer: { triggers: ['at'] }, index: 2 },
      { recognizer: { triggers: ['a'] }, index: 3 },
    ]) as TriggerWalk;
    const run = (text: string): number[] => {
      const enabled = new Uint8Array(4).fill(1);
      walk.enable(text, asciiCodes(text, undefined), enabled);
      return [...enabled];
    };
    expect(run('status date at)')).toEqual([0, 0, 1, 1]);
    expect(run('[at]')).toEqual([1, 0, 1, 1]);
    expect(run('AtX')).toEqual([0, 1, 0, 0]);
    expect(run('aTx')).toEqual([0, 1, 0, 1]);
    // At the end of the text: a trigger of two characters, then one of one.
    expect(run('xat')).toEqual([0, 0, 1, 1]);
    expect(run('xa')).toEqual([0, 0, 0, 1]);
    expect(run('at]' + 'b'.repeat(70_000))).toEqual([1, 0, 1, 1]);
    expect(run('b'.repeat(70_000) + 'ATX')).toEqual([0, 1, 0, 0]);
  });

  it("reads a word processor's dash as itself, though the bytes it walks give it the byte of `-`", () => {
    const walk = TriggerWalk.of([
      { recognizer: { caseInsensitiveTriggers: ['k-'] }, index: 0 },
      { recognizer: { triggers: ['a\u2013b'] }, index: 1 },
    ]) as TriggerWalk;
    const run = (text: string): number[] => {
      const enabled = new Uint8Array(2).fill(1);
      walk.enable(text, asciiCodes(text, undefined), enabled);
      return [...enabled];
    };
    expect(run('K\u2010 a-b')).toEqual([0, 0]);
    expect(run('K- a\u2013b')).toEqual([1, 1]);
    expect(run('x\u2010 a\u2014b')).toEqual([0, 0]);
  });

  it('declines lists it cannot decide as the searches would', () => {
    expect(TriggerWalk.of([{ recognizer: { caseInsensitiveTriggers: ['contraseña'] }, index: 0 }])).toBeUndefined();
    expect(TriggerWalk.of([{ recognizer: { triggers: [''] }, index: 0 }])).toBeUndefined();
    expect(TriggerWalk.of([{ recognizer: { triggers: ['ñ'] }, index: 0 }])).toBeInstanceOf(TriggerWalk);
  });

  it('never enables a recognizer with an upper-case case-insensitive trigger, as the lower-cased search never finds it', () => {
    const walk = TriggerWalk.of([{ recognizer: { caseInsensitiveTriggers: ['Pass'] }, index: 0 }]) as TriggerWalk;
    const enabled = new Uint8Array(1).fill(1);
    walk.enable('Pass PASS pass', asciiCodes('Pass PASS pass', undefined), enabled);
    expect(enabled[0]).toBe(0);
  });
});
