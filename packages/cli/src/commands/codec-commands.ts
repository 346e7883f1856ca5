import { MaskError } from '@mask/core';
import { COMMON_FLAGS, parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import type { CliIo } from '../io/cli-io.js';
import { readLines } from '../io/line-reader.js';
import { OutputWriter } from '../io/output.js';
import { CLIENT_FLAGS, cliLogger, createClient } from '../settings.js';

const FLAGS = { ...COMMON_FLAGS, ...CLIENT_FLAGS, type: { type: 'string' } } as const;

export const ENCODE_HELP = `Usage: mask encode [value] [options]

Turns one value into its token (the same value always gets the same token in a scope). Without a value,
reads stdin and encodes each line, so values stay out of shell history and the process list.

Options:
  --type <TYPE>   entity type (EMAIL_ADDRESS, CREDIT_CARD, ...); default: detected, else a PII placeholder
  --vault, --vault-path, --redis-url, --key-file, --tenant, --session   as for \`mask scrub\`
`;

export const DECODE_HELP = `Usage: mask decode [token] [options]

Turns one token back into its value (same key, vault and scope as when it was made). Without a token, reads
stdin and decodes each line. A token unknown in this scope is an error (exit 1), reported by line number.

Options:
  --vault, --vault-path, --redis-url, --key-file, --tenant, --session   as for \`mask scrub\`
`;

/** `mask encode` and `mask decode`: one value or token per argument or stdin line. */
export async function runCodecCommand(
  direction: 'encode' | 'decode',
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(direction, args, FLAGS);
  if (values.help) {
    io.stdout.write(direction === 'encode' ? ENCODE_HELP : DECODE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError(`${direction} takes one value (or none, to read stdin)`);
  const logger = values.quiet ? { warn: () => undefined } : cliLogger(io);
  const { client, vaultType, persistent } = createClient(io, values, logger);
  if (!persistent && direction === 'decode') {
    await client.close();
    throw new CliError(
      `decode needs the vault the token was written to, but the vault is "${vaultType}"`,
      EXIT.usage,
      'use --vault sqlite (or MASK_VAULT_TYPE=sqlite / redis) for encode and decode',
    );
  }
  if (!persistent && !values.quiet)
    logger.warn(`vault is "${vaultType}": these tokens cannot be decoded by another process`);
  const run = (text: string) =>
    direction === 'encode'
      ? client.encode(text, values.type ? { type: values.type.toUpperCase() } : {})
      : client.decode(text.trim());
  const writer = new OutputWriter(io.stdout);
  let failed = 0;
  const one = async (text: string, where: string) => {
    try {
      await writer.write(`${await run(text)}\n`);
    } catch (error) {
      if (!MaskError.isInstance(error) || error.code !== 'TOKEN_UNKNOWN') throw error;
      failed += 1;
      // An empty line keeps the output aligned with the input lines.
      await writer.write('\n');
      io.stderr.write(`mask: ${where}: token unknown in this scope [TOKEN_UNKNOWN]\n`);
    }
  };
  try {
    if (positionals[0] !== undefined) await one(positionals[0], 'argument');
    else {
      for await (const line of readLines(io.stdin)) {
        if (!line.tooLong && line.text !== '') await one(line.text, `stdin:${line.number}`);
      }
    }
    await writer.end(false);
  } finally {
    await client.close();
  }
  return failed > 0 ? EXIT.findings : EXIT.ok;
}
