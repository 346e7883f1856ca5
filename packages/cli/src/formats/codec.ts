import type { DetokenizeOptions, MaskClient, ScanOptions } from '@mask/core';
import type { OutputWriter } from '../io/output.js';
import type { ProgressBar } from '../io/progress.js';

/** What a format processor does to values: scrub (tokenize) or rehydrate (put values back). */
export interface Codec {
  readonly direction: 'scrub' | 'rehydrate';
  /** One free text (a chunk of a text file, a line). */
  text(value: string): Promise<string>;
  /** Every string inside a structure, in one batched call (one vault round trip). */
  deep<T>(value: T): Promise<T>;
}

export function scrubCodec(client: MaskClient, scanOptions: ScanOptions): Codec {
  return {
    direction: 'scrub',
    text: (value) => client.scanAndTokenize(value, scanOptions),
    deep: (value) => client.deepEncode(value, scanOptions),
  };
}

export function rehydrateCodec(client: MaskClient, options: DetokenizeOptions = {}): Codec {
  return {
    direction: 'rehydrate',
    text: (value) => client.detokenizeText(value, options),
    deep: (value) => client.deepDecode(value, options),
  };
}

/** Shared by every processor: where output goes, progress, and how problems with one record are reported. */
export interface ProcessContext {
  readonly codec: Codec;
  readonly writer: OutputWriter;
  readonly progress: ProgressBar;
  /** Reports a problem with one record (never its content); processing continues. */
  readonly report: (line: number | undefined, message: string) => void;
}

export interface ProcessResult {
  /** Records (lines, rows, chunks) written. */
  readonly records: number;
  /** Records that were invalid for the format and were reported (and handled as text where possible). */
  readonly invalid: number;
  readonly bytes: number;
}

/**
 * JSON.parse messages quote the input around the error ("... "abc" is not valid JSON"): keep only the position.
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (/Unexpected end of JSON input/.test(message)) return 'invalid JSON (unexpected end)';
  return position === undefined ? 'invalid JSON' : `invalid JSON at column ${Number(position) + 1}`;
}
