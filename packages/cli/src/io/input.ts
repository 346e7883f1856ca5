import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CliError } from '../cli-error.js';
import type { CliIo } from './cli-io.js';

export type DataFormat = 'text' | 'json' | 'jsonl' | 'csv' | 'tsv';
export const DATA_FORMATS: readonly DataFormat[] = ['text', 'json', 'jsonl', 'csv', 'tsv'];

export interface OpenedInput {
  readonly stream: Readable;
  /** Bytes, when the input is a regular file (for the progress bar). */
  readonly size: number | undefined;
  /** What messages call it: the path, or `stdin`. */
  readonly name: string;
}

/** Explains a file-system error code without echoing anything but the path the user typed. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    default:
      return code ?? 'unreadable';
  }
}

/** Opens a file (checked up front, so that a typo fails before any output) or stdin for `-`/no path. */
export function openInput(io: CliIo, path: string | undefined): OpenedInput {
  if (path === undefined || path === '-') return { stream: io.stdin, size: undefined, name: 'stdin' };
  const full = resolve(io.cwd, path);
  let size: number;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = stat.isFile() ? stat.size : 0;
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  const stream = createReadStream(full, { highWaterMark: 256 * 1024 });
  return { stream, size: size || undefined, name: path };
}

/** Waits until a read stream is open, so that EACCES surfaces as a clear error before processing starts. */
export async function ensureReadable(input: OpenedInput): Promise<void> {
  if (input.name === 'stdin') return;
  await new Promise<void>((done, fail) => {
    input.stream.once('open', () => done());
    input.stream.once('error', (error) => fail(new CliError(`cannot read ${input.name}: ${describeFsError(error)}`)));
  });
}

export interface OpenedOutput {
  readonly stream: Writable;
  readonly isFile: boolean;
}

export async function openOutput(io: CliIo, path: string | undefined): Promise<OpenedOutput> {
  if (path === undefined || path === '-') return { stream: io.stdout, isFile: false };
  const stream = createWriteStream(resolve(io.cwd, path));
  await new Promise<void>((done, fail) => {
    stream.once('open', () => done());
    stream.once('error', (error) => fail(new CliError(`cannot write ${path}: ${describeFsError(error)}`)));
  });
  return { stream, isFile: true };
}

/** `--format` wins; otherwise the file extension; stdin defaults to text. */
export function resolveFormat(flag: string | undefined, path: string | undefined): DataFormat {
  if (flag !== undefined) {
    const format = flag.toLowerCase() === 'ndjson' ? 'jsonl' : flag.toLowerCase();
    if (!(DATA_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`unknown format ${flag}`, 2, `use one of ${DATA_FORMATS.join(', ')}`);
    }
    return format as DataFormat;
  }
  switch (path ? extname(path).toLowerCase() : '') {
    case '.json':
      return 'json';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.csv':
      return 'csv';
    case '.tsv':
      return 'tsv';
    default:
      return 'text';
  }
}
