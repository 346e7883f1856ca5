import { firstEndingAfter } from '../pii/sorted-ranges.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { Span } from '../scanner/span.js';

// Speech-to-text results list the words they heard one object each, with their times: Deepgram's `words: [{ word,
// punctuated_word, start, end }]`, Whisper's `words: [{ word, start, end }]`, AssemblyAI's and ElevenLabs' `words:
// [{ text, start, end }]`, Azure's `Words: [{ Word, Offset }]`, Vosk's `result: [{ word, start }]`, Rev.ai's
// `elements: [{ type, value, ts }]`, AWS Transcribe's `items` and Speechmatics' `results` (`[{ alternatives: [{ content
// }] }]`), IBM Watson's `timestamps: [["word", start, end]]`. deepEncode scans each string on its own, so a name split
// over two objects was read a word at a time: `Priya` alone is a known given name, `Raman` alone is no one's, and the
// family name reached the model beside its masked given name. The words of each list are read again as the sentence
// they make, and each word inside a span found there is masked as that span's type, each with its own token (so each
// object decodes to its own word). The list's transcript, which the same results usually hold whole, is read as any
// text.

/** Keys of a word in a `words` list (compared in lower case: Azure writes `Word`). */
const WORD_KEYS: ReadonlySet<string> = new Set(['word', 'punctuated_word', 'punctuatedword', 'text']);
/** The longest word read: a word list's words are single words. */
const MAX_WORD = 64;

/** A string's place in a word list: which list (its path), which word of it. */
interface WordPlace {
  readonly list: string;
  readonly word: number;
}

/**
 * The spans each string gains from its word list's sentence (empty for strings in no list), by the strings' paths in
 * the structure (`[..., "words", 3, "word"]`). A list's word is its punctuated form when it has one.
 */
export async function transcriptWordSpans(
  texts: readonly string[],
  paths: readonly (readonly (string | number)[])[],
  scanner: Scanner,
  scanOptions: ScanOptions | undefined,
): Promise<Span[][]> {
  const added: Span[][] = texts.map(() => []);
  const lists = new Map<string, Map<number, number[]>>();
  paths.forEach((path, index) => {
    const place = wordPlace(path, texts[index] as string);
    if (place === undefined) return;
    let words = lists.get(place.list);
    if (words === undefined) {
      words = new Map();
      lists.set(place.list, words);
    }
    const strings = words.get(place.word);
    if (strings === undefined) words.set(place.word, [index]);
    else strings.push(index);
  });
  await Promise.all(
    [...lists.values()].map(async (words) => {
      if (words.size < 2) return;
      const order = [...words.keys()].sort((a, b) => a - b);
      // The sentence: each word's shown form, one space apart, and where each word starts in it.
      const shown = order.map((word) => shownWord(texts, words.get(word) as number[]));
      const starts: number[] = [];
      let length = 0;
      for (const word of shown) {
        starts.push(length);
        length += word.length + 1;
      }
      const ends = shown.map((word, at) => (starts[at] as number) + word.length);
      const sentence = shown.join(' ');
      for (const span of await scanner.scan(sentence, scanOptions)) {
        // From the first word ending after the span's start.
        for (let at = firstEndingAfter(ends, span.start, (end) => end); at < order.length; at++) {
          const start = starts[at] as number;
          if (start >= span.end) break;
          for (const index of words.get(order[at] as number) as number[]) {
            const core = wordCore(texts[index] as string);
            if (core !== undefined) added[index]?.push({ ...span, start: core[0], end: core[1] });
          }
        }
      }
    }),
  );
  return added;
}

/**
 * Where a string sits in a word list, by the end of its path: `words` (any case), a number and a word key; Vosk's
 * `result`, a number and `word`; Rev.ai's `elements`, a number and `value`; Watson's `timestamps`, a number and 0; AWS
 * Transcribe's `items` or Speechmatics' `results`, a number, then `alternatives`, 0 and `content`.
 */
function wordPlace(path: readonly (string | number)[], text: string): WordPlace | undefined {
  const length = path.length;
  if (length < 3 || text.length === 0 || text.length > MAX_WORD || /\S\s+\S/.test(text)) return undefined;
  const back = (steps: number): string | number | undefined => {
    const part = path[length - steps];
    return typeof part === 'string' ? part.toLowerCase() : part;
  };
  const key = back(1);
  const list = back(3);
  if (typeof back(2) === 'number') {
    const listed =
      (list === 'words' && typeof key === 'string' && WORD_KEYS.has(key)) ||
      (list === 'result' && key === 'word') ||
      (list === 'elements' && key === 'value') ||
      (list === 'timestamps' && key === 0);
    if (listed) return { list: JSON.stringify(path.slice(0, length - 2)), word: back(2) as number };
  }
  const item = back(4);
  if (
    key === 'content' &&
    back(2) === 0 &&
    list === 'alternatives' &&
    typeof item === 'number' &&
    (back(5) === 'items' || back(5) === 'results')
  ) {
    return { list: JSON.stringify(path.slice(0, length - 4)), word: item };
  }
  return undefined;
}

/** A word's shown form: its punctuated string when it has one, else the first, trimmed. */
function shownWord(texts: readonly string[], strings: readonly number[]): string {
  const pick =
    strings.length === 1
      ? strings[0]
      : (strings.find((index) => /\p{P}|\p{Lu}/u.test(texts[index] as string)) ?? strings[0]);
  return (texts[pick as number] as string).trim();
}

/** The word without the white space and punctuation around it (`Raman.` as `Raman`), or undefined when none is left. */
function wordCore(text: string): [number, number] | undefined {
  const match = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u.exec(text);
  return match === null ? undefined : [match.index, match.index + match[0].length];
}
