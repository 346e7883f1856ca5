import type { DeterministicStream } from '../../crypto/deterministic-stream.js';

/**
 * A format-preserving token format for one entity type. Candidates are drawn from `stream`, which is keyed
 * by the scope's token-derivation key and the value, so one value always yields the same candidate sequence.
 */
export interface TokenFormat {
  readonly entityType: string;
  /** Whether this value has a shape the format can preserve (else the value gets a placeholder). */
  accepts(value: string): boolean;
  /** A candidate token with the value's layout. */
  candidate(value: string, stream: DeterministicStream): string;
  /**
   * Finds strings in free text that have this format's token shape (a strict grammar: reserved ranges
   * and checksums). A match is a token only if the scope's vault also holds it.
   */
  readonly grammar: RegExp;
  /** Extra check on a grammar match (checksums). */
  isTokenShape?(match: string): boolean;
  /**
   * A grammar match may be a token glued by white space to other text of the same shape (a phone token at the
   * end of a line, before the next line's id, or before a date): its parts between white space that match
   * `whole` are candidates too, and so is the match after a `prefix` glued to it; the vault tells which is the
   * token.
   */
  readonly splitsAtSpaces?: { readonly whole: RegExp; readonly prefix?: RegExp };
  /**
   * Present when the format's tokens come from a range real data never uses: a match of the grammar is then a
   * token whatever the vault says, and detectors skip it without a lookup. `mayContain` is a cheap pre-check.
   */
  readonly reserved?: { mayContain(text: string): boolean };
  /** For a format that is not reserved: a cheap pre-check, false when the grammar cannot match in the text. */
  mayContain?(text: string): boolean;
}

/** Replaces the digits of `layout` in order with `digits`, keeping every other character. */
export function fillDigits(layout: string, digits: string): string {
  let index = 0;
  return layout.replace(/\d/g, () => digits[index++] ?? '0');
}

/** Count of ASCII digits. */
export function countDigits(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}
