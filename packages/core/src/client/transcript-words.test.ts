import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import { MaskClient } from './mask-client.js';

const logger = { warn: () => undefined };
const words = (list: readonly string[], key = 'word') =>
  list.map((word, index) => ({ [key]: word, start: index / 2, end: index / 2 + 0.4 }));

describe("a speech-to-text word list's words, read as the sentence they make", () => {
  it('masks a phone number said in three words, each word with its own token, and restores them', async () => {
    const client = new MaskClient({ key: testKey(), scanner: new PatternScanner(), env: {}, logger });
    const input = { words: words(['call', 'me', 'on', '415', '867', '2309', 'please'], 'text') };
    const encoded = await client.deepEncode(input);
    const seen = encoded.words.map((word) => word.text);
    // Before, each group of digits alone was no phone, and the number reached the model.
    expect(seen.slice(0, 3)).toEqual(['call', 'me', 'on']);
    expect(seen[6]).toBe('please');
    for (const digits of ['415', '867', '2309']) expect(seen).not.toContain(digits);
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it("masks a family name the NER reads only beside its given name (Deepgram's word and punctuated_word)", async () => {
    const client = new MaskClient({ key: testKey(), env: {}, logger });
    const list = ['my', 'name', 'is', 'priya', 'raman'].map((word, index) => ({
      word,
      punctuated_word: ['My', 'name', 'is', 'Priya', 'Raman.'][index],
      start: index,
      end: index + 0.5,
    }));
    const input = {
      results: { channels: [{ alternatives: [{ transcript: 'my name is Priya Raman', words: list }] }] },
    };
    const encoded = await client.deepEncode(input);
    const text = JSON.stringify(encoded);
    expect(text).not.toMatch(/raman/i);
    expect(text).not.toMatch(/priya/i);
    const [, , , , last] = encoded.results.channels[0]?.alternatives[0]?.words ?? [];
    expect(last?.punctuated_word).toMatch(/^\[PERSON_\d+\]\.$/);
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it("reads the other vendors' word lists: AWS Transcribe, Azure, Rev.ai, Vosk, IBM Watson (review)", async () => {
    const client = new MaskClient({ key: testKey(), scanner: new PatternScanner(), env: {}, logger });
    const said = ['call', 'me', 'on', '415', '867', '2309'];
    const inputs = [
      { results: { items: said.map((content) => ({ type: 'pronunciation', alternatives: [{ content }] })) } },
      { NBest: [{ Words: said.map((Word, Offset) => ({ Word, Offset })) }] },
      { monologues: [{ elements: said.map((value, ts) => ({ type: 'text', value, ts })) }] },
      { result: said.map((word, start) => ({ word, start, conf: 1 })) },
      { results: [{ alternatives: [{ timestamps: said.map((word, start) => [word, start, start + 0.5]) }] }] },
    ];
    for (const input of inputs) {
      const encoded = await client.deepEncode(input);
      const text = JSON.stringify(encoded);
      for (const digits of ['"415"', '"867"', '"2309"']) expect([text, text.includes(digits)]).toEqual([text, false]);
      expect(await client.deepDecode(encoded)).toEqual(input);
    }
  });

  it('reads only word lists of those shapes: other lists of objects keep their strings apart', async () => {
    const client = new MaskClient({ key: testKey(), scanner: new PatternScanner(), env: {}, logger });
    const input = { parts: words(['call', 'me', 'on', '415', '867', '2309'], 'text') };
    expect(await client.deepEncode(input)).toEqual(input);
  });
});
