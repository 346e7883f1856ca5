// `pnpm bench [suite...]`: builds the packages, then runs each suite's run.mjs in its own process (so one
// suite's servers, workers and heap never skew the next). Suites: every folder of bench/ with a run.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'run.mjs')))
  .map((entry) => entry.name)
  .sort();
const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const wanted = args.filter((arg) => !arg.startsWith('--'));
const suites = wanted.length > 0 ? wanted : available;
const unknown = suites.filter((suite) => !available.includes(suite));
if (unknown.length > 0) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
if (!flags.includes('--no-build')) {
  execFileSync('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: join(here, '..'),
    stdio: 'inherit',
  });
}
let failed = 0;
for (const suite of suites) {
  console.log(`\n=== bench/${suite} ===`);
  const result = spawnSync(process.execPath, [join(here, suite, 'run.mjs'), ...flags], { cwd: here, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
