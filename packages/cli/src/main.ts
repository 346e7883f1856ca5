import { readFileSync } from 'node:fs';
import { MaskError } from '@mask/core';
import { CliError, EXIT } from './cli-error.js';
import { runCodecCommand } from './commands/codec-commands.js';
import { runDemo } from './commands/demo.js';
import { runDetect } from './commands/detect.js';
import { runKeys } from './commands/keys.js';
import { runScan } from './commands/scan.js';
import { runServe } from './commands/serve.js';
import { runTransform } from './commands/transform.js';
import { type CliIo, processIo } from './io/cli-io.js';

export const MAIN_HELP = `mask: a just-in-time privacy layer for AI agents, from the command line.

Usage: mask <command> [options]

Commands:
  detect            JSON lines {"id","text"} in, one {"id","entities"} line out per input (no key needed)
  scrub [file]      replace detected values with tokens (text, JSON, JSON lines, CSV; structure kept)
  rehydrate [file]  put the values back in place of tokens (same key, vault and scope as scrub)
  encode [value]    one value (or each stdin line) to its token
  decode [token]    one token (or each stdin line) back to its value
  scan <paths...>   report findings per file (counts by type, file:line, never values); exit 1 on findings
  keys generate     print a new master key
  serve             start the HTTP gateway and the local playground page
  demo              an offline walk-through: a tool result full of PII, what the model sees, what the tool gets

Run \`mask <command> --help\` for its options. Settings come from MASK_* variables (MASK_MASTER_KEY,
MASK_VAULT_TYPE, MASK_SQLITE_PATH, MASK_REDIS_URL, MASK_DLP_CATEGORIES, ...); flags win over them.
`;

/** Hints for the error codes a person at a terminal meets most. */
const HINTS: Partial<Record<string, string>> = {
  KEY_MISSING:
    'create a key with `mask keys generate`, then `export MASK_MASTER_KEY=<key>` (or pass --key-file <file>); scrub and rehydrate need the same key',
  KEY_INVALID: 'a key is 32 bytes written as base64 or 64 hex characters; `mask keys generate` prints one',
  KEY_NOT_FOUND:
    'the vault holds tokens written with a key that is not in MASK_MASTER_KEY: add the old key to the keyring',
  CONFIG_INVALID: 'check the MASK_* variable or flag the message names',
  VAULT_CONNECTION: 'the vault is unreachable: nothing was written unmasked (fail-closed)',
  DECRYPT_FAILED: 'the vault record does not open with this key and scope (another key, tenant or session?)',
};

/** Runs the `mask` command line; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(MAIN_HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case '--version':
      case '-v':
      case 'version':
        io.stdout.write(`${version()}\n`);
        return EXIT.ok;
      case 'detect':
        return await runDetect(rest, io);
      case 'scrub':
        return await runTransform('scrub', rest, io);
      case 'rehydrate':
        return await runTransform('rehydrate', rest, io);
      case 'encode':
      case 'decode':
        return await runCodecCommand(command, rest, io);
      case 'scan':
        return await runScan(rest, io);
      case 'keys':
        return await runKeys(rest, io);
      case 'serve':
        return await runServe(rest, io);
      case 'demo':
        return await runDemo(rest, io);
      default:
        throw new CliError(`unknown command ${command}`, EXIT.usage, 'run `mask --help` for the list');
    }
  } catch (error) {
    return reportError(io, error);
  }
}

/** Prints an error without input data: CliErrors and MaskErrors carry safe messages; anything else only its class. */
export function reportError(io: CliIo, error: unknown): number {
  if (error instanceof CliError) {
    io.stderr.write(`mask: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
    return error.exitCode;
  }
  if (MaskError.isInstance(error)) {
    const hint = HINTS[error.code];
    io.stderr.write(`mask: ${error.message} [${error.code}]\n${hint ? `hint: ${hint}\n` : ''}`);
    return ['KEY_MISSING', 'KEY_INVALID', 'CONFIG_INVALID', 'INVALID_INPUT'].includes(error.code)
      ? EXIT.usage
      : EXIT.failure;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') return EXIT.ok;
  const name = error instanceof Error ? error.name : typeof error;
  io.stderr.write(`mask: unexpected ${name}${code ? ` (${code})` : ''}; run with MASK_DEBUG=1 for the stack\n`);
  // Frames only: the first line of a stack is the message, which may quote input (JSON.parse does).
  if (io.env.MASK_DEBUG && error instanceof Error && error.stack) {
    io.stderr.write(
      `${error.stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n')}\n`,
    );
  }
  return EXIT.failure;
}

function version(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return manifest.version;
  } catch {
    return 'unknown';
  }
}
