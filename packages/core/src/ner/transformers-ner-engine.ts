import { MaskError } from '../errors/mask-error.js';
import type { Span } from '../scanner/span.js';
import { foldUnit } from './fold.js';
import type { NerDetectOptions, NerEngine } from './ner-engine.js';

/** Options of {@link TransformersNerEngine}. */
export interface TransformersNerEngineOptions {
  /** A token-classification model: a Hugging Face model id or a folder name under `localModelPath`. */
  readonly model: string;
  /** Folder that holds local models (`env.localModelPath` of transformers.js). */
  readonly localModelPath?: string;
  /**
   * Let transformers.js download the model from the Hub on first use. Off by default: Mask never fetches
   * anything at run time unless asked to.
   * @default false
   */
  readonly allowRemoteModels?: boolean;
  /** Weight precision to load (`fp32`, `q8`, ...). @default the library's default for the model */
  readonly dtype?: string;
  /**
   * Model labels (without their `B-`/`I-` prefix) to Mask entity types.
   * @default { PER: 'PERSON', PERSON: 'PERSON', LOC: 'LOCATION', LOCATION: 'LOCATION', GPE: 'LOCATION', ORG: 'ORGANIZATION', ORGANIZATION: 'ORGANIZATION', NORP: 'NRP' }
   */
  readonly labelMap?: Readonly<Record<string, string>>;
  /** Tokens scored below this are dropped. @default 0.5 */
  readonly minScore?: number;
  /** Text is cut into pieces of at most this many characters, at whitespace, so nothing is truncated. @default 1000 */
  readonly chunkChars?: number;
  /** Engine name reported in `Span.recognizer`. @default 'transformers' */
  readonly name?: string;
}

const DEFAULT_LABELS: Readonly<Record<string, string>> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  LOC: 'LOCATION',
  LOCATION: 'LOCATION',
  GPE: 'LOCATION',
  ORG: 'ORGANIZATION',
  ORGANIZATION: 'ORGANIZATION',
  NORP: 'NRP',
};

interface TokenResult {
  readonly entity: string;
  readonly score: number;
  readonly index: number;
  readonly word: string;
}

type TokenClassifier = (text: string, options?: Record<string, unknown>) => Promise<TokenResult[] | TokenResult[][]>;

/**
 * An optional Tier 1 engine running a token-classification transformer (ONNX) through
 * `@huggingface/transformers`, an optional peer dependency loaded on first use. Point it at a model you
 * have locally (or allow remote models). Fails closed: a missing package or model raises `MaskError`
 * `NER_UNAVAILABLE`. Offsets are recovered by aligning the model's tokens to the text in order.
 *
 * @example
 * import { TransformersNerEngine } from '@mask/core';
 * const engine = new TransformersNerEngine({ model: 'bert-base-NER', localModelPath: '/models/', dtype: 'q8' });
 * const spans = await engine.detect('Maria Lopez works at Acme Corp in Valencia');
 */
export class TransformersNerEngine implements NerEngine {
  readonly name: string;
  readonly #options: TransformersNerEngineOptions;
  readonly #labels: Readonly<Record<string, string>>;
  #classifier: Promise<TokenClassifier> | undefined;

  constructor(options: TransformersNerEngineOptions) {
    if (typeof options?.model !== 'string' || options.model.length === 0) {
      throw new MaskError('CONFIG_INVALID', 'TransformersNerEngine needs a model');
    }
    this.#options = options;
    this.#labels = options.labelMap ?? DEFAULT_LABELS;
    this.name = options.name ?? 'transformers';
  }

  async detect(text: string, options: NerDetectOptions = {}): Promise<Span[]> {
    if (typeof text !== 'string') throw new MaskError('INVALID_INPUT', 'NER input must be a string');
    if (options.signal?.aborted) throw new MaskError('SCAN_FAILED', 'NER call aborted');
    const classify = await this.#load();
    const wanted = options.entities ? new Set(options.entities) : undefined;
    const spans: Span[] = [];
    for (const [offset, piece] of chunks(text, this.#options.chunkChars ?? 1000)) {
      let tokens: TokenResult[];
      try {
        const output = await classify(piece, { ignore_labels: [] });
        tokens = (Array.isArray(output[0]) ? output[0] : output) as TokenResult[];
      } catch {
        throw new MaskError('SCAN_FAILED', `NER engine ${this.name} failed to classify the text`);
      }
      for (const span of this.#spans(piece, tokens)) {
        if (wanted && !wanted.has(span.type)) continue;
        spans.push({ ...span, start: span.start + offset, end: span.end + offset });
      }
    }
    return spans;
  }

  #load(): Promise<TokenClassifier> {
    this.#classifier ??= (async () => {
      let library: {
        env: Record<string, unknown>;
        pipeline: (task: string, model: string, options?: Record<string, unknown>) => Promise<unknown>;
      };
      try {
        library = (await import('@huggingface/transformers')) as unknown as typeof library;
      } catch {
        throw new MaskError('NER_UNAVAILABLE', 'TransformersNerEngine needs the @huggingface/transformers package');
      }
      library.env.allowRemoteModels = this.#options.allowRemoteModels ?? false;
      if (this.#options.localModelPath) {
        library.env.allowLocalModels = true;
        library.env.localModelPath = this.#options.localModelPath;
      }
      try {
        const pipelineOptions = this.#options.dtype ? { dtype: this.#options.dtype } : {};
        return (await library.pipeline(
          'token-classification',
          this.#options.model,
          pipelineOptions,
        )) as TokenClassifier;
      } catch {
        throw new MaskError('NER_UNAVAILABLE', `NER model for engine ${this.name} could not be loaded`);
      }
    })();
    // A failed load is not cached: the next call tries again (and fails closed again if it must).
    this.#classifier.catch(() => {
      this.#classifier = undefined;
    });
    return this.#classifier;
  }

  /** Aligns tokens to `text` in order and merges `B-`/`I-` runs of one type into spans. */
  #spans(text: string, tokens: readonly TokenResult[]): Span[] {
    const { folded, positions } = foldWithPositions(text);
    const spans: Span[] = [];
    let cursor = 0;
    let open: { type: string; start: number; end: number; score: number; count: number } | undefined;
    const close = () => {
      if (open)
        spans.push({
          type: open.type,
          start: open.start,
          end: open.end,
          score: open.score / open.count,
          recognizer: this.name,
        });
      open = undefined;
    };
    for (const token of [...tokens].sort((a, b) => a.index - b.index)) {
      const piece = foldText(token.word.replace(/^##|^▁|^Ġ/, ''));
      let start = -1;
      let end = -1;
      if (piece.length > 0 && !/^\[.*\]$|^<.*>$/.test(token.word)) {
        const at = folded.indexOf(piece, cursor);
        if (at >= 0) {
          start = positions[at]!;
          end = positions[at + piece.length - 1]! + 1;
          cursor = at + piece.length;
        }
      }
      const [prefix, label] = splitLabel(token.entity);
      const type = this.#labels[label];
      if (!type || token.score < (this.#options.minScore ?? 0.5)) {
        close();
        continue;
      }
      if (start < 0) continue; // an unknown token inside an entity: the span stretches over it
      const continues = open && open.type === type && prefix !== 'B' && prefix !== 'S';
      if (continues) {
        open!.end = end;
        open!.score += token.score;
        open!.count++;
      } else {
        close();
        open = { type, start, end, score: token.score, count: 1 };
      }
    }
    close();
    return spans;
  }
}

function splitLabel(entity: string): [string, string] {
  const match = /^([BIES])-(.+)$/.exec(entity);
  return match ? [match[1]!, match[2]!] : ['', entity];
}

function foldText(value: string): string {
  let folded = '';
  for (let index = 0; index < value.length; index++) folded += foldUnit(value.charCodeAt(index));
  return folded;
}

function foldWithPositions(text: string): { folded: string; positions: number[] } {
  let folded = '';
  const positions: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const unit = foldUnit(text.charCodeAt(index));
    if (unit === '') continue;
    folded += unit;
    positions.push(index);
  }
  return { folded, positions };
}

/** Splits `text` into pieces of at most `size` characters, cutting at whitespace where possible. */
function chunks(text: string, size: number): [number, string][] {
  const pieces: [number, string][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + size / 2) end = space;
    }
    pieces.push([start, text.slice(start, end)]);
    start = end;
  }
  return pieces;
}
