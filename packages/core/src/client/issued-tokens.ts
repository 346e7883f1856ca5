/** A set of issued tokens whose `version` changes on every mutation (so indexes notice evictions too). */
export class VersionedTokenSet extends Set<string> {
  version = 0;
}

/** Limits of {@link IssuedTokens}. */
export interface IssuedTokensOptions {
  /** Most tokens remembered across all scopes. @default 100_000 */
  readonly maxTokens?: number;
  /** Most scopes remembered. @default 1_000 */
  readonly maxScopes?: number;
}

/**
 * Tokens issued per scope, for stream holdback. Bounded across scopes: least recently used scopes are forgotten
 * first, then the oldest tokens of a scope that alone exceeds the budget. A server that opens a scope per
 * request or per map handle therefore keeps a constant footprint. Forgetting is safe: a token missing here is at
 * worst shown as token text when a stream splits it (it fails closed, never half-decoded).
 */
export class IssuedTokens {
  private readonly scopes = new Map<string, VersionedTokenSet>();
  private total = 0;
  private readonly maxTokens: number;
  private readonly maxScopes: number;

  constructor(options: IssuedTokensOptions = {}) {
    this.maxTokens = options.maxTokens ?? 100_000;
    this.maxScopes = options.maxScopes ?? 1_000;
  }

  /** The live set of a scope (created empty on first use). */
  get(scopeId: string): VersionedTokenSet {
    let set = this.scopes.get(scopeId);
    if (set) {
      // Map order is recency: move this scope to the young end.
      this.scopes.delete(scopeId);
    } else {
      set = new VersionedTokenSet();
    }
    this.scopes.set(scopeId, set);
    this.evictScopes(scopeId);
    return set;
  }

  /** Records tokens as issued in a scope (re-issued ones become the youngest). */
  add(scopeId: string, tokens: readonly string[]): void {
    if (tokens.length === 0) return;
    const set = this.get(scopeId);
    for (const token of tokens) {
      if (set.delete(token)) this.total--;
      set.add(token);
      this.total++;
    }
    set.version++;
    this.evictScopes(scopeId);
    while (this.total > this.maxTokens && set.size > 0) {
      set.delete(set.values().next().value as string);
      this.total--;
    }
  }

  /** Number of scopes and tokens held (for tests and metrics). */
  get stats(): { scopes: number; tokens: number } {
    return { scopes: this.scopes.size, tokens: this.total };
  }

  private evictScopes(keep: string): void {
    for (const [scopeId, set] of this.scopes) {
      if (this.scopes.size <= this.maxScopes && this.total <= this.maxTokens) return;
      if (scopeId === keep) continue;
      this.scopes.delete(scopeId);
      this.total -= set.size;
      set.clear();
      set.version++;
    }
  }
}
