import { escapeRegex } from './context.js';

/** A gated recognizer's triggers, and its index in the plan. */
export interface GatedTriggers {
  readonly recognizer: { readonly triggers?: readonly string[]; readonly caseInsensitiveTriggers?: readonly string[] };
  readonly index: number;
}

/**
 * Every gated recognizer's triggers found in one walk over a short text: one regex per kind (case-sensitive,
 * case-insensitive) holding every trigger, run from each position where one matched to the next. A text with a
 * trigger used to cost an `includes` per trigger of every gated recognizer (about 70 native searches); the walk
 * costs two searches and a step per trigger found.
 *
 * It decides exactly what the searches decided: a recognizer runs when one of its triggers occurs in the text and
 * one of its case-insensitive triggers occurs in the lower-cased text (each list only when given). At a position,
 * the regex reports the longest trigger there (the alternatives go longest first); every other trigger found there
 * is a prefix of it, so the recognizers a match enables are those with a trigger that prefixes it.
 */
export class TriggerWalk {
  /** Gated recognizers, by plan index, in the order `enable` reads them. */
  readonly #indexes: Int32Array;
  /** 1 where the recognizer at the same place in #indexes has triggers of that kind. */
  readonly #needsSensitive: Uint8Array;
  readonly #needsInsensitive: Uint8Array;
  readonly #sensitive: RegExp | undefined;
  readonly #insensitive: RegExp | undefined;
  /** Per trigger the regex can report: the places in #indexes it enables. */
  readonly #sensitiveOwners: Map<string, readonly number[]>;
  readonly #insensitiveOwners: Map<string, readonly number[]>;
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
    this.#sensitive = alternation(sensitive, 'g');
    this.#insensitive = alternation(insensitive, 'gi');
    this.#sensitiveOwners = owners(sensitive);
    this.#insensitiveOwners = owners(insensitive);
  }

  /**
   * Sets `enabled[index]` to 0 for each gated recognizer whose triggers the text lacks (and leaves the others as
   * they are). The caller rules out U+0130 and U+212A first: lower-casing turns them into ASCII letters, which the
   * `i` flag does not match to them.
   */
  enable(text: string, enabled: Uint8Array): void {
    const foundSensitive = this.#foundSensitive.fill(0);
    const foundInsensitive = this.#foundInsensitive.fill(0);
    if (this.#sensitive !== undefined) walk(this.#sensitive, text, this.#sensitiveOwners, foundSensitive, false);
    if (this.#insensitive !== undefined) walk(this.#insensitive, text, this.#insensitiveOwners, foundInsensitive, true);
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

function walk(
  regex: RegExp,
  text: string,
  owners: Map<string, readonly number[]>,
  found: Uint8Array,
  fold: boolean,
): void {
  regex.lastIndex = 0;
  let match = regex.exec(text);
  while (match !== null) {
    const trigger = match[0];
    const places = owners.get(fold ? trigger.toLowerCase() : trigger);
    if (places !== undefined) for (const place of places) found[place] = 1;
    regex.lastIndex = match.index + 1;
    match = regex.exec(text);
  }
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 128) return false;
  return true;
}

/** Every trigger once, longest first (see TriggerWalk), or undefined when there is none. */
function alternation(lists: readonly (readonly string[])[], flags: string): RegExp | undefined {
  const triggers = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
  return triggers.length === 0 ? undefined : new RegExp(triggers.map(escapeRegex).join('|'), flags);
}

/** Per trigger, the places (in the list) of the lists holding a prefix of it. */
function owners(lists: readonly (readonly string[])[]): Map<string, readonly number[]> {
  const triggers = [...new Set(lists.flat())];
  const result = new Map<string, readonly number[]>();
  for (const trigger of triggers) {
    const places: number[] = [];
    for (const [place, list] of lists.entries()) {
      if (list.some((prefix) => trigger.startsWith(prefix))) places.push(place);
    }
    result.set(trigger, places);
  }
  return result;
}
