/**
 * Every proper prefix of every token a client issued, kept in step with a client's `issuedTokens()`.
 * Answers one question fast: how long is the longest suffix of a text that could still become an issued token?
 */
export class TokenPrefixIndex {
  readonly #source: () => ReadonlySet<string>;
  readonly #prefixes = new Set<string>();
  readonly #indexed = new Set<string>();
  #size = 0;
  #maxPrefixLength = 0;

  constructor(source: () => ReadonlySet<string>) {
    this.#source = source;
  }

  /**
   * Start of the longest suffix of `text` that is a proper prefix of an issued token, or `text.length` when no
   * suffix is. A complete token that is itself a prefix of a longer token (a 15-digit card token inside a
   * 16-digit one) counts as a prefix: the next chunk decides.
   */
  holdbackStart(text: string): number {
    this.#refresh();
    const from = Math.max(0, text.length - this.#maxPrefixLength);
    for (let start = from; start < text.length; start++) {
      if (this.#prefixes.has(text.slice(start))) return start;
    }
    return text.length;
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
      for (let length = 1; length < token.length; length++) this.#prefixes.add(token.slice(0, length));
      if (token.length - 1 > this.#maxPrefixLength) this.#maxPrefixLength = token.length - 1;
    }
    this.#size = tokens.size;
  }
}
