import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'node',
  target: 'node20',
  external: [/^@langchain\//, /^langchain/, /^@mask\//],
  attw: { profile: 'node16' },
  publint: true,
  // The JSDoc stays in the .d.ts files (what editors show) and in the source maps; the JavaScript drops it.
  outputOptions: { comments: { jsdoc: false } },
});
