import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { MaskNLPTimeout } from '../errors/named-errors.js';
import { buildWithTsdown } from './__fixtures__/build-core.js';
import { LocalNerEngine } from './local-ner-engine.js';
import { WorkerNerEngine } from './worker-ner-engine.js';

const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url);
let outDir: string;

beforeAll(async () => {
  // The worker runs as plain JavaScript: build it with the package's own bundler.
  outDir = await buildWithTsdown({ entry: ['src/ner/ner-worker.ts'] });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const TEXTS = [
  'Dr. María López flew from Valencia to Acme Corp.',
  'Hola, me llamo Carmen Ruiz y vivo en Sevilla, España.',
  'Please ask Donald van der Voet about the Northwind Group.',
  'nothing to see here',
];

describe('WorkerNerEngine', () => {
  for (const extension of ['mjs', 'cjs']) {
    it(`gives the same spans as the in-process engine (${extension} worker)`, async () => {
      const engine = new WorkerNerEngine({ workerUrl: pathToFileURL(join(outDir, `ner-worker.${extension}`)) });
      try {
        const local = new LocalNerEngine();
        for (const text of TEXTS) expect(await engine.detect(text)).toEqual(await local.detect(text));
      } finally {
        await engine.close();
      }
    });
  }

  it('answers 8 concurrent calls from a pool of 2 in the right order', async () => {
    const engine = new WorkerNerEngine({ maxWorkers: 2, workerUrl: join(outDir, 'ner-worker.mjs') });
    try {
      const local = new LocalNerEngine();
      const texts = Array.from({ length: 8 }, (_, index) => TEXTS[index % TEXTS.length]!);
      const results = await Promise.all(texts.map((text) => engine.detect(text, { entities: ['PERSON'] })));
      for (const [index, text] of texts.entries()) {
        expect(results[index]).toEqual(await local.detect(text, { entities: ['PERSON'] }));
      }
    } finally {
      await engine.close();
    }
  });

  it('raises MaskNLPTimeout for a stuck call, queued calls included', async () => {
    const engine = new WorkerNerEngine({ maxWorkers: 1, timeoutMs: 150, workerUrl: fixture('hanging-worker.mjs') });
    try {
      const first = await engine.detect('Maria Lopez').catch((error: unknown) => error);
      expect(first).toBeInstanceOf(MaskNLPTimeout);
      expect((first as MaskNLPTimeout).code).toBe('SCAN_TIMEOUT');
      expect((first as MaskNLPTimeout).timeoutMs).toBe(150);
      expect((first as Error).message).not.toContain('Maria');
      // A queued call times out too (the limit includes waiting): nothing ever comes back unscanned.
      const [a, b] = await Promise.allSettled([engine.detect('one'), engine.detect('two')]);
      expect(a.status).toBe('rejected');
      expect(b.status).toBe('rejected');
    } finally {
      await engine.close();
    }
  });

  it('fails closed with NER_UNAVAILABLE when a worker dies', async () => {
    const engine = new WorkerNerEngine({ maxWorkers: 1, workerUrl: fixture('crashing-worker.mjs') });
    try {
      const error = await engine.detect('Maria Lopez').catch((caught: unknown) => caught);
      expect(MaskError.isInstance(error)).toBe(true);
      expect((error as MaskError).code).toBe('NER_UNAVAILABLE');
    } finally {
      await engine.close();
    }
  });

  it('fails closed when the worker script is missing', async () => {
    const engine = new WorkerNerEngine({ workerUrl: join(outDir, 'missing.mjs') });
    const error = await engine.detect('Maria Lopez').catch((caught: unknown) => caught);
    expect((error as MaskError).code).toBe('NER_UNAVAILABLE');
    await engine.close();
  });

  it('rejects calls after close and bad options', async () => {
    const engine = new WorkerNerEngine({ workerUrl: join(outDir, 'ner-worker.mjs') });
    await engine.close();
    await expect(engine.detect('Ana')).rejects.toMatchObject({ code: 'CLOSED' });
    expect(() => new WorkerNerEngine({ maxWorkers: 0 })).toThrow(MaskError);
    expect(() => new WorkerNerEngine({ timeoutMs: -1 })).toThrow(MaskError);
  });
});
