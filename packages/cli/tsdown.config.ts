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
  // The JSDoc stays in the .d.ts files (what editors show) and in the source maps; the JavaScript drops it.
  outputOptions: { comments: { jsdoc: false } },
});
