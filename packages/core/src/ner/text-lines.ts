/** A letter or number (one UTF-16 unit: a surrogate half is neither). */
const ALNUM = /[\p{L}\p{N}]/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** First and last letter or digit on the line (-1 when none). */
  readonly firstAlnum: number;
  readonly lastAlnum: number;
  readonly hasDigit: boolean;
}

/**
 * Line lookups over one text in O(log lines) each, every line scanned at most once, so rules that ask
 * "is this chunk alone on its line?" stay linear on megabyte inputs without line breaks.
 */
export class TextLines {
  readonly text: string;
  readonly #breaks: number[] = [];
  readonly #lines = new Map<number, Line>();

  constructor(text: string) {
    this.text = text;
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) this.#breaks.push(index);
  }

  /** Index of the line holding offset `at`. */
  lineIndex(at: number): number {
    let low = 0;
    let high = this.#breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#breaks[middle]! < at) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  line(index: number): Line | undefined {
    if (index < 0 || index > this.#breaks.length) return undefined;
    let line = this.#lines.get(index);
    if (!line) {
      const start = index === 0 ? 0 : this.#breaks[index - 1]! + 1;
      const end = index < this.#breaks.length ? this.#breaks[index]! : this.text.length;
      let firstAlnum = -1;
      let lastAlnum = -1;
      let hasDigit = false;
      for (let at = start; at < end; at++) {
        const code = this.text.charCodeAt(at);
        const digit = code >= 48 && code <= 57;
        if (code < 128 ? !digit && !isAsciiLetter(code) : !ALNUM.test(this.text[at]!)) continue;
        if (firstAlnum < 0) firstAlnum = at;
        lastAlnum = at;
        if (digit) hasDigit = true;
      }
      line = { start, end, firstAlnum, lastAlnum, hasDigit };
      this.#lines.set(index, line);
    }
    return line;
  }

  /** Only non-letters (bullets, quotes, `>`) share the line with `[start, end)`, and the text has several lines. */
  aloneOnLine(start: number, end: number): boolean {
    if (this.#breaks.length === 0) return false;
    const line = this.line(this.lineIndex(start))!;
    return line.firstAlnum === start && line.lastAlnum === end - 1;
  }

  /** The line before the one holding `at` has a digit (a street or apartment line). */
  previousLineHasDigit(at: number): boolean {
    return this.line(this.lineIndex(at) - 1)?.hasDigit ?? false;
  }
}
