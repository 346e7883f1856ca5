import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithTsdown } from './__fixtures__/build-core.js';

// Builds the whole package with its own tsdown.config.ts and checks that WorkerNerEngine finds its worker
// script, with no workerUrl, from both the ESM and the CommonJS output.
let outDir: string;
beforeAll(async () => {
  outDir = await buildWithTsdown({ useConfig: true });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const PROGRAM = `
  const engine = new core.WorkerNerEngine({ maxWorkers: 2, timeoutMs: 20000 });
  const text = 'Dr. Maria Lopez flew from Valencia to Acme Corp.';
  engine.detect(text).then(async (spans) => {
    console.log(JSON.stringify(spans.map((span) => [span.type, text.slice(span.start, span.end)])));
    await engine.close();
  }, (error) => { console.log('ERROR ' + error.code); process.exitCode = 1; });
`;
const EXPECTED = [
  ['PERSON', 'Maria Lopez'],
  ['LOCATION', 'Valencia'],
  ['ORGANIZATION', 'Acme Corp.'],
];

describe('WorkerNerEngine from the built package', () => {
  it('ships the worker script in both formats', () => {
    expect(existsSync(join(outDir, 'ner/ner-worker.mjs'))).toBe(true);
    expect(existsSync(join(outDir, 'ner/ner-worker.cjs'))).toBe(true);
  });

  it('finds its worker from the ESM build', () => {
    const script = `import * as core from ${JSON.stringify(join(outDir, 'index.mjs'))};\n${PROGRAM}`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual(EXPECTED);
  });

  it('finds its worker from the CommonJS build', () => {
    const script = `const core = require(${JSON.stringify(join(outDir, 'index.cjs'))});\n${PROGRAM}`;
    const output = execFileSync(process.execPath, ['--input-type=commonjs', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual(EXPECTED);
  });
});
