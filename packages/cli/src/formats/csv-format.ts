import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { CliError } from '../cli-error.js';
import { mapOrdered } from '../io/ordered.js';
import type { ProcessContext, ProcessResult } from './codec.js';

const BATCH_ROWS = 256;

export interface CsvOptions {
  /** Field separator. @default ',' (TAB for tsv) */
  readonly delimiter: string;
  /** Leave the first row as it is (column names). @default false: every row is scanned, fail-closed */
  readonly keepHeader: boolean;
}

/**
 * CSV/TSV, streamed row by row with csv-parse: every cell is processed (cells holding JSON are walked),
 * columns and quoting rules kept, rows written back with csv-stringify. Ragged rows are kept as they are.
 */
export async function processCsv(
  input: Readable,
  context: ProcessContext,
  options: CsvOptions,
): Promise<ProcessResult> {
  let bytes = 0;
  input.on('data', (chunk: Buffer | string) => {
    bytes += chunk.length;
  });
  const parser = input.pipe(
    parse({
      delimiter: options.delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  let header: string[] | undefined;
  async function* batches(): AsyncGenerator<string[][]> {
    let batch: string[][] = [];
    for await (const record of parser as AsyncIterable<string[]>) {
      if (options.keepHeader && header === undefined) {
        header = record;
        continue;
      }
      batch.push(record);
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  let records = 0;
  const format = (rows: string[][]) => stringify(rows, { delimiter: options.delimiter, record_delimiter: 'unix' });
  try {
    for await (const rows of mapOrdered(batches(), (batch) => context.codec.deep(batch), 2)) {
      if (header !== undefined && records === 0) await context.writer.write(format([header]));
      await context.writer.write(format(rows));
      records += rows.length;
      context.progress.update(bytes, records);
    }
    if (header !== undefined && records === 0) await context.writer.write(format([header]));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && (code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE')) {
      const line = (error as { lines?: number }).lines;
      throw new CliError(
        `invalid CSV${line === undefined ? '' : ` at line ${line}`} (${code}); ${records} rows were written before it`,
        3,
      );
    }
    throw error;
  }
  return { records, invalid: 0, bytes };
}
