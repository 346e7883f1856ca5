/**
 * Every prefix of every token a client issued, kept in step with a client's `issuedTokens()`. Answers one
 * question fast: where can a text be cut so that no issued token is split and no token's boundary is undecided?
 */
export class TokenPrefixIndex {
  readonly #source: () => ReadonlySet<string>;
  readonly #prefixes = new Set<string>();
  readonly #indexed = new Set<string>();
  readonly #lengths = new Set<number>();
  #size = 0;
  #maxLength = 0;

  constructor(source: () => ReadonlySet<string>) {
    this.#source = source;
  }

  /**
   * Where to cut `text` so that everything before the cut can be emitted now. The suffix from the cut is the
   * longest one that is a prefix of an issued token, the whole token included: a complete token at the very end
   * waits for the next character, because the token grammar looks one character ahead (`x@mask.invalid` then
   * `.`, a card token then another digit). And the cut never falls inside a complete token: when the held suffix
   * starts inside one (a token ending in `d` while another token starts with `d`), the cut moves past it.
   */
  cut(text: string): number {
    this.#refresh();
    let from = Math.max(0, text.length - this.#maxLength);
    for (;;) {
      let cut = text.length;
      for (let start = from; start < text.length; start++) {
        if (this.#prefixes.has(text.slice(start))) {
          cut = start;
          break;
        }
      }
      const straddled = this.#tokenEndingAfter(text, cut);
      if (straddled === undefined) return cut;
      from = straddled;
    }
  }

  /** Whether `value` is an issued token (of those indexed). */
  isToken(value: string): boolean {
    return this.#indexed.has(value);
  }

  /** End of a complete issued token that starts before `cut` and ends after it, if there is one. */
  #tokenEndingAfter(text: string, cut: number): number | undefined {
    if (cut === 0 || cut === text.length) return undefined;
    let furthest: number | undefined;
    for (let start = Math.max(0, cut - this.#maxLength + 1); start < cut; start++) {
      for (const length of this.#lengths) {
        const end = start + length;
        if (end <= cut || end > text.length || (furthest !== undefined && end <= furthest)) continue;
        if (this.#indexed.has(text.slice(start, end))) furthest = end;
      }
    }
    return furthest;
  }

  #refresh(): void {
    const tokens = this.#source();
    if (tokens.size === this.#size) return;
    // The client's set is an LRU (re-issuing moves a token to the end, the oldest fall out), so new tokens are
    // not only at the end: look at all of them, but only when the size changed. Prefixes of evicted tokens stay
    // (a few characters of extra holdback, never a missed one).
    for (const token of tokens) {
      if (this.#indexed.has(token)) continue;
      this.#indexed.add(token);
      for (let length = 1; length <= token.length; length++) this.#prefixes.add(token.slice(0, length));
      this.#lengths.add(token.length);
      if (token.length > this.#maxLength) this.#maxLength = token.length;
    }
    this.#size = tokens.size;
  }
}
