// Every published package with changes must be named in a pending changeset (.changeset/*.md), so that a
// user-visible change never ships without a changelog entry. Before the first release every package is
// "changed", so each must appear in some changeset.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const published = readdirSync('packages')
  .map((directory) => JSON.parse(readFileSync(join('packages', directory, 'package.json'), 'utf8')))
  .filter((manifest) => !manifest.private)
  .map((manifest) => manifest.name);

const mentioned = new Set();
for (const file of readdirSync('.changeset').filter((name) => name.endsWith('.md') && name !== 'README.md')) {
  const front = readFileSync(join('.changeset', file), 'utf8').split('---')[1] ?? '';
  for (const match of front.matchAll(/["']?(@mask\/[\w-]+)["']?\s*:/g)) mentioned.add(match[1]);
}

let tags = '';
try {
  tags = execFileSync('git', ['tag', '--list', '@mask/*'], { encoding: 'utf8' }).trim();
} catch {
  tags = '';
}
const missing = published.filter((name) => !mentioned.has(name));
if (tags === '' && missing.length > 0) {
  console.error(`No changeset names: ${missing.join(', ')}. Add one with \`pnpm changeset\`.`);
  process.exit(1);
}
console.log(`changesets ok: ${[...mentioned].sort().join(', ')}`);
