import type { Readable } from 'node:stream';
import { readLines } from '../io/line-reader.js';
import { mapOrdered } from '../io/ordered.js';
import type { ProcessContext, ProcessResult } from './codec.js';

/** Scrub chunks end at a blank line once this big, so that multi-line values (PEM keys) stay whole. */
const SOFT_CHUNK = 256 * 1024;
/** Past this, a chunk ends at any line break (memory stays bounded on text without blank lines). */
const HARD_CHUNK = 4 * 1024 * 1024;
/** Tokens never span lines, so rehydration can cut anywhere between lines. */
const REHYDRATE_CHUNK = 64 * 1024;

/**
 * Plain text, streamed in chunks of whole lines. Scrubbing cuts between paragraphs (at blank lines) so that
 * an entity spread over lines is scanned in one piece; a line longer than 64 MiB is reported and skipped.
 */
export async function processText(input: Readable, context: ProcessContext): Promise<ProcessResult> {
  let bytes = 0;
  let invalid = 0;
  const scrub = context.codec.direction === 'scrub';
  async function* chunks(): AsyncGenerator<string> {
    let parts: string[] = [];
    let size = 0;
    for await (const line of readLines(input, { onBytes: (count) => (bytes = count) })) {
      context.progress.update(bytes);
      if (line.tooLong) {
        invalid += 1;
        context.report(line.number, 'line longer than 64 MiB, skipped');
        continue;
      }
      parts.push(line.text, line.eol);
      size += line.text.length + line.eol.length;
      const boundary = scrub
        ? (size >= SOFT_CHUNK && line.text.trim() === '') || size >= HARD_CHUNK
        : size >= REHYDRATE_CHUNK;
      if (boundary) {
        yield parts.join('');
        parts = [];
        size = 0;
      }
    }
    if (parts.length > 0) yield parts.join('');
  }
  let records = 0;
  for await (const text of mapOrdered(chunks(), (chunk) => context.codec.text(chunk), 2)) {
    await context.writer.write(text);
    records += 1;
  }
  return { records, invalid, bytes };
}
