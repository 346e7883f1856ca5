import { MaskError } from '../errors/mask-error.js';
import { LocalNerEngine } from '../ner/local-ner-engine.js';
import { RemotePresidioScanner } from '../ner/remote-presidio-scanner.js';
import { WaterfallScanner } from '../ner/waterfall-scanner.js';
import { WorkerNerEngine } from '../ner/worker-ner-engine.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import type { Scanner } from '../scanner/scanner.js';
import type { EnvConfig } from './env-config.js';

/**
 * The scanner a client gets when none is passed, by `MASK_SCANNER_TYPE`:
 *
 * - `local` (default): Tier 0 recognizers, then the bundled local NER engine for PERSON / LOCATION /
 *   ORGANIZATION. In-process by default (0.25 ms p50 per KB: see docs/ner.md); with `MASK_NLP_MAX_WORKERS` or
 *   `MASK_NLP_TIMEOUT_SECONDS` set it runs in a worker-thread pool, off the event loop, where the timeout is
 *   enforced (`MaskNLPTimeout`; the text is never returned unscanned).
 * - `rules_only`: Tier 0 recognizers only (no names or places).
 * - `remote`: Tier 0, then a Presidio analyzer at `MASK_SCANNER_URL` (fail closed when it is down).
 */
export function createDefaultScanner(env: EnvConfig): Scanner {
  const tier0 = new PatternScanner(env.languages ? { languages: env.languages } : {});
  const type = env.scannerType ?? 'local';
  const timeoutMs = env.nlpTimeoutSeconds === undefined ? undefined : env.nlpTimeoutSeconds * 1000;
  switch (type) {
    case 'rules_only':
    case 'pattern':
      return tier0;
    case 'local':
      return new WaterfallScanner({
        tier0,
        engines: [
          env.nlpMaxWorkers === undefined && timeoutMs === undefined
            ? new LocalNerEngine()
            : new WorkerNerEngine({
                ...(env.nlpMaxWorkers ? { maxWorkers: env.nlpMaxWorkers } : {}),
                ...(timeoutMs ? { timeoutMs } : {}),
              }),
        ],
      });
    case 'remote': {
      if (!env.scannerUrl) throw new MaskError('CONFIG_INVALID', 'MASK_SCANNER_TYPE=remote needs MASK_SCANNER_URL');
      return new WaterfallScanner({
        tier0,
        engines: [new RemotePresidioScanner({ url: env.scannerUrl, ...(timeoutMs ? { timeoutMs } : {}) })],
      });
    }
    default:
      throw new MaskError('CONFIG_INVALID', 'MASK_SCANNER_TYPE must be local, rules_only or remote');
  }
}
