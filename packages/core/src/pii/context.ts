import type { ContextWords } from './recognizer.js';

/** Characters looked at before and after a candidate for context words. */
export interface ContextWindow {
  readonly before: number;
  readonly after: number;
}

/**
 * Languages whose context words count unless the scanner is told otherwise: every language the built-in
 * recognizers write words in. English and Spanish cover most of them; a German, French, Italian, Portuguese,
 * Dutch, Korean, Chinese, Japanese, Russian, Arabic or Hebrew label (`Telefon:`, `Cellulare:`, `电话`, `Телефон:`) is
 * as much a reason to look as an English one, and a language that stays silent costs nothing (its words are a few
 * more alternatives of one regex).
 */
export const DEFAULT_LANGUAGES: readonly string[] = [
  'en',
  'es',
  'de',
  'fr',
  'it',
  'pt',
  'nl',
  'ko',
  'zh',
  'ja',
  'ru',
  'ar',
  'he',
];

/** Default window: about five words before (Presidio's default) and a few after. */
export const DEFAULT_CONTEXT_WINDOW: ContextWindow = { before: 48, after: 20 };

// Letters and digits of the alphabets (Latin: ASCII, Latin-1, Latin Extended-A/B; Cyrillic, Hebrew, Arabic): a
// context word in one starts and a short one ends where none stands (`тел` is no phone word in `отель`).
const WORD_CHAR = '[A-Za-z0-9\\u00C0-\\u024F\\u0400-\\u04FF\\u0590-\\u05FF\\u0600-\\u06FF]';
// Kana, CJK ideographs, Hangul syllables. Chinese and Japanese are written without spaces and Korean glues particles
// to words (`客户的电话是…`, `携帯電話は…`, `전화번호는`): a word of those scripts counts wherever it stands.
export const CJK_CHAR = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;

/** The literal as a regex source that matches it exactly. */
export function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles the context words of the given languages into one case-insensitive regex. Words of the alphabets match
 * at a word start (so `phone` also finds `phones`, `routing` finds `routing_number`); words of three letters or
 * fewer must match whole (so `cc` does not fire on `ccache`). Chinese, Japanese and Korean words match anywhere.
 */
export function compileContext(words: ContextWords | undefined, languages: readonly string[]): RegExp | undefined {
  if (words === undefined) return undefined;
  const chosen = new Set<string>();
  for (const language of languages) for (const word of words[language] ?? []) chosen.add(word.toLowerCase());
  if (chosen.size === 0) return undefined;
  const latin: string[] = [];
  const cjk: string[] = [];
  for (const word of [...chosen].sort((a, b) => b.length - a.length)) {
    if (CJK_CHAR.test(word)) {
      cjk.push(escapeRegex(word));
      continue;
    }
    // "steuer id" also matches steuer-id, steuer_id and steuerid (how keys and headers spell it).
    const pattern = escapeRegex(word).replace(/[ _-]+/g, '[ _-]?');
    latin.push(word.length <= 3 ? `${pattern}(?!${WORD_CHAR})` : pattern);
  }
  const alternatives = [
    ...(latin.length > 0 ? [`(?<!${WORD_CHAR})(?:${latin.join('|')})`] : []),
    ...(cjk.length > 0 ? [cjk.join('|')] : []),
  ];
  // Without the `u` flag: several times faster, and Latin letters (the languages shipped) still fold case.
  return new RegExp(alternatives.join('|'), 'i');
}

/**
 * True when a context word occurs in the window around [start, end), kept within [floor, ceiling): a table row's
 * own bounds, when the candidate sits in one (the row above is another record).
 */
export function hasContext(
  regex: RegExp,
  text: string,
  start: number,
  end: number,
  window: ContextWindow,
  floor = 0,
  ceiling = text.length,
): boolean {
  const before = text.slice(Math.max(floor, start - window.before), start);
  if (regex.test(before)) return true;
  if (window.after === 0) return false;
  // After the value, context ends with its field: at a `,`, `;`, `|`, `&`, tab or line break. The next field's key
  // (`"nhs_number": "…", "phone": …`) names another value.
  const limit = Math.min(ceiling, end + window.after);
  let stop = end;
  while (stop < limit && !endsField(text.charCodeAt(stop))) stop++;
  return stop > end && regex.test(text.slice(end, stop));
}

/** `,` `;` `|` `&`, tab, line feed, carriage return. */
function endsField(code: number): boolean {
  return code === 44 || code === 59 || code === 124 || code === 38 || code === 9 || code === 10 || code === 13;
}

/** Characters before a candidate in which a context word reads as its label (`passport number 123…`). */
export const LABEL_REACH = 24;

/** True when a context word ends within {@link LABEL_REACH} characters before `start`, from `floor` on. */
export function labelBefore(regex: RegExp, text: string, start: number, floor = 0): boolean {
  return regex.test(text.slice(Math.max(floor, start - LABEL_REACH), start));
}
