import { codeByte } from './ascii-codes.js';

/** A gated recognizer's triggers, and its index in the plan. */
export interface GatedTriggers {
  readonly recognizer: { readonly triggers?: readonly string[]; readonly caseInsensitiveTriggers?: readonly string[] };
  readonly index: number;
}

/**
 * Every gated recognizer's triggers found in one walk over a short text: at each position, the triggers that start
 * with its two characters (one table lookup, most positions have none) are compared there. A text with a trigger
 * used to cost an `includes` per trigger of every gated recognizer (about 70 native searches); then two regexes of
 * every trigger as alternatives, run from each match to the next, which cost twice this walk on bench/detect's
 * corpus (irregexp tries the alternatives that share a first letter one by one at every position).
 *
 * It decides exactly what the searches decided: a recognizer runs when one of its triggers occurs in the text and
 * one of its case-insensitive triggers occurs in the lower-cased text (each list only when given). The caller rules
 * out U+0130 and U+212A, the only characters that lower-case to ASCII letters: a case-insensitive trigger (ASCII)
 * then occurs in the lower-cased text exactly where the text matches it with ASCII letters folded.
 */
export class TriggerWalk {
  /** Gated recognizers, by plan index, in the order `enable` reads them. */
  readonly #indexes: Int32Array;
  /** 1 where the recognizer at the same place in #indexes has triggers of that kind. */
  readonly #needsSensitive: Uint8Array;
  readonly #needsInsensitive: Uint8Array;
  /**
   * Per pair of characters (see pairSlot), the index in #buckets of the triggers that may start with it, or 0 for
   * none: a case-insensitive trigger under every spelling of its first two characters, a trigger of one character
   * under every second character.
   */
  readonly #heads: Uint16Array;
  /** Triggers by their first two characters; slot 0 unused. */
  readonly #buckets: (readonly WalkedTrigger[])[];
  /**
   * Per bucket and character slot: 1 when a trigger of the bucket may have that third character (any, for a trigger
   * of one or two characters). Most pairs that open a trigger (`at`, `st`, `pa`) open far more words than triggers:
   * the third character rules them out before any comparison.
   */
  readonly #thirds: Uint8Array;
  /** Scratch: 1 where a trigger of that kind was found. */
  readonly #foundSensitive: Uint8Array;
  readonly #foundInsensitive: Uint8Array;

  /**
   * Undefined when the walk cannot decide as the searches would: a case-insensitive trigger outside ASCII (the `i`
   * flag and lower-casing differ there) or an empty trigger.
   */
  static of(gated: readonly GatedTriggers[]): TriggerWalk | undefined {
    const all = gated.flatMap(({ recognizer }) => [
      ...(recognizer.triggers ?? []),
      ...(recognizer.caseInsensitiveTriggers ?? []),
    ]);
    if (all.some((trigger) => trigger.length === 0)) return undefined;
    const insensitive = gated.flatMap(({ recognizer }) => recognizer.caseInsensitiveTriggers ?? []);
    if (insensitive.some((trigger) => !isAscii(trigger))) return undefined;
    return new TriggerWalk(gated);
  }

  private constructor(gated: readonly GatedTriggers[]) {
    this.#indexes = Int32Array.from(gated, ({ index }) => index);
    this.#needsSensitive = Uint8Array.from(gated, ({ recognizer }) => (recognizer.triggers === undefined ? 0 : 1));
    this.#needsInsensitive = Uint8Array.from(gated, ({ recognizer }) =>
      recognizer.caseInsensitiveTriggers === undefined ? 0 : 1,
    );
    this.#foundSensitive = new Uint8Array(gated.length);
    this.#foundInsensitive = new Uint8Array(gated.length);
    const sensitive = gated.map(({ recognizer }) => recognizer.triggers ?? []);
    // A case-insensitive trigger with an upper-case letter never occurs in a lower-cased text.
    const insensitive = gated.map(({ recognizer }) =>
      (recognizer.caseInsensitiveTriggers ?? []).filter((trigger) => trigger === trigger.toLowerCase()),
    );
    this.#heads = new Uint16Array(PAIR_SLOTS * PAIR_SLOTS);
    this.#buckets = [[]];
    const triggers = [...walkedTriggers(sensitive, false), ...walkedTriggers(insensitive, true)];
    for (const trigger of triggers) this.#add(trigger);
    this.#thirds = new Uint8Array(this.#buckets.length * PAIR_SLOTS);
    for (const [bucket, filed] of this.#buckets.entries()) {
      for (const { text, folded } of filed) {
        const slots = text.length < 3 ? ALL_SLOTS : spellings(text.charCodeAt(2), folded);
        for (const slot of slots) this.#thirds[bucket * PAIR_SLOTS + slot] = 1;
      }
    }
  }

  /** Files `trigger` under every pair of characters it may start with. */
  #add(trigger: WalkedTrigger): void {
    const { text, folded } = trigger;
    const seconds = text.length === 1 ? ALL_SLOTS : spellings(text.charCodeAt(1), folded);
    for (const first of spellings(text.charCodeAt(0), folded)) {
      for (const second of seconds) {
        const pair = first * PAIR_SLOTS + second;
        let bucket = this.#heads[pair] as number;
        if (bucket === 0) {
          bucket = this.#buckets.length;
          this.#buckets.push([]);
          this.#heads[pair] = bucket;
        }
        (this.#buckets[bucket] as WalkedTrigger[]).push(trigger);
      }
    }
  }

  /**
   * Sets `enabled[index]` to 0 for each gated recognizer whose triggers the text lacks (and leaves the others as
   * they are). The caller rules out U+0130 and U+212A first: lower-casing turns them into ASCII letters, which the
   * `i` flag does not match to them.
   */
  enable(text: string, codes: Uint8Array, enabled: Uint8Array): void {
    const foundSensitive = this.#foundSensitive.fill(0);
    const foundInsensitive = this.#foundInsensitive.fill(0);
    const heads = this.#heads;
    const thirds = this.#thirds;
    const length = text.length;
    // The slots of the characters at position, position + 1 and position + 2, read off the text's bytes. Past the
    // end, slot 0: no trigger has NUL there, and one that did is compared whole.
    let first = length === 0 ? 0 : (codes[0] as number);
    let second = length < 2 ? 0 : (codes[1] as number);
    for (let position = 0; position < length; position++) {
      const third = position + 2 < length ? (codes[position + 2] as number) : 0;
      const bucket = heads[first * PAIR_SLOTS + second] as number;
      first = second;
      second = third;
      if (bucket === 0 || thirds[bucket * PAIR_SLOTS + third] === 0) continue;
      for (const trigger of this.#buckets[bucket] as readonly WalkedTrigger[]) {
        if (trigger.folded) {
          if (foldedAt(text, position, trigger.text)) for (const place of trigger.places) foundInsensitive[place] = 1;
        } else if (text.startsWith(trigger.text, position)) {
          for (const place of trigger.places) foundSensitive[place] = 1;
        }
      }
    }
    const indexes = this.#indexes;
    for (let place = 0; place < indexes.length; place++) {
      if (
        (this.#needsSensitive[place] === 1 && foundSensitive[place] !== 1) ||
        (this.#needsInsensitive[place] === 1 && foundInsensitive[place] !== 1)
      ) {
        enabled[indexes[place] as number] = 0;
      }
    }
  }
}

/** One trigger of the walk, and the places (in the gated list) of the recognizers it belongs to. */
interface WalkedTrigger {
  readonly text: string;
  /** Compared with ASCII letters folded (a case-insensitive trigger, in lower case). */
  readonly folded: boolean;
  readonly places: readonly number[];
}

/**
 * Slots per character of a pair: the character's byte in asciiCodes (its code when ASCII, 45 for a word processor's
 * dash, 128 for every other character).
 */
const PAIR_SLOTS = 129;

/** Every slot: what may follow the first character of a trigger of one, or the second of a trigger of two. */
const ALL_SLOTS: readonly number[] = Array.from({ length: PAIR_SLOTS }, (_, slot) => slot);

/** The slots a trigger's character matches: both cases of a folded (lower-case) letter. */
function spellings(code: number, folded: boolean): number[] {
  return folded && code >= 97 && code <= 122 ? [code, code - 32] : [codeByte(code)];
}

/** Whether `trigger` (lower-case ASCII) occurs at `position` with the text's ASCII letters lower-cased. */
function foldedAt(text: string, position: number, trigger: string): boolean {
  if (position + trigger.length > text.length) return false;
  // From the first character: the table read bytes, and a word processor's dash has the byte of `-`.
  for (let index = 0; index < trigger.length; index++) {
    let code = text.charCodeAt(position + index);
    if (code >= 65 && code <= 90) code |= 32;
    if (code !== trigger.charCodeAt(index)) return false;
  }
  return true;
}

/** Every trigger of the lists once, with the places of the lists holding it. */
function walkedTriggers(lists: readonly (readonly string[])[], folded: boolean): WalkedTrigger[] {
  const places = new Map<string, number[]>();
  for (const [place, list] of lists.entries()) {
    for (const trigger of list) {
      const owners = places.get(trigger);
      if (owners === undefined) places.set(trigger, [place]);
      else if (owners[owners.length - 1] !== place) owners.push(place);
    }
  }
  return [...places].map(([text, owners]) => ({ text, folded, places: owners }));
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 128) return false;
  return true;
}
