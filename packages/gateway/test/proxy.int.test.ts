import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Gateway } from '../src/index.js';
import { API_KEY, startTestGateway } from './harness.js';
import { chunk, readSse, startScriptedUpstream, writeSse } from './scripted-upstream.js';

const EMAIL = 'maria.lopez@acme-health.com';
const NAME = 'Maria Lopez';
let upstream: Awaited<ReturnType<typeof startScriptedUpstream>>;
let gateway: Gateway;
let url: string;

beforeAll(async () => {
  upstream = await startScriptedUpstream();
  ({ gateway, url } = await startTestGateway({
    upstream: { url: upstream.url, apiKey: 'sk-upstream', timeoutMs: 3000 },
  }));
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

const userMessage = { role: 'user', content: `Email ${NAME} at ${EMAIL} about the invoice.` };

/** The tokens the upstream received for the name and the email (read back from what it was sent). */
function tokensIn(body: any): { name: string; email: string } {
  const content = body.messages.at(-1).content as string;
  const name = /\[PERSON_\d+\]/.exec(content)?.[0];
  const email = /[A-Za-z0-9._+-]+@mask\.invalid/.exec(content)?.[0];
  if (!name || !email) throw new Error('tokens missing');
  return { name, email };
}

async function chat(body: Record<string, unknown>, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ model: 'scripted', ...body }),
    ...(signal ? { signal } : {}),
  });
}

function assertNoPlaintextUpstream(): void {
  for (const raw of upstream.received) {
    expect(raw).not.toContain(EMAIL);
    expect(raw).not.toContain(NAME);
    expect(raw).not.toContain(API_KEY);
  }
}

describe('non-streaming', () => {
  test('scrubs messages and tool-call arguments, rehydrates text and tool calls', async () => {
    let seen: any;
    upstream.setScript(({ body }, response, incoming) => {
      seen = { body, authorization: incoming.headers.authorization };
      const { name, email } = tokensIn(body);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id: 'chatcmpl-1',
          object: 'chat.completion',
          choices: [
            {
              index: 0,
              finish_reason: 'tool_calls',
              message: {
                role: 'assistant',
                content: `Sending to ${name} now.`,
                tool_calls: [
                  {
                    id: 'call_1',
                    type: 'function',
                    function: {
                      name: 'send_email',
                      arguments: JSON.stringify({ to: email, greeting: `Dear ${name}` }),
                    },
                  },
                ],
              },
            },
          ],
        }),
      );
    });
    const response = await chat({
      messages: [
        { role: 'system', content: 'You are helpful.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_0',
              type: 'function',
              function: { name: 'lookup', arguments: JSON.stringify({ email: EMAIL }) },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_0', content: [{ type: 'text', text: `found ${NAME}` }] },
        userMessage,
      ],
    });
    expect(response.status).toBe(200);
    const answer: any = await response.json();
    const message = answer.choices[0].message;
    expect(message.content).toBe(`Sending to ${NAME} now.`);
    expect(JSON.parse(message.tool_calls[0].function.arguments)).toEqual({ to: EMAIL, greeting: `Dear ${NAME}` });
    expect(seen.authorization).toBe('Bearer sk-upstream');
    expect(seen.body.messages[1].tool_calls[0].id).toBe('call_0');
    expect(JSON.parse(seen.body.messages[1].tool_calls[0].function.arguments).email).toMatch(/@mask\.invalid$/);
    expect(seen.body.messages[2].content[0].text).toMatch(/^found \[PERSON_\d+\]$/);
    assertNoPlaintextUpstream();
  });

  test('upstream errors keep their status; unreachable and slow upstreams answer 502 and 504', async () => {
    upstream.setScript((_request, response) => {
      response.writeHead(429, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'slow down', type: 'rate_limit_error' } }));
    });
    const limited = await chat({ messages: [userMessage] });
    expect(limited.status).toBe(429);
    const body: any = await limited.json();
    expect(body.error.code).toBe('UPSTREAM_ERROR');
    expect(body.error.upstream_error.message).toBe('slow down');

    upstream.setScript((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('not json');
    });
    expect((await chat({ messages: [userMessage] })).status).toBe(502);

    upstream.setScript(() => new Promise(() => {}));
    const slow = await startTestGateway({ upstream: { url: upstream.url, timeoutMs: 200 } });
    const dead = await startTestGateway({ upstream: { url: 'http://127.0.0.1:9/v1' } });
    try {
      const timedOut = await slow.call('/v1/chat/completions', { body: { model: 'm', messages: [userMessage] } });
      expect(timedOut.status).toBe(504);
      expect(timedOut.body.error.code).toBe('UPSTREAM_TIMEOUT');
      const unreachable = await dead.call('/v1/chat/completions', { body: { model: 'm', messages: [userMessage] } });
      expect(unreachable.status).toBe(502);
      expect(unreachable.body.error.code).toBe('UPSTREAM_UNREACHABLE');
    } finally {
      await slow.gateway.close();
      await dead.gateway.close();
    }
    const invalid = await chat({ messages: 'hello' });
    expect(invalid.status).toBe(400);
  });
});

describe('streaming', () => {
  const expected = (name: string, email: string) => ({
    scripted: `Hi ${name}! I wrote to ${email}; ${name} will answer.`,
    rehydrated: `Hi ${NAME}! I wrote to ${EMAIL}; ${NAME} will answer.`,
  });

  /** Streams `pieces` of the scripted completion and returns what the client received. */
  async function streamed(split: (text: string) => string[]) {
    upstream.setScript(async ({ body }, response) => {
      const { name, email } = tokensIn(body);
      const pieces = split(expected(name, email).scripted);
      await writeSse(response, [
        chunk({ role: 'assistant', content: '' }),
        ...pieces.map((piece) => chunk({ content: piece })),
        chunk({}, 'stop'),
        'data: [DONE]\n\n',
      ]);
    });
    const response = await chat({ messages: [userMessage], stream: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readSse(response);
    expect(events.at(-1)).toBe('[DONE]');
    const pieces = events
      .slice(0, -1)
      .map((data) => JSON.parse(data))
      .map((event) => event.choices[0]?.delta?.content ?? '');
    return pieces as string[];
  }

  test('a scripted completion split at every character boundary comes back whole and never half-decoded', async () => {
    // Probe once to learn the token lengths, then split at every boundary of the scripted text.
    const single = await streamed((text) => [...text]);
    expect(single.join('')).toBe(expected(NAME, EMAIL).rehydrated);
    const length = upstream.received.length;
    const scriptedLength = expected(
      tokensIn(JSON.parse(upstream.received[length - 1] as string)).name,
      tokensIn(JSON.parse(upstream.received[length - 1] as string)).email,
    ).scripted.length;
    for (let cut = 1; cut < scriptedLength; cut++) {
      const pieces = await streamed((text) => [text.slice(0, cut), text.slice(cut)]);
      expect(pieces.join(''), `cut at ${cut}`).toBe(expected(NAME, EMAIL).rehydrated);
      for (const piece of pieces) {
        expect(piece).not.toContain('[');
        expect(piece).not.toContain('mask.invalid');
      }
    }
    assertNoPlaintextUpstream();
  });

  test('the SSE transport itself split at every byte boundary', async () => {
    for (const size of [1, 2, 3, 5, 17]) {
      upstream.setScript(async ({ body }, response) => {
        const { name, email } = tokensIn(body);
        const raw = [chunk({ content: expected(name, email).scripted }), chunk({}, 'stop'), 'data: [DONE]\n\n'].join(
          '',
        );
        const pieces: string[] = [];
        for (let index = 0; index < raw.length; index += size) pieces.push(raw.slice(index, index + size));
        await writeSse(response, pieces);
      });
      const events = await readSse(await chat({ messages: [userMessage], stream: true }));
      const text = events
        .slice(0, -1)
        .map((data) => JSON.parse(data).choices[0]?.delta?.content ?? '')
        .join('');
      expect(text, `pieces of ${size}`).toBe(expected(NAME, EMAIL).rehydrated);
    }
  });

  test('streamed tool-call arguments are rehydrated and stay valid JSON', async () => {
    upstream.setScript(async ({ body }, response) => {
      const { name, email } = tokensIn(body);
      const args = JSON.stringify({ to: email, name });
      await writeSse(response, [
        chunk({
          role: 'assistant',
          tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'send', arguments: '' } }],
        }),
        ...[...args].map((character) => chunk({ tool_calls: [{ index: 0, function: { arguments: character } }] })),
        chunk({}, 'tool_calls'),
        'data: [DONE]\n\n',
      ]);
    });
    const events = await readSse(await chat({ messages: [userMessage], stream: true }));
    const args = events
      .slice(0, -1)
      .flatMap((data) => JSON.parse(data).choices[0]?.delta?.tool_calls ?? [])
      .map((call: any) => call.function?.arguments ?? '')
      .join('');
    expect(JSON.parse(args)).toEqual({ to: EMAIL, name: NAME });
  });

  test('an upstream that breaks off mid-token: no partial token, an error event, no [DONE]', async () => {
    upstream.setScript(async ({ body }, response) => {
      const { name } = tokensIn(body);
      await writeSse(response, [chunk({ content: 'Hi ' }), chunk({ content: name.slice(0, 4) })], false);
      response.socket?.destroy();
    });
    const events = await readSse(await chat({ messages: [userMessage], stream: true }));
    const last = JSON.parse(events.at(-1) as string);
    expect(last.error.code).toBe('UPSTREAM_ABORTED');
    const content = events
      .slice(0, -1)
      .map((data) => JSON.parse(data).choices[0]?.delta?.content ?? '')
      .join('');
    expect(content).toBe('Hi ');
    expect(events).not.toContain('[DONE]');
  });

  test('an in-stream upstream error and a stream that ends without [DONE] both close with an error event', async () => {
    upstream.setScript(async ({ body }, response) => {
      const { name } = tokensIn(body);
      await writeSse(response, [
        chunk({ content: `Hi ${name.slice(0, 3)}` }),
        `data: ${JSON.stringify({ error: { message: 'overloaded', type: 'server_error' } })}\n\n`,
      ]);
    });
    let events = await readSse(await chat({ messages: [userMessage], stream: true }));
    expect(JSON.parse(events.at(-1) as string).error.message).toBe('overloaded');
    expect(events.join('')).not.toContain('[PE');

    upstream.setScript(async ({ body }, response) => {
      const { name } = tokensIn(body);
      await writeSse(response, [chunk({ content: `Hi ${name}` })]);
    });
    events = await readSse(await chat({ messages: [userMessage], stream: true }));
    expect(JSON.parse(events.at(-1) as string).error.code).toBe('UPSTREAM_ABORTED');
    expect(events.join('')).not.toContain('[PE');
  });

  test('the time limit bounds the wait for each chunk, not the whole stream', async () => {
    const timed = await startTestGateway({ upstream: { url: upstream.url, timeoutMs: 1500 } });
    try {
      const send = (body: Record<string, unknown>) =>
        fetch(`${timed.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
          body: JSON.stringify({ model: 'scripted', stream: true, ...body }),
        });
      // Twenty-five chunks 100 ms apart: a healthy 2.5 s stream through a 1.5 s limit, each gap 15x under it.
      upstream.setScript(async ({ body }, response) => {
        const { name } = tokensIn(body);
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        for (let index = 0; index < 25; index++) {
          response.write(chunk({ content: index === 5 ? name : '.' }));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        response.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
      });
      const healthy = await readSse(await send({ messages: [userMessage] }));
      expect(healthy.at(-1)).toBe('[DONE]');
      const text = healthy
        .slice(0, -1)
        .map((data) => JSON.parse(data).choices[0]?.delta?.content ?? '')
        .join('');
      expect(text).toBe(`.....${NAME}${'.'.repeat(19)}`);

      // A stall longer than the limit, with half a token held back: an error event, the fragment dropped.
      upstream.setScript(async ({ body }, response) => {
        const { name } = tokensIn(body);
        await writeSse(response, [chunk({ content: `Hi ${name.slice(0, 5)}` })], false);
      });
      const stalled = await readSse(await send({ messages: [userMessage] }));
      expect(JSON.parse(stalled.at(-1) as string).error.code).toBe('UPSTREAM_TIMEOUT');
      expect(stalled.join('')).not.toContain('[PER');
    } finally {
      await timed.gateway.close();
    }
  });

  test('a client that goes away aborts the upstream request', async () => {
    let upstreamClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    upstream.setScript(async (_request, response) => {
      response.on('close', () => upstreamClosed());
      await writeSse(response, [chunk({ content: 'Hello' })], false);
    });
    const controller = new AbortController();
    const response = await chat({ messages: [userMessage], stream: true }, controller.signal);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort();
    await closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const metrics = await fetch(`${url}/metrics`).then((answer) => answer.text());
    expect(metrics).toContain('mask_gateway_stream_aborts_total{side="client"} 1');
  });
});
