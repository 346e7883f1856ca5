/**
 * Where Mask writes operational warnings (fail-open notices, development keys). Fields never carry
 * plaintext, keys or token maps: only codes, entity types, counts and backend names.
 */
export interface MaskLogger {
  warn(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void;
}

/** Default logger: one line per warning on stderr. */
export const stderrLogger: MaskLogger = {
  warn(message, fields) {
    process.stderr.write(`[mask] warn: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`);
  },
};
