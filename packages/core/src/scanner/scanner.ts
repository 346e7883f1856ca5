import type { EntityCategory, EntityType, Span } from './span.js';

/** A known entity supplied by the caller for one call (never stored or logged). */
export interface KnownEntity {
  readonly type: EntityType;
  readonly value: string;
}

/** Per-call scan options. */
export interface ScanOptions {
  /** Only these entity types are reported. @default every type the scanner knows */
  readonly entities?: readonly EntityType[];
  /** Only entities of these categories are reported. @default every category */
  readonly categories?: readonly EntityCategory[];
  /** Language hint for context words and NER (`en`, `es`). @default 'en' */
  readonly language?: string;
  /** Caller-supplied values that must be caught wherever they appear. */
  readonly knownEntities?: readonly KnownEntity[];
  /** Exact strings never reported (an allow-list). */
  readonly allowList?: readonly string[];
  /** Abort the scan (raises; the text is never returned unscanned). */
  readonly signal?: AbortSignal;
  /**
   * The name of the field the text is the value of (its key in a structure: `deepEncode` sets it). A scanner
   * may read it as context, as it would read `"routing_number": "021000021"` in JSON text; the built-in pattern
   * scanner does (the waterfall passes it to its pattern tier, and runs no NER engine under a product's field:
   * `brand`, `make`, `model`), other scanners may ignore it.
   */
  readonly field?: string;
}

/**
 * Finds sensitive values in text. Spans may overlap; {@link resolveOverlaps} settles them once.
 * A scanner that cannot do its job (a remote backend down, a timeout) raises a typed MaskError.
 */
export interface Scanner {
  readonly name: string;
  scan(text: string, options?: ScanOptions): Promise<Span[]>;
  /** Releases workers or connections. */
  close?(): Promise<void>;
}
