import { mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../');

/**
 * Builds entries with the package's own bundler (tsdown, without declarations or package lint) into a
 * fresh directory under node_modules/.cache and returns it. `config: true` uses tsdown.config.ts itself (entries included).
 */
export async function buildWithTsdown(options: { entry?: string[]; useConfig?: boolean }): Promise<string> {
  const { build } = await import('tsdown');
  // Inside the package so that the build's own dependencies (node_modules) resolve from it.
  const cache = join(PACKAGE_ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'mask-ner-build-'));
  await build({
    cwd: PACKAGE_ROOT,
    config: options.useConfig ? join(PACKAGE_ROOT, 'tsdown.config.ts') : false,
    ...(options.entry ? { entry: options.entry } : {}),
    format: ['esm', 'cjs'],
    platform: 'node',
    target: 'node20',
    outDir,
    dts: false,
    sourcemap: false,
    attw: false,
    publint: false,
    clean: true,
    logLevel: 'warn',
  });
  return outDir;
}
