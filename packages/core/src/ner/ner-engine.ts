import type { Span } from '../scanner/span.js';

/** The entity types Tier 1 engines report. */
export type NerEntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | (string & {});

/** Per-call options of a {@link NerEngine}. */
export interface NerDetectOptions {
  /** Language of the text (`en`, `es`). @default 'en' */
  readonly language?: string;
  /** Only these entity types are reported. @default every type the engine knows */
  readonly entities?: readonly string[];
  /** Abort the call: the engine raises instead of returning a partial result. */
  readonly signal?: AbortSignal;
}

/**
 * A Tier 1 named-entity engine (PERSON / LOCATION / ORGANIZATION). It receives text whose Tier 0 finds and
 * tokens are already blanked out with neutral filler of the same length, so offsets are those of the caller's
 * text. Offsets are UTF-16 code units. An engine that cannot do its job raises a typed `MaskError`.
 *
 * @example
 * import { LocalNerEngine } from '@mask/core';
 * const spans = await new LocalNerEngine().detect('Maria Lopez lives in Valencia');
 */
export interface NerEngine {
  readonly name: string;
  detect(text: string, options?: NerDetectOptions): Promise<Span[]>;
  /** Releases workers or connections. */
  close?(): Promise<void>;
}
