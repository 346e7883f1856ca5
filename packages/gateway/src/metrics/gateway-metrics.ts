/** Latency buckets in seconds. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Most distinct label sets per metric: labels come from a closed set, this only guards against surprises. */
const MAX_SERIES = 1000;
const LABEL_VALUE = /^[A-Za-z0-9_.:/-]{1,64}$/;

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/**
 * Prometheus metrics of the gateway. Labels are routes, status codes, entity types, reasons and key ids:
 * never a value, a text, a token or a map handle. Label values outside a safe character set become `other`.
 */
export class GatewayMetrics {
  readonly #counters = new Map<string, { help: string; series: Map<string, number> }>();
  readonly #latency = new Map<string, Histogram>();

  constructor() {
    this.#define('mask_gateway_requests_total', 'HTTP requests answered, by route and status.');
    this.#define('mask_gateway_entities_total', 'Entities tokenized, by entity type.');
    this.#define('mask_gateway_tokens_rehydrated_total', 'Tokens put back into text, by entity type.');
    this.#define(
      'mask_gateway_fail_closed_total',
      'Requests refused to protect data (scanner, vault, upstream), by reason.',
    );
    this.#define('mask_gateway_rate_limited_total', 'Requests refused by a rate limit, by limit.');
    this.#define('mask_gateway_unknown_tokens_total', 'Unknown placeholder tokens seen in text to rehydrate.');
    this.#define('mask_gateway_token_repairs_total', 'Drifted tokens repaired on /rehydrate.');
    this.#define('mask_gateway_stream_aborts_total', 'Proxied streams cut short, by side (upstream or client).');
  }

  /** Adds to a counter. */
  inc(name: string, labels: Readonly<Record<string, string | number>> = {}, by = 1): void {
    const counter = this.#counters.get(name);
    if (!counter) return;
    const key = labelKey(labels);
    if (!counter.series.has(key) && counter.series.size >= MAX_SERIES) return;
    counter.series.set(key, (counter.series.get(key) ?? 0) + by);
  }

  /** Records a request's duration for a route. */
  observe(route: string, seconds: number): void {
    const key = labelKey({ route });
    let histogram = this.#latency.get(key);
    if (!histogram) {
      if (this.#latency.size >= MAX_SERIES) return;
      histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.#latency.set(key, histogram);
    }
    for (let index = 0; index < BUCKETS.length; index++) {
      if (seconds <= (BUCKETS[index] as number)) (histogram.counts[index] as number)++;
    }
    histogram.sum += seconds;
    histogram.count++;
  }

  /** Current value of a counter series (for tests and health checks). */
  value(name: string, labels: Readonly<Record<string, string | number>> = {}): number {
    return this.#counters.get(name)?.series.get(labelKey(labels)) ?? 0;
  }

  /** The Prometheus text exposition (format 0.0.4). */
  render(): string {
    const lines: string[] = [];
    for (const [name, counter] of this.#counters) {
      lines.push(`# HELP ${name} ${counter.help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of counter.series) lines.push(`${name}${labels} ${value}`);
    }
    const name = 'mask_gateway_request_duration_seconds';
    lines.push(`# HELP ${name} Time to answer a request, by route.`, `# TYPE ${name} histogram`);
    for (const [labels, histogram] of this.#latency) {
      const inner = labels.slice(1, -1);
      BUCKETS.forEach((bound, index) => {
        lines.push(`${name}_bucket{${inner},le="${bound}"} ${histogram.counts[index]}`);
      });
      lines.push(`${name}_bucket{${inner},le="+Inf"} ${histogram.count}`);
      lines.push(`${name}_sum${labels} ${histogram.sum}`, `${name}_count${labels} ${histogram.count}`);
    }
    const memory = process.memoryUsage();
    lines.push(
      '# HELP mask_gateway_process_heap_bytes V8 heap in use.',
      '# TYPE mask_gateway_process_heap_bytes gauge',
      `mask_gateway_process_heap_bytes ${memory.heapUsed}`,
      '# HELP mask_gateway_process_rss_bytes Resident set size.',
      '# TYPE mask_gateway_process_rss_bytes gauge',
      `mask_gateway_process_rss_bytes ${memory.rss}`,
    );
    return `${lines.join('\n')}\n`;
  }

  #define(name: string, help: string): void {
    this.#counters.set(name, { help, series: new Map() });
  }
}

function labelKey(labels: Readonly<Record<string, string | number>>): string {
  const names = Object.keys(labels);
  if (names.length === 0) return '';
  const parts = names.sort().map((name) => {
    const raw = String(labels[name]);
    return `${name}="${LABEL_VALUE.test(raw) ? raw : 'other'}"`;
  });
  return `{${parts.join(',')}}`;
}
