import type { Readable } from 'node:stream';
import { CliError } from '../cli-error.js';
import { describeJsonError, type ProcessContext, type ProcessResult } from './codec.js';
import { JsonRecord } from './json-numbers.js';

/** A single JSON document is parsed whole (JSON has no record boundary to stream on): use JSON lines for big data. */
const MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;

/** One JSON document: every string inside is processed, keys order and indentation kept. */
export async function processJsonDocument(input: Readable, context: ProcessContext): Promise<ProcessResult> {
  const parts: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > MAX_DOCUMENT_BYTES) {
      throw new CliError(
        'JSON document larger than 512 MiB',
        2,
        'write it as JSON lines (one record a line) and use --format jsonl',
      );
    }
    parts.push(buffer);
    context.progress.update(bytes);
  }
  let text = Buffer.concat(parts).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let record: JsonRecord;
  try {
    record = JsonRecord.parse(text);
  } catch (error) {
    throw new CliError(
      `input is not a JSON document: ${describeJsonError(error)}`,
      2,
      'use --format text or --format jsonl',
    );
  }
  const result = await context.codec.deep(record.value);
  const trailing = /\r?\n$/.exec(text)?.[0] ?? '';
  await context.writer.write(record.serialize(result, detectIndent(text)) + trailing);
  return { records: 1, invalid: 0, bytes };
}

/** The indentation of the first indented line, so that a pretty-printed file stays pretty-printed. */
function detectIndent(text: string): string | undefined {
  const match = /\n([ \t]+)\S/.exec(text.slice(0, 64 * 1024));
  return match?.[1];
}
