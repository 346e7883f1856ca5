import { randomBytes } from 'node:crypto';
import { keyIdFor } from '@mask/core';
import { COMMON_FLAGS, parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import type { CliIo } from '../io/cli-io.js';

const FLAGS = {
  ...COMMON_FLAGS,
  encoding: { type: 'string' },
  id: { type: 'string' },
  env: { type: 'boolean' },
} as const;

export const KEYS_HELP = `Usage: mask keys generate [options]

Prints a new random 32-byte master key (from the operating system's CSPRNG). Nothing is stored anywhere:
put it in your secret store and export it as MASK_MASTER_KEY.

Options:
  --encoding <base64|hex>  key text encoding (default base64)
  --id <id>                print as a keyring entry "id:key" (append to MASK_MASTER_KEY to rotate)
  --env                    print "MASK_MASTER_KEY=<key>" (for a .env file)
  --json                   {"key", "id", "encoding"}; id is the public key id stored in vault records
`;

/** `mask keys generate`. */
export async function runKeys(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys', args, FLAGS);
  if (values.help || positionals.length === 0) {
    io.stdout.write(KEYS_HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (positionals[0] !== 'generate' || positionals.length > 1) {
    throw new CliError(`unknown keys subcommand ${positionals.join(' ')}`, 2, 'mask keys generate');
  }
  const encoding = values.encoding ?? 'base64';
  if (encoding !== 'base64' && encoding !== 'hex') throw new CliError('--encoding must be base64 or hex');
  if (values.id !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(values.id)) {
    throw new CliError('--id may hold letters, digits, ".", "_" and "-" (at most 64)');
  }
  const material = randomBytes(32);
  const text = material.toString(encoding);
  const entry = values.id === undefined ? text : `${values.id}:${text}`;
  const id = values.id ?? keyIdFor(new Uint8Array(material));
  material.fill(0);
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ key: entry, id, encoding })}\n`);
  } else if (values.env) {
    io.stdout.write(`MASK_MASTER_KEY=${entry}\n`);
  } else {
    io.stdout.write(`${entry}\n`);
  }
  if (io.stdout.isTTY && !values.json && !values.quiet) {
    io.stderr.write(`Key id ${id}. Keep the key secret; export it as MASK_MASTER_KEY for scrub and rehydrate.\n`);
  }
  return EXIT.ok;
}
