import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { MaskNLPTimeout } from '../errors/named-errors.js';
import { closedPortUrl, sendJson, startJsonServer } from './__fixtures__/json-server.js';
import { LlmNerScanner, locate } from './llm-ner-scanner.js';

let server: Awaited<ReturnType<typeof startJsonServer>>;
beforeAll(async () => {
  server = await startJsonServer();
});
afterAll(() => server.close());

const TEXT = 'Ask the CFO of the Lisbon fund, Ana  Sousa, about Acme Corp.';

function completion(content: unknown, finishReason = 'stop') {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        finish_reason: finishReason,
        message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) },
      },
    ],
  };
}

function scanner(overrides: Partial<ConstructorParameters<typeof LlmNerScanner>[0]> = {}): LlmNerScanner {
  return new LlmNerScanner({ baseUrl: `${server.url}/v1`, model: 'tiny', apiKey: 'sk-test', ...overrides });
}

async function failure(promise: Promise<unknown>): Promise<MaskError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(MaskError.isInstance(error)).toBe(true);
  expect((error as Error).message).not.toContain('Sousa');
  return error as MaskError;
}

describe('LlmNerScanner', () => {
  it('sends a strict JSON-schema request and locates every flagged string', async () => {
    server.handle((_request, response) =>
      sendJson(
        response,
        completion({
          entities: [
            { type: 'PERSON', text: 'Ana Sousa' },
            { type: 'ORGANIZATION', text: 'acme corp' },
            { type: 'DESCRIPTIVE_REIDENTIFIER', text: 'the CFO of the Lisbon fund' },
          ],
        }),
      ),
    );
    const spans = await scanner().scan(TEXT);
    expect(spans.map((span) => [span.type, TEXT.slice(span.start, span.end)])).toEqual([
      ['PERSON', 'Ana  Sousa'],
      ['ORGANIZATION', 'Acme Corp'],
      ['DESCRIPTIVE_REIDENTIFIER', 'the CFO of the Lisbon fund'],
    ]);
    const request = server.requests.at(-1)!;
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-test');
    const body = request.body as { response_format: { type: string; json_schema: { strict: boolean } } };
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
  });

  it('accepts an empty entity list and ignores a short string it cannot locate', async () => {
    server.handle((_request, response) =>
      sendJson(response, completion({ entities: [{ type: 'PERSON', text: 'Jo' }] })),
    );
    expect(await scanner().scan(TEXT)).toEqual([]);
  });

  it('fails closed with NER_UNAVAILABLE when the endpoint is unreachable', async () => {
    const error = await failure(
      new LlmNerScanner({ baseUrl: `${await closedPortUrl()}/v1`, model: 'tiny' }).scan(TEXT),
    );
    expect(error.code).toBe('NER_UNAVAILABLE');
  });

  it('fails closed with NER_UNAVAILABLE on an HTTP error', async () => {
    server.handle((_request, response) => sendJson(response, { error: { message: 'overloaded' } }, 503));
    expect((await failure(scanner().scan(TEXT))).code).toBe('NER_UNAVAILABLE');
  });

  it('raises MaskNLPTimeout when the endpoint is too slow', async () => {
    server.handle((_request, response) => {
      setTimeout(() => sendJson(response, completion({ entities: [] })), 1_000).unref();
    });
    const error = await failure(scanner({ timeoutMs: 100 }).scan(TEXT));
    expect(error).toBeInstanceOf(MaskNLPTimeout);
  });

  const bad: [string, (response: ServerResponse) => void][] = [
    ['a body that is not JSON', (response) => response.writeHead(200).end('<html>oops</html>')],
    ['no choices', (response) => sendJson(response, { choices: [] })],
    ['content that is not JSON', (response) => sendJson(response, completion('{"entities": [{"type": "PER'))],
    ['empty-schema JSON {}', (response) => sendJson(response, completion({}))],
    ['entities that is not a list', (response) => sendJson(response, completion({ entities: 'Ana Sousa' }))],
    [
      'an entity of an unknown type',
      (response) => sendJson(response, completion({ entities: [{ type: 'X', text: 'Ana' }] })),
    ],
    ['an entity without text', (response) => sendJson(response, completion({ entities: [{ type: 'PERSON' }] }))],
    [
      'a truncated answer (finish_reason length)',
      (response) => sendJson(response, completion('{"entities": [{"type": "PERSON", "text": "Ana Sousa"}', 'length')),
    ],
    ['a truncated answer that still parses', (response) => sendJson(response, completion({ entities: [] }, 'length'))],
    [
      'a refusal',
      (response) =>
        sendJson(response, {
          choices: [{ finish_reason: 'stop', message: { role: 'assistant', content: null, refusal: 'no' } }],
        }),
    ],
    [
      'a substantial flagged span that is not in the text',
      (response) => sendJson(response, completion({ entities: [{ type: 'PERSON', text: 'Ana Sousa-Pereira' }] })),
    ],
  ];
  it.each(bad)('fails closed with SCAN_FAILED on %s', async (_name, answer) => {
    server.handle((_request, response) => answer(response));
    expect((await failure(scanner().scan(TEXT))).code).toBe('SCAN_FAILED');
  });

  it('rejects bad configuration', () => {
    expect(() => new LlmNerScanner({ baseUrl: 'nope', model: 'x' })).toThrow(MaskError);
    expect(() => new LlmNerScanner({ baseUrl: 'http://127.0.0.1:1/v1', model: '' })).toThrow(MaskError);
  });
});

describe('locate', () => {
  it('finds exact, then case-, accent- and whitespace-insensitive occurrences', () => {
    expect(locate('José and jose', 'José')).toEqual([[0, 4]]);
    expect(locate('JOSÉ  NÚÑEZ came', 'jose nunez')).toEqual([[0, 11]]);
    expect(locate('nothing here', 'Ana')).toEqual([]);
  });
});
