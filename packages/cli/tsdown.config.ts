import { defineConfig } from 'tsdown';

export default defineConfig({
  // The playground page (src/playground/app.ts) is bundled separately by scripts/build-playground.mjs.
  entry: ['src/bin.ts', 'src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'node',
  target: 'node20',
  attw: { profile: 'esm-only' },
  publint: true,
});
