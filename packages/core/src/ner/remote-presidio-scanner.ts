import { MaskError } from '../errors/mask-error.js';
import type { Scanner, ScanOptions } from '../scanner/scanner.js';
import type { Span } from '../scanner/span.js';
import { codePointOffsetToUtf16, type FetchLike, postJson } from './http-json.js';

/** Options of {@link RemotePresidioScanner}. */
export interface RemotePresidioScannerOptions {
  /** The analyzer's base URL (`MASK_SCANNER_URL`), e.g. `http://presidio-analyzer:3000`; `/analyze` is appended. */
  readonly url: string;
  /** Per-call time limit in milliseconds. @default 10_000 */
  readonly timeoutMs?: number;
  /** Language sent when the call gives none. @default 'en' */
  readonly language?: string;
  /** Minimum score Presidio should return. @default undefined (the analyzer's default) */
  readonly scoreThreshold?: number;
  /** Extra request headers (an API gateway key, ...). Never logged. */
  readonly headers?: Readonly<Record<string, string>>;
  /** `fetch` implementation. @default globalThis.fetch */
  readonly fetch?: FetchLike;
  /** Scanner name. @default 'presidio' */
  readonly name?: string;
}

interface PresidioResult {
  entity_type: unknown;
  start: unknown;
  end: unknown;
  score: unknown;
}

/**
 * A scanner backed by a remote Presidio analyzer (`MASK_SCANNER_TYPE=remote`): `POST {url}/analyze` with
 * `{ text, language, entities?, score_threshold?, allow_list? }`, answer `[{ entity_type, start, end, score }]`
 * in code-point offsets (converted here to UTF-16). Fails closed: unreachable or HTTP error ->
 * `NER_UNAVAILABLE`, too slow -> `MaskNLPTimeout`, an answer of the wrong shape -> `SCAN_FAILED`.
 *
 * @example
 * import { RemotePresidioScanner } from '@mask/core';
 * const scanner = new RemotePresidioScanner({ url: 'http://localhost:5002', timeoutMs: 5_000 });
 * const spans = await scanner.scan('Maria Lopez, 555-0100');
 */
export class RemotePresidioScanner implements Scanner {
  readonly name: string;
  readonly #url: string;
  readonly #timeoutMs: number;
  readonly #language: string;
  readonly #scoreThreshold: number | undefined;
  readonly #headers: Readonly<Record<string, string>> | undefined;
  readonly #fetch: FetchLike | undefined;

  constructor(options: RemotePresidioScannerOptions) {
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      throw new MaskError('CONFIG_INVALID', 'RemotePresidioScanner url is not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new MaskError('CONFIG_INVALID', 'RemotePresidioScanner url must be http or https');
    }
    const base = url.href.replace(/\/+$/, '');
    this.#url = base.endsWith('/analyze') ? base : `${base}/analyze`;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    if (!(this.#timeoutMs > 0)) throw new MaskError('CONFIG_INVALID', 'timeoutMs must be positive');
    this.#language = options.language ?? 'en';
    this.#scoreThreshold = options.scoreThreshold;
    this.#headers = options.headers;
    this.#fetch = options.fetch;
    this.name = options.name ?? 'presidio';
  }

  async scan(text: string, options: ScanOptions = {}): Promise<Span[]> {
    if (typeof text !== 'string') throw new MaskError('INVALID_INPUT', 'scan input must be a string');
    const body: Record<string, unknown> = { text, language: options.language ?? this.#language };
    if (options.entities) body.entities = options.entities;
    if (this.#scoreThreshold !== undefined) body.score_threshold = this.#scoreThreshold;
    if (options.allowList?.length) body.allow_list = options.allowList;
    const answer = await postJson(this.#url, body, {
      backend: 'Presidio analyzer',
      timeoutMs: this.#timeoutMs,
      ...(this.#headers ? { headers: this.#headers } : {}),
      ...(this.#fetch ? { fetch: this.#fetch } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!Array.isArray(answer)) throw new MaskError('SCAN_FAILED', 'Presidio analyzer answer is not a list');
    return answer.map((item) => this.#toSpan(text, item as PresidioResult));
  }

  #toSpan(text: string, item: PresidioResult): Span {
    const valid =
      typeof item === 'object' &&
      item !== null &&
      typeof item.entity_type === 'string' &&
      /^[A-Z][A-Z0-9_]*$/.test(item.entity_type) &&
      Number.isInteger(item.start) &&
      Number.isInteger(item.end) &&
      typeof item.score === 'number' &&
      (item.start as number) >= 0 &&
      (item.end as number) > (item.start as number);
    if (!valid) throw new MaskError('SCAN_FAILED', 'Presidio analyzer answered a result of the wrong shape');
    const start = codePointOffsetToUtf16(text, item.start as number);
    const end = codePointOffsetToUtf16(text, item.end as number);
    if (start < 0 || end < 0) throw new MaskError('SCAN_FAILED', 'Presidio analyzer answered offsets outside the text');
    const score = Math.min(1, Math.max(0, item.score as number));
    return { type: item.entity_type as string, start, end, score, recognizer: this.name };
  }
}
