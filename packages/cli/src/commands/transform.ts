import { COMMON_FLAGS, parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import { type Codec, type ProcessContext, type ProcessResult, rehydrateCodec, scrubCodec } from '../formats/codec.js';
import { processCsv } from '../formats/csv-format.js';
import { processJsonDocument } from '../formats/json-format.js';
import { processJsonLines } from '../formats/jsonl-format.js';
import { processText } from '../formats/text-format.js';
import type { CliIo } from '../io/cli-io.js';
import { ensureReadable, openInput, openOutput, resolveFormat } from '../io/input.js';
import { OutputWriter } from '../io/output.js';
import { ProgressBar } from '../io/progress.js';
import { CLIENT_FLAGS, cliLogger, createClient, scanOptionsFrom } from '../settings.js';

const FLAGS = {
  ...COMMON_FLAGS,
  ...CLIENT_FLAGS,
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  delimiter: { type: 'string' },
  'keep-header': { type: 'boolean' },
  strict: { type: 'boolean' },
} as const;

export const SCRUB_HELP = `Usage: mask scrub [file] [options]

Replaces every detected value with its token and prints the result. Reads stdin when no file is given.
Structure is kept: JSON and JSON lines keep their keys and shape, CSV its rows and columns.

Options:
  -f, --format <text|json|jsonl|csv|tsv>  input format (default: from the file extension, text for stdin)
  -o, --output <file>       write here instead of stdout
  --entities <A,B>          only these entity types (e.g. EMAIL_ADDRESS,US_SSN)
  --categories <A,B>        only these categories (e.g. CONTACT,FINANCIAL)
  --language <code>         language hint for context words and NER (en, es)
  --keep-header             CSV: leave the first row (column names) unscanned
  --delimiter <char>        CSV field separator (default , or TAB for tsv)
  --vault <type>            memory | sqlite | redis | ... (default MASK_VAULT_TYPE or memory)
  --vault-path <file>       SQLite vault file (MASK_SQLITE_PATH; default ~/.mask/vault.db)
  --redis-url <url>         Redis vault URL (MASK_REDIS_URL)
  --key-file <file>         read the master key from a file instead of MASK_MASTER_KEY
  --tenant <id>, --session <id>   token scope (rehydrate must use the same)
  --no-progress             never draw the progress bar (it is drawn only when stderr is a terminal)
  --json                    print a JSON summary (stderr, or stdout when -o is used)
  -q, --quiet               no warnings

Tokens must outlive this process for \`mask rehydrate\` to decode them elsewhere: use a persistent vault
(--vault sqlite, which keeps them in ~/.mask/vault.db, or MASK_VAULT_TYPE=redis) and the same key.
`;

export const REHYDRATE_HELP = `Usage: mask rehydrate [file] [options]

Puts the real values back in place of tokens issued by \`mask scrub\` (same key, vault and scope).
Reads stdin when no file is given. Same formats and options as \`mask scrub\`, plus:
  --strict                  fail on placeholder tokens this scope never issued (default: left as text)
`;

/** `mask scrub` and `mask rehydrate`. */
export async function runTransform(
  direction: 'scrub' | 'rehydrate',
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(direction, args, FLAGS);
  if (values.help) {
    io.stdout.write(
      direction === 'scrub' ? SCRUB_HELP : SCRUB_HELP.replace(/^[\s\S]*?Options:/, `${REHYDRATE_HELP}\nOptions:`),
    );
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError(`${direction} takes one input file (got ${positionals.length})`);
  const path = positionals[0];
  const format = resolveFormat(values.format, path);
  const input = openInput(io, path);
  await ensureReadable(input);

  const progress = new ProgressBar({
    stream: io.stderr,
    totalBytes: input.size,
    label: direction,
    enabled: values.progress !== false,
  });
  const logger = cliLogger(io, () => progress.clear());
  const { client, vaultType, persistent } = createClient(io, values, values.quiet ? { warn: () => undefined } : logger);
  if (!persistent && !values.quiet) {
    if (direction === 'rehydrate') {
      throw new CliError(
        `rehydrate needs the vault that scrub wrote to, but the vault is "${vaultType}" (it lives and dies with one process)`,
        2,
        'scrub and rehydrate with a persistent vault and the same key: --vault sqlite (or MASK_VAULT_TYPE=sqlite / redis)',
      );
    }
    logger.warn(
      `vault is "${vaultType}": tokens die with this process, so \`mask rehydrate\` cannot decode them later; use --vault sqlite (or MASK_VAULT_TYPE=sqlite / redis)`,
    );
  } else if (!persistent && direction === 'rehydrate') {
    throw new CliError(`rehydrate needs a persistent vault, not "${vaultType}"`, 2);
  }

  const output = await openOutput(io, values.output);
  const writer = new OutputWriter(output.stream);
  const codec: Codec =
    direction === 'scrub'
      ? scrubCodec(client, scanOptionsFrom(values))
      : rehydrateCodec(client, values.strict ? { strict: true } : {});
  let invalid = 0;
  const context: ProcessContext = {
    codec,
    writer,
    progress,
    report: (line, message) => {
      progress.clear();
      io.stderr.write(`mask: ${input.name}${line === undefined ? '' : `:${line}`}: ${message}\n`);
    },
  };
  const started = Date.now();
  let result: ProcessResult;
  try {
    switch (format) {
      case 'text':
        result = await processText(input.stream, context);
        break;
      case 'jsonl':
        result = await processJsonLines(input.stream, context);
        break;
      case 'json':
        result = await processJsonDocument(input.stream, context);
        break;
      case 'csv':
      case 'tsv':
        result = await processCsv(input.stream, context, {
          delimiter: values.delimiter ?? (format === 'tsv' ? '\t' : ','),
          keepHeader: values['keep-header'] === true,
        });
        break;
    }
    invalid = result.invalid;
    progress.update(result.bytes, result.records);
    progress.done();
    await writer.end(output.isFile);
  } finally {
    progress.clear();
    await client.close();
  }
  if (values.json) {
    const summary = {
      command: direction,
      input: input.name,
      format,
      records: result.records,
      invalid,
      bytes: result.bytes,
      seconds: (Date.now() - started) / 1000,
      vault: vaultType,
    };
    (output.isFile ? io.stdout : io.stderr).write(`${JSON.stringify(summary)}\n`);
  }
  if (invalid > 0 && !values.quiet) {
    io.stderr.write(`mask: ${invalid} invalid record(s) in ${input.name} were reported above and processed as text\n`);
  }
  return invalid > 0 ? EXIT.findings : EXIT.ok;
}
