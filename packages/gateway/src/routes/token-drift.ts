import type { MaskClient } from '@mask/core';

/** One drifted token put back into canonical form. */
export interface TokenRepair {
  readonly item_id: string;
  /** What the model wrote (a token's drifted shape, never a value). */
  readonly from: string;
  /** The canonical token it was repaired to. */
  readonly to: string;
}

const WORD = '[A-Za-z][A-Za-z0-9]*';
const SEP = '(?:\\\\?_|[ -])';
/**
 * Drifted placeholder shapes: `[PERSON 1]`, `[person_1]`, `\[PERSON\_1\]` (markdown escaping), and bare
 * `PERSON 1` / `person_1`. A candidate is repaired only when its canonical form is a token of the map.
 */
const DRIFT = new RegExp(
  `\\\\?\\[\\s*(${WORD}(?:${SEP}${WORD})*?)${SEP}([1-9]\\d{0,8})\\s*\\\\?\\]|\\b(${WORD}(?:_${WORD})*?)[_ ]([1-9]\\d{0,8})\\b`,
  'g',
);
const MAX_CANDIDATES = 2000;

function canonical(type: string, index: string): string {
  return `[${type.replace(/\\?_|[ -]/g, '_').toUpperCase()}_${index}]`;
}

/**
 * Repairs token drift in `items` against the scope of `client`: each candidate's canonical form is checked
 * against the map in one batch, and only known tokens are substituted. Returns the repaired texts and every
 * repair made.
 */
export async function repairTokenDrift(
  client: MaskClient,
  items: readonly { id: string; text: string }[],
): Promise<{ texts: string[]; repairs: TokenRepair[] }> {
  const found = items.map((item) => {
    const matches: { start: number; end: number; from: string; to: string }[] = [];
    for (const match of item.text.matchAll(DRIFT)) {
      if (matches.length >= MAX_CANDIDATES) break;
      const to =
        match[1] !== undefined
          ? canonical(match[1], match[2] as string)
          : canonical(match[3] as string, match[4] as string);
      if (match[0] === to) continue;
      matches.push({ start: match.index, end: match.index + match[0].length, from: match[0], to });
    }
    return matches;
  });
  const candidates = [...new Set(found.flat().map((match) => match.to))];
  if (candidates.length === 0) return { texts: items.map((item) => item.text), repairs: [] };

  const probe = await client.detokenize(candidates.join('\n'));
  const known = new Set(probe.decoded.map((ref) => ref.token));
  const repairs: TokenRepair[] = [];
  const texts = items.map((item, index) => {
    let out = '';
    let last = 0;
    for (const match of found[index] ?? []) {
      if (!known.has(match.to)) continue;
      out += item.text.slice(last, match.start) + match.to;
      last = match.end;
      repairs.push({ item_id: item.id, from: match.from, to: match.to });
    }
    return out + item.text.slice(last);
  });
  return { texts, repairs };
}
