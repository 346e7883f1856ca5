import { expect, test } from 'vitest';
import { SseParser } from './sse-parser.js';

const STREAM = 'data: {"a":1}\r\n\r\n: comment\nevent: x\ndata: line1\ndata: line2\n\ndata:[DONE]\n\n';

test('parses events whatever the chunking, CRLF split included', () => {
  for (let cut = 0; cut <= STREAM.length; cut++) {
    for (let second = cut; second <= STREAM.length; second += 7) {
      const parser = new SseParser();
      const events = [
        ...parser.push(STREAM.slice(0, cut)),
        ...parser.push(STREAM.slice(cut, second)),
        ...parser.push(STREAM.slice(second)),
        ...parser.end(),
      ];
      expect(events).toEqual(['{"a":1}', 'line1\nline2', '[DONE]']);
    }
  }
});

test('a final event without its blank line still completes at end()', () => {
  const parser = new SseParser();
  expect(parser.push('data: tail')).toEqual([]);
  expect(parser.end()).toEqual(['tail']);
});
