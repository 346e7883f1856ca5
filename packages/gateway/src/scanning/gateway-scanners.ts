import { LocalNerEngine, type NerEngine, PatternScanner, type Scanner, type Span, WaterfallScanner } from '@mask/core';

/** Prefix that marks spans found by a Tier 1 (NER) engine, so `tier1_action: "reject"` can tell them apart. */
const TIER1 = 'tier1:';

/** The two scanners behind the `ner` request option. */
export interface GatewayScanners {
  /** `ner: "auto"` / `"required"`: Tier 0, known entities, then the Tier 1 engines. */
  readonly full: Scanner;
  /** `ner: "rules_only"`: Tier 0 and known entities; never calls an NER engine. */
  readonly rules: Scanner;
  /** Whether any Tier 1 engine is configured (`ner: "required"` answers 422 when not). */
  readonly hasTier1: boolean;
}

/** Builds the gateway's scanners. `engines` defaults to the in-process `LocalNerEngine`. */
export function createGatewayScanners(options: {
  tier0?: Scanner | undefined;
  engines?: readonly (NerEngine | Scanner)[] | undefined;
}): GatewayScanners {
  const tier0 = options.tier0 ?? new PatternScanner();
  const engines = (options.engines ?? [new LocalNerEngine()]).map(tagTier1);
  return {
    full: new WaterfallScanner({ name: 'gateway', tier0, engines }),
    // The rules scanner shares tier 0 with the full one; only the full one closes it.
    rules: new WaterfallScanner({ name: 'gateway-rules', tier0, engines: [], closeChildren: false }),
    hasTier1: engines.length > 0,
  };
}

/** Whether a span came from a Tier 1 engine. */
export function isTier1(span: Span): boolean {
  return span.recognizer.startsWith(TIER1);
}

function tagTier1(engine: NerEngine | Scanner): NerEngine {
  const tag = (spans: Span[]) => spans.map((span) => ({ ...span, recognizer: `${TIER1}${span.recognizer}` }));
  return {
    name: engine.name,
    detect: async (text, options) =>
      tag('detect' in engine ? await engine.detect(text, options) : await engine.scan(text, options)),
    close: async () => {
      await engine.close?.();
    },
  };
}
