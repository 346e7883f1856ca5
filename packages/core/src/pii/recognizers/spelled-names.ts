import type { MatchContext, Recognizer } from '../recognizer.js';

// A name spelled out letter by letter, as a caller does for an agent and speech-to-text writes it: `it's DeMarcus,
// D-E-M-A-R-C-U-S`, `Okafor, O-K-A-F-O-R`. The NER engine reads the name, not its spelling, so the spelling gave the
// name away. Read: four letters or more one hyphen apart, when they spell a word written just before them (the name
// they spell out) or follow a word about spelling (`spelled`, `deletreado`). `A-B-C-D` in a list, a serial's letters
// and an acronym written with hyphens (`T-M-I-S`) stay.

// Run only at a letter standing alone before a hyphen and another such letter (see pattern-starts.ts).
export const SPELLED_LETTERS = /(?<![\w-])[A-Za-z](?:-[A-Za-z]){3,24}(?![\w-])/g;

/** How far before the spelling its word, or a word about spelling, may stand. */
const REACH = 80;
const SPELLING_WORDS = /\b(?:spell(?:ed|ing|s)?|spelt|deletre[ao]\w*|se escribe)\b/i;

/** Whether the letters spell a word written just before them, or follow a word about spelling. */
function spellsName(value: string, match: MatchContext): boolean {
  const word = value.replace(/-/g, '').toLowerCase();
  const before = match.text.slice(Math.max(0, match.start - REACH), match.start);
  if (SPELLING_WORDS.test(before)) return true;
  for (const written of before.toLowerCase().split(/[^\p{L}]+/u)) if (written === word) return true;
  return false;
}

/** PERSON: a name spelled out letter by letter (`D-E-M-A-R-C-U-S`). */
export const spelledNameRecognizer: Recognizer = {
  name: 'spelled-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [{ regex: SPELLED_LETTERS, score: 0.85 }],
  validate: spellsName,
  description:
    'a name spelled out letter by letter (D-E-M-A-R-C-U-S), when the letters spell a word written just before or follow a word about spelling',
};
