/**
 * Whether the candidate at `start` sits under a label that names another kind of number: one of `labels` (a global
 * regex) in the `reach` characters before it, with none of `own` (the candidate's own words) between the last such
 * label and the candidate. A parcel's tracking number read as an Aadhaar number, a product's SKU read as a PAN:
 * `Aadhaar: …, tracking number: …` still reads each value under its own label.
 */
export function underOtherLabel(text: string, start: number, labels: RegExp, own: RegExp, reach = 48): boolean {
  const before = text.slice(Math.max(0, start - reach), start);
  labels.lastIndex = 0;
  let after = -1;
  for (let label = labels.exec(before); label !== null; label = labels.exec(before)) after = labels.lastIndex;
  return after !== -1 && !own.test(before.slice(after));
}
