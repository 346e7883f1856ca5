/**
 * Placeholder tokens for unstructured types (and the fallback of every format whose reserved space runs
 * short): `[TYPE_n]`, `n` counting from 1 per type and scope. Counters never reuse a number, so two values
 * never share a placeholder. Space: unbounded.
 */
export function placeholder(entityType: string, index: number): string {
  return `[${entityType}_${index}]`;
}

/** Placeholders in free text: `[` UPPER_SNAKE `_` digits `]`. */
export const PLACEHOLDER_GRAMMAR = /\[([A-Z][A-Z0-9_]*?)_([1-9]\d{0,8})\]/g;
