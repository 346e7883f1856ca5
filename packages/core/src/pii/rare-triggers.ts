// The case-insensitive trigger searches of long texts, several in one. Each gated recognizer searches the text for
// its own trigger words (holdsInsensitive); for a recognizer whose words rarely occur (a medical record number's in
// an application log) that search reads the whole text, about 40 µs per 64 KB, every time. After some long texts,
// the recognizers whose words were found in under a quarter of them are searched for together, once: when none of
// their words occurs (the usual case), all of them are ruled out by that one search. Which searches run adapts;
// what they decide does not (a union finds nothing only when each member would find nothing).

/** Long texts looked at before the group is chosen. */
const SAMPLE = 32;
/** A recognizer whose words occur in fewer than this share of the sampled texts joins the group. */
const RARE_SHARE = 0.25;

/**
 * Whether a trigger word may join the group's one search: lower-case ASCII (so that one `i` search decides as
 * searching the lower-cased text would), three characters or more, opening with a letter. A shorter word, or one
 * opening with `:`, `*` or a line break, lets irregexp skip less of every long text for the whole group: `*:` among
 * the 23 words of the bench log's group took its search from 85 to 137 µs per 64 KB.
 */
export function joinsRareSearch(word: string): boolean {
  if (word.length < 3) return false;
  const first = word.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  for (let index = 1; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/** Per plan: the hit counts while sampling, then the group (or none). */
export class RareTriggers {
  readonly #needles: readonly (readonly string[] | undefined)[];
  readonly #hits: Uint32Array;
  #looked = 0;
  /** 1 for the group's members, by plan index; undefined while sampling or when no group is worth one search. */
  members: Uint8Array | undefined;
  /** One case-insensitive search for every member's words. */
  search: RegExp | undefined;

  /** `needles[index]`: the lower-case ASCII trigger words of the gated recognizer at plan index `index`. */
  constructor(needles: readonly (readonly string[] | undefined)[]) {
    this.#needles = needles;
    this.#hits = new Uint32Array(needles.length);
  }

  get sampling(): boolean {
    return this.#looked < SAMPLE;
  }

  /** Counts a long text's trigger verdicts (`held[index]`: 1 when found) while sampling; then chooses the group. */
  count(held: Uint8Array): void {
    if (!this.sampling) return;
    for (let index = 0; index < held.length; index++)
      this.#hits[index] = (this.#hits[index] as number) + (held[index] as number);
    if (++this.#looked < SAMPLE) return;
    const members = new Uint8Array(this.#needles.length);
    const words: string[] = [];
    let count = 0;
    this.#needles.forEach((needles, index) => {
      if (needles === undefined || (this.#hits[index] as number) >= RARE_SHARE * SAMPLE) return;
      members[index] = 1;
      words.push(...needles);
      count++;
    });
    // One search for one recognizer saves nothing.
    if (count < 2) return;
    this.members = members;
    this.search = new RegExp(
      [...new Set(words)].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
      'i',
    );
  }
}
