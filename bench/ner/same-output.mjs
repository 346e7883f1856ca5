// Checks that two builds of @mask/core give the same NER output: LocalNerEngine.detectSync and the default
// WaterfallScanner on every ner-dev.json document, on 1 KB documents cut from it (also all lower and all upper
// case), and on the issue-8 example.
// Use it around speed work: build a copy of the core before the change, then compare.
// Usage: node bench/ner/same-output.mjs --base <dir holding package.json + dist> [--core <dir>]
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from './dataset.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const baseDir = argument('--base');
if (!baseDir) throw new Error('usage: node bench/ner/same-output.mjs --base <core dir> [--core <core dir>]');
const load = async (dir) => import(createRequire(join(resolve(dir), 'package.json')).resolve('@mask/core'));
const builds = [await load(baseDir), await load(argument('--core', join(here, '../../packages/core')))];

let example =
  'Customer Maria Lopez (maria.lopez@acme-health.com, card 4111 1111 1111 1111) called from Valencia about ' +
  'invoice 2291. Her colleague John Smith, reachable at john.smith@example.org from IP 203.0.113.77, confirmed. ';
while (example.length < 940)
  example +=
    'The quarterly report was reviewed by the committee and the follow-up actions were agreed for the next cycle. ';
const dev = loadDataset().map((document) => document.text);
const texts = [example.slice(0, 940), ...dev];
for (let cursor = 0; cursor < dev.length; ) {
  let text = '';
  while (text.length < 1024) text += `${dev[cursor++ % dev.length]}\n`;
  texts.push(text.slice(0, 1024));
}
// Text without casing takes the engine's other path (gazetteers and cues only).
for (const text of texts.slice(1 + dev.length)) texts.push(text.toLowerCase(), text.toUpperCase());

const runs = builds.map((core) => ({
  local: new core.LocalNerEngine(),
  waterfall: new core.WaterfallScanner({ tier0: new core.PatternScanner(), engines: [new core.LocalNerEngine()] }),
}));
let differences = 0;
let spans = 0;
for (const [index, text] of texts.entries()) {
  for (const kind of ['local', 'waterfall']) {
    const [before, after] = await Promise.all(
      runs.map(async (run) =>
        JSON.stringify(kind === 'local' ? run.local.detectSync(text) : await run.waterfall.scan(text)),
      ),
    );
    spans += JSON.parse(before).length;
    if (before === after) continue;
    differences++;
    if (differences <= 5) console.log(`text ${index} (${kind}) differs:\n  before ${before}\n  after  ${after}`);
  }
}
console.log(`${texts.length} texts, ${spans} spans compared: ${differences} differences`);
await Promise.all(runs.map((run) => run.waterfall.close()));
process.exitCode = differences === 0 ? 0 : 1;
