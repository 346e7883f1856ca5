import type { MaskClient, ScanOptions } from '@mask/core';
import { MaskError } from '@mask/core';
import { COMMON_FLAGS, parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import { describeJsonError } from '../formats/codec.js';
import type { CliIo } from '../io/cli-io.js';
import { ensureReadable, openInput } from '../io/input.js';
import { type InputLine, readLines } from '../io/line-reader.js';
import { mapOrdered } from '../io/ordered.js';
import { OutputWriter } from '../io/output.js';
import { ProgressBar } from '../io/progress.js';
import { CLIENT_FLAGS, cliLogger, createDetector, scanOptionsFrom } from '../settings.js';

const FLAGS = { ...COMMON_FLAGS, ...CLIENT_FLAGS, concurrency: { type: 'string' } } as const;

export const DETECT_HELP = `Usage: mask detect [file] [options]

Reads JSON lines {"id": "...", "text": "..."} (stdin, or a file) and writes one JSON line per input, in input
order: {"id": "...", "entities": [{"type", "start", "end", "score"}]}. Offsets are UTF-16 code units into text.
One process handles any number of lines, streaming. No key is needed: nothing is tokenized.

A line that is not a valid record gets {"id": <id or null>, "line": N, "error": {"code", "message"}} in its
place (and a message on stderr); the other lines are processed and the exit code is 1.

Options:
  --entities <A,B>     only these entity types
  --categories <A,B>   only these categories
  --language <code>    language hint (en, es)
  --scanner <type>     MASK_SCANNER_TYPE (e.g. rules_only, local)
  --concurrency <n>    lines scanned at once (default 8; output order never changes)
  --no-progress        never draw the progress bar (drawn only when stderr is a terminal)
  -q, --quiet          no per-line messages on stderr
`;

interface Entity {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** `mask detect`: the JSON-lines contract of DESIGN.md. */
export async function runDetect(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('detect', args, FLAGS);
  if (values.help) {
    io.stdout.write(DETECT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError('detect takes at most one input file');
  const input = openInput(io, positionals[0]);
  await ensureReadable(input);
  const concurrency = Number(values.concurrency ?? 8);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new CliError('--concurrency must be a positive integer');
  const progress = new ProgressBar({
    stream: io.stderr,
    totalBytes: input.size,
    label: 'detect',
    enabled: values.progress !== false,
  });
  const detector = createDetector(
    io,
    values,
    cliLogger(io, () => progress.clear()),
  );
  const scanOptions = scanOptionsFrom(values);
  const writer = new OutputWriter(io.stdout);
  let bytes = 0;
  let invalid = 0;
  let records = 0;
  try {
    const lines = readLines(input.stream, { onBytes: (count) => (bytes = count) });
    const results = mapOrdered(nonBlank(lines), (line) => detectLine(detector, line, scanOptions), concurrency);
    for await (const result of results) {
      if ('error' in result) {
        invalid += 1;
        if (!values.quiet) {
          progress.clear();
          io.stderr.write(`mask: ${input.name}:${result.line}: ${result.error.message}\n`);
        }
      }
      await writer.write(`${JSON.stringify(result)}\n`);
      records += 1;
      progress.update(bytes, records);
    }
    progress.done();
    await writer.end(false);
  } finally {
    progress.clear();
    await detector.close();
  }
  return invalid > 0 ? EXIT.findings : EXIT.ok;
}

/** Blank lines carry no record: skipped, as JSON-lines readers do. */
async function* nonBlank(lines: AsyncIterable<InputLine>): AsyncGenerator<InputLine> {
  for await (const line of lines) if (line.tooLong || line.text.trim() !== '') yield line;
}

type DetectResult =
  | { id: unknown; entities: Entity[] }
  | { id: unknown; line: number; error: { code: string; message: string } };

async function detectLine(detector: MaskClient, line: InputLine, scanOptions: ScanOptions): Promise<DetectResult> {
  const fail = (id: unknown, code: string, message: string): DetectResult => ({
    id: id ?? null,
    line: line.number,
    error: { code, message },
  });
  if (line.tooLong) return fail(null, 'INVALID_INPUT', 'line longer than 64 MiB');
  let record: unknown;
  try {
    record = JSON.parse(line.text);
  } catch (error) {
    return fail(null, 'INVALID_INPUT', describeJsonError(error));
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail(null, 'INVALID_INPUT', 'expected an object {"id": string, "text": string}');
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  const idOk = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  if (!idOk) return fail(null, 'INVALID_INPUT', '"id" must be a string');
  if (typeof text !== 'string') return fail(id, 'INVALID_INPUT', '"text" must be a string');
  try {
    const spans = await detector.scan(text, scanOptions);
    return {
      id,
      entities: spans.map((span) => ({ type: span.type, start: span.start, end: span.end, score: round(span.score) })),
    };
  } catch (error) {
    if (MaskError.isInstance(error)) return fail(id, error.code, error.message);
    throw error;
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
