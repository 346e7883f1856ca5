// Size budget per published package: the gzipped size of its built ESM output (dist/**/*.mjs, chunks
// included, dependencies excluded since they stay external). Budgets live in scripts/size-budget.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
let failed = false;

function files(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.mjs') ? [path] : [];
  });
}

for (const [name, budgetKb] of Object.entries(budgets)) {
  const directory = join('packages', name.replace('@mask/', ''), 'dist');
  let bytes = 0;
  try {
    for (const file of files(directory)) bytes += gzipSync(readFileSync(file)).length;
  } catch {
    console.error(`${name}: no build output in ${directory}`);
    failed = true;
    continue;
  }
  const kb = bytes / 1024;
  const ok = kb <= budgetKb;
  if (!ok) failed = true;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(18)} ${kb.toFixed(1).padStart(7)} KB gzip (budget ${budgetKb} KB)`,
  );
}
process.exit(failed ? 1 : 0);
