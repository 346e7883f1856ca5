/**
 * The index of the first of `ranges` (sorted, apart) that ends after `start`, by binary search: where a walk over the
 * ranges that may overlap [start, …) begins. `endOf` reads a range's end.
 */
export function firstEndingAfter<T>(ranges: readonly T[], start: number, endOf: (range: T) => number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (endOf(ranges[middle] as T) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}
