import type { CountryCode } from 'libphonenumber-js/max';
import { MaskError } from '../errors/mask-error.js';
import { resolveOverlaps } from '../scanner/resolve-overlaps.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { EntityCategory, EntityType, Span } from '../scanner/span.js';
import { type ContextWindow, compileContext, DEFAULT_CONTEXT_WINDOW, hasContext } from './context.js';
import { type CsvHeader, headerCellAt, readCsvHeader } from './csv-header.js';
import {
  CONTEXT_BOOST,
  DEFAULT_THRESHOLD,
  type DigitRun,
  type Recognizer,
  type RecognizerPattern,
} from './recognizer.js';
import { builtinRecognizers } from './registry.js';
import { isAlnum } from './validators/boundaries.js';

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
   * @default ['en', 'es']
   */
  readonly languages?: readonly string[];
  /** Regions tried for phone numbers written without `+`. @default ['US','GB','ES','MX','DE','FR','IN','BR'] */
  readonly phoneRegions?: readonly CountryCode[];
  /** Characters searched for context words around a candidate. @default { before: 48, after: 20 } */
  readonly contextWindow?: ContextWindow;
}

const PLACEHOLDER = /\[[A-Z][A-Z0-9_]*_[1-9]\d{0,8}\]/g;

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

type PatternListener = { readonly pattern: RecognizerPattern; readonly plan: RecognizerPlan };
type DigitRunListener = { readonly run: DigitRun; readonly plan: RecognizerPlan };

interface ScanPlan {
  readonly recognizers: RecognizerPlan[];
  readonly regexes: { readonly regex: RegExp; readonly listeners: PatternListener[]; gated: boolean }[];
  /** Recognizers with triggers (checked per scan); the others always run. */
  readonly gated: RecognizerPlan[];
  readonly digitRuns: DigitRunListener[];
  readonly finders: RecognizerPlan[];
}

interface ScanState {
  readonly text: string;
  readonly spans: Span[];
  readonly allow: ReadonlySet<string>;
  readonly placeholders: readonly [number, number][];
  readonly window: ContextWindow;
  /** 1 where the recognizer's triggers occur in the text (or it has none). */
  readonly enabled: Uint8Array;
  /** The text's CSV header row: undefined until first needed, null when the text is not a table. */
  csv?: CsvHeader | null;
}

/** Context words near the candidate, or in the header of its column when the text is a table. */
function contextNear(state: ScanState, context: RegExp, start: number, end: number): boolean {
  if (hasContext(context, state.text, start, end, state.window)) return true;
  if (state.csv === undefined) state.csv = readCsvHeader(state.text) ?? null;
  if (state.csv === null) return false;
  const cell = headerCellAt(state.text, state.csv, start);
  // routing_number, routingNumber and "Routing Number" all name the same column.
  return cell !== undefined && context.test(cell.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' '));
}

/** Trigger checks, once per scan: a recognizer whose literal prefixes are absent does no work. */
function enabledRecognizers(plan: ScanPlan, text: string): Uint8Array {
  const enabled = new Uint8Array(plan.recognizers.length).fill(1);
  let lower: string | undefined;
  for (const { recognizer, index } of plan.gated) {
    if (recognizer.triggers !== undefined && !includesAny(text, recognizer.triggers)) enabled[index] = 0;
    else if (recognizer.caseInsensitiveTriggers !== undefined) {
      lower ??= text.toLowerCase();
      if (!includesAny(lower, recognizer.caseInsensitiveTriggers)) enabled[index] = 0;
    }
  }
  return enabled;
}

function includesAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

/** Scores one candidate and keeps it when it passes its threshold (see the README's scoring rules). */
function consider(
  state: ScanState,
  plan: RecognizerPlan,
  start: number,
  end: number,
  baseScore: number,
  value: string,
): void {
  const { recognizer, threshold, context } = plan;
  const { text } = state;
  if (recognizer.shape !== undefined && !recognizer.shape(value)) return;
  // A weak shape needs context. Checksums are cheaper than a context lookup and reject most candidates, so
  // they run first; recognizers with dear validators (phone parsing) ask for context first.
  let contextFound: boolean | undefined;
  const weak = baseScore < threshold;
  if (weak && (context === undefined || baseScore + CONTEXT_BOOST < threshold)) return;
  if (weak && recognizer.contextFirst === true) {
    contextFound = contextNear(state, context as RegExp, start, end);
    if (!contextFound) return;
  }
  let score = baseScore;
  if (recognizer.validate !== undefined) {
    const verdict = recognizer.validate(value, { text, start, end });
    if (verdict === false) return;
    if (typeof verdict === 'number') score = verdict;
  }
  if (score < 1 && context !== undefined) {
    contextFound ??= contextNear(state, context, start, end);
    if (contextFound) score = Math.min(1, score + CONTEXT_BOOST);
  }
  if (score < threshold || state.allow.has(value) || overlapsAny(state.placeholders, start, end)) return;
  state.spans.push({ type: recognizer.entity, start, end, score: round(score), recognizer: recognizer.name });
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
  #defaultPlan: ScanPlan | undefined;

  constructor(options: PatternScannerOptions = {}) {
    this.#options = options;
    const recognizers = [
      ...(options.builtins === false ? [] : builtinRecognizers({ phoneRegions: options.phoneRegions })),
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
    this.#languages = options.languages ?? ['en', 'es'];
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
    const state: ScanState = {
      text,
      spans: [],
      allow: options.allowList === undefined ? this.#allow : new Set([...this.#allow, ...options.allowList]),
      placeholders: text.includes('[') ? placeholderRanges(text) : [],
      window: this.#window,
      enabled: enabledRecognizers(plan, text),
    };
    const enabled = state.enabled;
    for (const { regex, listeners, gated } of plan.regexes) {
      if (!gated || listeners.some((listener) => enabled[listener.plan.index] === 1))
        scanRegex(state, regex, listeners);
    }
    if (plan.digitRuns.length > 0) scanDigitRuns(state, plan.digitRuns);
    for (const recognizerPlan of plan.finders) {
      if (enabled[recognizerPlan.index] !== 1) continue;
      for (const candidate of (recognizerPlan.recognizer.find as NonNullable<Recognizer['find']>)(text)) {
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
    this.#addExact(text, this.#deny, 'deny-list', state.spans, options);
    if (options.knownEntities !== undefined)
      this.#addExact(text, options.knownEntities, 'known-entity', state.spans, options);
    return resolveOverlaps(state.spans);
  }

  /**
   * The work list for one combination of languages and per-call filters, built once and cached: which
   * recognizers run, their thresholds and context regexes, and each distinct regex with every recognizer
   * that stated it (so a shape shared by several recognizers is scanned once).
   */
  #plan(options: ScanOptions): ScanPlan {
    const plain = options.language === undefined && options.entities === undefined && options.categories === undefined;
    if (plain && this.#defaultPlan !== undefined) return this.#defaultPlan;
    const plan = this.#buildPlan(options);
    if (plain) this.#defaultPlan = plan;
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
    const plan: ScanPlan = { recognizers: [], regexes: [], digitRuns: [], finders: [], gated: [] };
    const regexes = new Map<string, ScanPlan['regexes'][number]>();
    for (const compiled of this.#recognizers) {
      const recognizer = compiled.recognizer;
      if (!selects(recognizer, options.entities, options.categories)) continue;
      const context = compileContext(recognizer.context, languages);
      const threshold = this.#threshold(recognizer);
      const recognizerPlan: RecognizerPlan = { recognizer, threshold, context, index: plan.recognizers.length };
      plan.recognizers.push(recognizerPlan);
      if (recognizer.triggers !== undefined || recognizer.caseInsensitiveTriggers !== undefined) {
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
          entry = { regex: pattern.regex, listeners: [], gated: true };
          regexes.set(regexKey, entry);
          plan.regexes.push(entry);
        }
        entry.listeners.push({ pattern, plan: recognizerPlan });
      }
      if (recognizer.find !== undefined) plan.finders.push(recognizerPlan);
    }
    for (const entry of plan.regexes) {
      entry.gated = entry.listeners.every(
        ({ plan: listener }) =>
          listener.recognizer.triggers !== undefined || listener.recognizer.caseInsensitiveTriggers !== undefined,
      );
    }
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

/** One pass of one regex, each match handed to every enabled recognizer that stated it. */
function scanRegex(state: ScanState, regex: RegExp, listeners: readonly PatternListener[]): void {
  const { text, enabled } = state;
  regex.lastIndex = 0;
  let match = regex.exec(text);
  while (match !== null) {
    const whole = match[0];
    if (whole.length === 0) {
      regex.lastIndex++;
    } else {
      for (const { pattern, plan } of listeners) {
        if (enabled[plan.index] !== 1) continue;
        const group = pattern.group ?? 0;
        const value = match[group];
        if (value !== undefined && value.length > 0) {
          // A group's offset: from `d`-flag indices when present, else the group ends the match.
          const start =
            group === 0 ? match.index : (match.indices?.[group]?.[0] ?? match.index + whole.lastIndexOf(value));
          consider(state, plan, start, start + value.length, pattern.score, value);
        }
      }
    }
    match = regex.exec(text);
  }
}

const DIGIT_RUNS = /\d{6,}/g;

/**
 * One pass for every recognizer's bare digit runs (SSN, ABA, NPI, CPF, ... without separators): each run of
 * digits that stands as a whole word goes to the recognizers whose length range and first digit it fits.
 * Cheaper than one regex pass per recognizer, and the same result.
 */
function scanDigitRuns(state: ScanState, listeners: readonly DigitRunListener[]): void {
  const { text, enabled } = state;
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = 0;
  for (const { run } of listeners) {
    minimum = Math.min(minimum, run.min);
    maximum = Math.max(maximum, run.max);
  }
  DIGIT_RUNS.lastIndex = 0;
  for (let match = DIGIT_RUNS.exec(text); match !== null; match = DIGIT_RUNS.exec(text)) {
    const length = match[0].length;
    if (length < minimum || length > maximum) continue;
    const start = match.index;
    const end = start + length;
    if (
      (start > 0 && isWordChar(text.charCodeAt(start - 1))) ||
      (end < text.length && isWordChar(text.charCodeAt(end)))
    ) {
      continue;
    }
    const value = match[0];
    for (const { run, plan } of listeners) {
      if (enabled[plan.index] !== 1 || length < run.min || length > run.max) continue;
      if (run.first === undefined || run.first.includes(value[0] as string)) {
        consider(state, plan, start, end, run.score, value);
      }
    }
  }
}

// `\b` semantics: letters, digits and underscore.
function isWordChar(code: number): boolean {
  return isAlnum(code) || code === 95;
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

function placeholderRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match !== null; match = PLACEHOLDER.exec(text)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

function overlapsAny(ranges: readonly [number, number][], start: number, end: number): boolean {
  if (ranges.length === 0) return false;
  // Binary search for the first range ending after `start`.
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle] as [number, number])[1] <= start) low = middle + 1;
    else high = middle;
  }
  const range = ranges[low];
  return range !== undefined && range[0] < end;
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
