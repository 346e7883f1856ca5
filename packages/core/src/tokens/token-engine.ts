import type { EntityType } from '../scanner/span.js';
import type { TokenScope } from './scope.js';

/** One value to tokenize. */
export interface TokenizeItem {
  readonly type: EntityType;
  readonly value: string;
  /**
   * A `[TYPE_n]` placeholder even when the type has a format: the value is a part of a finding (`Span.part`),
   * and a format-preserving token glued to its neighbours might not read back. Engines without placeholders
   * (vaultless FPE) ignore it.
   */
  readonly placeholder?: boolean;
}

/** What became of one {@link TokenizeItem}. */
export interface TokenizeOutcome {
  readonly token: string;
  readonly type: EntityType;
  /** The value was itself a token of this scope and was left as it is. */
  readonly alreadyToken: boolean;
  /** The value already had a token in this scope (nothing new was stored). */
  readonly reused: boolean;
}

/** A decoded token. */
export interface DetokenizeOutcome {
  readonly value: string;
  readonly type: EntityType;
}

/**
 * Turns values into tokens and back, within a scope. `VaultTokenEngine` (the default) stores AES-GCM
 * ciphertext in a {@link Vault}; the vaultless FF1 engine derives tokens by format-preserving encryption.
 * Both are batch-first: one call, O(1) round trips, whatever the number of values.
 */
export interface TokenEngine {
  tokenize(scope: TokenScope, items: readonly TokenizeItem[]): Promise<TokenizeOutcome[]>;
  /** Values for `tokens`, in order; `undefined` for a string that is not a token of this scope. */
  detokenize(scope: TokenScope, tokens: readonly string[]): Promise<(DetokenizeOutcome | undefined)[]>;
  /**
   * Whether each string is a token this scope issued, without decrypting. Engines that can tell (a vault can;
   * vaultless FPE cannot, since every well-formed string decrypts) implement it, and scanning then never
   * detects anything inside a confirmed token. An engine that implements it must also report `alreadyToken`
   * from `tokenize` for a value that is itself a token it issued: the text codec asks `isIssued` only about
   * token-shaped strings that a detected span crosses, and leaves a span that is exactly a token to `tokenize`.
   */
  isIssued?(scope: TokenScope, tokens: readonly string[]): Promise<boolean[]>;
}
