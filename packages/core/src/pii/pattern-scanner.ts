import type { CountryCode } from 'libphonenumber-js/max';
import { MaskError } from '../errors/mask-error.js';
import { compareRank, resolveOverlaps } from '../scanner/resolve-overlaps.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { EntityCategory, EntityType, Span } from '../scanner/span.js';
import { overlapsReservedToken, reservedGrammarsIn, reservedTokenRanges } from '../tokens/find-token-candidates.js';
import { type AlignedHeader, alignedColumnAt, readAlignedHeader } from './aligned-header.js';
import { asciiCodes } from './ascii-codes.js';
import {
  type ContextWindow,
  compileContext,
  DEFAULT_CONTEXT_WINDOW,
  DEFAULT_LANGUAGES,
  escapeRegex,
  hasContext,
  LABEL_REACH,
  labelBefore,
} from './context.js';
import {
  type CsvHeader,
  columnName,
  csvHeaderAt,
  delimitersIn,
  hasLaterHeaderLine,
  headerColumnAt,
  MAX_LINE,
  tableTopAbove,
} from './csv-header.js';
import { crossesDecoded, decodedAgain, decodedReading } from './escaped-runs.js';
import { addCoverage, FIELD_CONTEXT_LIMIT, FieldContext, wholeValueSecret } from './field-context.js';
import { crossesFold, unfoldedReading } from './folded-lines.js';
import { holdsMarkup, htmlReading, plainIn } from './html-reading.js';
import { isoTimestampEnd } from './iso-timestamps.js';
import { LineStarts } from './line-starts.js';
import { NAMED_FIELD_ENTITY, type NamedFieldKind, namedValue } from './named-fields.js';
import {
  DIGIT,
  digitsAhead,
  FINDER_STARTS,
  FINDERS_AT,
  LOWER,
  PATTERN_STARTS,
  type PatternStart,
  UNDERSCORE,
  UPPER,
} from './pattern-starts.js';
import { joinsRareSearch, RareTriggers } from './rare-triggers.js';
import {
  type Candidate,
  CONTEXT_BOOST,
  DEFAULT_THRESHOLD,
  type DigitRun,
  LABEL_BONUS,
  type Recognizer,
  type RecognizerPattern,
} from './recognizer.js';
import { nameFieldRecognizer, placeFieldRecognizer } from './recognizers/named-field-values.js';
import { builtinRecognizers, STATIC_RECOGNIZERS } from './registry.js';
import { firstEndingAfter } from './sorted-ranges.js';
import { isSpokenCode, SPOKEN_CODE_TRIGGERS, spokenCodesReading } from './spoken-codes.js';
import { holdsSpokenDate, SPOKEN_DATE_TRIGGERS, spokenDatesReading } from './spoken-dates.js';
import { crossesRemovedSpace, SPOKEN_WORD_TRIGGERS, spokenDigitsReading } from './spoken-digits.js';
import { holdsSqlInsert, sqlInsertReading } from './sql-insert-reading.js';
import { TriggerWalk } from './trigger-walk.js';
import { isAlnum, isSpace } from './validators/boundaries.js';

/** A value that is always reported, with the type to report it as. */
export interface DenyListEntry {
  readonly value: string;
  /** @default 'DENY_LIST' */
  readonly type?: EntityType;
}

/** Options of {@link PatternScanner}. Every field is optional; the defaults scan for every built-in type. */
export interface PatternScannerOptions {
  /** Only these entity types are reported. @default every type */
  readonly entities?: readonly EntityType[];
  /** Only these categories are reported (what `MASK_DLP_CATEGORIES` selects). @default every category */
  readonly categories?: readonly EntityCategory[];
  /** Reporting threshold per entity type, overriding the recognizer's own. */
  readonly thresholds?: Readonly<Record<EntityType, number>>;
  /** Threshold of entity types with no threshold of their own. @default 0.5 */
  readonly defaultThreshold?: number;
  /** Exact strings never reported, whatever recognizer finds them. */
  readonly allowList?: readonly string[];
  /** Exact strings always reported (score 1), as `DENY_LIST` or the entry's type. */
  readonly denyList?: readonly (string | DenyListEntry)[];
  /** Extra recognizers (see `defineRecognizer`), run alongside the built-in ones. */
  readonly recognizers?: readonly Recognizer[];
  /** Whether the built-in recognizers run. @default true */
  readonly builtins?: boolean;
  /**
   * Languages whose context words count (what `MASK_LANGUAGES` selects). A call's `language` adds to it.
   * @default DEFAULT_LANGUAGES: every language the built-in recognizers have words in (en es de fr it pt nl ko zh ja ru ar he)
   */
  readonly languages?: readonly string[];
  /** Regions tried for phone numbers written without `+`. @default DEFAULT_PHONE_REGIONS */
  readonly phoneRegions?: readonly CountryCode[];
  /**
   * Phone numbers whose verdict (valid or not) is kept across scans, by the candidate's text: a check takes 2-3 µs
   * (10-100 µs when left to libphonenumber-js) and a repeated one then costs a lookup (logs repeat numbers). The kept strings are
   * copies, so a scanned document is never kept alive by them. 0 keeps none across scans: a scan's own repeats are
   * still parsed once, and its verdicts let go when it is over. @default 10_000
   */
  readonly phoneVerdictCache?: number;
  /** Characters searched for context words around a candidate. @default { before: 48, after: 20 } */
  readonly contextWindow?: ContextWindow;
}

interface CompiledRecognizer {
  readonly recognizer: Recognizer;
}

interface RecognizerPlan {
  readonly recognizer: Recognizer;
  readonly threshold: number;
  readonly context: RegExp | undefined;
  /** Position in ScanPlan.recognizers (and in ScanState.enabled). */
  readonly index: number;
}

type PatternListener = {
  readonly pattern: RecognizerPattern;
  readonly plan: RecognizerPlan;
  /** The pattern's `regroup` separators, read here (one shape for every listener) rather than off the pattern. */
  readonly regroup: string | undefined;
};
type DigitRunListener = { readonly run: DigitRun; readonly plan: RecognizerPlan };

interface RegexEntry {
  readonly regex: RegExp;
  readonly listeners: PatternListener[];
  gated: boolean;
  /** Where matches can start (see pattern-starts.ts): the regex then runs sticky at those places only. */
  starts: readonly PatternStart[] | undefined;
  /** The sticky copy of `regex`, when `starts` is known. */
  sticky: RegExp | undefined;
  /** Index in ScanPlan.windowed. */
  windowIndex: number;
  /** Index in ScanPlan.fullPass, or -1 for a windowed regex. */
  passIndex: number;
  /** Every listener's pattern asks to search on inside a rejected match (RecognizerPattern.regroup.inside). */
  inside: boolean;
  /**
   * Every listener reads the whole match (no group): the windowed pass then runs `test` and slices the match, with
   * no match array (the arrays were a fifth of what a scan of the bench log allocated).
   */
  wholeOnly: boolean;
}

/** One start condition of a windowed regex, compiled for the word-run pass. */
interface WindowFilter {
  /** The windowed regex run where the filter passes; undefined for a finder's filter. */
  readonly entry: RegexEntry | undefined;
  /**
   * For a finder's filter: indexes of the recognizers whose finders then run (see FINDER_STARTS), several when
   * they state the same start (the CVV and PIN column finders' DIGIT_CELL: one filter, not two); else empty.
   */
  readonly finders: number[];
  /** The start condition compiled, to find a finder's filter that another finder shares. */
  readonly start: PatternStart;
  readonly min: number;
  readonly max: number;
  /** Bits of the run kinds NOT allowed. */
  readonly forbidden: number;
  /** Bits of the run kinds required. */
  readonly required: number;
  readonly first: Uint8Array | undefined;
  readonly after: Uint8Array | undefined;
  /** The characters of `after` outside ASCII, as codes (the scan loop checks them). */
  readonly afterWide: readonly number[];
  readonly afterSpace: boolean;
  /** Char code the match starts on, one before the run, or -1. */
  readonly before: number;
  readonly digits: number;
  /** Separator characters digitsAhead may cross. */
  readonly separators: Uint8Array;
  /** The same as bits (see separatorBit). */
  readonly separatorMask: number;
  readonly check: PatternStart['check'];
}

interface ScanPlan {
  readonly recognizers: RecognizerPlan[];
  /** Scratch of enabledRecognizers, one slot per recognizer. */
  enabled: Uint8Array;
  /** Scratch of scanWordRuns, one slot per windowed regex. */
  floors: Int32Array;
  /** Scratch of a scan: the text's characters as bytes (see asciiCodes), grown as needed. */
  codes: Uint8Array;
  /** Scratch of scanWordRuns, one slot per recognizer: 1 when a start of its finder was seen. */
  finderHits: Uint8Array;
  /** 1 for recognizers whose finder runs only where scanWordRuns saw one of its starts (FINDER_STARTS). */
  startedFinders: Uint8Array;
  /**
   * 1 for recognizers whose triggers are checked only once scanWordRuns saw a start of their finder (their only
   * work), instead of in the trigger search of every scan (see startedOnly).
   */
  lateTriggers: Uint8Array;
  /** Per recognizer: its finder that looks only at those starts (FINDERS_AT), else undefined. */
  findersAt: (((text: string, starts: readonly number[]) => Iterable<Candidate>) | undefined)[];
  /** A scan is using the scratch arrays (a validator scanning again gets fresh ones). */
  busy: boolean;
  readonly regexes: RegexEntry[];
  /** Regexes that make a pass over the whole text (no start conditions known). */
  fullPass: RegexEntry[];
  /** Regexes run only at their possible starts, found in one pass over the word runs. */
  readonly windowed: RegexEntry[];
  /**
   * Per recognizer with triggers (by plan index): the regexes whose every listener has triggers that it listens to.
   * Such a regex runs in a scan only when one of those recognizers is enabled (see activeRegexes).
   */
  gatedRegexes: (RegexEntry[] | undefined)[];
  /** Per full-pass regex: 1 when it runs in every scan (a listener without triggers), else 0 until enabled. */
  passesAlways: Uint8Array;
  /** Per windowed regex: where its floor starts (see scanWordRuns), INACTIVE when it runs only once enabled. */
  startFloors: Int32Array;
  /** Scratch of activeRegexes, one slot per full-pass regex: 1 when it runs in the scan. */
  passes: Uint8Array;
  /** Every window filter, in the order they are tried at a run; bit `i` of the masks below is filters[i]. */
  readonly filters: WindowFilter[];
  /**
   * Per filter: the `windowIndex` of its regex, or -1 for a finder's filter. The scan loop reads a filter's floor
   * from here before it touches the filter object (most filters stop at their floor: the 10 MB log ran 4% faster).
   */
  filterWindows: Int32Array;
  /** 32-bit words per mask: ceil(filters.length / 32). */
  words: number;
  /**
   * Filters that admit a run shape: `words` words at `((min(length, MAX_BUCKET) << 4) | kinds) * words`,
   * kinds being the run's bit mask of character kinds (the last length bucket holds every length from
   * MAX_BUCKET up).
   */
  shapeMasks: Uint32Array;
  /** Filters that admit the run's first character (ASCII code: runs are made of `\w`). */
  firstMasks: Uint32Array;
  /**
   * Filters that admit the character after the run: its code when ASCII, 128 at the end of the text, 129
   * for any other character (those filters keep their `after` check for the scan loop).
   */
  nextMasks: Uint32Array;
  /** Filters that admit the character before the run: slot 1 for `(`, 2 for `+`, 0 for any other. */
  previousMasks: Uint32Array;
  /**
   * At `(shape << 7) | firstCode`: bit `w` set when some filter of word `w` admits both (the rows of shapeMasks and
   * firstMasks meet there). Most runs fire no filter at all, and the others visit only the words that can fire.
   */
  shapeFirstWords: Uint8Array;
  /** Filters that need digits ahead (WindowFilter.digits > 0): `words` words. */
  digitFilters: Uint32Array;
  /**
   * Filters that `count` digits ahead admit (those needing at most `count`, and every filter needing none):
   * `words` words at `count * words`, for the counts countDigitsAhead gives (0 to MAX_DIGITS_AHEAD).
   */
  digitsMasks: Uint32Array;
  /** All triggers of `gated`, to rule out texts holding none in one search. */
  sieve: TriggerSieve;
  /** The gated recognizers whose case-insensitive words rarely occur in long texts, searched for together. */
  rareTriggers: RareTriggers;
  /** The gated recognizers' triggers, found in one walk over a short text (undefined when it cannot decide). */
  triggerWalk: TriggerWalk | undefined;
  /**
   * The slot of `enabled` past the recognizers': 1 unless the trigger walk found none of SPOKEN_WORD_TRIGGERS, whose
   * absence spares the text the search for digits spoken as words (see #withSpokenDigits).
   */
  spokenWordsSlot: number;
  /** The slots after it: 1 unless the walk found none of SPOKEN_DATE_TRIGGERS, or of SPOKEN_CODE_TRIGGERS. */
  spokenDatesSlot: number;
  spokenCodesSlot: number;
  /** Some recognizer validates last (Recognizer.validatesLast). */
  validatesLast: boolean;
  /** Recognizers with triggers (checked per scan); the others always run. */
  readonly gated: RecognizerPlan[];
  readonly digitRuns: DigitRunListener[];
  /**
   * The digit-run listeners that may take a run, by its shape: at `min(length, MAX_BUCKET) * 10 + first digit`, those
   * whose length range reaches the length and whose first digits hold the digit, in plan order. A run visits only
   * those (most runs one or two), not the 26 built-in listeners.
   */
  digitRunsByShape: (DigitRunListener[] | undefined)[];
  /** Shortest and longest digit run a listener without triggers wants (those always listen). */
  digitMin: number;
  digitMax: number;
  /** The digit-run listeners with triggers: they widen digitMin/digitMax in a scan that enables them. */
  gatedDigitRuns: DigitRunListener[];
  readonly finders: RecognizerPlan[];
}

/** What a scan's trigger walk saw that the readings after it need (see scanSync). */
interface ScanSeen {
  /** False when the text holds none of SPOKEN_WORD_TRIGGERS (see ScanPlan.spokenWordsSlot). */
  spokenWords: boolean;
  /** False when the text holds none of SPOKEN_DATE_TRIGGERS (a birth word). */
  spokenDates: boolean;
  /** False when the text holds none of SPOKEN_CODE_TRIGGERS (a code's label). */
  spokenCodes: boolean;
}

interface ScanState {
  /** The text the recognizers read: the scanned text with other spaces as spaces (see OTHER_SPACES). */
  readonly text: string;
  /** The scanned text, as given (allow-list entries are compared with it too). */
  readonly original: string;
  /** Whether `text` differs from `original` (it held other spaces). */
  readonly spaced: boolean;
  readonly spans: Span[];
  readonly allow: ReadonlySet<string>;
  /** Token-shaped ranges (reservedTokenRanges): read when a span-local lookup cannot tell, else undefined. */
  placeholders: readonly [number, number][] | undefined;
  /** The reserved grammars that may match in the text (reservedGrammarsIn), when first needed. */
  reservedGrammars?: number;
  readonly window: ContextWindow;
  /** The text's characters as bytes (see asciiCodes), valid up to the text's length. */
  readonly codes: Uint8Array;
  /** 1 where the recognizer's triggers occur in the text (or it has none). */
  readonly enabled: Uint8Array;
  /** Whether this scan may use the plan's scratch arrays. */
  readonly scratch: boolean;
  /** 1 where scanWordRuns saw a start of the recognizer's finder (see ScanPlan.startedFinders). */
  readonly finderHits: Uint8Array;
  /** Per full-pass regex: 1 when it runs in this scan (see activeRegexes). */
  readonly passes: Uint8Array;
  /** Per windowed regex: where its next match may start, INACTIVE when it does not run (see scanWordRuns). */
  readonly floors: Int32Array;
  /** Per recognizer with a finder in ScanPlan.findersAt: the starts scanWordRuns saw, in text order. */
  finderStarts?: number[][];
  /** The text's CSV header row: undefined until first needed, null when the text is not a table. */
  csv?: CsvHeader | null;
  /** The text's space-aligned header row (read when the text is no CSV table): undefined until needed, null: none. */
  aligned?: AlignedHeader | null;
  /** The table row rowAt found last. */
  lastRow?: [number, number];
  /** Per context regex, per aligned column: 1 when the header names it, 2 when not (0: not looked up yet). */
  alignedVerdicts?: Map<RegExp, Uint8Array>;
  /** Whether a later line could be a header row (hasLaterHeaderLine), when first needed. */
  csvLater?: boolean;
  /** The text's line starts, when first needed. */
  lines?: LineStarts;
  /** Whether the text holds no line feed (see contextNear), when first needed. */
  oneLine?: boolean;
  /**
   * While the scan's passes run: the candidates of recognizers that validate last (Recognizer.validatesLast),
   * validated after them (see validateDeferred); undefined when the plan has no such recognizer, and after.
   */
  deferred: DeferredCandidate[] | undefined;
  /** Per line start, the first line of its table block (see tableTopAbove). */
  csvTops?: Map<number, number>;
  /** Header rows of table blocks that do not start the text, by the start of the header line (null: none). */
  csvBlocks?: Map<number, CsvHeader | null>;
  /** Per header, per context regex, per column: 1 when the header names it, 2 when not (0: not looked up yet). */
  csvVerdicts?: Map<CsvHeader, Map<RegExp, Uint8Array>>;
}

/** A candidate held back for its recognizer's dear validator: a whole match to regroup, or one candidate. */
interface DeferredCandidate {
  readonly plan: RecognizerPlan;
  readonly start: number;
  readonly value: string;
  readonly score: number;
  /** The match's regroup separators (considerRegrouped), or undefined for one candidate. */
  readonly separators: string | undefined;
  /** Whether context words are near, when consider already looked. */
  readonly contextFound: boolean | undefined;
}

/**
 * Context words near the candidate, or in the header of its column when the text is a table: the text's first
 * line, or the top line of the table block the candidate sits in (a table after a line of prose).
 */
function contextNear(state: ScanState, context: RegExp, start: number, end: number): boolean {
  // A text of one line is no table (every header reader below needs a line feed): the window is all there is.
  state.oneLine ??= !state.text.includes('\n');
  if (state.oneLine) return hasContext(context, state.text, start, end, state.window);
  // Only a window reaching back across a line break can leave the candidate's row (after the value, context ends
  // at a line break anyway).
  const row =
    !knownTableless(state) && lineBreakBetween(state.text, Math.max(0, start - state.window.before), start)
      ? rowAt(state, start)
      : undefined;
  if (hasContext(context, state.text, start, end, state.window, row?.[0], row?.[1])) return true;
  if (state.csv === undefined) state.csv = csvHeaderAt(state.text, 0) ?? null;
  if (state.csv !== null && columnNamedBy(state, state.csv, context, start)) return true;
  if (state.aligned === undefined) state.aligned = readAlignedHeader(state.text) ?? null;
  if (state.aligned !== null && alignedColumnNamedBy(state, state.aligned, context, start)) return true;
  state.csvLater ??= hasLaterHeaderLine(state.text);
  if (!state.csvLater) return false;
  state.csvTops ??= new Map();
  const top = tableTopAbove(state.text, lineStartOf(state, start), start, state.csvTops);
  if (top === undefined || top === 0) return false;
  state.csvBlocks ??= new Map();
  let header = state.csvBlocks.get(top);
  if (header === undefined) {
    header = csvHeaderAt(state.text, top) ?? null;
    state.csvBlocks.set(top, header);
  }
  return header !== null && columnNamedBy(state, header, context, start);
}

/**
 * The bounds of the table row holding `position` (see tableRowAt, alignedRowAt), reading the text's header row
 * when first needed; undefined when the position is not in a row below a header.
 */
function rowAt(state: ScanState, position: number): [number, number] | undefined {
  if (state.csv === undefined) state.csv = csvHeaderAt(state.text, 0) ?? null;
  if (state.csv === null && state.aligned === undefined) state.aligned = readAlignedHeader(state.text) ?? null;
  // A text of one line, or one that is no table: no row.
  if (state.csv === null && state.aligned === null) return undefined;
  // The last row asked about is asked about again (the next candidate of the row, the label check).
  const last = state.lastRow;
  if (last !== undefined && last[0] <= position && position < last[1]) return last;
  const row = state.csv !== null ? tableRowAt(state, state.csv, position) : alignedRowAt(state, position);
  if (row !== undefined) state.lastRow = row;
  return row;
}

/** The bounds of the line holding `position` when it is a later line of a space-aligned table (a gap of 2+ spaces). */
function alignedRowAt(state: ScanState, position: number): [number, number] | undefined {
  const lineStart = lineStartOf(state, position);
  if (lineStart === 0) return undefined;
  let lineEnd = state.text.indexOf('\n', position);
  if (lineEnd === -1) lineEnd = state.text.length;
  if (lineEnd - lineStart > MAX_LINE) return undefined;
  const gap = state.text.indexOf('  ', lineStart);
  return gap !== -1 && gap < lineEnd ? [lineStart, lineEnd] : undefined;
}

/** Whether the aligned header's cell above the value at `start` names `context` (once per context and column). */
function alignedColumnNamedBy(state: ScanState, header: AlignedHeader, context: RegExp, start: number): boolean {
  const lineStart = lineStartOf(state, start);
  if (lineStart === 0) return false;
  const column = alignedColumnAt(header, start - lineStart);
  if (column === -1) return false;
  state.alignedVerdicts ??= new Map();
  let verdicts = state.alignedVerdicts.get(context);
  if (verdicts === undefined) {
    verdicts = new Uint8Array(header.names.length);
    state.alignedVerdicts.set(context, verdicts);
  }
  if (verdicts[column] === 0) verdicts[column] = context.test(columnName(header.names[column] as string)) ? 1 : 2;
  return verdicts[column] === 1;
}

/**
 * The bounds of the data row holding `position` when the text is a table of three columns or more under `header`
 * (the row has the header's number of cells), else undefined. Context for a cell stays within its row and its
 * column's header: the row above is another record (its dates and numbers are not this one's).
 */
function tableRowAt(state: ScanState, header: CsvHeader, position: number): [number, number] | undefined {
  if (header.cells.length < 3) return undefined;
  const lineStart = lineStartOf(state, position);
  if (lineStart === 0) return undefined;
  let lineEnd = state.text.indexOf('\n', position);
  if (lineEnd === -1) lineEnd = state.text.length;
  if (lineEnd - lineStart > MAX_LINE) return undefined;
  const cells = delimitersIn(state.text, lineStart, lineEnd, header.delimiter.charCodeAt(0)) + 1;
  return cells === header.cells.length ? [lineStart, lineEnd] : undefined;
}

/**
 * Whether a context word labels the candidate at `start` (ends within LABEL_REACH characters before it, in its
 * table row when it sits in one): the tie-break between recognizers that need context (see consider).
 */
function labelled(state: ScanState, context: RegExp, start: number): boolean {
  // No line break to cross in a text of one line.
  if (state.oneLine === true) return labelBefore(context, state.text, start, 0);
  const from = Math.max(0, start - LABEL_REACH);
  const crosses = !knownTableless(state) && lineBreakBetween(state.text, from, start);
  return labelBefore(context, state.text, start, crosses ? rowAt(state, start)?.[0] : 0);
}

/** Whether the text is already known to have no header row (neither delimited nor aligned with spaces). */
function knownTableless(state: ScanState): boolean {
  return state.csv === null && state.aligned === null;
}

/** Whether [from, to) holds a line feed (a short range: the context window). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let index = to - 1; index >= from; index--) if (text.charCodeAt(index) === 10) return true;
  return false;
}

/** Where the line holding `position` begins. */
function lineStartOf(state: ScanState, position: number): number {
  state.lines ??= new LineStarts(state.text);
  return state.lines.of(position);
}

/** Whether the header cell above the value at `start` names `context` (looked up once per header and column). */
function columnNamedBy(state: ScanState, header: CsvHeader, context: RegExp, start: number): boolean {
  const column = headerColumnAt(state.text, header, lineStartOf(state, start), start);
  const cells = header.cells;
  if (column < 0 || column >= cells.length) return false;
  // Many rows ask about the same column: each (header, context, column) is looked up once per scan.
  state.csvVerdicts ??= new Map();
  let byContext = state.csvVerdicts.get(header);
  if (byContext === undefined) {
    byContext = new Map();
    state.csvVerdicts.set(header, byContext);
  }
  let verdicts = byContext.get(context);
  if (verdicts === undefined) {
    verdicts = new Uint8Array(cells.length);
    byContext.set(context, verdicts);
  }
  if (verdicts[column] === 0) {
    // routing_number, routingNumber and "Routing Number" all name the same column.
    verdicts[column] = context.test(columnName(cells[column] as string)) ? 1 : 2;
  }
  return verdicts[column] === 1;
}

/** Trigger checks, once per scan: a recognizer whose literal prefixes are absent does no work. */
function enabledRecognizers(plan: ScanPlan, text: string, codes: Uint8Array, scratch: boolean): Uint8Array {
  // Scans are synchronous: the plan's scratch array serves every scan but one started from inside a scan.
  const enabled = (scratch ? plan.enabled : new Uint8Array(plan.recognizers.length + SPOKEN_SLOTS)).fill(1);
  if (plan.gated.length === 0) return enabled;
  // Every trigger found in one walk (see TriggerWalk). On the 64 KB documents of bench/detect's log, one walk cost
  // less than a search per recognizer, even with the rare words searched for together: 23.2 -> 25.1 MB/s.
  if (plan.triggerWalk !== undefined && !foldsToAscii(text)) {
    plan.triggerWalk.enable(text, codes, enabled);
    return enabled;
  }
  const kinds = triggerKinds(plan.sieve, text);
  if (kinds === 0) {
    for (const { index } of plan.gated) enabled[index] = 0;
    return enabled;
  }
  let lower: string | undefined;
  // A plan the walk cannot decide for (a custom recognizer's trigger outside ASCII), or a text with U+0130 or U+212A.
  // Long texts: the recognizers whose words rarely occur are first ruled out together (see RareTriggers).
  const long = text.length >= LONG_TEXT;
  const rare = plan.rareTriggers;
  const sampled = long && rare.sampling ? new Uint8Array(plan.recognizers.length) : undefined;
  const folds = long && foldsToAscii(text);
  const noneRare = long && rare.search !== undefined && !folds && !rare.search.test(text);
  for (const { recognizer, index } of plan.gated) {
    if (recognizer.triggers !== undefined && ((kinds & SENSITIVE) === 0 || !includesAny(text, recognizer.triggers))) {
      enabled[index] = 0;
    } else if (recognizer.caseInsensitiveTriggers !== undefined) {
      if ((kinds & INSENSITIVE) === 0 || (noneRare && rare.members?.[index] === 1)) {
        enabled[index] = 0;
        continue;
      }
      if (long) {
        // Long texts: one case-insensitive search, else the usual spellings, before lower-casing the text.
        const held = holdsInsensitive(text, recognizer.caseInsensitiveTriggers);
        if (held !== undefined) {
          if (sampled !== undefined && held) sampled[index] = 1;
          if (!held) enabled[index] = 0;
          continue;
        }
        if (includesAnySpelling(text, recognizer.caseInsensitiveTriggers)) {
          if (sampled !== undefined) sampled[index] = 1;
          continue;
        }
      }
      lower ??= text.toLowerCase();
      if (!includesAny(lower, recognizer.caseInsensitiveTriggers)) enabled[index] = 0;
      else if (sampled !== undefined) sampled[index] = 1;
    }
  }
  if (sampled !== undefined && (kinds & INSENSITIVE) !== 0) rare.count(sampled);
  return enabled;
}

/** The slots of `enabled` past the recognizers': spoken digit words, birth words, codes' labels (see ScanPlan). */
const SPOKEN_SLOTS = 3;

/** Texts this long or longer, when not walked, have their case-insensitive triggers searched for as they are. */
const LONG_TEXT = 1024;

/** Whether the text holds U+0130 or U+212A, which lower-casing turns into ASCII letters and the `i` flag does not. */
function foldsToAscii(text: string): boolean {
  return text.includes('\u0130') || text.includes('\u212a');
}

/**
 * Every trigger of the gated recognizers in two regexes, so that a text holding none of them (most texts)
 * is ruled out in two native searches instead of one `includes` per trigger.
 */
export interface TriggerSieve {
  /** The case-sensitive triggers as alternatives, or undefined when there are none. */
  readonly sensitive: RegExp | undefined;
  /** The case-insensitive triggers as alternatives, or undefined when there are none. */
  readonly insensitive: RegExp | undefined;
  /**
   * Whether `insensitive` runs on the lower-cased text (case-sensitive regex) rather than on the text (`i`
   * flag). See {@link mayHoldTrigger}.
   */
  readonly lowerCased: boolean;
}

/** Exported for tests. */
export function triggerSieve(gated: readonly { readonly recognizer: Recognizer }[]): TriggerSieve {
  const sensitive = new Set<string>();
  const insensitive = new Set<string>();
  for (const { recognizer } of gated) {
    for (const trigger of recognizer.triggers ?? []) sensitive.add(trigger);
    for (const trigger of recognizer.caseInsensitiveTriggers ?? []) insensitive.add(trigger);
  }
  const alternatives = (needles: Set<string>): string => [...needles].map(escapeRegex).join('|');
  // The `i` flag (without `u`) matches a character to an ASCII letter exactly when lower-casing maps it to
  // that letter, except U+0130 and U+212A (checked in triggerKinds): so only for ASCII triggers.
  const ascii = [...insensitive].every((needle) => [...needle].every((char) => char.charCodeAt(0) < 128));
  return {
    sensitive: sensitive.size === 0 ? undefined : new RegExp(alternatives(sensitive)),
    insensitive: insensitive.size === 0 ? undefined : new RegExp(alternatives(insensitive), ascii ? 'i' : ''),
    lowerCased: !ascii,
  };
}

/**
 * False only when no trigger of any gated recognizer occurs in the text (as `includes` on the text, and on
 * the lower-cased text for case-insensitive ones, would find).
 */
export function mayHoldTrigger(sieve: TriggerSieve, text: string): boolean {
  return triggerKinds(sieve, text) !== 0;
}

/** Bits of {@link triggerKinds}. */
export const SENSITIVE = 1;
export const INSENSITIVE = 2;

/**
 * Which kinds of trigger may occur in the text: SENSITIVE unless no case-sensitive trigger occurs in it,
 * INSENSITIVE unless no case-insensitive trigger occurs in its lower-cased form.
 */
export function triggerKinds(sieve: TriggerSieve, text: string): number {
  // With the `i` flag: lower-casing turns U+0130 into "i" + U+0307 and U+212A into "k", which the flag does
  // not match to ASCII letters, so a text holding either counts as holding a case-insensitive trigger.
  let kinds = sieve.sensitive?.test(text) ? SENSITIVE : 0;
  if (sieve.insensitive === undefined) return kinds;
  if (sieve.lowerCased) {
    if (sieve.insensitive.test(text.toLowerCase())) kinds |= INSENSITIVE;
  } else if (sieve.insensitive.test(text) || foldsToAscii(text)) {
    kinds |= INSENSITIVE;
  }
  return kinds;
}

const INSENSITIVE_SEARCHES = new WeakMap<readonly string[], RegExp | null>();

function isLowerAscii(needle: string): boolean {
  for (let index = 0; index < needle.length; index++) {
    const code = needle.charCodeAt(index);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return needle.length > 0;
}

/**
 * Per plan index, the case-insensitive trigger words of a gated recognizer that may join RareTriggers' group: one
 * with no case-sensitive triggers, every word of which may join the group's search (see joinsRareSearch).
 */
function rareCandidates(plan: ScanPlan): (readonly string[] | undefined)[] {
  const needles: (readonly string[] | undefined)[] = new Array(plan.recognizers.length).fill(undefined);
  for (const { recognizer, index } of plan.gated) {
    const words = recognizer.caseInsensitiveTriggers;
    if (recognizer.triggers === undefined && words !== undefined && words.length > 0 && words.every(joinsRareSearch)) {
      needles[index] = words;
    }
  }
  return needles;
}

/**
 * Whether one of `needles` occurs in `text.toLowerCase()`, from one case-insensitive search of the text;
 * undefined when that cannot tell: a needle that is not lower-case ASCII, or a text holding U+0130 or U+212A
 * (lower-casing turns them into ASCII letters, to which the `i` flag does not match them). Exported for tests.
 */
export function holdsInsensitive(text: string, needles: readonly string[]): boolean | undefined {
  let search = INSENSITIVE_SEARCHES.get(needles);
  if (search === undefined) {
    search =
      needles.length > 0 && needles.every(isLowerAscii) ? new RegExp(needles.map(escapeRegex).join('|'), 'i') : null;
    INSENSITIVE_SEARCHES.set(needles, search);
  }
  if (search === null || foldsToAscii(text)) return undefined;
  return search.test(text);
}

const SPELLINGS = new WeakMap<readonly string[], readonly string[]>();

/**
 * Some trigger occurs as given, capitalized or in upper case (then the lower-cased text holds it too). Only
 * triggers given in lower case, as documented, are spelled out (another would never match the lower-cased text).
 */
function includesAnySpelling(text: string, needles: readonly string[]): boolean {
  let spellings = SPELLINGS.get(needles);
  if (spellings === undefined) {
    const lower = needles.filter((needle) => needle.length > 0 && needle === needle.toLowerCase());
    spellings = [
      ...new Set(
        lower.flatMap((needle) => [
          needle,
          needle.toUpperCase(),
          (needle[0] as string).toUpperCase() + needle.slice(1),
        ]),
      ),
    ];
    SPELLINGS.set(needles, spellings);
  }
  return includesAny(text, spellings);
}

function includesAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

/** Whether the allow-list holds the value as the recognizers read it or as the text spells it. */
function allowed(state: ScanState, value: string, start: number, end: number): boolean {
  return state.allow.has(value) || (state.spaced && state.allow.has(state.original.slice(start, end)));
}

/** Scores one candidate and keeps it when it passes its threshold (see the README's scoring rules). */
function consider(
  state: ScanState,
  plan: RecognizerPlan,
  start: number,
  end: number,
  baseScore: number,
  value: string,
  knownContext?: boolean,
): void {
  const { recognizer, threshold, context } = plan;
  const { text } = state;
  if (recognizer.shape !== undefined && !recognizer.shape(value)) return;
  // A weak shape needs context. Checksums are cheaper than a context lookup and reject most candidates, so
  // they run first; recognizers with dear validators (phone parsing) ask for context first.
  let contextFound = knownContext;
  const weak = baseScore < threshold;
  if (weak && (context === undefined || baseScore + CONTEXT_BOOST < threshold)) return;
  if (weak && recognizer.contextFirst === true) {
    contextFound ??= contextNear(state, context as RegExp, start, end);
    if (!contextFound) return;
  }
  if (state.deferred !== undefined && recognizer.validatesLast === true) {
    state.deferred.push({ plan, start, value, score: baseScore, separators: undefined, contextFound });
    return;
  }
  let score = baseScore;
  if (recognizer.validate !== undefined) {
    const verdict = recognizer.validate(value, { text, start, end });
    if (verdict === false) return;
    // A recognizer that validates last was judged at its base score (see validateDeferred): a number is a pass.
    if (typeof verdict === 'number' && recognizer.validatesLast !== true) score = verdict;
  }
  if (score < 1 && context !== undefined) {
    contextFound ??= contextNear(state, context, start, end);
    if (contextFound) score = Math.min(1, score + CONTEXT_BOOST);
    // Recognizers that need context may read the same digits (a passport, a licence and an account number are all
    // nine digits near their words): the one whose word labels the value, right before it, ranks first.
    if (contextFound && weak && score >= threshold && labelled(state, context, start)) {
      score = Math.min(1, score + LABEL_BONUS);
    }
  }
  if (score < threshold || (state.allow.size > 0 && allowed(state, value, start, end))) return;
  if (reservedToken(state, start, end)) return;
  state.spans.push({ type: recognizer.entity, start, end, score: round(score), recognizer: recognizer.name });
}

/**
 * Whether a token-shaped range (see reservedTokenRanges) keeps [start, end) from being reported: one overlaps it,
 * and the span is not a longer value that holds it strictly inside (see heldInside). Whether any overlaps is
 * looked up near the span while that can tell; the ranges of the whole text are read (once per scan) when it
 * cannot, or when one does.
 */
function reservedToken(state: ScanState, start: number, end: number): boolean {
  if (state.placeholders === undefined) {
    if (state.reservedGrammars === undefined) state.reservedGrammars = reservedGrammarsIn(state.text);
    if (overlapsReservedToken(state.text, start, end, state.reservedGrammars) === false) return false;
    state.placeholders = reservedTokenRanges(state.text);
  }
  return blockedByAny(state.placeholders, start, end);
}

/**
 * Tier 0 scanner: deterministic recognizers (regex + checksum + context words). Linear in the text, no I/O.
 * Returns non-overlapping spans sorted by start (overlaps resolved by `resolveOverlaps`), and never reports
 * text that is already a Mask token (placeholders such as `[PERSON_1]`, and the reserved ranges the
 * format-preserving tokens are drawn from).
 *
 * @example
 * import { PatternScanner } from '@mask/core';
 * const scanner = new PatternScanner({ categories: ['CONTACT', 'FINANCIAL'] });
 * const spans = await scanner.scan('Mail ana@example.com, card 4111 1111 1111 1111');
 */
export class PatternScanner implements Scanner {
  readonly name = 'pattern';
  readonly #recognizers: readonly CompiledRecognizer[];
  readonly #options: PatternScannerOptions;
  readonly #languages: readonly string[];
  readonly #allow: ReadonlySet<string>;
  readonly #deny: readonly DenyListEntry[];
  readonly #window: ContextWindow;
  readonly #plans = new Map<string, ScanPlan>();
  /** The last per-call selection's lists, as given, and its plan (see #plan). */
  #lastSelection:
    | {
        readonly entities: ScanOptions['entities'];
        readonly categories: ScanOptions['categories'];
        readonly language: ScanOptions['language'];
        readonly plan: ScanPlan;
      }
    | undefined;
  #defaultPlan: ScanPlan | undefined;
  #fieldContext: FieldContext | undefined;

  constructor(options: PatternScannerOptions = {}) {
    this.#options = options;
    const recognizers = [
      ...(options.builtins === false
        ? []
        : builtinRecognizers({ phoneRegions: options.phoneRegions, phoneVerdictCache: options.phoneVerdictCache })),
      ...(options.recognizers ?? []),
    ];
    const names = new Set<string>();
    for (const recognizer of recognizers) {
      if (names.has(recognizer.name)) {
        throw new MaskError('CONFIG_INVALID', `duplicate recognizer name: ${recognizer.name}`);
      }
      names.add(recognizer.name);
    }
    for (const [entity, threshold] of Object.entries(options.thresholds ?? {})) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new MaskError('CONFIG_INVALID', `threshold of ${entity} must be in [0, 1]`);
      }
    }
    const selected = recognizers.filter((recognizer) => selects(recognizer, options.entities, options.categories));
    this.#recognizers = selected.map((recognizer) => ({ recognizer }));
    this.#languages = options.languages ?? DEFAULT_LANGUAGES;
    this.#allow = new Set(options.allowList ?? []);
    this.#deny = (options.denyList ?? [])
      .map((entry) => (typeof entry === 'string' ? { value: entry } : entry))
      .filter((entry) => entry.value.length > 0);
    this.#window = options.contextWindow ?? DEFAULT_CONTEXT_WINDOW;
  }

  /** Entity types this scanner can report (after the constructor's entity/category filters). */
  get entities(): EntityType[] {
    return [...new Set(this.#recognizers.map((compiled) => compiled.recognizer.entity))];
  }

  /** The recognizers this scanner runs. */
  get recognizers(): readonly Recognizer[] {
    return this.#recognizers.map((compiled) => compiled.recognizer);
  }

  async scan(text: string, options?: ScanOptions): Promise<Span[]> {
    return this.scanSync(text, options);
  }

  /** Same as {@link PatternScanner.scan}, synchronously (the pattern tier does no I/O). */
  scanSync(text: string, options: ScanOptions = {}): Span[] {
    if (typeof text !== 'string') throw new MaskError('INVALID_INPUT', 'scan expects a string');
    if (options.signal?.aborted) throw new MaskError('SCAN_FAILED', 'scan aborted', { cause: options.signal.reason });
    const plan = this.#plan(options);
    const scratch = !plan.busy;
    plan.busy = true;
    try {
      const seen: ScanSeen = { spokenWords: true, spokenDates: true, spokenCodes: true };
      const plain = this.#scan(plan, text, options, scratch, seen);
      const spans = this.#withSpokenDatesAndCodes(
        plan,
        text,
        options,
        scratch,
        seen,
        this.#withSpokenDigits(
          plan,
          text,
          options,
          scratch,
          seen.spokenWords,
          this.#withSqlInserts(
            plan,
            text,
            options,
            scratch,
            this.#withMarkup(
              plan,
              text,
              options,
              scratch,
              this.#withUnfoldedLines(
                plan,
                text,
                options,
                scratch,
                this.#withDecodedRuns(plan, text, options, scratch, plain),
              ),
            ),
          ),
        ),
      );
      // A field adds nothing to a value already found whole (an e-mail under `email`): the keyed reading can
      // only add coverage.
      if (options.field === undefined || foundWhole(spans, text)) return spans;
      this.#fieldContext ??= new FieldContext(this.recognizers);
      const reading = this.#fieldContext.read(options.field, text.length);
      let result = spans;
      if (reading.label !== undefined) {
        // Read behind its field name too; only spans inside the value count, and only where they add coverage:
        // a label can also hide a finding (its first line is no longer a table header) or cut one short.
        const label = reading.label;
        const keyed: Span[] = [];
        for (const span of this.#scan(plan, label + text, options, scratch)) {
          // The label's own key is the field's reading below (reading.named), which reads the whole value.
          if (span.start >= label.length && !FIELD_KEY_READERS.has(span.recognizer)) {
            keyed.push({ ...span, start: span.start - label.length, end: span.end - label.length });
          }
        }
        result = addCoverage(result, keyed);
      }
      // A value its label reading found whole keeps that reading's type: `{"pin": 4821}` is a PIN and
      // `{"cvv": "123"}` a CARD_SECURITY_CODE, not the PASSWORD the whole-value rule would make of them.
      if (reading.wholeValue !== undefined && !foundWhole(result, text)) {
        const whole = this.#wholeValue(plan, reading.wholeValue, text, options);
        if (whole !== undefined) result = addCoverage(result, [whole]);
      }
      // A person or a place by its field (`last_name`, `street`, `zip`): the NER tier then skips the value.
      if (reading.named !== undefined && !foundWhole(result, text)) {
        const named = this.#namedValue(reading.named, text, options);
        if (named !== undefined) result = addCoverage(result, [named]);
      }
      return result;
    } finally {
      if (scratch) plan.busy = false;
    }
  }

  /**
   * `spans` with what a decoded reading of the text's escaped runs adds (see escaped-runs.ts): the text scanned with
   * its runs decoded in place, and its spans that cross a decoded character; then the same for a second level of
   * decoding (see decodedAgain), whose spans of the same extent as one found before do not replace it.
   */
  #withDecodedRuns(plan: ScanPlan, text: string, options: ScanOptions, scratch: boolean, spans: Span[]): Span[] {
    if (!text.includes('%') && !text.includes('+') && !text.includes('&') && !text.includes('\\')) return spans;
    const reading = decodedReading(text);
    if (reading === undefined) return spans;
    const once = this.#withReading(plan, reading, options, scratch, spans, (start, end) =>
      crossesDecoded(reading, start, end),
    );
    const again = decodedAgain(reading);
    if (again === undefined) return once;
    const extents = new Set(once.map((span) => `${span.start}:${span.end}`));
    return this.#withReading(
      plan,
      again,
      options,
      scratch,
      once,
      (start, end) => crossesDecoded(again, start, end),
      (start, end) => !extents.has(`${start}:${end}`),
    );
  }

  /**
   * `spans` with what a reading of the text unfolded adds (a quoted-printable part's soft breaks and escapes, a
   * vCard's or an iCalendar's folded lines; see folded-lines.ts): its spans across a fold or an escape.
   */
  #withUnfoldedLines(plan: ScanPlan, text: string, options: ScanOptions, scratch: boolean, spans: Span[]): Span[] {
    const reading = unfoldedReading(text);
    if (reading === undefined) return spans;
    return this.#withReading(plan, reading, options, scratch, spans, (start, end) => crossesFold(reading, start, end));
  }

  /**
   * `spans` with what a reading of the text's digits read out one by one, closed up, adds (`2 0 6 8 6 7 5 3 0 9`
   * as `2068675309`; see spoken-digits.ts): its spans across a space it took out.
   */
  #withSpokenDigits(
    plan: ScanPlan,
    text: string,
    options: ScanOptions,
    scratch: boolean,
    words: boolean,
    spans: Span[],
  ): Span[] {
    const reading = spokenDigitsReading(text, words);
    if (reading === undefined) return spans;
    return this.#withReading(plan, reading, options, scratch, spans, (start, end) =>
      crossesRemovedSpace(reading, start, end),
    );
  }

  /**
   * `spans` with the birth dates a reading of the text's dates said as words, written as figures, adds (`March
   * third, nineteen eighty-seven` as `March 3, 1987`; see spoken-dates.ts): the birth-date recognizer's spans that
   * hold such a date; then the codes a reading of the short codes said after their label adds (`CVV three one
   * seven` as `CVV 317`, `M R N, zero zero …` as `MRN 00…`; see spoken-codes.ts): their recognizers' spans of a
   * code whole. Dates only when the trigger walk saw a birth word (not a digit word too: `twenty twenty`, `tres`,
   * `one` and the ordinals are none of the spoken digits' triggers, and a date said with them leaked); codes when it
   * saw a code's label and a digit word (their regex over every log text with `cvv` or `mrn` in it cost 1% of the
   * log).
   */
  #withSpokenDatesAndCodes(
    plan: ScanPlan,
    text: string,
    options: ScanOptions,
    scratch: boolean,
    seen: ScanSeen,
    spans: Span[],
  ): Span[] {
    const dates = seen.spokenDates ? spokenDatesReading(text) : undefined;
    const dated =
      dates === undefined
        ? spans
        : this.#withReading(
            plan,
            dates,
            options,
            scratch,
            spans,
            (start, end, span) => span.type === 'DATE_OF_BIRTH' && holdsSpokenDate(dates, start, end),
          );
    const codes = seen.spokenCodes && seen.spokenWords ? spokenCodesReading(text) : undefined;
    if (codes === undefined) return dated;
    return this.#withReading(plan, codes, options, scratch, dated, (start, end, span) =>
      isSpokenCode(codes, start, end, span.type),
    );
  }

  /**
   * `spans` with what a reading of the text's HTML without its tags adds (tables and definition lists as pipe
   * tables, other tags as white space; see html-reading.ts): its spans of text read as it is.
   */
  #withMarkup(plan: ScanPlan, text: string, options: ScanOptions, scratch: boolean, spans: Span[]): Span[] {
    if (!text.includes('<') || !holdsMarkup(text)) return spans;
    const reading = htmlReading(text);
    return this.#withReading(plan, reading, options, scratch, spans, (start, end) => plainIn(reading, start, end));
  }

  /**
   * `spans` with what a reading of the text's SQL INSERT statements as pipe tables adds (see sql-insert-reading.ts):
   * its spans inside a value.
   */
  #withSqlInserts(plan: ScanPlan, text: string, options: ScanOptions, scratch: boolean, spans: Span[]): Span[] {
    if (!holdsSqlInsert(text)) return spans;
    const reading = sqlInsertReading(text);
    if (reading === undefined) return spans;
    return this.#withReading(plan, reading, options, scratch, spans, (start, end) => plainIn(reading, start, end));
  }

  /**
   * `spans` with the spans of another reading of the text that `keep` accepts (at the reading's offsets) and `add`
   * accepts (at the text's), at the text's offsets (a reading maps each of its characters, and its end, to one),
   * where they add coverage (see addCoverage).
   */
  #withReading(
    plan: ScanPlan,
    reading: { readonly text: string; readonly offsets: Int32Array },
    options: ScanOptions,
    scratch: boolean,
    spans: Span[],
    keep: (start: number, end: number, span: Span) => boolean,
    add: (start: number, end: number) => boolean = () => true,
  ): Span[] {
    const added: Span[] = [];
    for (const span of this.#scan(plan, reading.text, options, scratch)) {
      if (!keep(span.start, span.end, span)) continue;
      const start = reading.offsets[span.start] as number;
      const end = reading.offsets[span.end] as number;
      if (add(start, end)) added.push({ ...span, start, end });
    }
    return added.length === 0 ? spans : addCoverage(spans, added);
  }

  /**
   * The whole value (trimmed) as the entity of `recognizerName`, for a field that names it (a password under
   * `password`), unless it is no secret (see wholeValueSecret). One line of at most FIELD_CONTEXT_LIMIT.
   */
  #wholeValue(plan: ScanPlan, recognizerName: string, text: string, options: ScanOptions): Span | undefined {
    const recognizerPlan = plan.recognizers.find(({ recognizer }) => recognizer.name === recognizerName);
    if (recognizerPlan === undefined) return undefined;
    const { recognizer, threshold } = recognizerPlan;
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    const value = text.slice(start, end);
    if (value.length < 3 || value.length > FIELD_CONTEXT_LIMIT || /[\r\n]/.test(value)) return undefined;
    if (this.#allow.has(value) || options.allowList?.includes(value) === true) return undefined;
    if (!wholeValueSecret(value, recognizerName, this.#options.phoneRegions)) return undefined;
    const score = Math.min(1, WHOLE_VALUE_SCORE + CONTEXT_BOOST);
    if (score < threshold) return undefined;
    return { type: recognizer.entity, start, end, score: round(score), recognizer: recognizer.name };
  }

  /**
   * The whole value (trimmed) as the PERSON or LOCATION its field names (see named-fields.ts), unless it is none
   * (`N/A`, a placeholder, a product under `name`) or its type is not selected. No recognizer reports these types
   * in text (the NER tier does), so the built-ins' selection and the thresholds are applied here; reported under
   * `person-field` / `location-field`.
   */
  #namedValue(kind: NamedFieldKind, text: string, options: ScanOptions): Span | undefined {
    if (this.#options.builtins === false) return undefined;
    const entity = NAMED_FIELD_ENTITY[kind];
    const selected = (entities?: readonly EntityType[], categories?: readonly EntityCategory[]) =>
      (entities === undefined || entities.includes(entity)) &&
      (categories === undefined || categories.includes('PERSONAL'));
    if (
      !selected(this.#options.entities, this.#options.categories) ||
      !selected(options.entities, options.categories)
    ) {
      return undefined;
    }
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    const value = text.slice(start, end);
    if (value.length === 0 || this.#allow.has(value) || options.allowList?.includes(value) === true) return undefined;
    if (!namedValue(value, kind)) return undefined;
    const threshold = this.#options.thresholds?.[entity] ?? this.#options.defaultThreshold ?? DEFAULT_THRESHOLD;
    const score = Math.min(1, WHOLE_VALUE_SCORE + CONTEXT_BOOST);
    if (score < threshold) return undefined;
    const recognizer = entity === 'PERSON' ? 'person-field' : 'location-field';
    return { type: entity, start, end, score: round(score), recognizer };
  }

  #scan(plan: ScanPlan, original: string, options: ScanOptions, scratch: boolean, seen?: ScanSeen): Span[] {
    // The recognizers read other spaces as spaces and box-drawing lines as ASCII ones (see asAscii): one for one,
    // so every offset is the original's. Exact lists compare with both spellings.
    const spaced = needsAsciiReading(original);
    const text = spaced ? asAscii(original) : flat(original);
    const codes = asciiCodes(text, scratch ? plan.codes : undefined);
    // Kept for the next scan up to a megabyte (a longer text's array goes with it).
    if (scratch && codes !== plan.codes && text.length <= KEPT_CODES) plan.codes = codes;
    const state: ScanState = {
      text,
      original,
      spaced,
      spans: [],
      allow: options.allowList === undefined ? this.#allow : new Set([...this.#allow, ...options.allowList]),
      placeholders: undefined,
      window: this.#window,
      codes,
      enabled: enabledRecognizers(plan, text, codes, scratch),
      scratch,
      finderHits: scratch ? plan.finderHits.fill(0) : new Uint8Array(plan.recognizers.length),
      passes: scratch ? plan.passes : new Uint8Array(plan.fullPass.length),
      floors: scratch ? plan.floors : new Int32Array(plan.windowed.length),
      deferred: plan.validatesLast ? [] : undefined,
    };
    const enabled = state.enabled;
    if (seen !== undefined) {
      seen.spokenWords = enabled[plan.spokenWordsSlot] === 1;
      seen.spokenDates = enabled[plan.spokenDatesSlot] === 1;
      seen.spokenCodes = enabled[plan.spokenCodesSlot] === 1;
    }
    activeRegexes(plan, state);
    const passes = state.passes;
    for (let pass = 0; pass < plan.fullPass.length; pass++) {
      if (passes[pass] === 1) scanRegex(state, plan.fullPass[pass] as RegexEntry);
    }
    if (plan.filters.length > 0 || plan.digitRuns.length > 0) scanWordRuns(state, plan);
    for (const recognizerPlan of plan.finders) {
      const index = recognizerPlan.index;
      if (enabled[index] !== 1 || (plan.startedFinders[index] === 1 && state.finderHits[index] !== 1)) continue;
      if (plan.lateTriggers[index] === 1 && !holdsTriggers(recognizerPlan.recognizer, text)) continue;
      const findAt = plan.findersAt[index];
      const candidates =
        findAt === undefined
          ? (recognizerPlan.recognizer.find as NonNullable<Recognizer['find']>)(text)
          : findAt(text, state.finderStarts?.[index] ?? []);
      for (const candidate of candidates) {
        consider(
          state,
          recognizerPlan,
          candidate.start,
          candidate.end,
          candidate.score,
          text.slice(candidate.start, candidate.end),
        );
      }
    }
    if (state.deferred !== undefined) validateDeferred(state);
    this.#addExactLists(original, state.spans, options);
    if (spaced) this.#addExactLists(text, state.spans, options);
    return resolveOverlaps(state.spans, original);
  }

  /**
   * The work list for one combination of languages and per-call filters, built once and cached: which
   * recognizers run, their thresholds and context regexes, and each distinct regex with every recognizer
   * that stated it (so a shape shared by several recognizers is scanned once).
   */
  #plan(options: ScanOptions): ScanPlan {
    const plain = options.language === undefined && options.entities === undefined && options.categories === undefined;
    if (plain && this.#defaultPlan !== undefined) return this.#defaultPlan;
    // A caller that selects entities usually asks for the same ones every time: their plan is found by comparing the
    // lists with the last call's (kept as copies: a list changed in place is a new selection), without a key.
    const last = this.#lastSelection;
    if (
      last !== undefined &&
      last.language === options.language &&
      sameList(last.entities, options.entities) &&
      sameList(last.categories, options.categories)
    ) {
      return last.plan;
    }
    const plan = this.#buildPlan(options);
    if (plain) this.#defaultPlan = plan;
    else {
      const { entities, categories, language } = options;
      this.#lastSelection = {
        entities: entities && [...entities],
        categories: categories && [...categories],
        language,
        plan,
      };
    }
    return plan;
  }

  #buildPlan(options: ScanOptions): ScanPlan {
    const languages =
      options.language === undefined || this.#languages.includes(options.language)
        ? this.#languages
        : [...this.#languages, options.language];
    const key = `${languages.join(',')}|${options.entities?.join(',') ?? '*'}|${options.categories?.join(',') ?? '*'}`;
    const cached = this.#plans.get(key);
    if (cached !== undefined) return cached;
    const plan: ScanPlan = {
      recognizers: [],
      enabled: new Uint8Array(0),
      floors: new Int32Array(0),
      codes: new Uint8Array(0),
      finderHits: new Uint8Array(0),
      startedFinders: new Uint8Array(0),
      lateTriggers: new Uint8Array(0),
      findersAt: [],
      busy: false,
      regexes: [],
      windowed: [],
      fullPass: [],
      gatedRegexes: [],
      passesAlways: new Uint8Array(0),
      startFloors: new Int32Array(0),
      passes: new Uint8Array(0),
      filters: [],
      filterWindows: new Int32Array(0),
      words: 0,
      shapeMasks: new Uint32Array(0),
      firstMasks: new Uint32Array(0),
      nextMasks: new Uint32Array(0),
      previousMasks: new Uint32Array(0),
      shapeFirstWords: new Uint8Array(0),
      digitFilters: new Uint32Array(0),
      digitsMasks: new Uint32Array(0),
      digitRuns: [],
      digitRunsByShape: [],
      digitMin: Number.POSITIVE_INFINITY,
      digitMax: 0,
      gatedDigitRuns: [],
      validatesLast: false,
      finders: [],
      gated: [],
      sieve: { sensitive: undefined, insensitive: undefined, lowerCased: false },
      rareTriggers: new RareTriggers([]),
      triggerWalk: undefined,
      spokenWordsSlot: 0,
      spokenDatesSlot: 0,
      spokenCodesSlot: 0,
    };
    const regexes = new Map<string, RegexEntry>();
    for (const compiled of this.#recognizers) {
      const recognizer = compiled.recognizer;
      if (!selects(recognizer, options.entities, options.categories)) continue;
      const context = compileContext(recognizer.context, languages);
      const threshold = this.#threshold(recognizer);
      const recognizerPlan: RecognizerPlan = { recognizer, threshold, context, index: plan.recognizers.length };
      plan.recognizers.push(recognizerPlan);
      if (recognizer.validatesLast === true) plan.validatesLast = true;
      if (
        (recognizer.triggers !== undefined || recognizer.caseInsensitiveTriggers !== undefined) &&
        !windowedOnly(recognizer) &&
        !startedOnly(recognizer)
      ) {
        plan.gated.push(recognizerPlan);
      }
      // A shape too weak to pass the threshold even with context never needs to run.
      const useful = (score: number): boolean =>
        score >= threshold || (context !== undefined && score + CONTEXT_BOOST >= threshold);
      for (const run of recognizer.digitRuns ?? []) {
        if (useful(run.score)) plan.digitRuns.push({ run, plan: recognizerPlan });
      }
      for (const pattern of recognizer.patterns ?? []) {
        if (!useful(pattern.score)) continue;
        const regexKey = `${pattern.regex.flags}/${pattern.regex.source}`;
        let entry = regexes.get(regexKey);
        if (entry === undefined) {
          entry = {
            regex: pattern.regex,
            listeners: [],
            gated: true,
            starts: PATTERN_STARTS.get(regexKey),
            sticky: undefined,
            windowIndex: -1,
            passIndex: -1,
            inside: false,
            wholeOnly: false,
          };
          regexes.set(regexKey, entry);
          plan.regexes.push(entry);
        }
        entry.listeners.push({ pattern, plan: recognizerPlan, regroup: pattern.regroup?.separators });
      }
      if (recognizer.find !== undefined) plan.finders.push(recognizerPlan);
    }
    plan.sieve = triggerSieve(plan.gated);
    plan.rareTriggers = new RareTriggers(rareCandidates(plan));
    plan.spokenWordsSlot = plan.recognizers.length;
    plan.spokenDatesSlot = plan.spokenWordsSlot + 1;
    plan.spokenCodesSlot = plan.spokenWordsSlot + 2;
    plan.triggerWalk = TriggerWalk.of([
      ...plan.gated,
      { recognizer: { caseInsensitiveTriggers: SPOKEN_WORD_TRIGGERS }, index: plan.spokenWordsSlot },
      { recognizer: { caseInsensitiveTriggers: SPOKEN_DATE_TRIGGERS }, index: plan.spokenDatesSlot },
      { recognizer: { caseInsensitiveTriggers: SPOKEN_CODE_TRIGGERS }, index: plan.spokenCodesSlot },
    ]);
    const gated = new Set(plan.gated);
    for (const entry of plan.regexes) {
      entry.gated = entry.listeners.every(({ plan: listener }) => gated.has(listener));
      entry.inside = entry.listeners.every(({ pattern }) => pattern.regroup?.inside === true);
      entry.wholeOnly = entry.listeners.every(({ pattern }) => (pattern.group ?? 0) === 0);
    }
    for (const entry of plan.regexes) if (entry.starts !== undefined) addWindowed(plan, entry, entry.starts);
    plan.startedFinders = new Uint8Array(plan.recognizers.length);
    plan.lateTriggers = new Uint8Array(plan.recognizers.length);
    for (const { recognizer, index } of plan.finders) {
      const starts = BUILTIN.has(recognizer) ? FINDER_STARTS.get(recognizer.name) : undefined;
      if (starts === undefined) continue;
      addFilters(plan, starts, undefined, index);
      plan.startedFinders[index] = 1;
      if (startedOnly(recognizer)) plan.lateTriggers[index] = 1;
      plan.findersAt[index] = FINDERS_AT.get(recognizer.name);
    }
    buildMasks(plan);
    for (const listener of plan.digitRuns) {
      if (gated.has(listener.plan)) {
        plan.gatedDigitRuns.push(listener);
        continue;
      }
      plan.digitMin = Math.min(plan.digitMin, listener.run.min);
      plan.digitMax = Math.max(plan.digitMax, listener.run.max);
    }
    // Every slot set (a sparse array would be a dictionary to V8, slow to index in the scan loop).
    plan.digitRunsByShape = new Array((MAX_BUCKET + 1) * 10).fill(undefined);
    for (let length = 1; length <= MAX_BUCKET; length++) {
      for (let digit = 0; digit < 10; digit++) {
        const listeners = plan.digitRuns.filter(
          ({ run }) =>
            // The last bucket holds every run of MAX_BUCKET digits or more: digitRun checks their lengths.
            (length === MAX_BUCKET ? run.max >= MAX_BUCKET : run.min <= length && length <= run.max) &&
            (run.first === undefined || run.first.includes(String(digit))),
        );
        if (listeners.length > 0) plan.digitRunsByShape[length * 10 + digit] = listeners;
      }
    }
    plan.fullPass = plan.regexes.filter((entry) => entry.sticky === undefined);
    plan.passesAlways = new Uint8Array(plan.fullPass.length);
    plan.startFloors = new Int32Array(plan.windowed.length);
    for (const [pass, entry] of plan.fullPass.entries()) {
      entry.passIndex = pass;
      if (!entry.gated) plan.passesAlways[pass] = 1;
    }
    for (const entry of plan.regexes) {
      if (!entry.gated) continue;
      if (entry.sticky !== undefined) plan.startFloors[entry.windowIndex] = INACTIVE;
      for (const { plan: listener } of entry.listeners) {
        const regexes = plan.gatedRegexes[listener.index];
        if (regexes === undefined) plan.gatedRegexes[listener.index] = [entry];
        else if (!regexes.includes(entry)) regexes.push(entry);
      }
    }
    plan.passes = new Uint8Array(plan.fullPass.length);
    plan.enabled = new Uint8Array(plan.recognizers.length + SPOKEN_SLOTS);
    plan.floors = new Int32Array(plan.windowed.length);
    plan.finderHits = new Uint8Array(plan.recognizers.length);
    if (this.#plans.size > 64) this.#plans.clear();
    this.#plans.set(key, plan);
    return plan;
  }

  #threshold(recognizer: Recognizer): number {
    return (
      this.#options.thresholds?.[recognizer.entity] ??
      recognizer.threshold ??
      this.#options.defaultThreshold ??
      DEFAULT_THRESHOLD
    );
  }

  /** The deny-list and the call's known entities, found in `text`. */
  #addExactLists(text: string, spans: Span[], options: ScanOptions): void {
    if (this.#deny.length > 0) this.#addExact(text, this.#deny, 'deny-list', spans, options);
    if (options.knownEntities !== undefined)
      this.#addExact(text, options.knownEntities, 'known-entity', spans, options);
  }

  #addExact(
    text: string,
    entries: readonly { value: string; type?: EntityType }[],
    recognizerName: string,
    spans: Span[],
    options: ScanOptions,
  ): void {
    for (const entry of entries) {
      if (entry.value.length === 0) continue;
      const type = entry.type ?? 'DENY_LIST';
      if (options.entities !== undefined && recognizerName === 'deny-list' && !options.entities.includes(type))
        continue;
      const length = entry.value.length;
      // Whole words only where the value starts or ends with a letter or digit ("Ana" is not in "Banana").
      const checkBefore = isAlnum(entry.value.charCodeAt(0));
      const checkAfter = isAlnum(entry.value.charCodeAt(length - 1));
      let index = text.indexOf(entry.value);
      while (index !== -1) {
        const end = index + length;
        const glued =
          (checkBefore && index > 0 && isAlnum(text.charCodeAt(index - 1))) ||
          (checkAfter && end < text.length && isAlnum(text.charCodeAt(end)));
        if (!glued) spans.push({ type, start: index, end, score: 1, recognizer: recognizerName });
        index = text.indexOf(entry.value, glued ? index + 1 : end);
      }
    }
  }
}

const BUILTIN = new Set<Recognizer>(STATIC_RECOGNIZERS);

/** Recognizers reading a value under a name or place key in text: in a field's label reading, that key is the label. */
const FIELD_KEY_READERS = new Set([nameFieldRecognizer.name, placeFieldRecognizer.name]);

/** One span covers the text but for surrounding white space. */
function foundWhole(spans: readonly Span[], text: string): boolean {
  const only = spans.length === 1 ? spans[0] : undefined;
  return only !== undefined && text.slice(0, only.start).trim() === '' && text.slice(only.end).trim() === '';
}

/** Base score of a whole value its field names a password or secret (as the assignment patterns score). */
const WHOLE_VALUE_SCORE = 0.85;

/**
 * A built-in recognizer whose every pattern runs windowed (and has no finder or digit runs) needs no trigger
 * check: its triggers are literal parts of its patterns, and its windowed regexes already skip text without
 * them at the cost of a table lookup.
 */
function windowedOnly(recognizer: Recognizer): boolean {
  return (
    BUILTIN.has(recognizer) &&
    recognizer.find === undefined &&
    recognizer.digitRuns === undefined &&
    (recognizer.patterns ?? []).every(({ regex }) => PATTERN_STARTS.has(`${regex.flags}/${regex.source}`))
  );
}

/**
 * A built-in recognizer whose only work is a finder that FINDER_STARTS starts (the table column finders): its
 * triggers are checked only when the word-run pass saw one of those starts, not in every scan's trigger search.
 * The CVV and PIN column words cost the 10 MB log 4% there, in texts with no digit cell for the finders to read.
 */
function startedOnly(recognizer: Recognizer): boolean {
  return (
    BUILTIN.has(recognizer) &&
    recognizer.find !== undefined &&
    recognizer.patterns === undefined &&
    recognizer.digitRuns === undefined &&
    FINDER_STARTS.has(recognizer.name)
  );
}

/** Whether the text holds the recognizer's triggers (as enabledRecognizers decides it), checked on their own. */
function holdsTriggers(recognizer: Recognizer, text: string): boolean {
  if (recognizer.triggers !== undefined && !includesAny(text, recognizer.triggers)) return false;
  const insensitive = recognizer.caseInsensitiveTriggers;
  if (insensitive === undefined) return true;
  return holdsInsensitive(text, insensitive) ?? includesAny(text.toLowerCase(), insensitive);
}

/**
 * Which regexes run in the scan (ScanState.passes and the floors of scanWordRuns): those with a listener without
 * triggers, and those listened to by a recognizer the scan enabled. Worked out from the few enabled recognizers
 * with triggers: asking each regex whether one of its listeners is enabled was a fifth of an empty text's scan.
 */
function activeRegexes(plan: ScanPlan, state: ScanState): void {
  const { enabled, passes, floors } = state;
  passes.set(plan.passesAlways);
  floors.set(plan.startFloors);
  for (const { index } of plan.gated) {
    if (enabled[index] !== 1) continue;
    const regexes = plan.gatedRegexes[index];
    if (regexes === undefined) continue;
    for (const entry of regexes) {
      if (entry.passIndex !== -1) passes[entry.passIndex] = 1;
      else floors[entry.windowIndex] = 0;
    }
  }
}

/** One pass of one regex, each match handed to every enabled recognizer that stated it. */
function scanRegex(state: ScanState, entry: RegexEntry): void {
  const { text } = state;
  const { regex, listeners } = entry;
  regex.lastIndex = 0;
  let match = regex.exec(text);
  while (match !== null) {
    if (match[0].length === 0) regex.lastIndex++;
    else {
      handleMatch(state, match, listeners);
      if (entry.inside) regex.lastIndex = match.index + 1;
    }
    match = regex.exec(text);
  }
}

/** Whether two optional lists hold the same items in the same order. */
function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** Hands a match to its listeners. */
function handleMatch(state: ScanState, match: RegExpExecArray, listeners: readonly PatternListener[]): void {
  const enabled = state.enabled;
  const whole = match[0];
  for (const { pattern, plan, regroup: separators } of listeners) {
    if (enabled[plan.index] !== 1) continue;
    const group = pattern.group ?? 0;
    const value = match[group];
    if (value !== undefined && value.length > 0) {
      // A group's offset: from `d`-flag indices when present, else the group ends the match.
      const start = group === 0 ? match.index : (match.indices?.[group]?.[0] ?? match.index + whole.lastIndexOf(value));
      if (separators === undefined) consider(state, plan, start, start + value.length, pattern.score, value);
      else considerRegrouped(state, plan, pattern.score, start, value, separators);
    }
  }
}

/** Hands a whole match [start, start + whole.length) to its listeners (none of which reads a group). */
function handleWhole(state: ScanState, start: number, whole: string, listeners: readonly PatternListener[]): void {
  const enabled = state.enabled;
  for (const { pattern, plan, regroup: separators } of listeners) {
    if (enabled[plan.index] !== 1) continue;
    if (separators === undefined) consider(state, plan, start, start + whole.length, pattern.score, whole);
    else considerRegrouped(state, plan, pattern.score, start, whole, separators);
  }
}

/**
 * A match, and when it is rejected, the match again without its last groups (see RecognizerPattern.regroup),
 * longest first, until one passes: at most one candidate per separator, only for rejected matches.
 */
function considerRegrouped(
  state: ScanState,
  plan: RecognizerPlan,
  score: number,
  start: number,
  value: string,
  separators: string,
): void {
  if (state.deferred !== undefined && plan.recognizer.validatesLast === true) {
    // Held back whole: which of its cuts is kept depends on the verdicts, taken in order.
    state.deferred.push({ plan, start, value, score, separators, contextFound: undefined });
    return;
  }
  const found = state.spans.length;
  consider(state, plan, start, start + value.length, score, value);
  for (let end = value.length - 2; end > 0 && state.spans.length === found; end--) {
    if (separators.includes(value[end] as string))
      consider(state, plan, start, start + end, score, value.slice(0, end));
  }
}

/**
 * The held-back candidates (see Recognizer.validatesLast), once every other recognizer has run. A candidate that a
 * span found so far covers and outranks at the candidate's best score is dropped unvalidated: in the overlap rule
 * every character of it would go to that span or a better one, so it could add nothing. Its best score is its base
 * score raised by the context boost when a context word is near (for a match to regroup, whose cuts end elsewhere:
 * always). The others are validated in text order, as they would have been.
 */
function validateDeferred(state: ScanState): void {
  const deferred = state.deferred as DeferredCandidate[];
  state.deferred = undefined;
  if (deferred.length === 0) return;
  const found = state.spans.length === 0 ? [] : [...state.spans].sort((a, b) => a.start - b.start);
  for (const candidate of deferred) {
    const { plan, start, value, score, separators } = candidate;
    const end = start + value.length;
    let contextFound = candidate.contextFound;
    let best = score;
    if (plan.context !== undefined) {
      if (separators === undefined) contextFound ??= contextNear(state, plan.context, start, end);
      // The label bonus too when the candidate needs context (an upper bound: see consider).
      if (separators !== undefined || contextFound === true)
        best = Math.min(1, score + CONTEXT_BOOST + (score < plan.threshold ? LABEL_BONUS : 0));
    }
    const { entity: type, name: recognizer } = plan.recognizer;
    if (outranked(found, { type, start, end, score: round(best), recognizer })) continue;
    if (separators === undefined) consider(state, plan, start, end, score, value, contextFound);
    else considerRegrouped(state, plan, score, start, value, separators);
  }
}

/** Spans looked at before the candidate's start for one that covers it (a longer reach is not worth it). */
const OUTRANK_REACH = 8;

/** Whether a span of `found` (sorted by start) covers `candidate` and ranks before it (resolveOverlaps' order). */
function outranked(found: readonly Span[], candidate: Span): boolean {
  let low = 0;
  let high = found.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((found[middle] as Span).start <= candidate.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0 && index >= low - OUTRANK_REACH; index--) {
    const span = found[index] as Span;
    if (span.end >= candidate.end && compareRank(span, candidate) < 0) return true;
  }
  return false;
}

/** Runs of 64 characters and longer share the last bucket of ScanPlan.byLength. */
const MAX_BUCKET = 64;

function charSet(chars: string | undefined): Uint8Array | undefined {
  if (chars === undefined) return undefined;
  const set = new Uint8Array(128);
  for (let index = 0; index < chars.length; index++) set[chars.charCodeAt(index)] = 1;
  return set;
}

/** Makes `entry` run sticky at its possible starts only (see pattern-starts.ts). */
function addWindowed(plan: ScanPlan, entry: RegexEntry, starts: readonly PatternStart[]): void {
  entry.sticky = new RegExp(entry.regex.source, `${entry.regex.flags}y`);
  entry.windowIndex = plan.windowed.length;
  plan.windowed.push(entry);
  addFilters(plan, starts, entry, -1);
}

function addFilters(
  plan: ScanPlan,
  starts: readonly PatternStart[],
  entry: RegexEntry | undefined,
  finder: number,
): void {
  for (const start of starts) {
    if (finder !== -1) {
      const shared = plan.filters.find((filter) => filter.start === start && filter.finders.length > 0);
      if (shared !== undefined) {
        shared.finders.push(finder);
        continue;
      }
    }
    const [min, max] = start.length;
    const filter: WindowFilter = {
      entry,
      finders: finder === -1 ? [] : [finder],
      start,
      min,
      max,
      forbidden: (DIGIT | UPPER | LOWER | UNDERSCORE) & ~start.chars,
      required: start.requires ?? 0,
      first: charSet(start.first),
      after: charSet(start.after ?? (start.afterSpace === true ? '' : undefined)),
      afterWide: [...(start.after ?? '')].map((char) => char.charCodeAt(0)).filter((code) => code >= 128),
      afterSpace: start.afterSpace === true,
      before: start.before === undefined ? -1 : start.before.charCodeAt(0),
      digits: start.digits ?? 0,
      separators: charSet(start.separators ?? ' -./') as Uint8Array,
      separatorMask: [...(start.separators ?? ' -./')].reduce(
        (bits, char) => bits | separatorBit(char.charCodeAt(0)),
        0,
      ),
      check: start.check,
    };
    plan.filters.push(filter);
  }
}

const SHAPES = (MAX_BUCKET + 1) << 4;

/** Sets bit `index` of the mask of `slot`. */
function setBit(masks: Uint32Array, words: number, slot: number, index: number): void {
  const at = slot * words + (index >>> 5);
  masks[at] = ((masks[at] as number) | (1 << (index & 31))) >>> 0;
}

/**
 * The filter masks (see ScanPlan): which filters a run can fire, from its shape, first character, the
 * character after it and the one before it, is then the AND of four small table rows.
 */
function buildMasks(plan: ScanPlan): void {
  const words = Math.ceil(plan.filters.length / 32);
  plan.words = words;
  plan.filterWindows = Int32Array.from(plan.filters, (filter) => filter.entry?.windowIndex ?? -1);
  plan.shapeMasks = new Uint32Array(SHAPES * words);
  plan.firstMasks = new Uint32Array(128 * words);
  plan.nextMasks = new Uint32Array(130 * words);
  plan.previousMasks = new Uint32Array(3 * words);
  // One byte per (shape, first character): up to 8 words of 32 filters (the built-ins have about 110).
  if (words > 8) throw new MaskError('CONFIG_INVALID', 'more than 256 window filters');
  plan.shapeFirstWords = new Uint8Array(SHAPES << 7);
  plan.digitFilters = new Uint32Array(words);
  plan.digitsMasks = new Uint32Array((MAX_DIGITS_AHEAD + 1) * words);
  for (const [index, filter] of plan.filters.entries()) {
    if (filter.digits > 0) setBit(plan.digitFilters, words, 0, index);
    // countDigitsAhead stops counting at MAX_DIGITS_AHEAD: a filter needing more (a CBU's 22 digits) passes at that
    // count, and its regex decides.
    const needed = Math.min(filter.digits, MAX_DIGITS_AHEAD);
    for (let count = 0; count <= MAX_DIGITS_AHEAD; count++) {
      if (needed <= count) setBit(plan.digitsMasks, words, count, index);
    }
    for (let length = Math.min(filter.min, MAX_BUCKET); length <= Math.min(filter.max, MAX_BUCKET); length++) {
      for (let kinds = 1; kinds < 16; kinds++) {
        if ((kinds & filter.forbidden) === 0 && (kinds & filter.required) === filter.required) {
          setBit(plan.shapeMasks, words, (length << 4) | kinds, index);
        }
      }
    }
    for (let code = 0; code < 128; code++) {
      if (filter.first === undefined || filter.first[code] === 1) setBit(plan.firstMasks, words, code, index);
    }
    for (let slot = 0; slot < 130; slot++) {
      // Slots 128 (end of text) and 129 (non-ASCII) always pass here; the scan loop checks a non-ASCII one.
      if (
        filter.after === undefined ||
        slot >= 128 ||
        filter.after[slot] === 1 ||
        (filter.afterSpace && isSpace(slot))
      ) {
        setBit(plan.nextMasks, words, slot, index);
      }
    }
    for (const [slot, code] of [-1, 40, 43].entries()) {
      // A filter starting on `(` or `+` needs exactly that character before the run.
      if (filter.before === -1 || filter.before === code || (filter.before !== 40 && filter.before !== 43)) {
        setBit(plan.previousMasks, words, slot, index);
      }
    }
  }
  for (let shape = 0; shape < SHAPES; shape++) {
    for (let code = 0; code < 128; code++) {
      for (let word = 0; word < words; word++) {
        if (
          ((plan.shapeMasks[shape * words + word] as number) & (plan.firstMasks[code * words + word] as number)) !==
          0
        ) {
          const at = (shape << 7) | code;
          plan.shapeFirstWords[at] = (plan.shapeFirstWords[at] as number) | (1 << word);
        }
      }
    }
  }
}

// Kind of each ASCII character for the word-run pass (see asciiCodes): 0 outside `\w` (what `\b` looks at).
const KIND = new Uint8Array(256);
for (let code = 48; code <= 57; code++) KIND[code] = DIGIT;
for (let code = 65; code <= 90; code++) KIND[code] = UPPER;
for (let code = 97; code <= 122; code++) KIND[code] = LOWER;
KIND[95] = UNDERSCORE;

/**
 * Spaces other than U+0020 that text copied from a web page, a PDF or a French or SI-style amount puts between
 * digit groups (`4111\u00a01111…`, `FR76\u202f3000…`): no-break, the U+2000-U+200A typographic spaces, narrow
 * no-break, medium mathematical and ideographic. Every pattern separator is ASCII, so without this a card or IBAN
 * spaced so went unread. Not the zero-width space: it is not white space, and read as a space it would cut a
 * secret in two.
 */
const WIDE_SPACES_OR_BOX_DRAWING = /[\u2000-\u200a\u202f\u205f\u3000\u2500-\u257f]/;
const OTHER_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Box-drawing characters (U+2500-U+257F), as tables drawn with lines print them (psql's `\pset linestyle unicode`,
 * `doppler secrets`, rich and tabulate output): read one for one as the ASCII table's `|`, `-` and `+`, so that the
 * table readers see the rows, cells and borders they know.
 */
const VERTICAL_LINES = /[\u2502\u2503\u2506\u2507\u250a\u250b\u254e\u254f\u2551]/g;
const HORIZONTAL_LINES = /[\u2500\u2501\u2504\u2505\u2508\u2509\u254c\u254d\u2550]/g;
const OTHER_BOX_DRAWING = /[\u2500-\u257f]/g;

/** The text with other spaces as spaces and box-drawing lines as `|`, `-` and `+`, one for one. */
function asAscii(text: string): string {
  return text
    .replace(OTHER_SPACES, ' ')
    .replace(VERTICAL_LINES, '|')
    .replace(HORIZONTAL_LINES, '-')
    .replace(OTHER_BOX_DRAWING, '+');
}

/**
 * Whether the text is read through asAscii: it holds one of OTHER_SPACES or a box-drawing character. The no-break
 * space by a native search; the others by a regex that V8 answers at once for a one-byte (Latin-1) string, which
 * cannot hold them: the one regex over both cost 1.6% on the bench log.
 */
function needsAsciiReading(text: string): boolean {
  return text.includes('\u00a0') || WIDE_SPACES_OR_BOX_DRAWING.test(text);
}

/** Texts from this length on are read from a flat copy (see {@link flat}), copied in pieces of this length. */
const FLAT_COPY_LENGTH = 4096;

/**
 * The text itself, or for a long text a flat copy with the same characters. A slice of a longer string (a chunk of
 * a file, a line from `split`) costs each character read by the word-run pass an indirection in V8; joining
 * pieces of it into a new string (about 0.25 ms per MB, whatever the lines) made the 10 MB log of bench/detect
 * 10% faster. Short texts (most tool results) are read as they are: the copy would cost more than it saves.
 */
function flat(text: string): string {
  if (text.length < FLAT_COPY_LENGTH) return text;
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += FLAT_COPY_LENGTH) {
    pieces.push(text.slice(start, start + FLAT_COPY_LENGTH));
  }
  return pieces.join('');
}

const INACTIVE = 0x7fffffff;

/** Longest text whose byte array (see asciiCodes) a plan keeps for the next scan. */
const KEPT_CODES = 1 << 20;

/** Bit of a digit-group separator: space, -, ., / (0 for any other character). */
function separatorBit(code: number): number {
  return code === 32 ? 1 : code === 45 ? 2 : code === 46 ? 4 : code === 47 ? 8 : 0;
}

/** Separators crossed by the last countDigitsAhead. */
let crossedSeparators = 0;

/** Most digits countDigitsAhead counts. */
const MAX_DIGITS_AHEAD = 20;

/**
 * Digits from `start` (read off the text's bytes, see asciiCodes) in groups joined by single separators of ` -./`
 * (as digitsAhead with every separator), up to MAX_DIGITS_AHEAD; sets crossedSeparators to the separators crossed.
 */
function countDigitsAhead(codes: Uint8Array, length: number, start: number): number {
  let count = 0;
  let crossed = 0;
  for (let index = start; index < length && count < MAX_DIGITS_AHEAD; index++) {
    const code = codes[index] as number;
    if (code >= 48 && code <= 57) {
      count++;
      continue;
    }
    const bit = separatorBit(code);
    const previous = codes[index - 1] as number;
    if (bit === 0 || index === start || previous < 48 || previous > 57) break;
    crossed |= bit;
  }
  crossedSeparators = crossed;
  return count;
}

/**
 * One pass over the word runs of the text (maximal runs of `\w`) that does two jobs:
 * - bare digit runs (SSN, ABA, NPI, CPF, ... without separators): a run of digits only goes to the
 *   recognizers whose length range and first digit it fits;
 * - windowed regexes: a regex with known start conditions runs sticky only at the runs that meet them, in
 *   text order and never before the end of its previous match, which gives exactly the matches of a global
 *   pass at a fraction of the cost (most of the text is never looked at by most regexes).
 */
function scanWordRuns(state: ScanState, plan: ScanPlan): void {
  const { text, codes, enabled, finderHits } = state;
  const { filters, words, shapeMasks, firstMasks, nextMasks, previousMasks, shapeFirstWords } = plan;
  const { digitFilters, digitsMasks, filterWindows, digitRunsByShape } = plan;
  // Per windowed regex: where its next match may start (INACTIVE when none of its recognizers runs).
  const floors = state.floors;
  let digitMin = plan.digitMin;
  let digitMax = plan.digitMax;
  for (const { run, plan: listener } of plan.gatedDigitRuns) {
    if (enabled[listener.index] !== 1) continue;
    if (run.min < digitMin) digitMin = run.min;
    if (run.max > digitMax) digitMax = run.max;
  }
  // The runs of digits a timestamp holds have at most 4 digits (the year; a fraction only with its `Z`).
  const skipsTimestamps = digitMin > 4;
  const length = text.length;
  let index = 0;
  while (index < length) {
    let kind = KIND[codes[index] as number] as number;
    if (kind === 0) {
      index++;
      continue;
    }
    const start = index;
    let mask = 0;
    do {
      mask |= kind;
      index++;
      if (index === length) break;
      kind = KIND[codes[index] as number] as number;
    } while (kind !== 0);
    const runLength = index - start;
    // A log line's ISO timestamp: no built-in regex or finder starts in it (see isoTimestampEnd), and its runs of
    // digits are too short for every digit-run listener when skipsTimestamps.
    if (runLength === 4 && mask === DIGIT && codes[index] === 45 && skipsTimestamps) {
      const end = isoTimestampEnd(text, codes, length, start);
      if (end !== -1) {
        index = end;
        continue;
      }
    }
    if (mask === DIGIT && runLength >= digitMin && runLength <= digitMax) {
      digitRun(
        state,
        digitRunsByShape[Math.min(runLength, MAX_BUCKET) * 10 + (codes[start] as number) - 48],
        start,
        index,
      );
    }
    const shape = (Math.min(runLength, MAX_BUCKET) << 4) | mask;
    const firstCode = codes[start] as number;
    // Most runs fire no filter at all: one byte says so from the shape and first character.
    let wordBits = shapeFirstWords[(shape << 7) | firstCode] as number;
    if (wordBits === 0) continue;
    let aheadCount = -1;
    let aheadCrossed = 0;
    const next = index < length ? text.charCodeAt(index) : -1;
    const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
    // The character after: its code when ASCII, 128 at the end of the text, 129 otherwise (checked below).
    const nextSlot = next === -1 ? 128 : next < 128 ? next : 129;
    const previousSlot = previous === 40 ? 1 : previous === 43 ? 2 : 0;
    for (; wordBits !== 0; wordBits &= wordBits - 1) {
      const word = 31 - Math.clz32(wordBits & -wordBits);
      let bits = (shapeMasks[shape * words + word] as number) & (firstMasks[firstCode * words + word] as number);
      bits &= (nextMasks[nextSlot * words + word] as number) & (previousMasks[previousSlot * words + word] as number);
      if ((bits & (digitFilters[word] as number)) !== 0) {
        // Digits ahead across any separator, counted once per run: an upper bound for every filter (the filters
        // needing more drop out here, in one step), and the exact count for a filter whose separators include
        // all those crossed.
        if (aheadCount < 0) {
          aheadCount = countDigitsAhead(codes, length, start);
          aheadCrossed = crossedSeparators;
        }
        bits &= digitsMasks[aheadCount * words + word] as number;
      }
      while (bits !== 0) {
        const lowest = bits & -bits;
        bits ^= lowest;
        const filterIndex = (word << 5) | (31 - Math.clz32(lowest));
        const window = filterWindows[filterIndex] as number;
        // Inside the regex's last match (an IPv4 address's later octets) or an inactive regex: nothing to check.
        if (window !== -1 && start < (floors[window] as number)) continue;
        const filter = filters[filterIndex] as WindowFilter;
        if (runLength >= MAX_BUCKET && (runLength > filter.max || runLength < filter.min)) continue;
        if (
          nextSlot === 129 &&
          filter.after !== undefined &&
          !(filter.afterSpace && isSpace(next)) &&
          !filter.afterWide.includes(next)
        )
          continue;
        if (
          filter.digits > 0 &&
          (aheadCrossed & ~filter.separatorMask) !== 0 &&
          !digitsAhead(text, start, filter.digits, filter.separators)
        )
          continue;
        if (filter.check !== undefined && !filter.check(text, start, index)) continue;
        let position = start;
        if (filter.before !== -1) {
          if (previous !== filter.before) continue;
          position = start - 1;
        }
        const entry = filter.entry;
        if (entry === undefined) {
          for (const finder of filter.finders) {
            finderHits[finder] = 1;
            if (plan.findersAt[finder] !== undefined) {
              state.finderStarts ??= [];
              const starts = state.finderStarts[finder];
              if (starts === undefined) state.finderStarts[finder] = [start];
              else if (starts[starts.length - 1] !== start) starts.push(start);
            }
          }
          continue;
        }
        if (position < (floors[window] as number)) continue;
        const sticky = entry.sticky as RegExp;
        sticky.lastIndex = position;
        if (entry.wholeOnly) {
          if (!sticky.test(text)) continue;
          const matchLength = sticky.lastIndex - position;
          floors[window] = position + (matchLength === 0 ? 1 : matchLength);
          if (matchLength === 0) continue;
          handleWhole(state, position, text.slice(position, position + matchLength), entry.listeners);
        } else {
          const match = sticky.exec(text);
          if (match === null) continue;
          const matchLength = match[0].length;
          floors[window] = position + (matchLength === 0 ? 1 : matchLength);
          if (matchLength === 0) continue;
          handleMatch(state, match, entry.listeners);
        }
        // A match of an `inside` pattern hides nothing: later runs inside it may start a match (a card glued
        // after another number); overlapping spans then settle by the overlap rule.
        if (entry.inside) floors[window] = position + 1;
      }
    }
  }
}

/**
 * A whole-word run of digits [start, end), handed to the recognizers whose length and first digit it fits:
 * `listeners` are those of its shape (see ScanPlan.digitRunsByShape), whose length range is checked again for a run
 * of MAX_BUCKET digits or more.
 */
function digitRun(
  state: ScanState,
  listeners: readonly DigitRunListener[] | undefined,
  start: number,
  end: number,
): void {
  if (listeners === undefined) return;
  const length = end - start;
  let value: string | undefined;
  for (const { run, plan } of listeners) {
    if (state.enabled[plan.index] !== 1 || length < run.min || length > run.max) continue;
    value ??= state.text.slice(start, end);
    consider(state, plan, start, end, run.score, value);
  }
}

function selects(
  recognizer: Recognizer,
  entities: readonly EntityType[] | undefined,
  categories: readonly EntityCategory[] | undefined,
): boolean {
  return (
    (entities === undefined || entities.includes(recognizer.entity)) &&
    (categories === undefined || categories.includes(recognizer.category))
  );
}

/**
 * Whether one of the sorted, disjoint `ranges` overlaps [start, end) without lying strictly inside it. A longer
 * value around a token shape is a value of its own: an IBAN whose last groups happen to read as a card token
 * (`IS28 0003 9904 0800 3390 0508 66`, a Luhn-valid 99… run) is an IBAN. A value inside a token shape, or exactly
 * one, is not reported (a card token's first twelve digits are no Aadhaar number).
 */
function blockedByAny(ranges: readonly [number, number][], start: number, end: number): boolean {
  for (let index = firstEndingAfter(ranges, start, (range) => range[1]); index < ranges.length; index++) {
    const [from, to] = ranges[index] as [number, number];
    if (from >= end) return false;
    if (!heldInside(from, to, start, end)) return true;
  }
  return false;
}

/** Whether [from, to) lies inside [start, end) and is shorter. */
function heldInside(from: number, to: number, start: number, end: number): boolean {
  return start <= from && to <= end && to - from < end - start;
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
