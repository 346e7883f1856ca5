import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './line-reader.js';
import { mapOrdered } from './ordered.js';

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

describe('readLines', () => {
  it('splits on \\n, keeps \\r\\n apart and numbers lines, across any chunking', async () => {
    const text = 'première ligne\r\n😀 deux\n\ntrois';
    const bytes = Buffer.from(text);
    // One byte per chunk: every multi-byte character is split.
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    const lines = await collect(readLines(Readable.from(chunks)));
    expect(lines).toEqual([
      { number: 1, text: 'première ligne', eol: '\r\n' },
      { number: 2, text: '😀 deux', eol: '\n' },
      { number: 3, text: '', eol: '\n' },
      { number: 4, text: 'trois', eol: '' },
    ]);
  });

  it('flags lines over the limit and goes on', async () => {
    const input = Readable.from([Buffer.from(`short\n${'x'.repeat(50)}\nafter\n${'y'.repeat(40)}`)]);
    const lines = await collect(readLines(input, { maxLineBytes: 20 }));
    expect(lines.map((line) => [line.number, line.text, line.tooLong === true])).toEqual([
      [1, 'short', false],
      [2, '', true],
      [3, 'after', false],
      [4, '', true],
    ]);
  });

  it('reports bytes consumed', async () => {
    const seen: number[] = [];
    await collect(
      readLines(Readable.from([Buffer.from('ab\n'), Buffer.from('cd\n')]), { onBytes: (bytes) => seen.push(bytes) }),
    );
    expect(seen).toEqual([3, 6]);
  });
});

describe('mapOrdered', () => {
  it('yields in input order whatever the completion order, with bounded concurrency', async () => {
    let running = 0;
    let most = 0;
    async function* source() {
      for (let index = 0; index < 20; index++) yield index;
    }
    const results = await collect(
      mapOrdered(
        source(),
        async (index) => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, (20 - index) % 7));
          running -= 1;
          return index * 2;
        },
        4,
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, index) => index * 2));
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
  });

  it('propagates a failure', async () => {
    async function* source() {
      yield 1;
      yield 2;
    }
    await expect(
      collect(
        mapOrdered(
          source(),
          async (value) => {
            if (value === 2) throw new Error('boom');
            return value;
          },
          2,
        ),
      ),
    ).rejects.toThrow('boom');
  });
});
