import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { writeTinyTokenClassifier } from './__fixtures__/tiny-token-classifier.js';
import { TransformersNerEngine } from './transformers-ner-engine.js';

let models: string;
beforeAll(() => {
  models = mkdtempSync(join(tmpdir(), 'mask-tiny-ner-'));
  writeTinyTokenClassifier(join(models, 'tiny-ner'), {
    vocab: ['[UNK]', 'maria', 'lopez', 'valencia', 'acme', 'corp', 'from', 'works', 'at', 'in', '.'],
    labels: ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'],
    wordLabels: { maria: 'B-PER', lopez: 'I-PER', valencia: 'B-LOC', acme: 'B-ORG', corp: 'I-ORG' },
  });
});
afterAll(() => rmSync(models, { recursive: true, force: true }));

function found(text: string, spans: { type: string; start: number; end: number }[]): [string, string][] {
  return spans.map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('TransformersNerEngine', () => {
  it('loads a local ONNX model through @huggingface/transformers and maps its labels to spans', async () => {
    const engine = new TransformersNerEngine({ model: 'tiny-ner', localModelPath: models, dtype: 'fp32' });
    const text = '🙂 María  Lopez works at Acme Corp in Valencia.';
    const spans = await engine.detect(text);
    expect(found(text, spans)).toEqual([
      ['PERSON', 'María  Lopez'],
      ['ORGANIZATION', 'Acme Corp'],
      ['LOCATION', 'Valencia'],
    ]);
    expect(spans[0]).toMatchObject({ start: 3, recognizer: 'transformers' });
    expect(spans[0]!.score).toBeGreaterThan(0.99);
    expect(found(text, await engine.detect(text, { entities: ['LOCATION'] }))).toEqual([['LOCATION', 'Valencia']]);
  });

  it('cuts long text into pieces and keeps the offsets of the whole text', async () => {
    const engine = new TransformersNerEngine({
      model: 'tiny-ner',
      localModelPath: models,
      dtype: 'fp32',
      chunkChars: 40,
    });
    const text = `${'works at '.repeat(10)}María Lopez ${'works in '.repeat(10)}Valencia`;
    expect(found(text, await engine.detect(text))).toEqual([
      ['PERSON', 'María Lopez'],
      ['LOCATION', 'Valencia'],
    ]);
  });

  it('fails closed with NER_UNAVAILABLE when the model is missing (and never downloads)', async () => {
    const engine = new TransformersNerEngine({ model: 'no-such-model', localModelPath: models });
    const error = await engine.detect('María Lopez').catch((caught: unknown) => caught);
    expect(MaskError.isInstance(error)).toBe(true);
    expect((error as MaskError).code).toBe('NER_UNAVAILABLE');
    expect((error as MaskError).message).not.toContain('María');
  });

  it('rejects a missing model name', () => {
    expect(() => new TransformersNerEngine({ model: '' })).toThrow(MaskError);
  });
});
