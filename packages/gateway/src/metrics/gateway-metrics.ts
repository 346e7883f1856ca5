/** Latency buckets in seconds. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Most distinct label sets per metric: labels come from a closed set, this only guards against surprises. */
const MAX_SERIES = 1000;
const LABEL_VALUE = /^[A-Za-z0-9_.:/-]{1,64}$/;

interface Series {
  value: number;
}

interface Counter {
  readonly help: string;
  /** Series by their rendered label set (`{route="/scrub",status="200"}`). */
  readonly series: Map<string, Series>;
  /** Hot-path memo for one-label counters: label name, then raw label value, to the series. */
  readonly byLabel: Map<string, Map<string | number, Series>>;
}

interface Histogram {
  /** Observations per bucket (not cumulative: one increment per observation; `render` sums them). */
  readonly counts: number[];
  sum: number;
  count: number;
}

/**
 * Prometheus metrics of the gateway. Labels are routes, status codes, entity types, reasons and key ids:
 * never a value, a text, a token or a map handle. Label values outside a safe character set become `other`.
 *
 * The per-request calls find their series through maps keyed by the raw label values, so that counting a
 * request builds no label string once its series exists.
 */
export class GatewayMetrics {
  readonly #counters = new Map<string, Counter>();
  /** Histograms by rendered label set, and the same histograms by route (the per-request path). */
  readonly #latency = new Map<string, Histogram>();
  readonly #latencyByRoute = new Map<string, Histogram>();
  /** `mask_gateway_requests_total` series by route, then status. */
  readonly #requests = new Map<string, Map<number, Series>>();

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
    const series = seriesFor(counter, labelKey(labels));
    if (series) series.value += by;
  }

  /** Adds to a counter with one label (the per-request path: no label string once the series exists). */
  incLabel(name: string, label: string, value: string | number, by = 1): void {
    const counter = this.#counters.get(name);
    if (!counter) return;
    let byValue = counter.byLabel.get(label);
    if (!byValue) {
      byValue = new Map();
      counter.byLabel.set(label, byValue);
    }
    let series = byValue.get(value);
    if (!series) {
      series = seriesFor(counter, labelKey({ [label]: value }));
      if (!series) return;
      // Raw values that render as `other` share one series; the memo itself stays bounded too.
      if (byValue.size < MAX_SERIES) byValue.set(value, series);
    }
    series.value += by;
  }

  /** Counts an answered request and records its duration: `mask_gateway_requests_total` and the histogram. */
  request(route: string, status: number, seconds: number): void {
    let byStatus = this.#requests.get(route);
    if (!byStatus) {
      byStatus = new Map();
      if (this.#requests.size < MAX_SERIES) this.#requests.set(route, byStatus);
    }
    let series = byStatus.get(status);
    if (!series) {
      series = seriesFor(this.#counters.get('mask_gateway_requests_total') as Counter, labelKey({ route, status }));
      if (series && byStatus.size < MAX_SERIES) byStatus.set(status, series);
    }
    if (series) series.value++;
    this.observe(route, seconds);
  }

  /** Records a request's duration for a route. */
  observe(route: string, seconds: number): void {
    let histogram = this.#latencyByRoute.get(route);
    if (!histogram) {
      const key = labelKey({ route });
      histogram = this.#latency.get(key);
      if (!histogram) {
        if (this.#latency.size >= MAX_SERIES) return;
        histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
        this.#latency.set(key, histogram);
      }
      if (this.#latencyByRoute.size < MAX_SERIES) this.#latencyByRoute.set(route, histogram);
    }
    let index = 0;
    while (index < BUCKETS.length && seconds > (BUCKETS[index] as number)) index++;
    if (index < BUCKETS.length) (histogram.counts[index] as number)++;
    histogram.sum += seconds;
    histogram.count++;
  }

  /** Current value of a counter series (for tests and health checks). */
  value(name: string, labels: Readonly<Record<string, string | number>> = {}): number {
    return this.#counters.get(name)?.series.get(labelKey(labels))?.value ?? 0;
  }

  /** The Prometheus text exposition (format 0.0.4). */
  render(): string {
    const lines: string[] = [];
    for (const [name, counter] of this.#counters) {
      lines.push(`# HELP ${name} ${counter.help}`, `# TYPE ${name} counter`);
      for (const [labels, series] of counter.series) lines.push(`${name}${labels} ${series.value}`);
    }
    const name = 'mask_gateway_request_duration_seconds';
    lines.push(`# HELP ${name} Time to answer a request, by route.`, `# TYPE ${name} histogram`);
    for (const [labels, histogram] of this.#latency) {
      const inner = labels.slice(1, -1);
      let cumulative = 0;
      BUCKETS.forEach((bound, index) => {
        cumulative += histogram.counts[index] as number;
        lines.push(`${name}_bucket{${inner},le="${bound}"} ${cumulative}`);
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
    this.#counters.set(name, { help, series: new Map(), byLabel: new Map() });
  }
}

/** The series of `key`, created when there is room; `undefined` once the counter holds `MAX_SERIES`. */
function seriesFor(counter: Counter, key: string): Series | undefined {
  let series = counter.series.get(key);
  if (!series) {
    if (counter.series.size >= MAX_SERIES) return undefined;
    series = { value: 0 };
    counter.series.set(key, series);
  }
  return series;
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
