import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Writes a real, tiny ONNX token-classification model (one Gather: token id -> label logits) with a
// Hugging Face tokenizer.json and config.json, so that @huggingface/transformers loads it like any model.

const varint = (value: number | bigint): number[] => {
  let rest = BigInt(value);
  const out: number[] = [];
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest) byte |= 0x80;
    out.push(byte);
  } while (rest);
  return out;
};
const key = (field: number, wire: number) => varint((field << 3) | wire);
const bytes = (field: number, data: readonly number[]) => [...key(field, 2), ...varint(data.length), ...data];
const text = (field: number, value: string) => bytes(field, [...Buffer.from(value, 'utf8')]);
const integer = (field: number, value: number) => [...key(field, 0), ...varint(value)];
const message = (field: number, parts: number[][]) => bytes(field, parts.flat());
const dimension = (value: number | string) =>
  message(1, [typeof value === 'number' ? integer(1, value) : text(2, value)]);
const valueInfo = (field: number, name: string, elementType: number, dims: (number | string)[]) =>
  message(field, [text(1, name), message(2, [message(1, [integer(1, elementType), message(2, dims.map(dimension))])])]);

export interface TinyModel {
  readonly vocab: readonly string[];
  readonly labels: readonly string[];
  /** Vocabulary word -> label it scores highest (others score `O`). */
  readonly wordLabels: Readonly<Record<string, string>>;
}

export function writeTinyTokenClassifier(directory: string, model: TinyModel): void {
  const labelCount = model.labels.length;
  const weights = new Float32Array(model.vocab.length * labelCount);
  model.vocab.forEach((word, index) => {
    weights[index * labelCount + model.labels.indexOf(model.wordLabels[word] ?? 'O')] = 10;
  });
  const FLOAT = 1;
  const INT64 = 7;
  const ATTRIBUTE_INT = 2;
  const embedding = message(5, [
    integer(1, model.vocab.length),
    integer(1, labelCount),
    integer(2, FLOAT),
    text(8, 'embedding'),
    bytes(9, [...new Uint8Array(weights.buffer)]),
  ]);
  const gather = message(1, [
    text(1, 'embedding'),
    text(1, 'input_ids'),
    text(2, 'logits'),
    text(3, 'gather'),
    text(4, 'Gather'),
    message(5, [text(1, 'axis'), integer(3, 0), integer(20, ATTRIBUTE_INT)]),
  ]);
  const graph = message(7, [
    gather,
    text(2, 'tiny-ner'),
    embedding,
    valueInfo(11, 'input_ids', INT64, ['batch', 'sequence']),
    valueInfo(11, 'attention_mask', INT64, ['batch', 'sequence']),
    valueInfo(12, 'logits', FLOAT, ['batch', 'sequence', labelCount]),
  ]);
  const onnx = [...integer(1, 8), ...text(2, 'mask-test'), ...graph, ...message(8, [text(1, ''), integer(2, 13)])];
  mkdirSync(join(directory, 'onnx'), { recursive: true });
  writeFileSync(join(directory, 'onnx/model.onnx'), Buffer.from(onnx));
  writeFileSync(
    join(directory, 'config.json'),
    JSON.stringify({
      model_type: 'bert',
      architectures: ['BertForTokenClassification'],
      id2label: Object.fromEntries(model.labels.map((label, index) => [String(index), label])),
      label2id: Object.fromEntries(model.labels.map((label, index) => [label, index])),
      vocab_size: model.vocab.length,
    }),
  );
  writeFileSync(
    join(directory, 'tokenizer.json'),
    JSON.stringify({
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: [
        { id: 0, content: '[UNK]', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
      ],
      normalizer: { type: 'Sequence', normalizers: [{ type: 'NFD' }, { type: 'StripAccents' }, { type: 'Lowercase' }] },
      pre_tokenizer: { type: 'Whitespace' },
      post_processor: null,
      decoder: null,
      model: {
        type: 'WordLevel',
        vocab: Object.fromEntries(model.vocab.map((word, index) => [word, index])),
        unk_token: '[UNK]',
      },
    }),
  );
  writeFileSync(
    join(directory, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'PreTrainedTokenizer', model_max_length: 512, unk_token: '[UNK]' }),
  );
}
