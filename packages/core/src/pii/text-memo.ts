/**
 * A value worked out once per scanned text, and let go with the text at the next microtask: scans are
 * synchronous, so no plaintext is kept past the scan. A text equal to the last one (the same document scanned
 * again, which the scanner reads from a new flat copy) keeps the value and becomes the one compared after: two
 * equal strings compare by reading them whole, the same string at once.
 */
export class TextMemo<T> {
  #text: string | undefined;
  #value: T | undefined;
  readonly #make: (text: string) => T;

  constructor(make: (text: string) => T) {
    this.#make = make;
  }

  of(text: string): T {
    if (text !== this.#text || this.#value === undefined) {
      if (this.#text === undefined) queueMicrotask(() => this.#forget());
      this.#value = this.#make(text);
    }
    this.#text = text;
    return this.#value;
  }

  #forget(): void {
    this.#text = undefined;
    this.#value = undefined;
  }
}
