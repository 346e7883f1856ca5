import {
  AMBIGUOUS_GIVEN_NAMES,
  NAME_PARTICLES,
  ORG_SUFFIXES,
  PERSON_ROLE_CUES,
  PERSON_VERBS,
  STOP_WORDS,
} from './cues.js';
import { CITY, COMMON_WORD, COUNTRY, FIRST_NAME, LAST_NAME, type Lexicon, ORGANIZATION } from './lexicon.js';
import type { Word } from './words.js';

/**
 * How much the words before a lower-case run say that a name follows.
 *
 * - `naming`: the text says it is a name (`my name is`, `me llamo`, `mi nombre es`, `people call me`): any known
 *   given or family name, an ambiguous one (`bill`, `grace`) too, or a word that is no ordinary word at all.
 * - `introduction`: a speaker introduces themselves (`this is`, `i'm`, `soy`, `call me`), a person label
 *   (`customer:`, `name:`), or someone is spoken with (`spoke with`, `ask for`): a known given name, and one that is
 *   also an ordinary word (`this is bill`, `i'm fine`) only with a known family name after it or, after `this is`,
 *   a word that closes a phone introduction (`this is bill from billing`, `this is mark speaking`).
 */
type Strength = 'naming' | 'introduction';

/**
 * What the reader made of the word after a cue: a name of words `first` to `last`, or, with `last` -1, no name
 * (`this is bill`): the uncased rules leave such a word alone too.
 */
export interface LowerCaseName {
  readonly first: number;
  readonly last: number;
  readonly score: number;
}

/** Words a two-word cue ends with: the only words after which the reader looks further (the cheap gate). */
const CUE_ENDS = new Set("is es s i'm im am me llamo llama soy with to for it's".split(' '));
/** `my name is`, `her maiden name is`: the words before `name is` that make it a person's name. */
const NAME_OWNERS = new Set('my his her your their full first last legal maiden family'.split(' '));
/** `people call me`, `you can call me`: the words before `call me` that make it a naming. */
const CALL_ME_NAMING = new Set('people everyone everybody friends just can'.split(' '));
/** `spoke with`, `talked to`, `ask for`: someone is spoken with or asked for by name. */
const CONTACT_VERBS = new Set('spoke speak speaking talked talk talking ask asked asking'.split(' '));
/** Labels before a colon that a person's name follows, with the role labels (`customer: emily chen`, `name: ana`). */
const NAME_LABELS = new Set('name nombre contact'.split(' '));
/** Words that close a phone introduction after an ambiguous given name (`this is bill from billing`). */
const INTRODUCTION_CLOSERS = new Set('from speaking calling here with'.split(' '));
/**
 * Chat words that no name holds, though no dictionary lists them (`i'm sarah btw`): the unknown-word rule for family
 * names would take them otherwise.
 */
const CHAT_WORDS = new Set('btw lol thx pls plz asap fyi omg idk texting'.split(' '));
/**
 * A digit, or a suffix of English and Spanish words the gazetteers do not list (`payment`, `availability`,
 * `importante`, `atención`; keys are folded): no family name holds one. Not `-ing`, `-ed` or `-ly`, which many
 * names end with (`Rosing`, `Ahmed`, `Tilly`).
 */
const NOT_A_NAME = /\d|(?:ment|tion|sion|cion|ness|ity|dad|able|ible|ful|less|ous|ive|ante|ente)$/;

/**
 * Names written in lower case after a cue that says one follows (`hi, my name is john smith`, `this is maria
 * gonzalez from accounts`, `me llamo juan pérez`, `customer: emily chen`): chat and support transcripts, voice to
 * text and SMS often have no capitals, so the capitalised-chunk rules never see these names. The run starts with a
 * known given name (after a naming cue, also a known family name or a word no dictionary lists) and goes on over
 * known family names, particles and words that are neither ordinary, places nor organisations, stopping at function
 * words and verbs. Given names that are ordinary words (`bill`, `grace`, `mark`, `fine`) need more than a cue to
 * start one: see {@link Strength}.
 *
 * Cheap where nothing is cued: one set lookup per lower-case word that follows a word by one space, and the rest
 * only after one of the few words a cue ends with. Capitalised names are the other rules'; this reader starts only
 * at a lower-case word.
 */
export function findLowerCaseNames(text: string, words: readonly Word[], lexicon: Lexicon): LowerCaseName[] {
  const names: LowerCaseName[] = [];
  let from = 0;
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (word.cap || index < from) continue;
    const before = words[index - 1]!;
    // `customer:`, `patient:`, `name:`: a label before a colon that a person's name follows.
    const label =
      text.charCodeAt(before.end) === 58 && (NAME_LABELS.has(before.key) || PERSON_ROLE_CUES.has(before.key));
    if (!label && !(CUE_ENDS.has(before.key) && spaced(text, before, word))) continue;
    // `name:    katelyn villareal`: only spaces and tabs after the colon.
    if (label && !/^[ \t]*$/.test(text.slice(before.end + 1, word.start))) continue;
    const strength = label ? 'introduction' : cueStrength(text, words, index - 1);
    if (strength === undefined) continue;
    const last = readName(text, words, index, lexicon, strength, before.key === 'is' || before.key === "it's");
    names.push({ first: index, last, score: strength === 'naming' ? 0.8 : 0.7 });
    if (last < 0) continue;
    from = last + 1;
    // `i'm dave, dave okafor`: the given name said again with the family name.
    const again = words[last + 1];
    if (again && again.key === word.key && !again.cap && text.slice(words[last]!.end, again.start) === ', ') {
      const repeated = readName(text, words, last + 1, lexicon, 'naming', false);
      if (repeated > last + 1) {
        names.push({ first: last + 1, last: repeated, score: 0.8 });
        from = repeated + 1;
      }
    }
  }
  return names;
}

/** The strength of the cue that ends with `words[end]`, or undefined when the words before it make none. */
function cueStrength(text: string, words: readonly Word[], end: number): Strength | undefined {
  const key = words[end]!.key;
  const previous = words[end - 1];
  const second = previous?.key ?? '';
  // The words of a cue are one space apart (`name's`, read as `name` and `s`, needs none).
  const joined = previous !== undefined && spaced(text, previous, words[end]);
  switch (key) {
    case "i'm":
    case 'im':
    case 'soy':
    case "it's":
      return 'introduction';
    case 'am':
      return joined && second === 'i' ? 'introduction' : undefined;
    case 's':
      return second === 'name' ? 'naming' : undefined;
    case 'llamo':
      return joined && second === 'me' ? 'naming' : undefined;
    case 'llama':
      return joined && second === 'se' ? 'naming' : undefined;
    case 'es':
      return joined && second === 'nombre' ? 'naming' : undefined;
    case 'me': {
      if (!joined || (second !== 'call' && second !== 'calls')) return undefined;
      const third = words[end - 2];
      return third && CALL_ME_NAMING.has(third.key) ? 'naming' : 'introduction';
    }
    case 'is': {
      if (!joined) return undefined;
      if (second === 'this') return 'introduction';
      if (second !== 'name') return undefined;
      const owner = words[end - 2];
      return owner && NAME_OWNERS.has(owner.key) ? 'naming' : 'introduction';
    }
    case 'with':
    case 'to':
    case 'for':
      return joined && CONTACT_VERBS.has(second) ? 'introduction' : undefined;
    default:
      return undefined;
  }
}

/**
 * Index of the last word of the lower-case name starting at `words[first]` under a cue of `strength`, or -1 when
 * no name starts there. `closable`: the cue was `this is` or `it's`, which a phone introduction closes (`this is
 * bill from billing`).
 */
function readName(
  text: string,
  words: readonly Word[],
  first: number,
  lexicon: Lexicon,
  strength: Strength,
  closable: boolean,
): number {
  const word = words[first]!;
  const key = word.key;
  const kinds = lexicon.kinds(key);
  const given = (kinds & FIRST_NAME) !== 0;
  const ambiguous = given && isAmbiguousGivenName(key, kinds);
  if (STOP_WORDS.has(key)) {
    // `my name is april`: a month or a modal that is a given name, only where the text says it is a name.
    if (!(strength === 'naming' && given)) return -1;
  } else if (!given) {
    // `her maiden name is kappel`, `me llamo itzel`: a family name or a word no dictionary lists, after a naming.
    if (strength !== 'naming') return -1;
    if (!((kinds & LAST_NAME) !== 0 || isUnlistedWord(word, kinds))) return -1;
  }
  const last = readFamilyNames(text, words, first, lexicon, ambiguous && strength !== 'naming');
  if (last > first || !ambiguous || strength === 'naming') return last;
  // An ambiguous given name alone: `this is bill from billing`, not `this is bill` (an invoice).
  const next = words[first + 1];
  return closable && spaced(text, word, next) && INTRODUCTION_CLOSERS.has(next!.key) ? first : -1;
}

/**
 * Index of the last family name (or particle-led family name) after the given name at `words[first]`, or `first`
 * when none follows. `strict`: only known family names count (after an ambiguous given name: `bill smith`, not
 * `bill payment`).
 */
function readFamilyNames(
  text: string,
  words: readonly Word[],
  first: number,
  lexicon: Lexicon,
  strict: boolean,
): number {
  let last = first;
  // At most four words in all, particles included: `juan de la cruz`, `ana garcía lópez`.
  while (last - first < 3) {
    let probe = last + 1;
    // `juan de la cruz`, `ludwig van beethoven`: up to two particles, then a known family name.
    while (probe <= last + 2 && isParticle(words[probe]) && spaced(text, words[probe - 1]!, words[probe])) probe++;
    const next = words[probe];
    if (next === undefined || next.cap || !spaced(text, words[probe - 1]!, next)) break;
    const kinds = lexicon.kinds(next.key);
    if (probe > last + 1) {
      // After a particle a known family name, or a word no list holds (`van den oord`), not a place (`de madrid`).
      const family = (kinds & LAST_NAME) !== 0 || (!strict && isUnlistedWord(next, kinds));
      if (!family || (kinds & (CITY | COUNTRY)) !== 0) break;
      last = probe;
      continue;
    }
    if (!isFamilyName(next, kinds, strict)) break;
    last = probe;
  }
  return last;
}

/** A word that may follow a given name as a family name (or a middle name) in lower-case text. */
function isFamilyName(word: Word, kinds: number, strict: boolean): boolean {
  const key = word.key;
  if (key.length < 2 || STOP_WORDS.has(key) || PERSON_VERBS.has(key) || ORG_SUFFIXES.has(key)) return false;
  if ((kinds & LAST_NAME) !== 0) return true;
  if (strict) return false;
  // A given name that is no ordinary word after a name (`ashley hale`, `john paul smith`), a town that is no
  // ordinary word (`sarah iwase`), or a word no dictionary, gazetteer or chat lists (`okafor`).
  if ((kinds & FIRST_NAME) !== 0 && !AMBIGUOUS_GIVEN_NAMES.has(key)) return true;
  if ((kinds & CITY) !== 0 && (kinds & (COUNTRY | COMMON_WORD)) === 0) return true;
  return isUnlistedWord(word, kinds);
}

/**
 * A word no dictionary, gazetteer or chat lists, without a digit or an English suffix: a name the
 * gazetteers do not know (`xochitl`, `villareal`), not `payment`, `texting` or `btw`.
 */
function isUnlistedWord(word: Word, kinds: number): boolean {
  return (
    (kinds & (COMMON_WORD | CITY | COUNTRY | ORGANIZATION)) === 0 &&
    !CHAT_WORDS.has(word.key) &&
    !NOT_A_NAME.test(word.key)
  );
}

/**
 * A given name that is also an ordinary word after the cues (`bill`, `mark`, `grace`, `fine`, `linda`), a month,
 * a modal, a country or a town that is a word too (`may`, `june`, `jordan`, `paris`): alone after a cue it is most
 * often the word. Not every town: the gazetteers hold many that are given names (`allen`, `alicia`).
 */
function isAmbiguousGivenName(key: string, kinds: number): boolean {
  return (
    AMBIGUOUS_GIVEN_NAMES.has(key) ||
    STOP_WORDS.has(key) ||
    (kinds & COUNTRY) !== 0 ||
    ((kinds & CITY) !== 0 && (kinds & COMMON_WORD) !== 0)
  );
}

/** `de`, `van`, `von`: a particle that starts a family name (not `y`, `e`: they join two people). */
function isParticle(word: Word | undefined): boolean {
  return word !== undefined && !word.cap && NAME_PARTICLES.has(word.key) && word.key !== 'y' && word.key !== 'e';
}

/** `right` is one space after `left`. */
function spaced(text: string, left: Word, right: Word | undefined): boolean {
  return right !== undefined && right.start === left.end + 1 && text.charCodeAt(left.end) === 32;
}
