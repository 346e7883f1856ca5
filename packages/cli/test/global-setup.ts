import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The tests drive Debian's Chromium and tmux: install them when missing (idempotent, quiet when present), so a
 * fresh machine runs the same tests instead of skipping them. Also checks that the package was built.
 */
export default function setup(): void {
  execFileSync('bash', [join(root, 'scripts', 'install-chromium.sh')], { stdio: 'inherit' });
  const bin = join(root, 'packages', 'cli', 'dist', 'bin.mjs');
  if (!existsSync(bin) || !existsSync(join(root, 'packages', 'cli', 'dist', 'playground', 'app.js'))) {
    throw new Error('packages/cli is not built: run `pnpm --filter @mask/cli build` (the test script does)');
  }
}
