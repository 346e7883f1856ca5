/** A letter or number (one UTF-16 unit: a surrogate half is neither). */
const ALNUM = /[\p{L}\p{N}]/u;

function isAlnum(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return ALNUM.test(text[at]!);
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** First and last letter or digit on the line (-1 when none). */
  readonly firstAlnum: number;
  readonly lastAlnum: number;
  /** An ASCII digit on the line: read on first use. */
  hasDigit?: boolean;
}

/**
 * Line lookups over one text in O(log lines) each, every line scanned at most once, so rules that ask
 * "is this chunk alone on its line?" stay linear on megabyte inputs without line breaks. A line's first and
 * last letter are found from its two ends (a line rarely starts or ends with much else), its digits only when
 * asked for.
 */
export class TextLines {
  readonly text: string;
  readonly #breaks: number[] = [];
  readonly #lines: (Line | undefined)[] = [];

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

  /** Bounds and first / last letter or digit of line `index` (`hasDigit` only once asked through the methods). */
  line(index: number): Line | undefined {
    if (index < 0 || index > this.#breaks.length) return undefined;
    let line = this.#lines[index];
    if (!line) {
      const start = index === 0 ? 0 : this.#breaks[index - 1]! + 1;
      const end = index < this.#breaks.length ? this.#breaks[index]! : this.text.length;
      let firstAlnum = start;
      while (firstAlnum < end && !isAlnum(this.text, firstAlnum)) firstAlnum++;
      let lastAlnum = end - 1;
      while (lastAlnum >= firstAlnum && !isAlnum(this.text, lastAlnum)) lastAlnum--;
      line = firstAlnum < end ? { start, end, firstAlnum, lastAlnum } : { start, end, firstAlnum: -1, lastAlnum: -1 };
      this.#lines[index] = line;
    }
    return line;
  }

  /** Whether line `index` holds an ASCII digit (false for no such line). */
  lineHasDigit(index: number): boolean {
    const line = this.line(index);
    if (!line) return false;
    if (line.hasDigit === undefined) {
      line.hasDigit = false;
      for (let at = line.firstAlnum; at >= 0 && at <= line.lastAlnum; at++) {
        const code = this.text.charCodeAt(at);
        if (code >= 48 && code <= 57) {
          line.hasDigit = true;
          break;
        }
      }
    }
    return line.hasDigit;
  }

  /** Only non-letters (bullets, quotes, `>`) share the line with `[start, end)`, and the text has several lines. */
  aloneOnLine(start: number, end: number): boolean {
    if (this.#breaks.length === 0) return false;
    const line = this.line(this.lineIndex(start))!;
    return line.firstAlnum === start && line.lastAlnum === end - 1;
  }

  /** Line `index` from its first to its last letter or digit ('' for a blank line or no such line). */
  content(index: number): string {
    const line = this.line(index);
    return line === undefined || line.firstAlnum < 0 ? '' : this.text.slice(line.firstAlnum, line.lastAlnum + 1);
  }

  /** The line before the one holding `at` has a digit (a street or apartment line). */
  previousLineHasDigit(at: number): boolean {
    return this.lineHasDigit(this.lineIndex(at) - 1);
  }
}
