/**
 * Placeholder tokens for unstructured types (and the fallback of every format whose reserved space runs
 * short): `[TYPE_n]`, `n` counting from 1 per type and scope. Counters never reuse a number, so two values
 * never share a placeholder. Space: unbounded.
 */
export function placeholder(entityType: string, index: number): string {
  return `[${entityType}_${index}]`;
}

/** A whole text in a placeholder's shape (`[PERSON_1]`), any number after the type. */
const WHOLE_PLACEHOLDER = /^\[[A-Z][A-Z0-9_]*_\d+\]$/;

/**
 * Whether `text` is placeholder-shaped: where a whole value is read by its key (a password, a name, an identifier),
 * such a value is a Mask token the model sent back or an encoded record encoding again, not a value.
 */
export function isPlaceholderShaped(text: string): boolean {
  return WHOLE_PLACEHOLDER.test(text);
}

/** Placeholders in free text: `[` UPPER_SNAKE `_` digits `]`. */
export const PLACEHOLDER_GRAMMAR = /\[([A-Z][A-Z0-9_]*?)_([1-9]\d{0,8})\]/g;
