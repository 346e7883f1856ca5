// CPU cost per 1 KB document of the NER path (process.cpuUsage, user + system), on one process, one call at
// a time: PatternScanner alone, LocalNerEngine alone, and the default WaterfallScanner (Tier 0 + NER); the NER
// path is the waterfall minus the pattern scanner. CPU time, not wall time: the machine is shared, and CPU time
// does not count the time other jobs hold the core.
// Usage: pnpm --filter @mask/core build && node bench/ner/cpu.mjs [--core <dir holding package.json + dist>]
//        [--baseline <another core dir, measured in turn with this one>] [--rounds N] [--repeats N]
// run.mjs imports measureCpu() for the CPU section of RESULTS.md.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDataset } from './dataset.mjs';

const here = dirname(fileURLToPath(import.meta.url));

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
export function kilobyteDocuments(count) {
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

/** Loads the `@mask/core` build of a package directory (its package.json and dist). */
export async function loadCore(directory) {
  return import(createRequire(join(resolve(directory), 'package.json')).resolve('@mask/core'));
}

function subjectsOf(core) {
  const pattern = new core.PatternScanner();
  const local = new core.LocalNerEngine();
  const waterfall = new core.WaterfallScanner({
    tier0: new core.PatternScanner(),
    engines: [new core.LocalNerEngine()],
  });
  return {
    pattern: (text) => pattern.scan(text),
    local: (text) => local.detectSync(text),
    waterfall: (text) => waterfall.scan(text),
  };
}

/** Microseconds of CPU per call for each subject on one build, in this process: median of `rounds` rounds. */
export async function measureInProcess({ core, rounds = 7, sets }) {
  const subjects = subjectsOf(core);
  const rows = [];
  for (const set of sets) {
    for (const name of ['pattern', 'local', 'waterfall']) {
      const call = subjects[name];
      for (let warm = 0; warm < 300; warm++) await call(set.documents[warm % set.documents.length]);
      const samples = [];
      for (let round = 0; round < rounds; round++) {
        const before = process.cpuUsage();
        for (const text of set.documents) await call(text);
        const used = process.cpuUsage(before);
        samples.push((used.user + used.system) / set.documents.length);
      }
      samples.sort((a, b) => a - b);
      rows.push({ set: set.name, subject: name, micros: samples[Math.floor(samples.length / 2)] });
    }
    const of = (subject) => rows.find((row) => row.set === set.name && row.subject === subject).micros;
    // The NER path: what the waterfall costs beyond its Tier 0 (token search, blanking, the engine, merging).
    rows.push({ set: set.name, subject: 'ner path', micros: of('waterfall') - of('pattern') });
  }
  return rows;
}

/**
 * Each build measured in its own child process (two builds in one process slow each other down), the builds
 * taking turns `repeats` times so that both see the same machine load; the median of the repeats is kept.
 */
export function measureCpu({ builds, rounds = 5, repeats = 3 }) {
  const samples = new Map();
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const build of builds) {
      const child = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--core', build.directory, '--rounds', String(rounds), '--json'],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (child.status !== 0) throw new Error(`cpu.mjs failed for ${build.name}: ${child.stderr}`);
      for (const row of JSON.parse(child.stdout)) {
        const key = JSON.stringify([row.set, build.name, row.subject]);
        samples.set(key, [...(samples.get(key) ?? []), row.micros]);
      }
    }
  }
  return [...samples].map(([key, values]) => {
    const [set, build, subject] = JSON.parse(key);
    values.sort((a, b) => a - b);
    return { set, build, subject, micros: values[Math.floor(values.length / 2)] };
  });
}

/** The document sets measured: the issue-8 example and 1 KB documents from the dev set. */
export function cpuSets({ exampleCalls = 2000, devDocuments = 1000 } = {}) {
  return [
    { name: 'issue-8 example (940 chars)', documents: Array.from({ length: exampleCalls }, () => EXAMPLE) },
    { name: 'dev-set 1 KB documents', documents: kilobyteDocuments(devDocuments) },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argument = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : fallback;
  };
  const core = argument('--core', join(here, '../../packages/core'));
  const rounds = Number(argument('--rounds', '5'));
  const baseline = argument('--baseline');
  if (process.argv.includes('--json')) {
    const rows = await measureInProcess({ core: await loadCore(core), rounds, sets: cpuSets() });
    console.log(JSON.stringify(rows));
  } else {
    const builds = [
      ...(baseline ? [{ name: 'baseline', directory: baseline }] : []),
      { name: 'this build', directory: core },
    ];
    const rows = measureCpu({ builds, rounds, repeats: Number(argument('--repeats', '3')) });
    for (const row of rows) {
      console.log(
        `${row.set.padEnd(30)} ${row.build.padEnd(11)} ${row.subject.padEnd(10)} ${row.micros.toFixed(1)} µs`,
      );
    }
  }
}
