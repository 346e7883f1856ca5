import { MaskError } from '../errors/mask-error.js';
import { unfoldedReading } from '../pii/folded-lines.js';
import { resolveOverlaps } from '../scanner/resolve-overlaps.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { EntityCategory, Span } from '../scanner/span.js';
import { KnownEntityMatcher } from './known-entity-matcher.js';
import type { NerDetectOptions, NerEngine } from './ner-engine.js';
import { isProductValue } from './product-fields.js';
import { queryReading } from './query-reading.js';
import { blankRanges, findTokenRanges, overlapsAny } from './token-ranges.js';

/** Options of {@link WaterfallScanner}. */
export interface WaterfallScannerOptions {
  /** Tier 0: the deterministic recognizers (e.g. the pattern scanner). Its finds are excised before Tier 1. */
  readonly tier0?: Scanner;
  /**
   * Tier 1: NER engines, or whole scanners used as engines (a `RemotePresidioScanner`, an `LlmNerScanner`
   * backstop). All of them see the same excised text and run concurrently; any failure fails the scan.
   */
  readonly engines: readonly (NerEngine | Scanner)[];
  /** Scanner name. @default 'waterfall' */
  readonly name?: string;
  /** Releases the tier 0 scanner and the engines on `close()`. @default true */
  readonly closeChildren?: boolean;
}

/** Categories of the Tier 1 types, for `ScanOptions.categories`. */
const NER_CATEGORIES: Record<string, EntityCategory> = {
  PERSON: 'PERSONAL',
  LOCATION: 'PERSONAL',
  NRP: 'PERSONAL',
  ORGANIZATION: 'CORPORATE',
};

const EDGE = /[\s,;:!?"'“”‘’«»()[\]{}<>]/u;

/**
 * The two-tier waterfall: Tier 0 (deterministic recognizers) runs first, then caller-supplied known
 * entities are matched, then their finds and every existing Mask token (`[PERSON_1]` placeholders and the
 * format-preserving token shapes) are blanked with same-length filler and the Tier 1 engines run on what
 * remains. Offsets stay those of the input; overlaps resolve once at the end with `resolveOverlaps`.
 * Fails closed: any tier that fails makes the whole scan raise a `MaskError`.
 *
 * @example
 * import { LocalNerEngine, WaterfallScanner } from '@mask/core';
 * const scanner = new WaterfallScanner({ tier0: patternScanner, engines: [new LocalNerEngine()] });
 * const spans = await scanner.scan('Email maria@acme.com, Maria Lopez from Valencia');
 */
export class WaterfallScanner implements Scanner {
  readonly name: string;
  readonly #tier0: Scanner | undefined;
  readonly #engines: readonly (NerEngine | Scanner)[];
  readonly #closeChildren: boolean;

  constructor(options: WaterfallScannerOptions) {
    this.name = options.name ?? 'waterfall';
    this.#tier0 = options.tier0;
    this.#engines = [...options.engines];
    this.#closeChildren = options.closeChildren ?? true;
  }

  async scan(text: string, options: ScanOptions = {}): Promise<Span[]> {
    if (typeof text !== 'string') throw new MaskError('INVALID_INPUT', 'scan input must be a string');
    if (options.signal?.aborted) throw new MaskError('SCAN_FAILED', 'scan aborted');
    // Tier 0 and known entities see the original text: token *shapes* (the phone and IBAN grammars are broad
    // and only mean "token" when the vault holds them) must never hide a real identifier. Tier 0 recognizers
    // do not flag reserved-range tokens, and the client skips values its vault confirms as tokens.
    // Known entities are matched here, in one linear pass; Tier 0 does not need to see the dictionary.
    const { knownEntities: _dictionary, ...tier0Options } = options;
    const tier0 = this.#tier0 ? await this.#tier0.scan(text, tier0Options) : [];
    const known = options.knownEntities?.length ? new KnownEntityMatcher(options.knownEntities).find(text) : [];
    // Tier 1 never reads inside a token shape, a Tier 0 find or a known entity.
    const tokens = findTokenRanges(text);
    const excised = blankRanges(text, [...tokens, ...tier0, ...known]);

    const engineOptions: NerDetectOptions = {
      language: options.language ?? 'en',
      ...(options.entities ? { entities: options.entities } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    };
    // A product's field (`brand`, `make`) holding a brand's name is left to Tier 0 (see product-fields.ts). A
    // search's words in a URL (`?q=Shaniqua%20Thompson`) are read decoded (see query-reading.ts), and a
    // quoted-printable e-mail's or a vCard's text unfolded (`Mar=C3=ADa`, soft breaks; see folded-lines.ts).
    const found: Span[] = [];
    if (options.field === undefined || !isProductValue(options.field, text)) {
      await this.#engineSpans(excised, engineOptions, found);
      const query = queryReading(excised);
      if (query !== undefined) {
        await this.#engineSpans(query.text, engineOptions, found, (start, end) => [
          query.starts[start]!,
          query.ends[end - 1]!,
        ]);
      }
      const unfolded = unfoldedReading(excised);
      if (unfolded !== undefined) {
        await this.#engineSpans(unfolded.text, engineOptions, found, (start, end) => [
          unfolded.offsets[start]!,
          unfolded.offsets[end]!,
        ]);
      }
    }
    const tier1: Span[] = [];
    for (const span of found) {
      const trimmed = trimSpan(text, span);
      if (trimmed && !overlapsAny(trimmed, tokens)) tier1.push(trimmed);
    }

    const wanted = options.entities ? new Set(options.entities) : undefined;
    const categories = options.categories ? new Set(options.categories) : undefined;
    const allowed = options.allowList?.length ? new Set(options.allowList) : undefined;
    const all = [...tier0, ...known, ...tier1].filter((span) => {
      if (wanted && !wanted.has(span.type)) return false;
      if (categories && span.type in NER_CATEGORIES && !categories.has(NER_CATEGORIES[span.type]!)) return false;
      if (allowed?.has(text.slice(span.start, span.end))) return false;
      return true;
    });
    return resolveOverlaps(all, text);
  }

  /**
   * Every engine's finds in `reading` (the excised text, or another reading of it), pushed onto `spans` at the
   * text's offsets (`map` turns a reading's [start, end) into the text's; none for the excised text itself). One
   * engine (the default) is awaited directly: no array of promises for a single call.
   */
  async #engineSpans(
    reading: string,
    options: NerDetectOptions,
    spans: Span[],
    map?: (start: number, end: number) => [number, number],
  ): Promise<void> {
    const results =
      this.#engines.length === 1
        ? [await runEngine(this.#engines[0]!, reading, options)]
        : await Promise.all(this.#engines.map((engine) => runEngine(engine, reading, options)));
    for (const found of results) {
      for (const span of found) {
        if (map === undefined) spans.push(span);
        else if (span.end > span.start) {
          const [start, end] = map(span.start, span.end);
          spans.push({ ...span, start, end });
        }
      }
    }
  }

  async close(): Promise<void> {
    if (!this.#closeChildren) return;
    await Promise.all([this.#tier0?.close?.(), ...this.#engines.map((engine) => engine.close?.())]);
  }
}

/** Runs one Tier 1 engine; a failure that is not already a `MaskError` becomes `SCAN_FAILED`. */
async function runEngine(engine: NerEngine | Scanner, text: string, options: NerDetectOptions): Promise<Span[]> {
  try {
    return 'detect' in engine ? await engine.detect(text, options) : await engine.scan(text, options);
  } catch (error) {
    if (MaskError.isInstance(error)) throw error;
    throw new MaskError('SCAN_FAILED', `NER engine ${engine.name} failed`);
  }
}

/** Clamps a span to the text and trims whitespace and punctuation at its edges (never a dot: `Ltd.`). */
function trimSpan(text: string, span: Span): Span | undefined {
  let start = Math.max(0, Math.trunc(span.start));
  let end = Math.min(text.length, Math.trunc(span.end));
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  if (end <= start) return undefined;
  return start === span.start && end === span.end ? span : { ...span, start, end };
}
