import type { Candidate } from './recognizer.js';
import { TextMemo } from './text-memo.js';

/** A value a layout holds at its place: where it is, and what it is. */
export type LayoutValue<K extends string> = readonly [start: number, end: number, kind: K];

/**
 * The finders of the recognizers that read one layout, one per kind of value (a passport zone's names, number and
 * birth date; a licence barcode's elements): the layout is read once per scanned text (see TextMemo) and each
 * finder yields the values of its kind, at `score`.
 *
 * @example
 * const candidatesOf = layoutFinders(zoneValues, 0.9);
 * export const mrzNameRecognizer = { ..., find: candidatesOf('name') };
 */
export function layoutFinders<K extends string>(
  read: (text: string) => Iterable<LayoutValue<K>>,
  score: number,
): (kind: K) => (text: string) => Iterable<Candidate> {
  const values = new TextMemo((text: string) => [...read(text)]);
  return (kind) =>
    function* (text: string): Iterable<Candidate> {
      for (const [start, end, found] of values.of(text)) if (found === kind && end > start) yield { start, end, score };
    };
}
