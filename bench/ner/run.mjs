// NER benchmark: precision / recall / F1 per type for each engine on ner-dev.json, and latency per 1 KB
// document for the default engine and for compromise used plainly, in the same run.
// Usage: pnpm --filter @mask/core build && node bench/ner/run.mjs [--quick] [--baseline <core dir>
//        [--baseline-label <what it is>]]
// `--baseline` names another build of packages/core (a directory with its package.json and dist, e.g. an
// earlier commit built elsewhere): its CPU cost per document is measured in turn with this build's.
// Writes bench/ner/RESULTS.md.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { kilobyteDocuments, measureCpu } from './cpu.mjs';
import { DATASET_PATH, EVALUATED_TYPES, loadDataset } from './dataset.mjs';
import { evaluate } from './metrics.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const coreRequire = createRequire(join(here, '../../packages/core/package.json'));
const core = await import(coreRequire.resolve('@mask/core'));
const nlp = coreRequire('compromise');
const quick = process.argv.includes('--quick');
const baselineAt = process.argv.indexOf('--baseline');
const baseline = baselineAt >= 0 ? process.argv[baselineAt + 1] : undefined;
const labelAt = process.argv.indexOf('--baseline-label');
const baselineLabel = labelAt >= 0 ? process.argv[labelAt + 1] : baseline;

// ---------------------------------------------------------------- engines under test
const local = new core.LocalNerEngine();
const waterfall = new core.WaterfallScanner({ tier0: new core.PatternScanner(), engines: [local] });
const COMPROMISE_TYPES = { people: 'PERSON', places: 'LOCATION', organizations: 'ORGANIZATION' };

/** compromise used plainly: `.people()`, `.places()`, `.organizations()` with the offsets it reports. */
function compromiseSpans(text) {
  const doc = nlp(text);
  const spans = [];
  for (const [method, type] of Object.entries(COMPROMISE_TYPES)) {
    for (const match of doc[method]().json({ offset: true })) {
      const { start, length } = match.offset;
      spans.push({ type, start, end: start + length, score: 1, recognizer: 'compromise' });
    }
  }
  return spans;
}

const engines = [
  { name: 'mask-ner (LocalNerEngine, default)', run: (text) => local.detectSync(text) },
  { name: 'compromise 14 used plainly', run: compromiseSpans },
];

// ---------------------------------------------------------------- accuracy
const halves = { all: loadDataset(), tune: loadDataset({ half: 'tune' }), holdout: loadDataset({ half: 'holdout' }) };
const accuracy = [];
for (const engine of engines) {
  for (const [half, documents] of Object.entries(halves)) {
    const { scores } = evaluate(documents, (document) => engine.run(document.text));
    accuracy.push({ engine: engine.name, half, documents: documents.length, scores });
  }
}
// The whole waterfall (Tier 0 patterns + excision + mask-ner), async, on the whole set.
{
  const predictions = new Map();
  for (const document of halves.all) predictions.set(document.id, await waterfall.scan(document.text));
  const { scores } = evaluate(halves.all, (document) => predictions.get(document.id));
  accuracy.push({
    engine: 'WaterfallScanner (PatternScanner + mask-ner)',
    half: 'all',
    documents: halves.all.length,
    scores,
  });
}

// ---------------------------------------------------------------- latency per 1 KB document
function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), n: sorted.length };
}

/** Per-call latency, calls issued one at a time. */
async function single(call, documents) {
  const samples = [];
  for (const text of documents) {
    const started = performance.now();
    await call(text);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** Per-call latency (issue to settle) with 8 calls in flight at all times. */
async function concurrent(call, documents, inFlight = 8) {
  const samples = [];
  let next = 0;
  async function lane() {
    while (next < documents.length) {
      const text = documents[next++];
      const started = performance.now();
      await call(text);
      samples.push(performance.now() - started);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, lane));
  const wall = performance.now() - started;
  return { ...summarize(samples), throughput: (documents.length / wall) * 1000 };
}

const COUNT = quick ? 200 : 1000;
const documents = kilobyteDocuments(COUNT);
const warm = kilobyteDocuments(50);
const latency = [];
async function measure(name, call, { close } = {}) {
  for (const text of warm) await call(text);
  latency.push({ name, mode: 'single call', ...(await single(call, documents)) });
  latency.push({ name, mode: '8 concurrent calls', ...(await concurrent(call, documents)) });
  await close?.();
}
await measure('mask-ner, in process (detect)', (text) => local.detect(text));
for (const maxWorkers of [1, 2]) {
  const pool = new core.WorkerNerEngine({ maxWorkers, timeoutMs: 30_000 });
  await measure(`mask-ner, WorkerNerEngine maxWorkers=${maxWorkers}`, (text) => pool.detect(text), {
    close: () => pool.close(),
  });
}
await measure('WaterfallScanner (PatternScanner + mask-ner in process)', (text) => waterfall.scan(text));
await measure('compromise 14 used plainly, in process', async (text) => compromiseSpans(text));

// ---------------------------------------------------------------- CPU time per 1 KB document
const cpuBuilds = [
  ...(baseline ? [{ name: 'baseline', directory: baseline }] : []),
  { name: 'this build', directory: join(here, '../../packages/core') },
];
const cpuRows = measureCpu({ builds: cpuBuilds, rounds: quick ? 3 : 5, repeats: quick ? 1 : 3 });

// ---------------------------------------------------------------- report
const fixed = (value, digits = 3) => value.toFixed(digits);
/** A Markdown table with padded columns (the layout the repository's formatter keeps). */
function table(header, rows) {
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) => `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)];
}
const lines = [];
lines.push('# NER benchmark results', '');
lines.push(
  `Generated by \`node bench/ner/run.mjs${quick ? ' --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}.`,
);
lines.push(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}; load average`,
  `${loadavg()[0].toFixed(1)} when the report was written (other jobs share the machine: latency varies between runs).`,
);
lines.push(
  `Data: \`${DATASET_PATH.split('/').slice(-3).join('/')}\` (${halves.all.length} documents; code-point offsets converted to UTF-16).`,
);
lines.push('');
lines.push('## Accuracy (strict: type, start and end must all match)', '');
lines.push(
  'Split by template_id: `tune` = even templates (every rule was written from errors on these only), `holdout` =',
  'odd templates (only their aggregate scores were printed between rounds; no holdout error was ever inspected),',
  '`all` = both. Predictions overlapping a gold span of a type outside',
  `${EVALUATED_TYPES.join(' / ')} (ADDRESS, TITLE, DATE_TIME, ...) are ignored, neither right nor wrong.`,
  '',
);
const accuracyRows = accuracy.flatMap((row) =>
  EVALUATED_TYPES.map((type) => {
    const score = row.scores[type];
    return [row.engine, row.half, type, fixed(score.precision), fixed(score.recall), fixed(score.f1), score.support];
  }),
);
lines.push(...table(['engine', 'half', 'type', 'precision', 'recall', 'F1', 'support'], accuracyRows));
lines.push('', '## Latency per 1 KB document', '');
lines.push(
  `${COUNT} documents of 1,024 UTF-16 units built from the dev set; per-call time from issue to answer, in ms.`,
  '"8 concurrent calls" keeps 8 calls in flight; in-process engines are synchronous underneath, so their calls',
  'queue on the event loop; the worker pool runs them on worker threads.',
  '',
);
const latencyRows = latency.map((row) => [
  row.name,
  row.mode,
  fixed(row.p50, 2),
  fixed(row.p99, 2),
  row.throughput ? Math.round(row.throughput) : '',
]);
lines.push(...table(['engine', 'mode', 'p50 ms', 'p99 ms', 'docs/s'], latencyRows));
lines.push('', '## CPU time per 1 KB document', '');
lines.push(
  'Microseconds of CPU (process.cpuUsage, user + system) per call, one call at a time: `pattern` =',
  '`PatternScanner.scan`, `local` = `LocalNerEngine.detectSync`, `waterfall` = the default',
  '`WaterfallScanner({ tier0: new PatternScanner(), engines: [new LocalNerEngine()] }).scan`, `ner path` =',
  'waterfall minus pattern (token search, blanking, the engine on the blanked text, trimming, overlap',
  'resolution). Documents: the issue-8 example (940 characters of prose with two names, a place, two emails, a',
  'card and an IP, scanned 2,000 times) and 1,000 documents of 1,024 units cut from the dev set. Each build runs',
  `in its own process (median of ${quick ? 3 : 5} rounds), ${quick ? 'once' : 'three times in turn; the median run is shown'}.`,
  ...(baseline ? [`Baseline: ${baselineLabel}.`] : []),
  '',
);
const cpuTable = [];
for (const set of [...new Set(cpuRows.map((row) => row.set))]) {
  for (const subject of ['pattern', 'local', 'waterfall', 'ner path']) {
    const cells = cpuBuilds.map(
      (build) => cpuRows.find((row) => row.set === set && row.build === build.name && row.subject === subject).micros,
    );
    cpuTable.push([
      set,
      subject,
      ...cells.map((micros) => micros.toFixed(1)),
      ...(baseline ? [`${(cells[0] / cells[1]).toFixed(2)}x`] : []),
    ]);
  }
}
lines.push(
  ...table(
    ['documents', 'subject', ...cpuBuilds.map((build) => `${build.name} µs`), ...(baseline ? ['baseline / this'] : [])],
    cpuTable,
  ),
);
lines.push('');
const report = lines.join('\n');
writeFileSync(join(here, 'RESULTS.md'), report);
console.log(report);
await waterfall.close();
