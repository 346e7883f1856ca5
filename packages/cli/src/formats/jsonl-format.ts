import type { Readable } from 'node:stream';
import { type InputLine, readLines } from '../io/line-reader.js';
import { mapOrdered } from '../io/ordered.js';
import { describeJsonError, type ProcessContext, type ProcessResult } from './codec.js';
import { JsonRecord } from './json-numbers.js';

const BATCH_LINES = 256;
const BATCH_CHARS = 1024 * 1024;

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
    const results = await context.codec.deep(values);
    let out = '';
    batch.forEach((item, index) => {
      const result = results[index];
      if (item.kind === 'json') out += item.record.serialize(result) + item.line.eol;
      else if (item.kind === 'text') out += String(result) + item.line.eol;
      else out += item.line.text + item.line.eol;
    });
    return out;
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
