import type { ContextWords } from './recognizer.js';

/** Characters looked at before and after a candidate for context words. */
export interface ContextWindow {
  readonly before: number;
  readonly after: number;
}

/** Default window: about five words before (Presidio's default) and a few after. */
export const DEFAULT_CONTEXT_WINDOW: ContextWindow = { before: 48, after: 20 };

// Letters and digits of the Latin scripts (ASCII, Latin-1, Latin Extended-A/B), Hangul syllables, CJK.
const WORD_CHAR = '[A-Za-z0-9\\u00C0-\\u024F\\uAC00-\\uD7A3\\u4E00-\\u9FFF]';

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles the context words of the given languages into one case-insensitive regex. Words match at a word
 * start (so `phone` also finds `phones`, `routing` finds `routing_number`); words of three letters or fewer
 * must match whole (so `cc` does not fire on `ccache`).
 */
export function compileContext(words: ContextWords | undefined, languages: readonly string[]): RegExp | undefined {
  if (words === undefined) return undefined;
  const chosen = new Set<string>();
  for (const language of languages) for (const word of words[language] ?? []) chosen.add(word.toLowerCase());
  if (chosen.size === 0) return undefined;
  const alternatives = [...chosen]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      // "steuer id" also matches steuer-id, steuer_id and steuerid (how keys and headers spell it).
      const pattern = escapeRegex(word).replace(/[ _-]+/g, '[ _-]?');
      return word.length <= 3 ? `${pattern}(?!${WORD_CHAR})` : pattern;
    });
  // Without the `u` flag: several times faster, and Latin letters (the languages shipped) still fold case.
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})`, 'i');
}

/** True when a context word occurs in the window around [start, end). */
export function hasContext(regex: RegExp, text: string, start: number, end: number, window: ContextWindow): boolean {
  const before = text.slice(Math.max(0, start - window.before), start);
  if (regex.test(before)) return true;
  return window.after > 0 && regex.test(text.slice(end, Math.min(text.length, end + window.after)));
}
