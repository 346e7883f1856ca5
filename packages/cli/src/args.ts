import { type ParseArgsConfig, parseArgs } from 'node:util';

type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

import { CliError } from './cli-error.js';

/** node:util parseArgs with errors turned into usage errors that name the command's help. */
export function parseCommandArgs<TOptions extends ParseArgsOptions>(
  command: string,
  args: readonly string[],
  options: TOptions,
): { values: ParsedValues<TOptions>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, allowNegative: true });
    return { values: parsed.values as ParsedValues<TOptions>, positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : 'invalid arguments';
    throw new CliError(`${command}: ${message}`, 2, `run \`mask ${command} --help\``);
  }
}

export const COMMON_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
} as const;

/** The parsed value of each flag: a string or a boolean, as its `type` says; absent flags are undefined. */
export type ParsedValues<TOptions extends ParseArgsOptions> = {
  [K in keyof TOptions]?: TOptions[K] extends { type: 'string' } ? string : boolean;
};
