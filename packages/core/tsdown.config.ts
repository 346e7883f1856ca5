import { defineConfig } from 'tsdown';

export default defineConfig({
  // src/ner/ner-worker.ts: the NER worker-thread script, found at runtime next to the bundle (issue 4).
  entry: [
    'src/index.ts',
    'src/internal.ts',
    'src/ner/ner-worker.ts',
    // Optional backends (issue 5): subpath exports whose drivers are optional peer dependencies.
    'src/redis.ts',
    'src/dynamodb.ts',
    'src/memcached.ts',
    'src/sqlite.ts',
    'src/aws-kms.ts',
    'src/azure-key-vault.ts',
  ],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'node',
  target: 'node20',
  attw: { profile: 'node16' },
  publint: true,
  // The JSDoc stays in the .d.ts files (what editors show) and in the source maps; the JavaScript drops it.
  outputOptions: { comments: { jsdoc: false } },
});
