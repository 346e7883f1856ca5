// CPU cost per 1 KB document of the NER path (process.cpuUsage, user + system), on one process, one call at
// a time: PatternScanner alone, LocalNerEngine alone, and the default WaterfallScanner (Tier 0 + NER).
// CPU time, not wall time: the machine is shared, and CPU time does not count the time other jobs hold the core.
// Usage: pnpm --filter @mask/core build && node bench/ner/cpu.mjs [--core <dir holding package.json + dist>]
//        [--rounds N] [--json]
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from './dataset.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const coreDir = resolve(argument('--core', join(here, '../../packages/core')));
const rounds = Number(argument('--rounds', '5'));
const core = await import(createRequire(join(coreDir, 'package.json')).resolve('@mask/core'));

/** The issue-8 example: a 940-character prose document with two people, a place and Tier 0 finds. */
export const EXAMPLE = (() => {
  let text =
    'Customer Maria Lopez (maria.lopez@acme-health.com, card 4111 1111 1111 1111) called from Valencia about ' +
    'invoice 2291. Her colleague John Smith, reachable at john.smith@example.org from IP 203.0.113.77, confirmed. ';
  while (text.length < 940)
    text +=
      'The quarterly report was reviewed by the committee and the follow-up actions were agreed for the next cycle. ';
  return text.slice(0, 940);
})();

/** 1,024-unit documents cut from the dev set (the same construction as run.mjs). */
function kilobyteDocuments(count) {
  const texts = loadDataset().map((document) => document.text);
  const documents = [];
  let cursor = 0;
  while (documents.length < count) {
    let text = '';
    while (text.length < 1024) text += `${texts[cursor++ % texts.length]}\n`;
    documents.push(text.slice(0, 1024));
  }
  return documents;
}

const pattern = new core.PatternScanner();
const local = new core.LocalNerEngine();
const waterfall = new core.WaterfallScanner({ tier0: new core.PatternScanner(), engines: [new core.LocalNerEngine()] });
const subjects = [
  { name: 'PatternScanner.scan', call: (text) => pattern.scan(text) },
  { name: 'LocalNerEngine.detectSync', call: (text) => local.detectSync(text) },
  { name: 'WaterfallScanner.scan (Tier 0 + NER)', call: (text) => waterfall.scan(text) },
];

/** Microseconds of CPU per call, the median of `rounds` rounds over `documents`. */
async function cpuPerCall(call, documents) {
  for (let index = 0; index < 200; index++) await call(documents[index % documents.length]);
  const results = [];
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    for (const text of documents) await call(text);
    const used = process.cpuUsage(before);
    results.push((used.user + used.system) / documents.length);
  }
  results.sort((a, b) => a - b);
  return results[Math.floor(results.length / 2)];
}

const sets = [
  { name: 'issue-8 example (940 chars)', documents: Array.from({ length: 2000 }, () => EXAMPLE) },
  { name: 'dev-set 1 KB documents', documents: kilobyteDocuments(1000) },
];
const rows = [];
for (const set of sets) {
  for (const subject of subjects) {
    rows.push({ set: set.name, subject: subject.name, micros: await cpuPerCall(subject.call, set.documents) });
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
else for (const row of rows) console.log(`${row.set.padEnd(30)} ${row.subject.padEnd(40)} ${row.micros.toFixed(1)} µs`);
await waterfall.close();
