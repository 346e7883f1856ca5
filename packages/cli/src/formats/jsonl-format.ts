import type { Readable } from 'node:stream';
import { MaskError } from '@mask/core';
import { type InputLine, readLines } from '../io/line-reader.js';
import { mapOrdered } from '../io/ordered.js';
import { describeJsonError, type ProcessContext, type ProcessResult } from './codec.js';
import { JsonRecord } from './json-numbers.js';

const BATCH_LINES = 256;
// Two batches are in flight: 512 KiB each keeps a scrub's peak memory under 180 MiB (1 MiB batches took it to 195 MiB
// once the scanner read tables, keys and base64 in every string).
const BATCH_CHARS = 512 * 1024;

type Item =
  | { readonly kind: 'blank'; readonly line: InputLine }
  | { readonly kind: 'json'; readonly line: InputLine; readonly record: JsonRecord }
  | { readonly kind: 'text'; readonly line: InputLine };

/**
 * JSON lines, streamed in batches (one codec call per batch). A line that is not valid JSON is reported with
 * its number and handled as text (scrubbed or rehydrated as a string, then written as it was otherwise), so
 * nothing is lost and nothing passes through unscanned. Blank lines are kept.
 */
export async function processJsonLines(input: Readable, context: ProcessContext): Promise<ProcessResult> {
  let bytes = 0;
  let invalid = 0;
  async function* batches(): AsyncGenerator<Item[]> {
    let batch: Item[] = [];
    let chars = 0;
    for await (const line of readLines(input, { onBytes: (count) => (bytes = count) })) {
      if (line.tooLong) {
        invalid += 1;
        context.report(line.number, 'line longer than 64 MiB, skipped');
        continue;
      }
      if (line.text.trim() === '') {
        batch.push({ kind: 'blank', line });
      } else {
        try {
          batch.push({ kind: 'json', line, record: JsonRecord.parse(line.text) });
        } catch (error) {
          invalid += 1;
          context.report(line.number, `${describeJsonError(error)}; ${pastTense(context)} as text`);
          batch.push({ kind: 'text', line });
        }
      }
      chars += line.text.length;
      if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) {
        yield batch;
        batch = [];
        chars = 0;
      }
    }
    if (batch.length > 0) yield batch;
  }
  const run = async (batch: Item[]): Promise<string> => {
    const values = batch.map((item) =>
      item.kind === 'json' ? item.record.value : item.kind === 'text' ? item.line.text : '',
    );
    let results: unknown[];
    const asText = new Set<number>();
    try {
      results = await context.codec.deep(values);
    } catch (error) {
      if (!isTooDeep(error)) throw error;
      results = await perRecord(batch, values, asText);
    }
    let out = '';
    batch.forEach((item, index) => {
      const result = results[index];
      if (asText.has(index)) out += String(result) + item.line.eol;
      else if (item.kind === 'json') out += item.record.serialize(result) + item.line.eol;
      else if (item.kind === 'text') out += String(result) + item.line.eol;
      else out += item.line.text + item.line.eol;
    });
    return out;
  };
  /**
   * A record nested deeper than the walker goes fails its whole batch: redo the batch record by record, and
   * handle the deep one as text (its string form scanned as a whole), so the others keep their structure.
   */
  const perRecord = async (batch: Item[], values: unknown[], asText: Set<number>): Promise<unknown[]> => {
    const results: unknown[] = [];
    for (const [index, item] of batch.entries()) {
      try {
        results.push((await context.codec.deep([values[index]]))[0]);
      } catch (error) {
        if (!isTooDeep(error) || item.kind !== 'json') throw error;
        invalid += 1;
        context.report(item.line.number, `nested too deeply; ${pastTense(context)} as text`);
        results.push(await context.codec.text(item.line.text));
        asText.add(index);
      }
    }
    return results;
  };
  let records = 0;
  for await (const [text, count] of mapOrdered(
    batches(),
    async (batch) => [await run(batch), batch.length] as const,
    2,
  )) {
    await context.writer.write(text);
    records += count;
    context.progress.update(bytes, records);
  }
  return { records, invalid, bytes };
}

function pastTense(context: ProcessContext): string {
  return context.codec.direction === 'scrub' ? 'scrubbed' : 'rehydrated';
}

function isTooDeep(error: unknown): boolean {
  return MaskError.isInstance(error) && error.code === 'DEPTH_LIMIT_EXCEEDED';
}
