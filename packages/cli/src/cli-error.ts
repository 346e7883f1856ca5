/** Exit codes of the `mask` command (documented in the README). */
export const EXIT = {
  /** Everything processed, nothing to report. */
  ok: 0,
  /** Processed, with findings (`mask scan`) or with invalid input records that were reported on stderr. */
  findings: 1,
  /** Usage or configuration error: bad flag, missing key, unreadable file. Nothing was processed. */
  usage: 2,
  /** Runtime failure (vault or scanner unreachable): processing stopped, fail-closed. */
  failure: 3,
} as const;

/** An error meant for the person at the terminal: a message, a hint, an exit code. Never holds input data. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
