import { MaskError } from '../errors/mask-error.js';
import { isAlnum, isDigit, isSpace } from '../pii/validators/boundaries.js';
import type { Span } from '../scanner/span.js';
import {
  ACRONYM_NAMES,
  CLINICAL_ABBREVIATIONS,
  CURRENCY_WORDS,
  DESIGNATOR_WORDS,
  DISEASE_EPONYMS,
  DISEASE_NOUNS,
  DOCUMENT_WORDS,
  EAST_ASIAN_FAMILY_NAMES,
  FIELD_NOUNS,
  GENERIC_ADDRESSEES,
  JOB_TITLE_LABELS,
  JOB_WORDS,
  KIN_LABELS,
  KIN_LIST_CUES,
  LABEL_ABBREVIATIONS,
  LABEL_NOUNS,
  MAX_REGION_WORDS,
  NAME_PARTICLES,
  NOT_PLACE_WORDS,
  ORG_CUE_PAIRS,
  ORG_CUES,
  ORG_HEADS,
  ORG_JOINERS,
  ORG_SUFFIXES,
  PAYEE_PAIRS,
  PEOPLE_LIST_CUES,
  PERSON_CUE_PAIRS,
  PERSON_CUES,
  PERSON_OF_HEADS,
  PERSON_ROLE_CUES,
  PERSON_ROLE_PAIRS,
  PERSON_VERBS,
  PLACE_CUE_PAIRS,
  PLACE_CUES,
  PLACE_LABELS,
  REGIONS,
  ROLES,
  SIGN_OFF_HEADS,
  SIGN_OFFS,
  SOFTWARE_NAMES,
  SPOKEN_DIGITS,
  SQL_KEYWORDS,
  STOP_WORDS,
  STREET_WORDS,
  signOffKey,
  TITLES,
  VIETNAMESE_ENGLISH_WORDS,
  VIETNAMESE_NAMES,
  WORLD_REGIONS,
} from './cues.js';
import { COMMON_WORD, type KeySet, type Lexicon, loadLexicon, NOT_A_NAME } from './lexicon.js';
import { findLowerCaseNames, type LowerCaseName } from './lower-case-names.js';
import type { NerDetectOptions, NerEngine } from './ner-engine.js';
import { TextLines } from './text-lines.js';
import { tokenize, type Word } from './words.js';

type Kind = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

interface Found {
  readonly kind: Kind;
  readonly first: number;
  readonly last: number;
  readonly score: number;
  /** Include the dot after the last word (`Ltd.`). */
  readonly withDot?: boolean;
  /** End offset that replaces the last word's end (`Telefónica S.A.`). */
  readonly end?: number;
}

// Dotted corporate forms after a name: `S.A.`, `S.L.U.`, `S. de R.L.`, `N.V.`, `B.V.`, `S.p.A.`.
const DOTTED_SUFFIX =
  /^ (?:S\.A\.(?:S\.|U\.|B\.)?|S\.L\.(?:U\.)?|S\. de R\.L\.|S\.p\.A\.|N\.V\.|B\.V\.|S\.R\.L\.|L\.L\.C\.)/;

const ABBREVIATED_SUFFIXES = new Set(['inc', 'ltd', 'corp', 'co', 'llc', 'plc', 'bros', 'intl', 'sa', 'sl', 'gmbh']);

/** First words that make a multi-word chunk an organisation on their own (`Banco Santander`). */
const ORG_PREFIXES = new Set([
  'banco',
  'bank',
  'grupo',
  'universidad',
  'instituto',
  'fundacion',
  'hospital',
  'colegio',
  'ministerio',
  'club',
]);
/** Words after `Name,` that make it direct address (`Brianna, can I ...`). */
const VOCATIVE_FOLLOWERS = new Set([
  'can',
  'could',
  'would',
  'will',
  'please',
  'i',
  'you',
  'do',
  'did',
  'are',
  'is',
  'have',
  'thanks',
  'thank',
  'puedes',
  'podrias',
  'por',
  'gracias',
]);
/** `Kingdom of the Netherlands`, `República de Chile`: a state form before a country name. */
const STATE_FORMS = new Set([
  'kingdom',
  'republic',
  'commonwealth',
  'federation',
  'principality',
  'state',
  'sultanate',
  'emirate',
]);
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
    ' ',
  ),
);
/** What a person (not a place or a firm) has: `X's wife`, `X's phone`. */
const PERSONAL_NOUNS = new Set(
  'address phone email wife husband mother father mom dad son daughter brother sister birthday boyfriend girlfriend partner friend cousin uncle aunt grandmother grandfather'.split(
    ' ',
  ),
);
/** Ranks and nobility: a title, but `The Princess Royal` names nobody by name. */
const RANKS = new Set(['prince', 'princess', 'king', 'queen', 'duke', 'lord', 'lady', 'dame', 'sir']);
const MAX_CHUNK_WORDS = 10;
/** How coined firm and product names end (`Microsystems`, `Infosoft`, `Datalabs`): no person's name does. */
const CORPORATE_ENDING = /(?:systems|soft|ware|tech|works|labs|net|corp|bank|pharma|logic|tronics|media|cloud|data)$/;
/**
 * East Asian family names that are English words too (`the song anna wrote`): without capitals to tell them apart,
 * they do not join the given name after them.
 */
const ENGLISH_FAMILY_NAMES = new Set('sun ma pan park dang song tang han ding dong ye du su lu yuan jung'.split(' '));
/** Longest unknown given name read after an East Asian family name (`Xiaoming`, `Jianguo`). */
const MAX_ROMANISED_GIVEN_NAME = 8;
const GENERATIONAL = new Set(['jr', 'ii', 'iii', 'iv']);
const DEGREES = new Set(['phd', 'md', 'esq', 'mba', 'dds', 'dvm']);
/** Words right after a chunk that make it an organisation (`The Acme office is at ...`). */
const ORG_FOLLOWERS = new Set(['office', 'offices', 'headquarters', 'hq', 'employees', 'staff', 'shares', 'stock']);

let common: KeySet | undefined;
let organizations: KeySet | undefined;

/** Options of {@link LocalNerEngine}. */
export interface LocalNerEngineOptions {
  /** Engine name reported in `Span.recognizer`. @default 'mask-ner' */
  readonly name?: string;
}

/**
 * The default Tier 1 engine: gazetteers (given and family names of every Faker locale, GeoNames cities,
 * country names in English and Spanish, well-known organisations) combined with capitalisation and context
 * rules for English and Spanish. Ships inside the package (no download), about 0.2 ms per KB, linear in the
 * text length.
 * Spans never include titles (`Dr.`) or trailing punctuation; multi-word names are kept whole.
 *
 * It is CPU-bound and synchronous underneath: {@link WorkerNerEngine} runs it off the event loop, with a
 * per-call timeout (what `MASK_NLP_MAX_WORKERS` selects).
 *
 * @example
 * import { LocalNerEngine } from '@mask/core';
 * const spans = await new LocalNerEngine().detect('Dr. Maria Lopez flew from Valencia to Acme Corp.');
 */
export class LocalNerEngine implements NerEngine {
  readonly name: string;

  constructor(options: LocalNerEngineOptions = {}) {
    this.name = options.name ?? 'mask-ner';
  }

  async detect(text: string, options: NerDetectOptions = {}): Promise<Span[]> {
    if (options.signal?.aborted)
      throw new MaskError('SCAN_FAILED', 'NER call aborted', { cause: options.signal.reason });
    return this.detectSync(text, options);
  }

  /** The synchronous detector (what a worker thread runs). */
  detectSync(input: string, options: Pick<NerDetectOptions, 'entities'> = {}): Span[] {
    if (typeof input !== 'string') throw new MaskError('INVALID_INPUT', 'NER input must be a string');
    // The rules read the text one character at a time, which costs more on a slice of a larger string (what
    // callers often pass) than on a string of its own: one copy first (same characters, same offsets).
    const text = input.length > 1 ? [input.slice(0, 1), input.slice(1)].join('') : input;
    const lexicon = loadLexicon();
    common = lexicon.commonWords;
    organizations = lexicon.organizations;
    const words = tokenize(text);
    const cased = isCased(text, words);
    lines = undefined;
    const found = cased ? detectCased(text, words, lexicon) : detectUncased(text, words, lexicon);
    const wanted = options.entities ? new Set(options.entities) : undefined;
    const spans: Span[] = [];
    for (const item of found) {
      if (wanted && !wanted.has(item.kind)) continue;
      const start = words[item.first]!.start;
      const end = item.end ?? words[item.last]!.end + (item.withDot ? 1 : 0);
      if (gluedAt(text, start - 1, -1) || gluedAt(text, end, 1) || segmentId(text, start, end)) continue;
      const [head, tail] = [words[item.first]!, words[item.last]!];
      if (markupName(text, head.start, head.end) || markupName(text, tail.start, tail.end)) continue;
      if (inPathRun(text, start) || (item.last > item.first && inPathRun(text, words[item.last]!.start))) continue;
      if (inTimeZone(text, start, end)) continue;
      spans.push({ type: item.kind, start, end, score: item.score, recognizer: this.name });
    }
    return spans.sort((a, b) => a.start - b.start);
  }
}

/** Characters that end a URL, a path or an ARN in running text, JSON, markup and logs. */
const PATH_ENDS = new Uint8Array(128);
for (const char of ' \t\r\n"\'`,()<>[]{}|') PATH_ENDS[char.charCodeAt(0)] = 1;
// What makes a run with a slash a URL, a path or an ARN, not a list (`Maria/Juan`, `and/or`): a scheme, an ARN or
// URN prefix, a leading `/`, `~/`, `./` or drive letter, or a host name before the first slash (`hl7.org/fhir`).
const PATH_LIKE = /(?:[a-z][a-z\d+.-]*:\/\/|(?:arn|urn):|~?\.{0,2}[\\/]|[a-z]:\\|[\w-]+(?:\.[\w-]+)+[\\/])/iy;

/**
 * Whether the run of text around `at` (up to a space, a quote, a comma or a bracket) is a URL, a file path or an
 * ARN. A name there (`http://hl7.org/fhir/sid/us-ssn`, `arn:aws:iam::123456789012:user/maria.garcia`) is an
 * identifier's part: masking a piece of it breaks the URL and hides nothing, so such spans are left to the pattern
 * tier. Asked per span (a few characters each around a plain word), not of the whole text.
 */
function inPathRun(text: string, at: number): boolean {
  let slashed = false;
  let start = at;
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1);
    if (isPathEnd(code)) break;
    if (code === 47 || code === 92) slashed = true;
  }
  for (let end = at; !slashed && end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (isPathEnd(code)) break;
    if (code === 47 || code === 92) slashed = true;
  }
  if (!slashed) return false;
  PATH_LIKE.lastIndex = start;
  return PATH_LIKE.test(text);
}

function isPathEnd(code: number): boolean {
  return code < 128 && PATH_ENDS[code] === 1;
}

// An IANA time zone's name (`America/Los_Angeles`, `Europe/London`, `America/Argentina/Buenos_Aires`, `Etc/GMT+5`)
// or a legacy alias (`US/Eastern`, `Canada/Pacific`, `Brazil/East`): the clock a record keeps, not where anyone is.
// A masked part (`[LOCATION_1]/Los_Angeles`, `Europe/[PERSON_1]`) broke the zone for every tool that reads it.
const TIME_ZONE =
  /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Brazil|Mexico|Chile)(?:\/[A-Z][A-Za-z0-9_+-]*){1,2}$/;
/** Longest run of a time zone's characters read on each side of a span (the longest zone names have 32). */
const TIME_ZONE_REACH = 40;

/** Whether [start, end) is a part of a time zone's name (see TIME_ZONE): asked only of a span a `/` touches. */
function inTimeZone(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 47 && text.charCodeAt(start - 1) !== 47) return false;
  let from = start;
  while (from > 0 && start - from < TIME_ZONE_REACH && isTimeZoneChar(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < TIME_ZONE_REACH && isTimeZoneChar(text.charCodeAt(to))) to++;
  return TIME_ZONE.test(text.slice(from, to));
}

/** A letter, a digit, `_`, `/`, `+` or `-`: the characters of a time zone's name. */
function isTimeZoneChar(code: number): boolean {
  return isAlnum(code) || code === 95 || code === 47 || code === 43 || code === 45;
}

/**
 * A span edge inside a dotted or underscored identifier (`maria.garcia`, `svc_garcia`): the character at `at` is a
 * `.` or `_` with a letter or digit past it, in the direction `step`. Masking one word of such an identifier leaves
 * the other in plain sight and breaks it (`maria.[LOCATION_1]`): the whole identifier is the pattern tier's.
 */
function gluedAt(text: string, at: number, step: 1 | -1): boolean {
  const code = text.charCodeAt(at);
  if (code !== 46 && code !== 95) return false;
  const past = text.charCodeAt(at + step);
  return isAlnum(past) || past >= 0xc0;
}

/** How far back a markup name looks for the `<` of its tag. */
const MAX_TAG_REACH = 256;

/**
 * A markup tag's or attribute's name (`<Amt>`, `</Nm>`, `<Bank Amt="5">`; ISO 20022 abbreviates its elements into
 * words: `Amt`, `Nm`, `Bank`): the word opens a tag, or is followed by `=` and a quote inside one. Text between
 * tags and an attribute's value (`alt="Olivia Hartwell"`) are read as any text.
 */
function markupName(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 60 || (before === 47 && text.charCodeAt(start - 2) === 60)) {
    const after = text.charCodeAt(end);
    return after === 62 || after === 47 || after === 58 || isSpace(after);
  }
  if (text.charCodeAt(end) !== 61 || !isSpace(before)) return false;
  const quote = text.charCodeAt(end + 1);
  if (quote !== 34 && quote !== 39) return false;
  for (let at = start - 1; at >= 0 && at >= start - MAX_TAG_REACH; at--) {
    const code = text.charCodeAt(at);
    if (code === 62) return false;
    if (code === 60) return true;
  }
  return false;
}

/**
 * An X12 segment's identifier (`ISA*00*`, `PER*IC*`): two or three letters that open the text, a line or a segment
 * (after `~`) and end at a `*`. `Isa` and `Per` are given names; the person names of the segments are the pattern
 * tier's (x12-claims.ts).
 */
function segmentId(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  return text.charCodeAt(end) === 42 && end - start < 4 && (start === 0 || before === 126 || before === 10);
}

/** Text with almost no capitals (or almost only capitals) gives no casing signal: use the gazetteers only. */
function isCased(text: string, words: readonly Word[]): boolean {
  if (words.length < 4) return true;
  let caps = 0;
  let upper = 0;
  for (const word of words) {
    if (word.cap) caps++;
    // A key in capitals before its colon (a vCard's `NOTE:`, `END:VCARD`'s `END`) says nothing of the text's case.
    if (word.upper && text.charCodeAt(word.end) !== 58) upper++;
  }
  return caps / words.length >= 0.04 && upper / words.length < 0.6;
}

/**
 * Whether two neighbouring words may belong to one name (a single space, or a double one, nothing else). Not across
 * a double space to a field's label (`Attending: Dr. Kofi Osei  Dx: T2DM`, `Ruiz, Ana M  MRN: 00482913`): fields
 * set apart by two spaces on one line are fields, and `Dx` was masked with the name.
 */
function adjacent(text: string, left: Word, right: Word): boolean {
  const gap = right.start - left.end;
  const first = text.charCodeAt(left.end);
  if (gap === 1 && right.key === 's') return first === 39 || first === 0x2019;
  if (gap === 1) return first === 32;
  // `Wilson & Company`, `Marks & Spencer`: names never use `&`, organisations do.
  if (gap === 3) return first === 32 && text.charCodeAt(left.end + 1) === 38 && text.charCodeAt(left.end + 2) === 32;
  if (gap !== 2) return false;
  const second = text.charCodeAt(left.end + 1);
  if (first === 32 && second === 32) return !colonAfter(text, right.end);
  // Initials and abbreviations: `John F. Kennedy`, `St. Louis`.
  return first === 46 && second === 32 && (left.end - left.start <= 2 || TITLES.has(left.key));
}

/** Only where a space and one of `S N B L` follow can a dotted corporate form start. */
function mayStartDottedSuffix(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const next = text.charCodeAt(at + 1);
  return next === 83 || next === 78 || next === 66 || next === 76;
}

function detectCased(text: string, words: readonly Word[], lexicon: Lexicon): Found[] {
  const found: Found[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (!word.cap) {
      index++;
      continue;
    }
    // Multi-word gazetteer places first (`United Kingdom`, `Saint Kitts and Nevis`): their inner words
    // would otherwise be split off as openers or joiners.
    const place = matchPlace(words, index, lexicon, true);
    if (place > index && adjacentRun(text, words, index, place)) {
      found.push({ kind: 'LOCATION', first: index, last: place, score: 0.85 });
      index = place + 1;
      continue;
    }
    // Grow a chunk of capitalised words, allowing lower-case particles and joiners between capitals.
    let last = index;
    let dotted: RegExpExecArray | null = null;
    // A run of capitals longer than any name (a headline) is classified in pieces.
    while (last + 1 < words.length && last - index < MAX_CHUNK_WORDS - 1) {
      const next = words[last + 1]!;
      const wordEnd = words[last]!.end;
      dotted = mayStartDottedSuffix(text, wordEnd) ? DOTTED_SUFFIX.exec(text.slice(wordEnd, wordEnd + 12)) : null;
      if (dotted) break;
      if (!adjacent(text, words[last]!, next)) break;
      if (next.cap) {
        last++;
        continue;
      }
      // Up to two particles between capitals: `van der Voet`, `Mansilla de la Sierra`, `Bank of America`;
      // never after a role (`CEO of Banco Santander` is a role and an organisation).
      if (ROLES.has(words[last]!.key)) break;
      let probe = last + 1;
      while (
        probe <= last + 2 &&
        isJoiner(words[probe]) &&
        words[probe + 1] &&
        adjacent(text, words[probe]!, words[probe + 1]!)
      ) {
        probe++;
      }
      const after = words[probe];
      // `María Rodríguez de la Universidad de ...`: a particle never joins a name to an institution.
      const institution = after !== undefined && ORG_HEADS.has(after.key);
      // `Prescription for Eleanor Whitfield`: a sentence's first word alone is joined to no given name after it
      // (but an organisation's head is: `Bank of America`, `America` being a given name too).
      const openerBeforeName =
        last === index &&
        words[index]!.opener &&
        after !== undefined &&
        lexicon.firstNames.has(after.key) &&
        !ORG_HEADS.has(words[index]!.key);
      if (
        probe > last + 1 &&
        after?.cap &&
        !institution &&
        !openerBeforeName &&
        adjacent(text, words[probe - 1]!, after)
      ) {
        last = probe;
        continue;
      }
      break;
    }
    if (dotted) {
      const end = words[last]!.end + dotted[0].length;
      let first = index;
      while (
        first < last &&
        (STOP_WORDS.has(words[first]!.key) || words[first]!.opener) &&
        common!.has(words[first]!.key)
      ) {
        first++;
      }
      found.push({ kind: 'ORGANIZATION', first, last, score: 0.85, end });
      while (last + 1 < words.length && words[last + 1]!.start < end) last++;
      index = last + 1;
      continue;
    }
    classifyChunk(text, words, index, last, lexicon, found);
    index = last + 1;
  }
  detectSurnameFirms(text, words, lexicon, found);
  const covered = coverage(found, words.length);
  detectVocatives(text, words, lexicon, found, covered);
  detectDisplayNames(text, words, found, covered);
  detectInvertedNames(text, words, lexicon, found, covered);
  propagateCoordination(text, words, lexicon, found, covered);
  detectTownsBeforeRegions(text, words, lexicon, found, covered);
  detectNicknamedNames(text, words, found, covered);
  detectLaterMentions(words, lexicon, found, covered);
  // `Agent: How can I help? Customer: hi, my name is john smith`: a lower-case name after a cue in cased text.
  addLowerCaseNames(findLowerCaseNames(text, words, lexicon), found, covered);
  return found;
}

/**
 * A nickname in quotes between a given and a family name (`Ekaterina "Katya" Morozova`, `William 'Bill' Turner`; not a
 * word in brackets, `Alice Chen (Engineering) Kubernetes`): the quotes cut the name in two, and the family name after
 * them was let through. The nickname and the capitalised word after it, no ordinary word, are the person's too.
 */
function detectNicknamedNames(
  text: string,
  words: readonly Word[],
  found: Found[],
  covered: (Found | undefined)[],
): void {
  const count = found.length;
  for (let at = 0; at < count; at++) {
    const item = found[at]!;
    const nickname = words[item.last + 1];
    const family = words[item.last + 2];
    if (item.kind !== 'PERSON' || nickname === undefined || family === undefined) continue;
    if (!nickname.cap || !family.cap || covered[item.last + 2] !== undefined || common!.has(family.key)) continue;
    if (!NICKNAME_QUOTES.test(text.slice(words[item.last]!.end, family.start))) continue;
    for (const index of [item.last + 1, item.last + 2]) {
      if (covered[index] !== undefined) continue;
      const person: Found = { kind: 'PERSON', first: index, last: index, score: 0.7 };
      found.push(person);
      covered[index] = person;
    }
  }
}

/** A space, a quoted word, a space: the gap a nickname fills between a given and a family name. */
const NICKNAME_QUOTES = /^ (?:"[^"\s]+"|'[^'\s]+'|“[^”\s]+”) $/;

/**
 * A person's given or family name mentioned again alone elsewhere in the text (`Customer Bongani Khumalo called. Later
 * Bongani emailed again`): each capitalised word of a name of two words or more the gazetteers know a word of, no
 * ordinary word, title or cue, is the same person wherever no other rule typed it, or where one read it alone as a
 * place.
 */
function detectLaterMentions(
  words: readonly Word[],
  lexicon: Lexicon,
  found: Found[],
  covered: (Found | undefined)[],
): void {
  let names: Set<string> | undefined;
  for (const item of found) {
    if (item.kind !== 'PERSON' || item.last === item.first) continue;
    // Only a name the gazetteers know a word of (`Server Version` read as a person spreads no `Version`).
    let known = false;
    for (let index = item.first; index <= item.last && !known; index++) known = isNameKey(words[index]!.key, lexicon);
    if (!known) continue;
    for (let index = item.first; index <= item.last; index++) {
      const key = words[index]!.key;
      if (!mentionable(words[index]!)) continue;
      names ??= new Set();
      names.add(key);
    }
  }
  if (names === undefined) return;
  // A mention another rule read as a place by its word alone (`Lopez noted …` after `Dr. Maria Lopez`) is the person.
  for (const [at, item] of found.entries()) {
    if (item.kind !== 'LOCATION' || item.first !== item.last || !names.has(words[item.first]!.key)) continue;
    const person: Found = { ...item, kind: 'PERSON' };
    found[at] = person;
    covered[item.first] = person;
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (covered[index] !== undefined || !names.has(word.key) || !mentionable(word)) continue;
    const item: Found = { kind: 'PERSON', first: index, last: index, score: 0.6 };
    found.push(item);
    covered[index] = item;
  }
}

/** Whether a word of a name may stand for its person alone: capitalised, three letters or more, no ordinary word. */
function mentionable(word: Word): boolean {
  const key = word.key;
  return (
    word.cap &&
    key.length >= 3 &&
    !STOP_WORDS.has(key) &&
    !common!.has(key) &&
    !TITLES.has(key) &&
    !PERSON_CUES.has(key) &&
    !PERSON_ROLE_CUES.has(key) &&
    !STREET_WORDS.has(key) &&
    !ORG_SUFFIXES.has(key)
  );
}

/** Lower-case names (see lower-case-names.ts) over words no other rule has typed, as PERSON. */
function addLowerCaseNames(names: readonly LowerCaseName[], found: Found[], covered: (Found | undefined)[]): void {
  for (const name of names) {
    let free = name.last >= 0;
    for (let index = name.first; index <= name.last && free; index++) free = covered[index] === undefined;
    if (!free) continue;
    const item: Found = { kind: 'PERSON', first: name.first, last: name.last, score: name.score };
    found.push(item);
    cover(covered, item, name.first, name.last);
  }
}

/** What the lower-case name reader left on a word of uncased text: a cue before it, or a name over it. */
const HEARD_CUE = 1;
const IN_NAME = 2;

// What a mail address header or list holds after a display name: ` <` then the address (blanked by the waterfall,
// see waterfall-scanner.ts, or as written), then `>`, on one line.
const ADDRESS_AFTER_NAME = /^"? ?<(?:[^\s<>@]{1,64}@[^\s<>@]{1,255}| {6,320})>/;
// Words of a display name that make it a team's, a service's or a company's, not a person's.
const MAILBOX_WORDS = new Set(
  (
    'support team info admin administrator sales billing noreply no reply notifications notification newsletter ' +
    'service services customer customers care help helpdesk desk alerts alert security accounts account payroll ' +
    'marketing hr jobs careers recruiting mailer daemon postmaster office reception bot the via updates news digest ' +
    'inc llc ltd gmbh corp co plc bank equipo soporte ventas facturacion atencion cliente clientes'
  ).split(' '),
);

/**
 * The display name of a mail address (`From: Wanjiru Okonkwo <w.okonkwo@example.com>`, `"Roe, Jane" <…>`, a Gmail
 * header object's `"value": "Wanjiru Okonkwo <…>"`): two to four capitalised words right before ` <address>` are a
 * person's, whatever the gazetteers know of them (most names they do not). Not a mailbox's or a company's (`Acme
 * Support <…>`, `GitHub <…>`: one word is left to the other rules), and not words another rule already typed.
 */
function detectDisplayNames(
  text: string,
  words: readonly Word[],
  found: Found[],
  covered: (Found | undefined)[],
): void {
  let from = text.indexOf('<');
  if (from === -1) return;
  let index = 0;
  for (; from !== -1; from = text.indexOf('<', from + 1)) {
    // The last word ending before the address: a space (and a quote) between them.
    while (index < words.length && words[index]!.end <= from) index++;
    const last = index - 1;
    if (last < 0) continue;
    const gap = text.slice(words[last]!.end, from + 1);
    if (!/^"? <$/.test(gap) || !ADDRESS_AFTER_NAME.test(text.slice(words[last]!.end, words[last]!.end + 330))) continue;
    let first = last;
    // `"Roe, Jane"`: a quoted name may hold one comma.
    while (first > 0 && last - first < 3) {
      const between = text.slice(words[first - 1]!.end, words[first]!.start);
      if (!(between === ' ' || (between === ', ' && gap.startsWith('"'))) || !words[first - 1]!.cap) break;
      first--;
    }
    if (last === first) continue;
    let name = true;
    for (let at = first; at <= last && name; at++) {
      const word = words[at]!;
      name = word.cap && !covered[at] && !MAILBOX_WORDS.has(word.key) && !/\d/.test(text.slice(word.start, word.end));
    }
    if (!name) continue;
    const item: Found = { kind: 'PERSON', first, last, score: 0.85 };
    found.push(item);
    cover(covered, item, first, last);
  }
}

function isUnknownName(word: Word, lexicon: Lexicon): boolean {
  return (
    word.cap &&
    !word.upper &&
    !STOP_WORDS.has(word.key) &&
    !common!.has(word.key) &&
    !lexicon.places.has(word.key) &&
    !organizations!.has(word.key)
  );
}

/** Which found entity covers each word, kept in step with `found` by the post-passes (linear, not a scan). */
function coverage(found: readonly Found[], count: number): (Found | undefined)[] {
  const covered: (Found | undefined)[] = new Array(count);
  for (const item of found) for (let index = item.first; index <= item.last; index++) covered[index] = item;
  return covered;
}

function cover(covered: (Found | undefined)[], item: Found | undefined, first: number, last: number): void {
  for (let index = first; index <= last; index++) covered[index] = item;
}

/**
 * Direct address in dialogue: `Brianna, can I please ...` and `Don't go to town, Judy!`: a lone capitalised
 * word that is no ordinary word, place or organisation.
 */
function detectVocatives(
  text: string,
  words: readonly Word[],
  lexicon: Lexicon,
  found: Found[],
  covered: (Found | undefined)[],
): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!isUnknownName(word, lexicon) || covered[index]) continue;
    const after = text.slice(word.end, word.end + 2);
    const next = words[index + 1];
    const leading = word.opener && after.startsWith(',') && next !== undefined && VOCATIVE_FOLLOWERS.has(next.key);
    const trailing = text.slice(Math.max(0, word.start - 2), word.start) === ', ' && /^[!?.]/.test(after);
    const previous = words[index - 1];
    // `Gregorina's address`: a possessive on a word that owns what people own.
    const owner = next?.key === 's' && words[index + 2] !== undefined && PERSONAL_NOUNS.has(words[index + 2]!.key);
    if (leading || owner || (trailing && previous && !previous.cap)) {
      const item: Found = { kind: 'PERSON', first: index, last: index, score: 0.5 };
      found.push(item);
      cover(covered, item, index, index);
    }
  }
}

/** `Eklund, Warren and Bailey`: unknown words listed with a person are people too. */
function propagateCoordination(
  text: string,
  words: readonly Word[],
  lexicon: Lexicon,
  found: Found[],
  covered: (Found | undefined)[],
): void {
  const removed = new Set<Found>();
  const replace = (old: Found | undefined, item: Found) => {
    if (old) removed.add(old);
    found.push(item);
    cover(covered, item, item.first, item.last);
  };
  let index = 0;
  while (index < words.length) {
    // Collect a list of single capitalised words joined by `, ` and a final ` and ` / ` y `.
    // Every member after the first is capitalised by construction, so only a capitalised first word makes a
    // list; the probe still runs from any word (a list read from a lower-case word is skipped whole).
    const listed = words[index]!.cap;
    let members: number[] | undefined;
    let probe = index;
    while (probe + 1 < words.length) {
      const left = words[probe]!;
      const joiner = words[probe + 1]!;
      const gap = joiner.start - left.end;
      if (gap === 2 && joiner.cap && text.charCodeAt(left.end) === 44 && text.charCodeAt(left.end + 1) === 32) {
        probe++;
        if (listed) {
          members ??= [index];
          members.push(probe);
        }
        continue;
      }
      const after = words[probe + 2];
      if (
        gap === 1 &&
        text.charCodeAt(left.end) === 32 &&
        (joiner.key === 'and' || joiner.key === 'y') &&
        after?.cap &&
        after.start - joiner.end === 1 &&
        text.charCodeAt(joiner.end) === 32
      ) {
        probe += 2;
        if (listed) {
          members ??= [index];
          members.push(probe);
        }
      }
      break;
    }
    if (members && peopleListCued(text, words, index)) {
      // `our founders: Leehy, Perkins and Copeland`: the list names people, whatever the gazetteers say of them.
      // After kin (`Kids: Ebube, Chidera and Tobi`) an ordinary word is a price list's (`Kids: Free, Adults: $12`).
      const kin = KIN_LIST_CUES.has(words[index - 1]!.key);
      for (const member of members) {
        const label = covered[member];
        if (label?.kind === 'PERSON' || (label && label.first !== label.last) || STOP_WORDS.has(words[member]!.key))
          continue;
        if (kin && (lexicon.kinds(words[member]!.key) & COMMON_WORD) !== 0 && !isNameKey(words[member]!.key, lexicon))
          continue;
        replace(label, { kind: 'PERSON', first: member, last: member, score: 0.6 });
      }
    } else if (members) {
      const labels = members.map((member) => covered[member]);
      const people = labels.filter((label) => label?.kind === 'PERSON' && label.first === label.last).length;
      const others = labels.filter((label) => label && label.kind !== 'PERSON' && label.score > 0.5).length;
      const places = labels.filter((label) => label?.kind === 'LOCATION' && label.score >= 0.8).length;
      // `Paris, London and Berlin`: a name that is also a place, listed with places, is a place.
      if (places > 0 && places >= people) {
        members.forEach((member, at) => {
          const label = labels[at];
          if (label?.kind !== 'PERSON' || label.first !== label.last || !lexicon.places.has(words[member]!.key)) return;
          replace(label, { kind: 'LOCATION', first: member, last: member, score: 0.7 });
        });
      } else if (people > 0 && others === 0) {
        members.forEach((member, at) => {
          const label = labels[at];
          if (label?.kind === 'PERSON' || (label && label.first !== label.last)) return;
          if (!STOP_WORDS.has(words[member]!.key))
            replace(label, { kind: 'PERSON', first: member, last: member, score: 0.5 });
        });
      }
    }
    index = Math.max(index + 1, probe + 1);
  }
  if (removed.size > 0) {
    let kept = 0;
    for (const item of found) if (!removed.has(item)) found[kept++] = item;
    found.length = kept;
  }
}

/**
 * `Lindon, Utah`, `Muscat, Oman | +968 …`: a capitalised word no rule typed, right before a comma and a country (the
 * gazetteers') or a region (REGIONS: a US, Australian or Indian state, a Canadian province), is a town written with its
 * region, and so is a region no rule typed after such a town or a known one (`Salt Lake City, Utah`). An
 * ordinary word or its plural is one only when the gazetteers know it as a town too (`Muscat`, a grape as well; not
 * `Sales, India`, `Approved, Texas`), and a greeting or a title never (`Hello, Jordan`, `Thanks, Georgia`).
 */
function detectTownsBeforeRegions(
  text: string,
  words: readonly Word[],
  lexicon: Lexicon,
  found: Found[],
  covered: (Found | undefined)[],
): void {
  for (let index = 0; index + 1 < words.length; index++) {
    const word = words[index]!;
    const typed = covered[index];
    if (!word.cap || word.upper || (typed !== undefined && typed.kind !== 'LOCATION')) continue;
    const next = words[index + 1]!;
    if (!next.cap || !commaBetween(text, word, next)) continue;
    let regionLast = regionEnd(words, index + 1, lexicon);
    // A locality before its city and region (`Mehdipatnam, Hyderabad, Telangana`): the city stands for the region.
    const after = words[index + 2];
    if (regionLast === -1 && lexicon.places.get(next.key) === 'city' && after?.cap && commaBetween(text, next, after)) {
      if (regionEnd(words, index + 2, lexicon) !== -1) regionLast = index + 1;
    }
    if (regionLast === -1) continue;
    const key = word.key;
    if (typed === undefined) {
      if (STOP_WORDS.has(key) || PERSON_CUES.has(key) || SIGN_OFF_HEADS.has(key) || TITLES.has(key)) continue;
      // An ordinary word, or its plural (`Sales`, `Operations`), unless it is also a town the gazetteers know (`Muscat`).
      const ordinary = common!.has(key) || (key.endsWith('s') && common!.has(key.slice(0, -1)));
      if (ordinary && lexicon.places.get(key) === undefined) continue;
      // A department before its office's country (`Operations, Canada`).
      if (NOT_PLACE_WORDS.has(key)) continue;
      // `Smith, Jordan`: a family name, then a given name that is also a country or a state, lists a person.
      if (lexicon.lastNames.has(key) && lexicon.firstNames.has(words[regionLast]!.key)) continue;
      // A town of several words (`Selwyn Heights`, `Quinta do Paço`, `Port Edward`): the capitalised words and
      // particles right before it that no rule typed.
      let first = index;
      while (first > 0 && index - first < MAX_TOWN_WORDS - 1 && townWordBefore(text, words, first, covered)) first--;
      while (first < index && !words[first]!.cap) first++;
      const town: Found = { kind: 'LOCATION', first, last: index, score: 0.6 };
      found.push(town);
      cover(covered, town, first, index);
    }
    let free = true;
    for (let at = index + 1; at <= regionLast && free; at++) free = covered[at] === undefined;
    if (free) {
      const region: Found = { kind: 'LOCATION', first: index + 1, last: regionLast, score: 0.6 };
      found.push(region);
      cover(covered, region, index + 1, regionLast);
    }
  }
}

/** Whether `right` follows `left` after a comma and one space (`Lindon, Utah`). */
function commaBetween(text: string, left: Word, right: Word): boolean {
  return right.start === left.end + 2 && text.charCodeAt(left.end) === 44 && text.charCodeAt(left.end + 1) === 32;
}

/** Most words of a town detectTownsBeforeRegions reads. */
const MAX_TOWN_WORDS = 4;

/**
 * Whether the word before `words[at]` is a town's word: right before it, capitalised (an ordinary word not where a
 * sentence opens) or a particle, untyped.
 */
function townWordBefore(text: string, words: readonly Word[], at: number, covered: (Found | undefined)[]): boolean {
  const word = words[at - 1]!;
  return (
    covered[at - 1] === undefined &&
    words[at]!.start === word.end + 1 &&
    text.charCodeAt(word.end) === 32 &&
    ((word.cap && !STOP_WORDS.has(word.key) && !(word.opener && common!.has(word.key))) || NAME_PARTICLES.has(word.key))
  );
}

/** The last word of a country or a region (see REGIONS) written from `words[first]` in capitals, or -1. */
function regionEnd(words: readonly Word[], first: number, lexicon: Lexicon): number {
  let phrase = '';
  let best = -1;
  for (let at = first; at < words.length && at - first < Math.max(MAX_REGION_WORDS, lexicon.maxPlaceWords); at++) {
    const word = words[at]!;
    if (at > first && (word.start !== words[at - 1]!.end + 1 || !(word.cap || NAME_PARTICLES.has(word.key)))) break;
    phrase = at === first ? word.key : `${phrase} ${word.key}`;
    if (REGIONS.has(phrase) || lexicon.places.get(phrase) === 'country') best = at;
  }
  return best;
}

/** The list starting at `words[first]` follows a plural noun for people and a colon (`founders: `, `Attendees: `). */
function peopleListCued(text: string, words: readonly Word[], first: number): boolean {
  const noun = words[first - 1];
  if (noun === undefined || !PEOPLE_LIST_CUES.has(noun.key)) return false;
  const gap = words[first]!.start - noun.end;
  return text.charCodeAt(noun.end) === 58 && (gap === 2 || (gap === 3 && text.charCodeAt(noun.end + 2) === 32));
}

function isJoiner(word: Word | undefined): boolean {
  return (
    word !== undefined && !word.cap && word.key !== 'and' && (NAME_PARTICLES.has(word.key) || ORG_JOINERS.has(word.key))
  );
}

function adjacentRun(text: string, words: readonly Word[], first: number, last: number): boolean {
  for (let index = first; index < last; index++) if (!adjacent(text, words[index]!, words[index + 1]!)) return false;
  return true;
}

/** Index of the last word of the longest multi-word place starting at `index` (or `index - 1` if none). */
function matchPlace(words: readonly Word[], index: number, lexicon: Lexicon, capitalised: boolean): number {
  let phrase = words[index]!.key;
  let best = index - 1;
  for (let count = 2; count <= lexicon.maxPlaceWords && index + count - 1 < words.length; count++) {
    // Stop as soon as no multi-word place starts with the phrase so far.
    if (!lexicon.placePrefixes.has(phrase)) break;
    const word = words[index + count - 1]!;
    phrase += ` ${word.key}`;
    if (lexicon.places.has(phrase) && (!capitalised || word.cap)) best = index + count - 1;
  }
  return best;
}

/** What a two-word cue ends with (`works_at` -> `at`): a pair is only built where one may match. */
const PAIR_ENDS = new Set(
  [...PERSON_CUE_PAIRS, ...PERSON_ROLE_PAIRS, ...ORG_CUE_PAIRS, ...PLACE_CUE_PAIRS].map((pair) =>
    pair.slice(pair.lastIndexOf('_') + 1),
  ),
);

/** `${first}_${second}`, the key of the two-word cue sets, or '' (in no set) when no cue ends with `second`. */
function cuePair(first: string, second: string): string {
  return PAIR_ENDS.has(second) || second.includes('_') ? `${first}_${second}` : '';
}

/**
 * Whether a colon stands between the word at `first` and the word before it (`Ort: Berlin`, `Ville : Lyon`), or
 * after the last word of the text.
 */
function labelledBy(text: string, words: readonly Word[], first: number): boolean {
  const before = words[first - 1];
  if (before === undefined) return false;
  // Without a next word, the label's colon may end the text.
  const between = text.slice(before.end, words[first]?.start ?? Math.min(text.length, before.end + 3));
  return between.length <= 3 && between.trim() === ':';
}

function previousKey(words: readonly Word[], index: number, back = 1): string {
  return words[index - back]?.key ?? '';
}

function classifyChunk(
  text: string,
  words: readonly Word[],
  first: number,
  last: number,
  lexicon: Lexicon,
  found: Found[],
): void {
  // Leading titles and sentence openers are not part of the entity, except where the chunk is a whole line of
  // its own (`Universal Design Partners` in a signature) or ends in a corporate suffix (`General Electric Co`).
  let titled = false;
  let cuedInside = false;
  let roleCued = false;
  let noble = false;
  // A letter's closing line (`Best,`, `Kind regards,`) names nobody.
  if (SIGN_OFF_HEADS.has(words[first]!.key) && signOffLine(text, words[first]!.start, 0)) return;
  // An identifier's letters in capitals (`WM-2201`, `PROJ-1234`) and a temperature's unit (`200°C`) are no name; a
  // name glued to a number stays one (`Okonkwo-3`).
  while (
    first <= last &&
    (identifierLetters(text, words[first]!) || text.charCodeAt(words[first]!.start - 1) === 0xb0)
  ) {
    first++;
  }
  while (last >= first && identifierLetters(text, words[last]!)) last--;
  if (first > last) return;
  // A query's keywords in capitals (`DESC LIMIT`), and software right after a place's cue (`migrate to Kubernetes`).
  if (allWords(words, first, last, (word) => word.upper && SQL_KEYWORDS.has(word.key))) return;
  if (first === last && SOFTWARE_NAMES.has(words[first]!.key) && PLACE_CUES.has(previousKey(words, first))) return;
  // A town label is no name (`Ville :`, Ville being a Finnish given name).
  if (first === last && PLACE_LABELS.has(words[first]!.key) && labelledBy(text, words, first + 1)) {
    return;
  }
  // `Ort: Berlin`: a town label's value is read as a place even when the word is also an ordinary one.
  const placeLabelled = PLACE_LABELS.has(previousKey(words, first)) && labelledBy(text, words, first);
  const keepOpener =
    last > first &&
    (aloneOnLine(text, words[first]!.start, words[last]!.end) ||
      (ORG_SUFFIXES.has(words[last]!.key) && !STOP_WORDS.has(words[first]!.key)));
  while (first <= last) {
    const word = words[first]!;
    // `Dear Mr. Gómez`, `Estimado Sr. Gómez`: a greeting inside the chunk is a cue, not part of the name.
    if (PERSON_CUES.has(word.key) && first < last) {
      cuedInside = true;
      first++;
      continue;
    }
    // `Customer Li Wei`, `Patient Ngozi Eze`: a role the writer's system gives people, then a name (not
    // `Customer Service Team`: ordinary words).
    if (last - first >= 2 && PERSON_ROLE_CUES.has(word.key) && roleNameFollows(words, first + 1, last, lexicon)) {
      roleCued = true;
      first++;
      continue;
    }
    // `Public Defender Lisa Hartmann`, `Claims Adjuster Ngozi Eze`: an ordinary word that qualifies the role, and
    // `Estate of Harold Feldstein`: what a person leaves, then the person.
    const roleAfter = last - first >= 3 ? words[first + 1]!.key : '';
    const qualifiedRole = common!.has(word.key) && PERSON_ROLE_CUES.has(roleAfter);
    const personOf = roleAfter === 'of' && PERSON_OF_HEADS.has(word.key);
    if ((qualifiedRole || personOf) && roleNameFollows(words, first + 2, last, lexicon)) {
      roleCued = true;
      first += 2;
      continue;
    }
    // `OB Dr. Lena Fischer`, `PCP Dr. Okafor`: a specialty's or a department's capitals before a title.
    if (
      word.upper &&
      word.end - word.start <= 4 &&
      first + 1 < last &&
      TITLES.has(words[first + 1]!.key) &&
      !isNameKey(word.key, lexicon)
    ) {
      first++;
      continue;
    }
    // A title of one letter (Spanish `D.` for don) before another initial is the name's first initial, and a name's
    // sign as a title is (`D. L. Kettering`): it stays in the name.
    if (TITLES.has(word.key) && word.key.length === 1 && first + 1 < last && words[first + 1]!.key.length === 1) {
      titled = true;
      break;
    }
    if (TITLES.has(word.key)) {
      if (first === last) return;
      titled = true;
      noble ||= RANKS.has(word.key);
      first++;
      continue;
    }
    const nameWord =
      lexicon.firstNames.has(word.key) || lexicon.lastNames.has(word.key) || lexicon.places.get(word.key) === 'country';
    // `April Martin`: a month or weekday that is a given name, followed by a name, starts the name.
    const calendarName =
      CALENDAR.has(word.key) &&
      lexicon.firstNames.has(word.key) &&
      first < last &&
      isNameKey(words[first + 1]!.key, lexicon);
    if (calendarName) break;
    // `Bank of America`, `University of Texas` opening a sentence: the head word is the organisation's.
    const head = ORG_HEADS.has(word.key) && words[first + 1]?.key === 'of';
    // A sentence's first word in Cyrillic before a known given name (`Сегодня Ольга Смирнова …`): the ordinary-word
    // list is English, so such a word is known only by the name after it.
    const cyrillicOpener =
      word.opener &&
      !nameWord &&
      first < last &&
      isCyrillic(text, word.start) &&
      lexicon.firstNames.has(words[first + 1]!.key);
    if (
      STOP_WORDS.has(word.key) ||
      cyrillicOpener ||
      (word.opener && common!.has(word.key) && !nameWord && !keepOpener && !head && !placeLabelled)
    ) {
      first++;
      continue;
    }
    break;
  }
  // `Bill To:`, `Ship To:`, `Sold To:`: a label ending in a little word before its colon names a field, not a person.
  if (
    last === first + 1 &&
    LABEL_PREPOSITIONS.has(words[last]!.key) &&
    opensLine(text, words[first]!.start) &&
    colonAfter(text, words[last]!.end)
  ) {
    return;
  }
  if (first === last && notAnEntity(text, words, first)) return;
  // `Hashimoto thyroiditis`, `Bell's palsy`, `Major depressive disorder`: a disease's name, not a patient (after no
  // title or role: `Mrs. Bell's arthritis` is a patient's).
  if (
    first === last &&
    !titled &&
    !roleCued &&
    !cuedInside &&
    DISEASE_EPONYMS.has(words[first]!.key) &&
    diseaseFollows(text, words, last)
  ) {
    return;
  }
  // `Vital signs:`, `Chief complaint:`: a label's first word, opening its line, before its lower-case words and colon.
  if (
    first === last &&
    LABEL_HEADS.has(words[first]!.key) &&
    opensLine(text, words[first]!.start) &&
    lowerWordsThenColon(text, words, last)
  ) {
    return;
  }
  while (
    last >= first &&
    (STOP_WORDS.has(words[last]!.key) || ORG_JOINERS.has(words[last]!.key)) &&
    !(CALENDAR.has(words[last]!.key) && last > first && isNameKey(words[last]!.key, lexicon))
  ) {
    const vietnamese = vietnameseNameBeforeAn(words, last);
    if (vietnamese !== -1) {
      found.push({ kind: 'PERSON', first: vietnamese, last, score: 0.75 });
      return;
    }
    last--;
  }
  if (first > last) return;
  // Post-nominals belong to the name as written (`Jr.`, `III`, `PhD`); titles before it do not.
  let suffixDot = false;
  if (last > first && (GENERATIONAL.has(words[last]!.key) || DEGREES.has(words[last]!.key))) {
    suffixDot = words[last]!.dotAfter && words[last]!.key === 'jr';
  }
  // `The Princess Royal`: a title followed only by ordinary words names nobody.
  // After a courtesy title a surname may be an ordinary word (`Mr. Smith`); after a rank it is not a name
  // unless it is no ordinary word (`The Princess Royal`).
  if (titled && allCommon(words, first, last, noble ? undefined : lexicon)) return;

  const keys: string[] = [];
  for (let index = first; index <= last; index++) keys.push(words[index]!.key);
  const phrase = first === last ? keys[0]! : keys.join(' ');
  const lastWord = words[last]!;
  const prev = previousKey(words, first);
  const pair = cuePair(previousKey(words, first, 2), prev);
  const prevAdjacent = first > 0 && words[first - 1]!.end < words[first]!.start;
  // `Dear Customer,`, `Dear Valued Customer`: a letter to whoever holds the account names nobody.
  if (prev === 'dear' && keys.every((key) => GENERIC_ADDRESSEES.has(key))) return;
  // `Title: General Counsel`, `Job title: VP Finance`, `Cargo: Directora Financiera`: a job's title after its label,
  // when a job's word says so (`Title: Jane Smith`, a document's or a ticket's title, is read as any chunk).
  if (JOB_TITLE_LABELS.has(prev) && keys.some((key) => JOB_WORDS.has(key)) && labelledBy(text, words, first)) {
    return;
  }

  // Organisations: a known name, a corporate suffix, or `University of ...`.
  const suffix = ORG_SUFFIXES.has(lastWord.key) && last > first;
  // `Procter & Gamble`: an ampersand joins firms; two given names joined by it are two people.
  const ampersand = findAmpersand(text, words, first, last);
  if (ampersand >= 0) {
    const right = words[ampersand + 1]!.key;
    // `Smith, John & Smith, Mary`: a family name, a comma and a given name after the ampersand is the next holder.
    const invertedAfter =
      ampersand + 1 === last &&
      lexicon.lastNames.has(right) &&
      text.charCodeAt(words[last]!.end) === 44 &&
      lexicon.firstNames.has(words[last + 1]?.key ?? '') &&
      !ORG_SUFFIXES.has(words[last + 1]!.key);
    const people =
      (titled || lexicon.firstNames.has(keys[0]!)) &&
      (lexicon.firstNames.has(right) || TITLES.has(right) || invertedAfter);
    if (people && !suffix) {
      classifyChunk(text, words, first, ampersand, lexicon, found);
      classifyChunk(text, words, ampersand + 1, last, lexicon, found);
    } else {
      found.push({ kind: 'ORGANIZATION', first, last, score: suffix ? 0.8 : 0.6 });
    }
    return;
  }
  const statePrefix = STATE_FORMS.has(keys[0]!) && keys[1] === 'of';
  if (statePrefix && lexicon.places.get(keys.slice(keys[2] === 'the' ? 3 : 2).join(' ')) === 'country') {
    found.push({ kind: 'LOCATION', first, last, score: 0.85 });
    return;
  }
  // Not a field about a bank (`Bank Routing`, `Bank Account`, `Bank Name`: a table's headers).
  const headed =
    ORG_HEADS.has(keys[0]!) &&
    (keys.includes('of') || (last > first && ORG_PREFIXES.has(keys[0]!) && !FIELD_NOUNS.has(lastWord.key)));
  // `Europe`, `North America`: a continent or a world region is no one's data, and no name.
  if (
    !PERSON_CUES.has(prev) &&
    (WORLD_REGIONS.has(phrase) || (keys[0] === 'the' && WORLD_REGIONS.has(keys.slice(1).join(' '))))
  ) {
    return;
  }
  // `BP 142/88`: a blood pressure's reading, not the oil company (a clinical note lost its vital sign).
  if (phrase === 'bp' && READING_AFTER.test(text.slice(lastWord.end, lastWord.end + 12))) return;
  // `NHS number:`, `IRS No.`: an organisation's name in an identifier's label names the identifier, which its own
  // recognizer masks; the label stays readable.
  if (
    organizations!.has(phrase) &&
    first === last &&
    NUMBER_LABEL_AFTER.test(text.slice(lastWord.end, lastWord.end + 10))
  ) {
    return;
  }
  if (organizations!.has(phrase) || suffix || headed) {
    const withDot = suffix && lastWord.dotAfter && ABBREVIATED_SUFFIXES.has(lastWord.key);
    found.push({ kind: 'ORGANIZATION', first, last, score: suffix ? 0.8 : 0.85, withDot });
    return;
  }
  const nextKey = words[last + 1]?.key ?? '';
  if (prevAdjacent && (ORG_CUES.has(prev) || ORG_CUE_PAIRS.has(pair) || ORG_FOLLOWERS.has(nextKey))) {
    found.push({ kind: 'ORGANIZATION', first, last, score: 0.6 });
    return;
  }

  const place = lexicon.places.get(phrase);
  const isFirstName =
    lexicon.firstNames.has(keys[0]!) && (!STOP_WORDS.has(keys[0]!) || (CALENDAR.has(keys[0]!) && last > first));
  const placeCue = PLACE_CUES.has(prev) || placeLabelled;
  const start = words[first]!.start;
  // A label whose value was blanked (`Nachname:` before a name Tier 0 found, `Prénom :`) is alone on its line too,
  // but a colon after it says it names a field, not a company or a town.
  const labelEnd = words[last]!.end;
  const ownLine = aloneOnLine(text, start, labelEnd) && !colonAfter(text, labelEnd);
  // The town line of an address block (after a numbered street or apartment line), or `I am in Buják`.
  const addressLine = ownLine && previousLineHasDigit(text, start);
  if (place && (addressLine || (prev === 'in' && last === first && !titled))) {
    found.push({ kind: 'LOCATION', first, last, score: 0.7 });
    return;
  }
  // A one-word city that is also a name (`Lopez`, `Florence`) needs a place cue (`in`, `from`).
  const nameLike = isFirstName || (first === last && lexicon.lastNames.has(keys[0]!));
  if (place === 'country' || (place === 'city' && (!nameLike || placeCue) && !titled)) {
    found.push({ kind: 'LOCATION', first, last, score: place === 'country' ? 0.9 : 0.8 });
    return;
  }

  // People: a title, a known given name, a person cue, or a run of family names.
  // `Wife: Adaora`, `Hijo: Tobi`: kin as a record's label (a vCard's note, an intake form) names the person after it.
  const kinLabel =
    KIN_LABELS.has(prev) && words[first]!.end - words[first]!.start > 1 && labelledBy(text, words, first);
  const personCue = cuedInside || PERSON_CUES.has(prev) || PERSON_CUE_PAIRS.has(pair) || kinLabel;
  // `Ward 4`, `Bay 3`, `Bed 2`: a part of a building before its number or letter, not the name it may also be.
  if (
    first === last &&
    !titled &&
    !personCue &&
    DESIGNATOR_WORDS.has(keys[0]!) &&
    DESIGNATOR_AFTER.test(text.slice(lastWord.end, lastWord.end + 7))
  ) {
    return;
  }
  const allSurnames = keys.every((key) => lexicon.lastNames.has(key) || NAME_PARTICLES.has(key));
  // A word in capitals alone in mixed-case text that is also a common acronym (`MAC address`, `PC`, `SKY` the firm) is
  // the acronym unless a cue says a person (`Dear ANA,`); other given names in capitals stay names (`call JOHN`).
  const acronymAlone = last === first && words[first]!.upper && ACRONYM_NAMES.has(keys[0]!);
  const named = titled || (isFirstName && !acronymAlone) || personCue;
  // `Customer Li Wei`, `Caller: Ngozi Eze`, `Ngozi Eze called`: a role before or a verb only people do after (asked
  // only when the cheaper signs above say nothing, as they do for most names).
  const roleOrVerb =
    !named &&
    last > first &&
    last - first <= 2 &&
    (roleCued || PERSON_ROLE_CUES.has(prev) || PERSON_ROLE_PAIRS.has(pair) || personVerbFollows(text, words, last)) &&
    roleNameFollows(words, first, last, lexicon);
  if (
    named ||
    roleOrVerb ||
    (last === first + 1 && familyNameFirst(words, first, last, lexicon)) ||
    (last > first && allSurnames && !keys.some((key) => common!.has(key)))
  ) {
    // A name runs at most five words; a longer chunk is a title or a headline.
    let end = Math.min(last, first + 4);
    while (end > first && NAME_PARTICLES.has(words[end]!.key)) end--;
    const score =
      titled || (isFirstName && (last > first || personCue)) ? 0.85 : isFirstName ? 0.75 : roleOrVerb ? 0.7 : 0.6;
    found.push({ kind: 'PERSON', first, last: end, score, withDot: end === last && suffixDot });
    // What follows a five-word name in the same run is classified on its own.
    if (end < last) classifyChunk(text, words, end + 1, last, lexicon, found);
    return;
  }

  // Split `City Country` or a place inside a longer chunk: look for the longest gazetteer place.
  const inner = longestPlace(keys, lexicon);
  if (inner && (inner.count > 1 || placeCue)) {
    found.push({
      kind: 'LOCATION',
      first: first + inner.offset,
      last: first + inner.offset + inner.count - 1,
      score: 0.7,
    });
    return;
  }

  const acronym = last === first && words[first]!.upper && words[first]!.end - words[first]!.start <= 4;
  const knownName = lexicon.lastNames.has(keys[0]!) || lexicon.firstNames.has(keys[0]!);
  // `arrived at Bauru` is a place; `a year at Solarlist`, `recorded for Acme` an organisation.
  if (prevAdjacent && PLACE_CUE_PAIRS.has(pair) && !acronym) {
    found.push({ kind: 'LOCATION', first, last, score: 0.5 });
    return;
  }
  if ((prev === 'at' || prev === 'for') && !words[first]!.opener && !acronym && !knownName && !personCue) {
    found.push({ kind: 'ORGANIZATION', first, last, score: 0.45 });
    return;
  }
  // `payment to Wanjiru Okonkwo`: after a place word's cue, an unknown word before a known family name that is no
  // place is still the person the rule below reads (places the gazetteers know were read above).
  const givenBeforeFamily =
    last === first + 1 &&
    !ownLine &&
    lexicon.lastNames.has(keys[1]!) &&
    !common!.has(keys[1]!) &&
    isUnknownName(words[first]!, lexicon) &&
    !acronym;
  // After a place cue, a word no gazetteer holds is a place unless it is a known name, a state or a department (`In
  // Progress`, `in Transit`: a ticket's or an order's status; `Refer to Endocrinology`). An ordinary word may be a
  // town the gazetteers lack (`drove to Mobile`): it stays a place.
  if (
    placeCue &&
    !words[first]!.opener &&
    !acronym &&
    !(last === first && (knownName || NOT_PLACE_WORDS.has(keys[0]!))) &&
    !(givenBeforeFamily && !lexicon.places.has(keys[1]!))
  ) {
    found.push({ kind: 'LOCATION', first, last, score: 0.5 });
    return;
  }
  if (
    lexicon.lastNames.has(keys[0]!) &&
    last === first &&
    !common!.has(keys[0]!) &&
    !words[first]!.opener &&
    !acronym
  ) {
    found.push({ kind: 'PERSON', first, last, score: 0.5 });
    return;
  }
  // `spoke with Wanjiru Okonkwo`: a word no list holds (no ordinary word, place or organisation) before a known
  // family name that is no ordinary word reads as the given name before it; not on a line of its own (a signature's
  // company, `Jj Keller`).
  if (givenBeforeFamily) {
    found.push({ kind: 'PERSON', first, last, score: 0.6 });
    return;
  }
  // The line after a closing line (`Best,` then `Wanjiru`) is the writer's name.
  if (ownLine && !acronym && last - first <= 2 && signOffLine(text, start, -1)) {
    found.push({ kind: 'PERSON', first, last, score: 0.6 });
    return;
  }
  // A line of its own in a signature or business-card block (name, role, company, address) that is no
  // known person or place is most often the company.
  // In an address block the line after a street or apartment line (it has a number) is the town, in capitals too
  // (`LEA`).
  // A document's title (`Lab Report`, `Discharge Summary`, `Payment Receipt`) names no company.
  if (ownLine && (!acronym || addressLine) && (addressLine || !DOCUMENT_WORDS.has(lastWord.key))) {
    const kind = addressLine ? 'LOCATION' : 'ORGANIZATION';
    found.push({ kind, first, last, score: 0.4 });
    return;
  }
  // `..., 04 55 Halsey Road, HAYBOROUGH`: the segment after a numbered street segment is the town.
  if (/(?:^|[,\n])\s*\d[^,\n]*, ?$/.test(text.slice(Math.max(0, start - 40), start)) && !acronym) {
    found.push({ kind: 'LOCATION', first, last, score: 0.4 });
    return;
  }
  // A known city that is also a name, with no cue either way and no ordinary word (`Destination: Madrid`,
  // `Flights: Paris`): one or the other, so masked as the place rather than let through.
  if (place === 'city' && !titled && !acronym && !common!.has(phrase)) {
    found.push({ kind: 'LOCATION', first, last, score: 0.4 });
  }
}

// Line lookups for the text being scanned (detection is synchronous, so one at a time).
let lines: TextLines | undefined;

/** Only non-letters (bullets, quotes, `>`) share the line with `[start, end)`. */
/**
 * Whether the line holding `at` carries a record's or a markup's signs (`{"changes":{"last_name":[…]}}`, `END:VCARD`):
 * its words are keys and tags, no town's name.
 */
function markupLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end === -1) end = text.length;
  return MARKUP_SIGNS.test(text.slice(start, end));
}

const MARKUP_SIGNS = /[{}[\]":=<>]/;

function aloneOnLine(text: string, start: number, end: number): boolean {
  if (lines?.text !== text) lines = new TextLines(text);
  return lines.aloneOnLine(start, end);
}

/**
 * Whether the one word at `index` is none of the entities whatever the lists say of it: a greeting written as one
 * (`Olá,`; `Ola` is a given name), a key before its `=` (`Server=db01;` in a connection string), a clinical
 * abbreviation in capitals or as a label (`A: GAD`, `1 tab PO daily`, `Sig:`).
 */
function notAnEntity(text: string, words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  // `N as in Nancy`, `W as in William`: a word that spells a letter out (a voice call's spelling), not a person.
  if (spelledLetter(words, index)) return true;
  // `Nine four one one oh`: a number said digit by digit, its first word capitalised.
  if (SPOKEN_DIGITS.has(word.key) && SPOKEN_DIGITS.has(words[index + 1]?.key ?? '')) return true;
  // `Baby name:`, `Pet name:`: a label's first word, opening a sentence or a line (`Verified Kowalski name:` names).
  if ((word.opener || opensLine(text, word.start)) && NAME_LABEL_AFTER.test(text.slice(word.end, word.end + 8))) {
    return true;
  }
  if (WRITTEN_GREETINGS.has(text.slice(word.start, word.end).toLowerCase())) return true;
  if (MONTH_ABBREVIATIONS.has(word.key) && besideDayOrYear(text, word.start, word.end)) return true;
  if (text.charCodeAt(word.end) === 61 && text.charCodeAt(word.end + 1) !== 61) return true;
  // `Rs. 12,500.00`, `Kr 450`: a currency's sign before an amount. `Dept: 310`, `Amt: $42`: a field's abbreviation.
  if (CURRENCY_WORDS.has(word.key) && AMOUNT_AFTER.test(text.slice(word.end, word.end + 4))) return true;
  if (LABEL_ABBREVIATIONS.has(word.key) && colonAfter(text, word.end)) return true;
  // `NIA: 8472910`, `IB 48201937`: two or three capitals before a number are a code or a label (an airline's, an
  // identifier's), not the given name they may spell.
  if (word.upper && word.end - word.start <= 3 && CODE_BEFORE_NUMBER.test(text.slice(word.end, word.end + 8)))
    return true;
  return (
    CLINICAL_ABBREVIATIONS.has(word.key) && (word.upper || (opensLine(text, word.start) && colonAfter(text, word.end)))
  );
}

const CODE_BEFORE_NUMBER = /^(?::[ \t]?| )\d{5}/;

/** Whether the word at `index` follows a letter and `as in` (`N as in Nancy`) and starts with that letter. */
function spelledLetter(words: readonly Word[], index: number): boolean {
  if (index < 3 || words[index - 1]!.key !== 'in' || words[index - 2]!.key !== 'as') return false;
  const letter = words[index - 3]!;
  return letter.end - letter.start === 1 && words[index]!.key.startsWith(letter.key);
}

/**
 * Where a Vietnamese name whose given name is `An` (at `last`), an article in English, starts: one to three capitalised
 * Vietnamese family or middle names right before it, one space apart, one of them no English word (`Nguyen An`,
 * `Nguyen Van An`, `Le Van An`, `Dang Huu An`, `Nguyen Thi Thu An`); -1 when there are none. The article was cut off
 * the name, and the given name reached the model beside the masked family name.
 */
function vietnameseNameBeforeAn(words: readonly Word[], last: number): number {
  const given = words[last]!;
  if (given.key !== 'an' || !given.cap) return -1;
  let start = last;
  let telling = false;
  while (start > 0 && last - start < 3) {
    const word = words[start - 1]!;
    if (!word.cap || word.end + 1 !== words[start]!.start || !VIETNAMESE_NAMES.has(word.key)) break;
    telling ||= !VIETNAMESE_ENGLISH_WORDS.has(word.key);
    start--;
  }
  return start < last && telling ? start : -1;
}

const NAME_LABEL_AFTER = /^ names? ?:/;

/**
 * Whether a disease's or a condition's word follows the chunk ending at `last`, right after it or its `'s` (`Bell's
 * palsy`), or after one adjective in small letters (`Major depressive disorder`). Not after other words: `Maria has
 * arthritis` names a patient.
 */
function diseaseFollows(text: string, words: readonly Word[], last: number): boolean {
  let at = last + 1;
  // The `s` of `Bell's` is a word of its own.
  const apostrophe = text.charCodeAt(words[last]!.end);
  if (words[at]?.key === 's' && (apostrophe === 39 || apostrophe === 0x2019)) at++;
  const next = words[at];
  if (next === undefined || next.start !== words[at - 1]!.end + 1) return false;
  if (DISEASE_NOUNS.has(next.key)) return true;
  const after = words[at + 1];
  return (
    !next.cap &&
    ADJECTIVE_ENDING.test(next.key) &&
    after !== undefined &&
    after.start === next.end + 1 &&
    DISEASE_NOUNS.has(after.key)
  );
}

const ADJECTIVE_ENDING = /(?:ive|al|ic|ous|ary|oid)$/;

const AMOUNT_AFTER = /^\.? ?\d/;

/** Months as dates abbreviate them; `Jan` and `Sep` are given names too. */
const MONTH_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Whether a day or a year is written right beside [start, end): after it (`Jan 12`, `Sep 3, 2025`, `Jan-12-2026`,
 * `Sep 2026`) or a day before it (`12 Jan 2026`, `12-Jan-2026`), as syslog lines, mail headers and `ls -l` write
 * dates. `Jan Novak` and `Jan, can you` are no date.
 */
function besideDayOrYear(text: string, start: number, end: number): boolean {
  let after = end;
  const separator = text.charCodeAt(after);
  if (separator === 32 || separator === 45 || separator === 46) after++;
  if (text.charCodeAt(after) === 32) after++;
  let digits = 0;
  while (digits < 5 && isDigit(text.charCodeAt(after + digits))) digits++;
  if ((digits >= 1 && digits <= 2) || digits === 4) return true;
  let before = start - 1;
  const previous = text.charCodeAt(before);
  if (previous !== 32 && previous !== 45) return false;
  before--;
  let day = 0;
  while (day < 3 && isDigit(text.charCodeAt(before - day))) day++;
  return (day === 1 || day === 2) && !isDigit(text.charCodeAt(before - day));
}

/** The little words that end a two-word label (`Bill To:`, `Prepared For:`, `Attention Of:`). */
const LABEL_PREPOSITIONS = new Set(['to', 'for', 'of', 'by', 'from']);

/** First words of labels of a few words that are names too (`Vital signs:`, `Chief complaint:`, `Review date:`). */
const LABEL_HEADS = new Set([
  'job',
  'vital',
  'chief',
  'past',
  'present',
  'family',
  'social',
  'medical',
  'surgical',
  'review',
  'physical',
  'discharge',
  'admission',
  'billing',
  'shipping',
  'emergency',
  'account',
  'contact',
]);

/** Greetings as written, accents and all (`Olá`, not the given name `Ola`). */
const WRITTEN_GREETINGS = new Set([
  'olá',
  'hello',
  'hi',
  'hey',
  'hola',
  'bonjour',
  'bonsoir',
  'ciao',
  'hallo',
  'salut',
]);

/** Whether only blanks stand between the start of the line and `start`. */
function opensLine(text: string, start: number): boolean {
  for (let at = start - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Whether one or two lower-case words, then a colon, follow the word at `last`, the last of them a field's noun
 * (`Vital signs:`, `Chief complaint:`, `Past medical history:`); not a speaker's verb (`Maria said:`).
 */
function lowerWordsThenColon(text: string, words: readonly Word[], last: number): boolean {
  let index = last;
  for (let count = 0; count < 2; count++) {
    const next = words[index + 1];
    const word = words[index]!;
    if (next === undefined || next.cap || next.start !== word.end + 1 || text.charCodeAt(word.end) !== 32) return false;
    index++;
    if (colonAfter(text, next.end)) return LABEL_NOUNS.has(next.key);
  }
  return false;
}

/** A ward's, a bay's or a room's number or letter after its word (`Ward 4`, `Bay 3B`, `Block C`). */
const DESIGNATOR_AFTER = /^ (?:\d{1,4}[A-Za-z]?|[A-Z])(?![\w:/.-])/;

/** An identifier's label word after an organisation's name (`NHS number`, `IRS No.`, `NIH ID:`). */
const NUMBER_LABEL_AFTER = /^ (?:number|no\.|nr\.?|num\.?|id|#)(?![\w])/i;

/** A blood pressure's reading after its label: `142/88`, `: 120/80`, ` of 130/85`. */
const READING_AFTER = /^(?:[ \t]*:|[ \t]+(?:of|was|is))?[ \t]*\d{2,3}\/\d{2,3}(?!\d)/;

/**
 * A colon at `end`, maybe after blanks, or a full-width one (`Prénom :`, `電話番号：`): the words name a field. The
 * blanks may be many: PowerShell's Format-List pads every name to the longest (`MobilePhone       : …`).
 */
function colonAfter(text: string, end: number): boolean {
  let at = end;
  while (at - end < MAX_LABEL_PAD && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const next = text.charCodeAt(at);
  return next === 58 || (at === end && next === 0xff1a);
}

/** Most blanks between a label and its colon (see colonAfter). */
const MAX_LABEL_PAD = 40;

/** Whether the character at `at` is a Cyrillic letter. */
function isCyrillic(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x400 && code <= 0x4ff;
}

/** Whether `word`, in capitals, is glued to a number by a hyphen (`WM-2201`, `2201-WM`): an identifier's part. */
function identifierLetters(text: string, word: Word): boolean {
  return (
    word.upper &&
    ((text.charCodeAt(word.end) === 45 && isDigit(text.charCodeAt(word.end + 1))) ||
      (text.charCodeAt(word.start - 1) === 45 && isDigit(text.charCodeAt(word.start - 2))))
  );
}

/** Whether every word of [first, last] passes `test`. */
function allWords(words: readonly Word[], first: number, last: number, test: (word: Word) => boolean): boolean {
  for (let index = first; index <= last; index++) if (!test(words[index]!)) return false;
  return true;
}

/** Whether the line `offset` lines from the one holding `at` is a letter's closing line (see SIGN_OFFS). */
function signOffLine(text: string, at: number, offset: number): boolean {
  if (lines?.text !== text) lines = new TextLines(text);
  const content = lines.content(lines.lineIndex(at) + offset);
  return content.length > 0 && content.length <= 32 && SIGN_OFFS.has(signOffKey(content.split(/[^\p{L}]+/u)));
}

function previousLineHasDigit(text: string, start: number): boolean {
  if (lines?.text !== text) lines = new TextLines(text);
  return lines.previousLineHasDigit(start);
}

/**
 * Two or three capitalised words that may be a name after a role or before a verb only people do: each a known
 * given or family name, or no ordinary word, place or organisation at all (`Eze`), and one at least a known name.
 * `Customer Service Team`, `Patient Portal Login` and `Client Secret Key` hold ordinary words; `Acme Cloud` holds no
 * known name.
 */
function roleNameFollows(words: readonly Word[], first: number, last: number, lexicon: Lexicon): boolean {
  if (last - first < 1 || last - first > 2) return false;
  let known = false;
  for (let index = first; index <= last; index++) {
    const word = words[index]!;
    if (!word.cap || STOP_WORDS.has(word.key) || STREET_WORDS.has(word.key)) return false;
    if (isNameKey(word.key, lexicon)) known = true;
    else if (word.upper || !isUnknownName(word, lexicon) || CORPORATE_ENDING.test(word.key)) return false;
  }
  return known;
}

/**
 * The last word of a cued name that goes on past its first two words (see detectGazetteerNames): initials, particles
 * and known names one space apart, at most five words in all, ending on a name word (not a particle or an initial
 * before an ordinary word: `… MARTIN 612845390 CONCEPTO`).
 */
function cuedNameEnd(text: string, words: readonly Word[], first: number, last: number, lexicon: Lexicon): number {
  let end = last;
  for (let index = last + 1; index <= first + 4 && index < words.length; index++) {
    const word = words[index]!;
    if (word.start !== words[index - 1]!.end + 1 || text.charCodeAt(words[index - 1]!.end) !== 32) break;
    const key = word.key;
    const initial = key.length === 1 && word.cap;
    const particle = NAME_PARTICLES.has(key);
    const name = key.length > 1 && !STOP_WORDS.has(key) && isNameKey(key, lexicon) && !ORG_SUFFIXES.has(key);
    if (!initial && !particle && !name) break;
    if (name) end = index;
  }
  return end;
}

/** A verb only people do (`called`, `said`, `wrote`) one space after the chunk's last word. */
function personVerbFollows(text: string, words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return (
    next !== undefined &&
    !next.cap &&
    next.start === words[last]!.end + 1 &&
    PERSON_VERBS.has(next.key) &&
    text.charCodeAt(words[last]!.end) === 32
  );
}

/**
 * `Li Wei`, `Wang Fang`, `Nguyen Lan`: a Chinese, Korean or Vietnamese family name first, then a known given name or
 * a word that is no ordinary word, place or organisation. The family names are dictionary words too (`Li`, `Sun`,
 * `Ma`), and the given names seldom in the gazetteers: neither the given-name-first rule nor the all-surnames one
 * reads them. `Sun Valley` and `Park Avenue` end in ordinary words.
 */
function familyNameFirst(words: readonly Word[], first: number, last: number, lexicon: Lexicon): boolean {
  if (last !== first + 1 || !EAST_ASIAN_FAMILY_NAMES.has(words[first]!.key)) return false;
  const given = words[last]!;
  if (given.upper || STREET_WORDS.has(given.key)) return false;
  if (lexicon.firstNames.has(given.key) && !common!.has(given.key)) return true;
  // A romanised given name is one or two syllables (`Fang`, `Xiaoming`): `Sun Microsystems` is a firm.
  return (
    given.end - given.start <= MAX_ROMANISED_GIVEN_NAME &&
    isUnknownName(given, lexicon) &&
    !CORPORATE_ENDING.test(given.key)
  );
}

/** Index of the word before the first ` & ` inside the chunk, or -1. */
function findAmpersand(text: string, words: readonly Word[], first: number, last: number): number {
  for (let index = first; index < last; index++) {
    if (text.slice(words[index]!.end, words[index + 1]!.start) === ' & ') return index;
  }
  return -1;
}

/** Index of the last word on the same line as `words[index]`, if the line holds at most four words. */
function lastOnLine(text: string, words: readonly Word[], index: number): number {
  let last = index;
  while (
    last + 1 < words.length &&
    last - index < 4 &&
    !text.slice(words[last]!.end, words[last + 1]!.start).includes('\n')
  ) {
    last++;
  }
  return last - index < 4 ? last : -1;
}

function isNameKey(key: string, lexicon: Lexicon): boolean {
  if (lexicon.lastNames.has(key) || lexicon.firstNames.has(key)) return true;
  // A double-barrelled name (`Pryce-Jones`, `Jean-Pierre`): a known family name last or a known given name first.
  const hyphen = key.indexOf('-');
  if (hyphen <= 0 || hyphen === key.length - 1) return false;
  return lexicon.lastNames.has(key.slice(key.lastIndexOf('-') + 1)) || lexicon.firstNames.has(key.slice(0, hyphen));
}

/** Every word is an ordinary word (and, given a lexicon, none is a known name: `Smith`). */
function allCommon(words: readonly Word[], first: number, last: number, lexicon?: Lexicon): boolean {
  for (let index = first; index <= last; index++) {
    const key = words[index]!.key;
    if (!common!.has(key) || (lexicon && isNameKey(key, lexicon))) return false;
  }
  return true;
}

function longestPlace(keys: readonly string[], lexicon: Lexicon): { offset: number; count: number } | undefined {
  for (let count = Math.min(keys.length, lexicon.maxPlaceWords); count >= 1; count--) {
    for (let offset = 0; offset + count <= keys.length; offset++) {
      const phrase = keys.slice(offset, offset + count).join(' ');
      if (lexicon.places.has(phrase) && !(count === 1 && common!.has(phrase))) return { offset, count };
    }
  }
  return undefined;
}

/** `Davis, Reynolds and Williamson`: three family names in a list are a firm, not three people. */
function detectSurnameFirms(text: string, words: readonly Word[], lexicon: Lexicon, found: Found[]): void {
  const firms: Found[] = [];
  for (let index = 0; index + 3 < words.length; index++) {
    const and = words[index + 2]!;
    if (and.key !== 'and' && and.key !== 'y') continue;
    const a = words[index]!;
    const b = words[index + 1]!;
    const c = words[index + 3]!;
    if (text.slice(a.end, b.start) !== ', ' || b.end + 1 !== and.start || and.end + 1 !== c.start) continue;
    // After a colon the list enumerates people (`our founders: Eklund, Warren and Bailey`).
    if (/:\s*$/.test(text.slice(Math.max(0, a.start - 3), a.start))) continue;
    const surnames = [a, b, c].filter((word) => lexicon.lastNames.has(word.key));
    if (surnames.length < 3 || surnames.filter((word) => !lexicon.firstNames.has(word.key)).length < 2) continue;
    firms.push({ kind: 'ORGANIZATION', first: index, last: index + 3, score: 0.7 });
  }
  if (firms.length === 0) return;
  // Drop what the firms replace in one pass (both lists are in word order).
  const inFirm = new Uint8Array(words.length);
  for (const firm of firms) inFirm.fill(1, firm.first, firm.last + 1);
  let kept = 0;
  for (const item of found) {
    let overlaps = false;
    for (let index = item.first; index <= item.last && !overlaps; index++) overlaps = inFirm[index] === 1;
    if (!overlaps) found[kept++] = item;
  }
  found.length = kept;
  found.push(...firms);
}

function detectUncased(text: string, words: readonly Word[], lexicon: Lexicon): Found[] {
  const found: Found[] = [];
  // Names after a cue first (`my name is john smith`, not `this is bill`): the words they hold are theirs, and a
  // word the reader heard a cue before but read no name at is no cued name for the rules below either.
  const names = findLowerCaseNames(text, words, lexicon);
  const heard = names.length > 0 ? new Uint8Array(words.length) : undefined;
  for (const name of names) {
    heard![name.first] = HEARD_CUE;
    if (name.last < 0) continue;
    found.push({ kind: 'PERSON', first: name.first, last: name.last, score: name.score });
    heard!.fill(IN_NAME, name.first, name.last + 1);
  }
  let index = 0;
  while (index < words.length) {
    if (heard?.[index] === IN_NAME) {
      index++;
      continue;
    }
    const key = words[index]!.key;
    // The town line of an address block: the words of a line of its own after a numbered line.
    const lineEnd = lastOnLine(text, words, index);
    if (
      lineEnd >= 0 &&
      aloneOnLine(text, words[index]!.start, words[lineEnd]!.end) &&
      !colonAfter(text, words[lineEnd]!.end) &&
      previousLineHasDigit(text, words[index]!.start) &&
      !/\d/.test(text.slice(words[index]!.start, words[lineEnd]!.end)) &&
      !STOP_WORDS.has(key) &&
      !markupLine(text, words[index]!.start)
    ) {
      found.push({ kind: 'LOCATION', first: index, last: lineEnd, score: 0.45 });
      index = lineEnd + 1;
      continue;
    }
    const multiWord = matchPlace(words, index, lexicon, false);
    if (multiWord > index) {
      found.push({ kind: 'LOCATION', first: index, last: multiWord, score: 0.6 });
      index = multiWord + 1;
      continue;
    }
    const place = lexicon.places.get(key);
    const ordinary = STOP_WORDS.has(key) || common!.has(key);
    if (place && !ordinary && !(place === 'city' && lexicon.firstNames.has(key))) {
      found.push({ kind: 'LOCATION', first: index, last: index, score: 0.6 });
      index++;
      continue;
    }
    const following = words[index + 1];
    const adjacentWord = following !== undefined && following.start - words[index]!.end === 1;
    if (following && adjacentWord && ABBREVIATED_SUFFIXES.has(following.key) && !STOP_WORDS.has(key)) {
      found.push({ kind: 'ORGANIZATION', first: index, last: index + 1, score: 0.6, withDot: following.dotAfter });
      index += 2;
      continue;
    }
    const previous = words[index - 1]?.key ?? '';
    const pair = cuePair(words[index - 2]?.key ?? '', previous);
    const cued =
      (TITLES.has(previous) && words[index - 1]!.dotAfter) ||
      PERSON_CUES.has(previous) ||
      PERSON_CUE_PAIRS.has(pair) ||
      (PAYEE_PAIRS.has(pair) && lexicon.firstNames.has(key));
    const givenName = lexicon.firstNames.has(key) && !STOP_WORDS.has(key) && (cued || !common!.has(key));
    // `this is bill`, `soy linda`: the lower-case name reader heard the cue and read no name; its word is no name.
    const turnedDown = heard?.[index] === HEARD_CUE;
    if (!turnedDown && (givenName || (cued && !STOP_WORDS.has(key) && !common!.has(key)))) {
      let last = index;
      const next = words[index + 1]?.key;
      // A family name follows a given name: a known one, or any word that is neither ordinary nor a place.
      const familyName =
        next &&
        !STOP_WORDS.has(next) &&
        (cued || ((!common!.has(next) || lexicon.lastNames.has(next)) && !lexicon.places.has(next)));
      if (familyName && adjacentWord && next.length > 1 && !ORG_SUFFIXES.has(next)) last++;
      // After a cue, a payee's whole name as banks write it: a middle initial, particles and a second family name
      // (`IND NAME:MARIA L GONZALEZ`, `A FAVOR DE MARIA DEL CARMEN LOPEZ GARCIA`, `BIZUM DE JAVIER RUIZ MARTIN`).
      if (cued) last = cuedNameEnd(text, words, index, last, lexicon);
      // `li wei`, `wang jing`: a Chinese, Korean or Vietnamese family name comes first, and is a dictionary word too.
      const before = words[index - 1];
      const familyFirst =
        before !== undefined &&
        EAST_ASIAN_FAMILY_NAMES.has(before.key) &&
        !ENGLISH_FAMILY_NAMES.has(before.key) &&
        before.end + 1 === words[index]!.start &&
        text.charCodeAt(before.end) === 32 &&
        (found.length === 0 || found[found.length - 1]!.last < index - 1);
      found.push({ kind: 'PERSON', first: familyFirst ? index - 1 : index, last, score: 0.55 });
      index = last + 1;
      continue;
    }
    index++;
  }
  detectInvertedNames(text, words, lexicon, found, coverage(found, words.length));
  return found;
}

/**
 * A field that holds a name family name first (`ESPINOZA, ROSA M` on a prescription's label, `Smith, John A` in a
 * chart, `KOWALSKI, MAREK J` in a lab report, `Venkatesan, Lakshmi Priya` as Canvas's `sortable_name`, `ESTRADA,
 * MIGUEL ANGEL` on a registration): a family name, a comma, a known given name, maybe a second given name and a
 * middle initial, the whole opening and ending its field (a line, a cell, a label's value, before a gap of two
 * spaces or a comma). The family name need not be known when it has a name's shape: no ordinary word, place or
 * organisation, three letters or more (four in capitals: no acronym). Both parts are read as the person's even when
 * they are ordinary words too (`SMITH, JOHN`, `MIGUEL ANGEL`); the given name's reading alone let the family name
 * through.
 */
function detectInvertedNames(
  text: string,
  words: readonly Word[],
  lexicon: Lexicon,
  found: Found[],
  covered: (Found | undefined)[],
): void {
  for (let index = 0; index + 1 < words.length; index++) {
    const family = words[index]!;
    const given = words[index + 1]!;
    if (!family.cap || !given.cap || given.start !== family.end + 2 || text.charCodeAt(family.end) !== 44) continue;
    if (text.charCodeAt(family.end + 1) !== 32 || STOP_WORDS.has(family.key) || STOP_WORDS.has(given.key)) continue;
    if (!lexicon.firstNames.has(given.key) || !familyNameShaped(family, lexicon)) continue;
    let last = index + 1;
    const second = words[last + 1];
    if (second !== undefined && second.start === given.end + 1 && secondGivenName(second, lexicon)) last++;
    const initial = words[last + 1];
    const withInitial =
      initial !== undefined &&
      initial.start === words[last]!.end + 1 &&
      initial.end - initial.start === 1 &&
      initial.cap;
    if (withInitial) last++;
    const end = words[last]!.end + (withInitial && words[last]!.dotAfter ? 1 : 0);
    if (!opensField(text, family.start) || !endsField(text, end)) continue;
    if (covered[index] === undefined) {
      const item: Found = { kind: 'PERSON', first: index, last: index, score: 0.7 };
      found.push(item);
      cover(covered, item, index, index);
    }
    const givenItem = covered[index + 1];
    if (givenItem === undefined && covered[last] === undefined) {
      const item: Found = { kind: 'PERSON', first: index + 1, last, score: 0.7 };
      found.push(item);
      cover(covered, item, index + 1, last);
    } else if (givenItem?.kind === 'PERSON' && givenItem.first === index + 1 && givenItem.last < last) {
      // The given name alone was read (`MIGUEL` of `MIGUEL ANGEL`, `ANGEL` an ordinary word too): the rest joins it.
      const at = found.indexOf(givenItem);
      if (at !== -1 && covered.slice(givenItem.last + 1, last + 1).every((other) => other === undefined)) {
        const item: Found = { ...givenItem, last, end: undefined, withDot: false };
        found[at] = item;
        cover(covered, item, index + 1, last);
      }
    }
    index = last;
  }
}

/** Whether a word before a comma and a given name reads as a family name: a known one, or one with a name's shape. */
function familyNameShaped(word: Word, lexicon: Lexicon): boolean {
  if (lexicon.lastNames.has(word.key)) return true;
  const letters = word.end - word.start;
  if (letters < (word.upper ? 4 : 3)) return false;
  return (lexicon.kinds(word.key) & NOT_A_NAME) === 0;
}

/** Whether a word after a given name is a second one (`Lakshmi Priya`, `MIGUEL ANGEL`), not an initial. */
function secondGivenName(word: Word, lexicon: Lexicon): boolean {
  if (!word.cap || word.end - word.start < 2 || STOP_WORDS.has(word.key)) return false;
  return isNameKey(word.key, lexicon) || (lexicon.kinds(word.key) & NOT_A_NAME) === 0;
}

/** Whether a field opens at `start`: the text's or a line's start, a label's colon, a cell's bar or tab, or a gap. */
function opensField(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 32 && start - at < 3) at--;
  if (at < 0) return true;
  const code = text.charCodeAt(at);
  // `&` joins a deed's or a joint account's holders (`SMITH, JOHN & SMITH, MARY`).
  return (
    code === 10 ||
    code === 13 ||
    code === 9 ||
    code === 58 ||
    code === 124 ||
    code === 94 ||
    code === 38 ||
    start - at === 3
  );
}

/**
 * Whether a field ends at `end`: the text's or a line's end, a gap of two spaces, a tab, a bar, `^`, `(`, or ` & `
 * before the next holder.
 */
function endsField(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  if (code === 10 || code === 13 || code === 9 || code === 124 || code === 94 || code === 44 || code === 59)
    return true;
  if (code !== 32) return false;
  const next = text.charCodeAt(end + 1);
  return next === 32 || next === 40 || (next === 38 && text.charCodeAt(end + 2) === 32);
}
