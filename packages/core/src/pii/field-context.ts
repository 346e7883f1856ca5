import type { Recognizer } from './recognizer.js';

// A value's field name as context (ScanOptions.field): the value is also read behind its name, as
// `field: value`, the way its JSON text would show it (`"routing_number": "021000021"`, `"password": "..."`).

/** Values up to this long are also read behind their field name. */
export const FIELD_CONTEXT_LIMIT = 2048;

/** The text a value is read in behind its field name; spans from `label.length` on are the value's. */
export function fieldLabel(field: string): string {
  return `${field}: `;
}

/**
 * Whether a field name can change what is found in a value read behind it: a short one-line name holding one
 * of the recognizers' context words or triggers (a superset of what a context lookup or a keyword pattern such
 * as `password: ...` can find in the label). Other names add nothing, and the value is scanned once.
 */
export class FieldWords {
  /** Words of four characters or more, matched anywhere in the squashed name (`routing` in `routingNumber`). */
  readonly #words: readonly string[];
  /** Shorter words, matched as a whole word of the name only (`ip` is not in `description`), as context does. */
  readonly #shortWords: ReadonlySet<string>;
  readonly #verdicts = new Map<string, boolean>();

  constructor(recognizers: readonly Recognizer[]) {
    const words = new Set<string>();
    for (const recognizer of recognizers) {
      for (const list of Object.values(recognizer.context ?? {})) for (const word of list) words.add(word);
      for (const word of recognizer.triggers ?? []) words.add(word);
      for (const word of recognizer.caseInsensitiveTriggers ?? []) words.add(word);
    }
    // Lower case, and each run of spaces, `_` and `-` dropped: `tax id` then matches `tax_id`, `taxId`, `TaxID`.
    const squashed = [...words].map(squash).filter((word) => word.length > 0);
    this.#words = squashed.filter((word) => word.length > 3);
    this.#shortWords = new Set(squashed.filter((word) => word.length <= 3));
  }

  /** Whether `field` is worth reading as context of a value of `length` characters. */
  matters(field: string, length: number): boolean {
    if (length > FIELD_CONTEXT_LIMIT || field.length === 0 || field.length > 64 || /[\r\n]/.test(field)) return false;
    let verdict = this.#verdicts.get(field);
    if (verdict === undefined) {
      const name = squash(field);
      verdict =
        this.#words.some((word) => name.includes(word)) ||
        this.#shortWords.has(name) ||
        wordsOf(field).some((word) => this.#shortWords.has(word));
      if (this.#verdicts.size >= 4096) this.#verdicts.clear();
      this.#verdicts.set(field, verdict);
    }
    return verdict;
  }
}

/** The words of a name, lower-cased: `orderId`, `order_id` and `Order ID` all give `order`, `id`. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}
