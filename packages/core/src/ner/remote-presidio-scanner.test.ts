import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { MaskNLPTimeout } from '../errors/named-errors.js';
import { closedPortUrl, sendJson, startJsonServer } from './__fixtures__/json-server.js';
import { RemotePresidioScanner } from './remote-presidio-scanner.js';

let server: Awaited<ReturnType<typeof startJsonServer>>;
beforeAll(async () => {
  server = await startJsonServer();
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<MaskError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(MaskError.isInstance(error)).toBe(true);
  return error as MaskError;
}

const TEXT = '🙂 María López vive en Valencia';

describe('RemotePresidioScanner', () => {
  it('sends the /analyze request and converts code-point offsets to UTF-16', async () => {
    // Python offsets: the emoji is one code point, two UTF-16 units.
    server.handle((_request, response) =>
      sendJson(response, [
        { entity_type: 'PERSON', start: 2, end: 13, score: 0.85, analysis_explanation: null },
        { entity_type: 'LOCATION', start: 22, end: 30, score: 0.85 },
      ]),
    );
    const scanner = new RemotePresidioScanner({ url: `${server.url}/`, language: 'es' });
    const spans = await scanner.scan(TEXT, { entities: ['PERSON', 'LOCATION'], allowList: ['Acme'] });
    expect(spans.map((span) => [span.type, TEXT.slice(span.start, span.end)])).toEqual([
      ['PERSON', 'María López'],
      ['LOCATION', 'Valencia'],
    ]);
    const request = server.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/analyze');
    expect(request.body).toEqual({
      text: TEXT,
      language: 'es',
      entities: ['PERSON', 'LOCATION'],
      allow_list: ['Acme'],
    });
  });

  it('fails closed with NER_UNAVAILABLE on an HTTP error', async () => {
    server.handle((_request, response) => sendJson(response, { error: 'boom' }, 500));
    const error = await failure(new RemotePresidioScanner({ url: server.url }).scan(TEXT));
    expect(error.code).toBe('NER_UNAVAILABLE');
    expect(error.message).not.toContain('María');
  });

  it('fails closed with NER_UNAVAILABLE when the analyzer is unreachable', async () => {
    const error = await failure(new RemotePresidioScanner({ url: await closedPortUrl() }).scan(TEXT));
    expect(error.code).toBe('NER_UNAVAILABLE');
  });

  it('raises MaskNLPTimeout when the analyzer is too slow', async () => {
    server.handle((_request, response) => {
      setTimeout(() => sendJson(response, []), 1_000).unref();
    });
    const error = await failure(new RemotePresidioScanner({ url: server.url, timeoutMs: 100 }).scan(TEXT));
    expect(error).toBeInstanceOf(MaskNLPTimeout);
    expect(error.code).toBe('SCAN_TIMEOUT');
  });

  it.each([
    [
      'malformed JSON',
      (response: import('node:http').ServerResponse) => response.writeHead(200).end('[{"entity_type":'),
    ],
    [
      'an object instead of a list',
      (response: import('node:http').ServerResponse) => sendJson(response, { results: [] }),
    ],
    [
      'a result without offsets',
      (response: import('node:http').ServerResponse) => sendJson(response, [{ entity_type: 'PERSON', score: 1 }]),
    ],
    [
      'offsets past the end of the text',
      (response: import('node:http').ServerResponse) =>
        sendJson(response, [{ entity_type: 'PERSON', start: 5, end: 500, score: 1 }]),
    ],
    [
      'a lower-case entity type',
      (response: import('node:http').ServerResponse) =>
        sendJson(response, [{ entity_type: 'person', start: 2, end: 4, score: 1 }]),
    ],
  ])('fails closed with SCAN_FAILED on %s', async (_name, answer) => {
    server.handle((_request, response) => answer(response));
    const error = await failure(new RemotePresidioScanner({ url: server.url }).scan(TEXT));
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).not.toContain('María');
  });

  it('rejects a bad URL at construction', () => {
    expect(() => new RemotePresidioScanner({ url: 'ftp://x' })).toThrow(MaskError);
    expect(() => new RemotePresidioScanner({ url: 'not a url' })).toThrow(MaskError);
  });
});
