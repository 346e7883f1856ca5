import { PatternScanner } from '../pii/pattern-scanner.js';
import type { Scanner } from '../scanner/scanner.js';
import type { EnvConfig } from './env-config.js';

/**
 * The scanner a client gets when none is passed: Tier 0 recognizers (checksummed identifiers, secrets,
 * contact data). `MASK_SCANNER_TYPE` picks other engines.
 */
export function createDefaultScanner(env: EnvConfig): Scanner {
  return new PatternScanner(env.languages ? { languages: env.languages } : {});
}
