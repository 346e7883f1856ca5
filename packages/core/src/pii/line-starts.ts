/**
 * Where the line holding a position begins, looked up in an index of the text's line starts built on first use
 * (one native search per line) by binary search. The table lookups of a scan ask about many values of one line:
 * searching back for its `\n` each time was quadratic (a megabyte of SSNs on one line below a two-line table
 * took three minutes).
 */
export class LineStarts {
  readonly #text: string;
  #starts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** The start of the line holding `position`: 0, or the index after the last `\n` before it. */
  of(position: number): number {
    if (this.#starts === undefined) {
      const starts = [0];
      for (let newline = this.#text.indexOf('\n'); newline !== -1; newline = this.#text.indexOf('\n', newline + 1)) {
        starts.push(newline + 1);
      }
      this.#starts = starts;
    }
    const starts = this.#starts;
    // The last line start at or before `position`.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= position) low = middle;
      else high = middle - 1;
    }
    return starts[low] as number;
  }
}

/** Where the line holding `index` ends: its `\n`, or the end of the text. */
export function lineEnd(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline;
}
