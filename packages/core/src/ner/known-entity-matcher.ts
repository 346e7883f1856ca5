import { MaskError } from '../errors/mask-error.js';
import type { KnownEntity } from '../scanner/scanner.js';
import type { Span } from '../scanner/span.js';
import { foldUnit } from './fold.js';

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = /\s/;

interface Pattern {
  readonly type: string;
  readonly length: number;
}

/**
 * Finds caller-supplied values (people, organisations, funds, emails, places) in text, in one pass over the
 * text whatever the dictionary size (Aho-Corasick over case- and accent-folded text, whitespace runs
 * collapsed), reporting whole-word matches only. The dictionary lives in memory only: it is never persisted,
 * logged or put into an error message.
 *
 * @example
 * import { KnownEntityMatcher } from '@mask/core';
 * const matcher = new KnownEntityMatcher([{ type: 'PERSON', value: 'José Núñez' }]);
 * matcher.find('met jose nunez today'); // [{ type: 'PERSON', start: 4, end: 14, ... }]
 */
export class KnownEntityMatcher {
  readonly #next: Map<string, number>[] = [new Map()];
  readonly #fail: number[] = [0];
  readonly #output: number[][] = [[]];
  readonly #patterns: Pattern[] = [];

  constructor(entities: readonly KnownEntity[]) {
    if (!Array.isArray(entities)) throw new MaskError('INVALID_INPUT', 'knownEntities must be an array');
    for (const entity of entities) this.#add(entity);
    this.#link();
  }

  /** Number of distinct dictionary entries. */
  get size(): number {
    return this.#patterns.length;
  }

  #add(entity: KnownEntity): void {
    if (
      typeof entity !== 'object' ||
      entity === null ||
      typeof entity.value !== 'string' ||
      typeof entity.type !== 'string'
    ) {
      throw new MaskError('INVALID_INPUT', 'a known entity needs a string type and value');
    }
    const folded = foldForMatch(entity.value.trim());
    if (folded.length === 0) return;
    let node = 0;
    for (const unit of folded) {
      let child = this.#next[node]!.get(unit);
      if (child === undefined) {
        child = this.#next.length;
        this.#next.push(new Map());
        this.#fail.push(0);
        this.#output.push([]);
        this.#next[node]!.set(unit, child);
      }
      node = child;
    }
    this.#patterns.push({ type: entity.type, length: folded.length });
    this.#output[node]!.push(this.#patterns.length - 1);
  }

  #link(): void {
    const queue: number[] = [];
    for (const child of this.#next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [unit, child] of this.#next[node]!) {
        let fallback = this.#fail[node]!;
        while (fallback !== 0 && !this.#next[fallback]!.has(unit)) fallback = this.#fail[fallback]!;
        const target = this.#next[fallback]!.get(unit);
        this.#fail[child] = target !== undefined && target !== child ? target : 0;
        this.#output[child]!.push(...this.#output[this.#fail[child]!]!);
        queue.push(child);
      }
    }
  }

  /** Whole-word matches in `text` (UTF-16 offsets), overlapping matches included. */
  find(text: string, recognizer = 'known-entities'): Span[] {
    const spans: Span[] = [];
    if (this.#patterns.length === 0) return spans;
    // positions[k] = offset in `text` of the k-th folded unit fed to the automaton.
    const positions: number[] = [];
    let node = 0;
    let lastWasSpace = true;
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!;
      let unit: string;
      if (SPACE.test(char)) {
        if (lastWasSpace) continue;
        unit = ' ';
        lastWasSpace = true;
      } else {
        unit = foldUnit(char.charCodeAt(0));
        if (unit === '') continue;
        lastWasSpace = false;
      }
      positions.push(index);
      while (node !== 0 && !this.#next[node]!.has(unit)) node = this.#fail[node]!;
      node = this.#next[node]!.get(unit) ?? 0;
      for (const patternIndex of this.#output[node]!) {
        const pattern = this.#patterns[patternIndex]!;
        const start = positions[positions.length - pattern.length]!;
        let end = index + 1;
        while (end < text.length && /\p{M}/u.test(text[end]!)) end++;
        if (isWordChar(text, start - 1) && isWordChar(text, start)) continue;
        if (isWordChar(text, end) && isWordChar(text, end - 1)) continue;
        spans.push({ type: pattern.type, start, end, score: 1, recognizer });
      }
    }
    return spans;
  }
}

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text[index]!);
}

function foldForMatch(value: string): string {
  let folded = '';
  let lastWasSpace = false;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (SPACE.test(char)) {
      if (!lastWasSpace) folded += ' ';
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    folded += foldUnit(char.charCodeAt(0));
  }
  return folded;
}
