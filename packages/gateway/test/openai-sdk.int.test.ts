import OpenAI from 'openai';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Gateway } from '../src/index.js';
import { API_KEY, startTestGateway } from './harness.js';
import { chunk, startScriptedUpstream, writeSse } from './scripted-upstream.js';

// The official OpenAI SDK pointed at the gateway: what an agent written against OpenAI does unchanged.
const EMAIL = 'maria.lopez@acme-health.com';
const NAME = 'Maria Lopez';
let upstream: Awaited<ReturnType<typeof startScriptedUpstream>>;
let gateway: Gateway;
let openai: OpenAI;

beforeAll(async () => {
  upstream = await startScriptedUpstream();
  let url: string;
  ({ gateway, url } = await startTestGateway({ upstream: { url: upstream.url, timeoutMs: 3000 } }));
  openai = new OpenAI({ apiKey: API_KEY, baseURL: `${url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

function tokens(body: any) {
  const content = body.messages.at(-1).content as string;
  return {
    name: /\[PERSON_\d+\]/.exec(content)?.[0] as string,
    email: /[A-Za-z0-9._+-]+@mask\.invalid/.exec(content)?.[0] as string,
  };
}
const messages = [{ role: 'user' as const, content: `Email ${NAME} at ${EMAIL}.` }];

test('chat.completions.create, plain and streamed (two choices, split per character)', async () => {
  upstream.setScript(({ body }, response) => {
    const { name, email } = tokens(body);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1,
        model: 'scripted',
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            logprobs: null,
            message: { role: 'assistant', content: `Wrote ${name} at ${email}`, refusal: null },
          },
        ],
      }),
    );
  });
  const completion = await openai.chat.completions.create({ model: 'scripted', messages });
  expect(completion.choices[0]?.message.content).toBe(`Wrote ${NAME} at ${EMAIL}`);

  upstream.setScript(async ({ body }, response) => {
    const { name, email } = tokens(body);
    const texts = [`A: ${name} <${email}>`, `B: ${email} / ${name}`];
    const events: string[] = [];
    // Interleave the two choices character by character.
    for (let index = 0; index < Math.max(texts[0]!.length, texts[1]!.length); index++) {
      texts.forEach((text, choice) => {
        if (index < text.length) {
          events.push(
            `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'scripted', choices: [{ index: choice, delta: { content: text[index] }, finish_reason: null }] })}\n\n`,
          );
        }
      });
    }
    await writeSse(response, [...events, chunk({}, 'stop'), 'data: [DONE]\n\n']);
  });
  const stream = await openai.chat.completions.create({ model: 'scripted', messages, stream: true, n: 2 });
  const received = ['', ''];
  for await (const part of stream) {
    for (const choice of part.choices) received[choice.index] += choice.delta?.content ?? '';
  }
  expect(received).toEqual([`A: ${NAME} <${EMAIL}>`, `B: ${EMAIL} / ${NAME}`]);
  for (const raw of upstream.received) {
    expect(raw).not.toContain(EMAIL);
    expect(raw).not.toContain(NAME);
  }
});

test("gateway errors surface as the SDK's typed errors", async () => {
  const wrongKey = new OpenAI({ apiKey: 'wrong-key-0123456789abcdef', baseURL: openai.baseURL, maxRetries: 0 });
  await expect(wrongKey.chat.completions.create({ model: 'scripted', messages })).rejects.toBeInstanceOf(
    OpenAI.AuthenticationError,
  );
  upstream.setScript((_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message: 'bad model', type: 'invalid_request_error' } }));
  });
  await expect(openai.chat.completions.create({ model: 'scripted', messages })).rejects.toBeInstanceOf(
    OpenAI.BadRequestError,
  );
});
