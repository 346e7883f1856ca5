import { closeSync, createReadStream, type Dirent, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MaskClient, ScanOptions } from '@mask/core';
import { COMMON_FLAGS, parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import { type CliIo, colorsFor } from '../io/cli-io.js';
import { describeFsError } from '../io/input.js';
import { readLines } from '../io/line-reader.js';
import { ProgressBar } from '../io/progress.js';
import { CLIENT_FLAGS, cliLogger, createDetector, scanOptionsFrom } from '../settings.js';

const FLAGS = {
  ...COMMON_FLAGS,
  ...CLIENT_FLAGS,
  'min-score': { type: 'string' },
  'max-findings': { type: 'string' },
  fail: { type: 'boolean' },
  hidden: { type: 'boolean' },
} as const;

export const SCAN_HELP = `Usage: mask scan <paths...> [options]

Reports what Mask would catch in files and directories (recursively): per file, the count by entity type and
each finding as file:line:column TYPE score. Values are never printed. Binary files, node_modules, .git and
other hidden entries are skipped (--hidden includes hidden ones).

Exit code: 0 nothing found, 1 findings, 2 a path could not be read (the others are still scanned).

Options:
  --entities <A,B>      only these entity types
  --categories <A,B>    only these categories (e.g. SECRETS for a pre-commit check)
  --min-score <0..1>    ignore findings scored below this (default 0)
  --max-findings <n>    list at most n findings per file (counts stay exact; default 50, 0 = all)
  --no-fail             exit 0 even with findings
  --json                one JSON document on stdout: {files, totals, errors}
  --no-progress         never draw the progress bar
`;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', '.turbo', '.next', 'coverage']);
/** Scan units end at blank lines once this big (multi-line secrets stay whole) and anywhere past the hard limit. */
const SOFT_CHUNK = 256 * 1024;
const HARD_CHUNK = 4 * 1024 * 1024;

interface Finding {
  readonly line: number;
  readonly column: number;
  readonly type: string;
  readonly score: number;
}

interface FileReport {
  readonly path: string;
  readonly counts: Record<string, number>;
  readonly total: number;
  readonly findings: Finding[];
}

/** `mask scan`: findings per file, never values, with an exit code for CI. */
export async function runScan(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, FLAGS);
  if (values.help) {
    io.stdout.write(SCAN_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError('scan needs at least one path', 2, 'mask scan <paths...>');
  const minScore = Number(values['min-score'] ?? 0);
  if (!(minScore >= 0 && minScore <= 1)) throw new CliError('--min-score must be a number between 0 and 1');
  const maxFindings = Number(values['max-findings'] ?? 50);
  if (!Number.isInteger(maxFindings) || maxFindings < 0) throw new CliError('--max-findings must be an integer >= 0');

  const colors = colorsFor(io.stdout, io.env);
  const errors: { path: string; message: string }[] = [];
  const files: string[] = [];
  for (const path of positionals) collect(io, path, values.hidden === true, files, errors);
  const totalBytes = files.reduce((sum, file) => sum + safeSize(resolve(io.cwd, file)), 0);
  const progress = new ProgressBar({
    stream: io.stderr,
    totalBytes,
    label: 'scan',
    enabled: values.progress !== false && !values.json,
  });
  const detector = createDetector(
    io,
    values,
    cliLogger(io, () => progress.clear()),
  );
  const scanOptions = scanOptionsFrom(values);
  const reports: FileReport[] = [];
  let done = 0;
  try {
    for (const file of files) {
      try {
        const report = await scanFile(detector, io, file, scanOptions, minScore, (bytes) =>
          progress.update(done + bytes),
        );
        if (report === undefined) continue;
        if (report.total > 0) {
          reports.push(report);
          if (!values.json) {
            progress.clear();
            printReport(io, report, maxFindings, colors);
          }
        }
      } catch (error) {
        if (error instanceof CliError) errors.push({ path: file, message: error.message });
        else throw error;
      } finally {
        done += safeSize(resolve(io.cwd, file));
      }
    }
    progress.done();
  } finally {
    progress.clear();
    await detector.close();
  }
  for (const error of errors) io.stderr.write(`mask: ${error.path}: ${error.message}\n`);

  const totals: Record<string, number> = {};
  for (const report of reports)
    for (const [type, count] of Object.entries(report.counts)) totals[type] = (totals[type] ?? 0) + count;
  const findingCount = Object.values(totals).reduce((sum, count) => sum + count, 0);
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({
        files: reports.map((report) => ({
          ...report,
          findings: maxFindings === 0 ? report.findings : report.findings.slice(0, maxFindings),
        })),
        totals,
        scannedFiles: files.length,
        errors,
      })}\n`,
    );
  } else {
    const summary = Object.entries(totals)
      .sort((a, b) => b[1] - a[1])
      .map(([type, count]) => `${type} ${count}`)
      .join(', ');
    io.stdout.write(
      findingCount === 0
        ? `${colors.green('No findings')} in ${files.length} file(s)\n`
        : `${colors.bold(`${findingCount} finding(s)`)} in ${reports.length} of ${files.length} file(s): ${summary}\n`,
    );
  }
  if (errors.length > 0) return EXIT.usage;
  return findingCount > 0 && values.fail !== false ? EXIT.findings : EXIT.ok;
}

function printReport(io: CliIo, report: FileReport, maxFindings: number, colors: ReturnType<typeof colorsFor>): void {
  const counts = Object.entries(report.counts)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  io.stdout.write(`${colors.bold(report.path)}: ${report.total} finding(s) (${counts})\n`);
  const shown = maxFindings === 0 ? report.findings : report.findings.slice(0, maxFindings);
  for (const finding of shown) {
    io.stdout.write(
      `  ${report.path}:${finding.line}:${finding.column} ${colors.yellow(finding.type)} ${colors.dim(finding.score.toFixed(2))}\n`,
    );
  }
  if (shown.length < report.findings.length) {
    io.stdout.write(colors.dim(`  ... ${report.findings.length - shown.length} more (--max-findings 0 lists all)\n`));
  }
}

function collect(
  io: CliIo,
  path: string,
  hidden: boolean,
  files: string[],
  errors: { path: string; message: string }[],
) {
  const full = resolve(io.cwd, path);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(full);
  } catch (error) {
    errors.push({ path, message: `cannot read: ${describeFsError(error)}` });
    return;
  }
  if (stat.isFile()) {
    files.push(path);
    return;
  }
  if (!stat.isDirectory()) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch (error) {
    errors.push({ path, message: `cannot read directory: ${describeFsError(error)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (SKIPPED_DIRECTORIES.has(entry.name) && entry.isDirectory()) continue;
    if (!hidden && entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory() || entry.isFile()) collect(io, child, hidden, files, errors);
  }
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Scans one file in chunks of whole lines; returns undefined for binary files. */
async function scanFile(
  detector: MaskClient,
  io: CliIo,
  path: string,
  scanOptions: ScanOptions,
  minScore: number,
  onBytes: (bytes: number) => void,
): Promise<FileReport | undefined> {
  if (looksBinary(resolve(io.cwd, path))) return undefined;
  const stream = createReadStream(resolve(io.cwd, path), { highWaterMark: 256 * 1024 });
  const opened = new Promise<void>((done, fail) => {
    stream.once('open', () => done());
    stream.once('error', (error) => fail(new CliError(`cannot read: ${describeFsError(error)}`)));
  });
  await opened;
  const counts: Record<string, number> = {};
  const findings: Finding[] = [];
  let total = 0;
  let parts: string[] = [];
  let size = 0;
  let firstLine = 1;

  const flush = async () => {
    if (parts.length === 0) return;
    const text = parts.join('');
    const lineStarts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
      lineStarts.push(index + 1);
    const spans = await detector.scan(text, scanOptions);
    for (const span of spans) {
      if (span.score < minScore) continue;
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] as number) <= span.start) low = middle;
        else high = middle - 1;
      }
      counts[span.type] = (counts[span.type] ?? 0) + 1;
      total += 1;
      findings.push({
        line: firstLine + low,
        column: span.start - (lineStarts[low] as number) + 1,
        type: span.type,
        score: Math.round(span.score * 100) / 100,
      });
    }
    firstLine += lineStarts.length - (text.endsWith('\n') ? 1 : 0);
    parts = [];
    size = 0;
  };

  try {
    for await (const line of readLines(stream, { onBytes })) {
      const text = line.tooLong ? '' : line.text;
      parts.push(text, '\n');
      size += text.length + 1;
      if ((size >= SOFT_CHUNK && text.trim() === '') || size >= HARD_CHUNK) await flush();
    }
    await flush();
  } finally {
    stream.destroy();
  }
  return { path, counts, total, findings };
}

/** A NUL byte in the first 8 KiB marks a binary file (what git and grep assume too). */
function looksBinary(path: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw new CliError(`cannot read: ${describeFsError(error)}`);
  }
  try {
    const buffer = Buffer.alloc(8192);
    const read = readSync(descriptor, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).includes(0);
  } finally {
    closeSync(descriptor);
  }
}
