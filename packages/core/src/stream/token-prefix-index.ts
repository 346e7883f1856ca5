/**
 * The issued tokens of one scope, sorted, kept in step with a client's `issuedTokens()`. Answers one question
 * fast: where can a text be cut so that no issued token is split and no token's boundary is undecided?
 *
 * Memory is one array of references to the client's own token strings (a scope may hold 100,000 tokens), and
 * every rehydrator of a scope shares one index (see {@link TokenPrefixIndex.for}).
 */
export class TokenPrefixIndex {
  static readonly #shared = new WeakMap<ReadonlySet<string>, TokenPrefixIndex>();

  /** The index of this set of issued tokens, shared by every stream of the scope. */
  static for(tokens: ReadonlySet<string>): TokenPrefixIndex {
    let index = TokenPrefixIndex.#shared.get(tokens);
    if (!index) {
      index = new TokenPrefixIndex();
      TokenPrefixIndex.#shared.set(tokens, index);
    }
    index.#refresh(tokens);
    return index;
  }

  #sorted: string[] = [];
  #indexed = new Set<string>();
  #lengths: number[] = [];
  /** The set's `version` (or size, for a plain set) when last indexed. */
  #seen = -1;
  #maxLength = 0;

  /**
   * Where to cut `text` so that everything before the cut can be emitted now. The suffix from the cut is the
   * longest one that is a prefix of an issued token, the whole token included: a complete token at the very end
   * waits for the next character, because the token grammar looks one character ahead (`x@mask.invalid` then
   * `.`, a card token then another digit). And the cut never falls inside a complete token: when the held suffix
   * starts inside one (a token ending in `d` while another token starts with `d`), the cut moves past it.
   */
  cut(text: string): number {
    let from = Math.max(0, text.length - this.#maxLength);
    for (;;) {
      let cut = text.length;
      for (let start = from; start < text.length; start++) {
        if (this.#isPrefix(text.slice(start))) {
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

  /** Whether some issued token starts with `value`: the first token >= value does, if any does. */
  #isPrefix(value: string): boolean {
    const index = this.#lowerBound(value);
    return index < this.#sorted.length && (this.#sorted[index] as string).startsWith(value);
  }

  /** Index of the first token >= `value` (UTF-16 code unit order, the order of `Array.prototype.sort`). */
  #lowerBound(value: string): number {
    const sorted = this.#sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as string) < value) low = middle + 1;
      else high = middle;
    }
    return low;
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

  #refresh(tokens: ReadonlySet<string>): void {
    const seen = (tokens as { version?: number }).version ?? tokens.size;
    if (seen === this.#seen) return;
    // The client's set is an LRU (re-issuing moves a token to the end, the oldest fall out), so new tokens are
    // not only at the end: look at all of them, but only when the size changed. Evicted tokens stay indexed (a
    // few characters of extra holdback, never a missed one) until they are as many as the live ones.
    if (this.#indexed.size > 2 * tokens.size) {
      this.#sorted = [];
      this.#indexed = new Set();
      this.#lengths = [];
      this.#maxLength = 0;
    }
    const added: string[] = [];
    for (const token of tokens) {
      if (this.#indexed.has(token)) continue;
      this.#indexed.add(token);
      added.push(token);
      if (!this.#lengths.includes(token.length)) this.#lengths.push(token.length);
      if (token.length > this.#maxLength) this.#maxLength = token.length;
    }
    if (added.length > 64) {
      this.#sorted = this.#sorted.concat(added);
      this.#sorted.sort();
    } else {
      // A few new tokens (the usual case while a conversation runs): insert each in place.
      for (const token of added) this.#sorted.splice(this.#lowerBound(token), 0, token);
    }
    this.#seen = seen;
  }
}
