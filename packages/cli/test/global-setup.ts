import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(packageDir, '..', '..');

/** Newest modification time under a folder (sources of the package). */
function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The tests run the built binary, as a user would. Builds it when it is missing or older than a source file
 * (CI builds first, so this is a no-op there), and installs Debian's Chromium and tmux when missing, so a fresh
 * machine runs the same tests instead of skipping them.
 */
export default function setup(): void {
  execFileSync('bash', [join(root, 'scripts', 'install-system-deps.sh')], { stdio: 'inherit' });
  const built = [join(packageDir, 'dist', 'bin.mjs'), join(packageDir, 'dist', 'playground', 'app.js')];
  const builtAt = Math.min(...built.map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0)));
  if (builtAt < newest(join(packageDir, 'src'))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'inherit' });
  }
}
