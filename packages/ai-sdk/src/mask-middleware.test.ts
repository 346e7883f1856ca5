import { randomBytes } from 'node:crypto';
import { DecodePolicy, MaskClient, MaskError, MemoryVault, type Vault } from '@mask/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FLAVORS,
  finish,
  type ModelMessage,
  type Part,
  promptText,
  streamOf,
  textParts,
} from './__fixtures__/flavors.js';
import { maskMiddleware, rehydrateTextStream, secureTools } from './index.js';

const EMAIL = 'maria.garcia@acme-health.org';
const SSN = '536-22-8726';
const PHONE = '+1 415-867-5309';

let client: MaskClient;
beforeEach(() => {
  client = new MaskClient({ key: randomBytes(32), vault: new MemoryVault(), audit: false, env: {}, session: 's1' });
});
afterEach(async () => {
  await client.close();
});

/** A vault whose backend is down (a real Vault implementation, as a network outage would look). */
class UnreachableVault implements Vault {
  readonly name = 'unreachable';
  async getMany(): Promise<(string | undefined)[]> {
    throw new MaskError('VAULT_CONNECTION', 'vault unreachable');
  }
  async putManyIfAbsent(): Promise<boolean[]> {
    throw new MaskError('VAULT_CONNECTION', 'vault unreachable');
  }
  async putMany(): Promise<void> {
    throw new MaskError('VAULT_CONNECTION', 'vault unreachable');
  }
  async deleteMany(): Promise<void> {
    throw new MaskError('VAULT_CONNECTION', 'vault unreachable');
  }
  async close(): Promise<void> {}
}

function splitAt(text: string, cuts: readonly number[]): string[] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const chunks: string[] = [];
  let last = 0;
  for (const cut of sorted) {
    chunks.push(text.slice(last, cut));
    last = cut;
  }
  chunks.push(text.slice(last));
  return chunks.filter((chunk) => chunk.length > 0);
}

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

describe.each(FLAVORS)('maskMiddleware with $name', ({ ai, createMock }) => {
  it('transformParams tokenizes system, user, assistant, tool-call input and tool result; generate rehydrates', async () => {
    const prompts: ModelMessage[][] = [];
    let answer = '';
    const mock = createMock({
      doGenerate: async ({ prompt }) => {
        prompts.push(prompt);
        const text = promptText(prompt);
        const emailToken = /[a-z2-7]{12}@mask\.invalid/.exec(text)?.[0];
        answer = `I will write to ${emailToken}.`;
        return {
          content: [{ type: 'text', text: answer }],
          finishReason: { unified: 'stop', raw: 'stop' },
          usage: {
            inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
            outputTokens: { total: 1, text: 1, reasoning: undefined },
          },
          warnings: [],
        };
      },
    });
    const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client }) });
    const result = await ai.generateText({
      model,
      system: `The customer is reachable at ${PHONE}.`,
      messages: [
        { role: 'user', content: `My email is ${EMAIL}, SSN ${SSN}.` },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'lookup', input: { email: EMAIL } }],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'c1',
              toolName: 'lookup',
              output: { type: 'json', value: { ssn: SSN, nested: [{ phone: PHONE }] } },
            },
          ],
        },
        { role: 'assistant', content: `Found ${EMAIL}.` },
        { role: 'user', content: [{ type: 'text', text: `Also note ${SSN}` }] },
      ],
    });
    expect(prompts).toHaveLength(1);
    const seen = promptText(prompts);
    for (const value of [EMAIL, SSN, PHONE, '415-867-5309']) expect(seen).not.toContain(value);
    expect(seen).toMatch(/@mask\.invalid/);
    expect(seen).toContain('000-');
    expect(answer).not.toContain(EMAIL);
    expect(result.text).toBe(`I will write to ${EMAIL}.`);
  });

  it('the same value gets the same token across turns (history stays consistent)', async () => {
    const prompts: ModelMessage[][] = [];
    const mock = createMock({
      doStream: async ({ prompt }) => {
        prompts.push(prompt);
        return { stream: streamOf([...textParts(['ok']), finish()]) };
      },
    });
    const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client }) });
    await ai.streamText({ model, prompt: `Mail ${EMAIL}` }).text;
    await ai.streamText({ model, prompt: `Mail ${EMAIL} again` }).text;
    const first = /[a-z2-7]{12}@mask\.invalid/.exec(promptText(prompts[0] ?? []))?.[0];
    expect(first).toBeDefined();
    expect(promptText(prompts[1] ?? [])).toContain(first!);
  });

  it('streamText: tokens split at every character come out whole', async () => {
    const emailToken = await client.encode(EMAIL);
    const ssnToken = await client.encode(SSN);
    const modelText = `Sent to ${emailToken}; SSN ${ssnToken} on file.`;
    const plain = `Sent to ${EMAIL}; SSN ${SSN} on file.`;
    for (let cut = 1; cut < modelText.length; cut += 2) {
      const mock = createMock({
        doStream: async () => ({
          stream: streamOf([...textParts([modelText.slice(0, cut), modelText.slice(cut)]), finish()]),
        }),
      });
      const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client }) });
      const chunks = await collect(ai.streamText({ model, prompt: 'hi' }).textStream);
      expect(chunks.join('')).toBe(plain);
    }
  });

  it('streamText: n-way splits never show a half-decoded token', async () => {
    const emailToken = await client.encode(EMAIL);
    const nameToken = await client.encode('María José', { type: 'PERSON' });
    const modelText = `Dear ${nameToken} 👋, your mail ${emailToken} is verified ✅.`;
    const plain = `Dear María José 👋, your mail ${EMAIL} is verified ✅.`;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: modelText.length }), { maxLength: 10 }), async (cuts) => {
        const mock = createMock({
          doStream: async () => ({ stream: streamOf([...textParts(splitAt(modelText, cuts)), finish()]) }),
        });
        const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client }) });
        let emitted = '';
        for await (const chunk of ai.streamText({ model, prompt: 'hi' }).textStream) {
          emitted += chunk;
          expect(plain.startsWith(emitted)).toBe(true);
        }
        expect(emitted).toBe(plain);
      }),
      { numRuns: 40 },
    );
  });

  it('streamText with a tool step: the tool gets real values, the model sees tokens only', async () => {
    const prompts: ModelMessage[][] = [];
    const received: unknown[] = [];
    const mock = createMock({
      doStream: async ({ prompt }) => {
        prompts.push(prompt);
        const text = promptText(prompt);
        if (prompts.length === 1) {
          const emailToken = /[a-z2-7]{12}@mask\.invalid/.exec(text)?.[0];
          const input = JSON.stringify({ email: emailToken });
          return {
            stream: streamOf([
              { type: 'tool-input-start', id: 'call-1', toolName: 'lookupCustomer' },
              { type: 'tool-input-delta', id: 'call-1', delta: input.slice(0, 15) },
              { type: 'tool-input-delta', id: 'call-1', delta: input.slice(15) },
              { type: 'tool-input-end', id: 'call-1' },
              { type: 'tool-call', toolCallId: 'call-1', toolName: 'lookupCustomer', input },
              finish('tool-calls'),
            ]),
          };
        }
        const ssnToken = /000-\d{2}-\d{4}/.exec(text)?.[0];
        return {
          stream: streamOf([
            ...textParts([`Your SSN on file is ${ssnToken?.slice(0, 6)}`, `${ssnToken?.slice(6)}.`]),
            finish(),
          ]),
        };
      },
    });
    const tools = secureTools(
      {
        lookupCustomer: ai.tool({
          description: 'Looks a customer up',
          inputSchema: z.object({ email: z.string() }),
          execute: async ({ email }) => {
            received.push(email);
            return { email, ssn: SSN, notes: `Customer ${email} verified by phone ${PHONE}` };
          },
        }),
      },
      { client },
    );
    const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client }) });
    const result = ai.streamText({
      model,
      prompt: `Look me up: ${EMAIL}`,
      tools,
      stopWhen: ai.stepCountIs(3),
    });
    const text = await result.text;
    expect(received).toEqual([EMAIL]);
    expect(prompts).toHaveLength(2);
    const seen = promptText(prompts);
    for (const value of [EMAIL, SSN, PHONE]) expect(seen).not.toContain(value);
    expect(seen).toContain('verified by phone');
    expect(text).toBe(`Your SSN on file is ${SSN}.`);
    // The SDK's record of the tool step (what an app persists) holds tokens only.
    const steps = JSON.stringify((await result.steps).flatMap((step) => [step.toolCalls, step.toolResults]));
    expect(steps).toContain('verified by phone');
    for (const value of [EMAIL, SSN, PHONE]) expect(steps).not.toContain(value);
  });

  it('rehydrateToolInputs: tool calls and streamed tool-input deltas are decoded (JSON-escaped), under a policy', async () => {
    const quoted = 'Ann "Nan" O\'Neil\nJr.';
    const nameToken = await client.encode(quoted, { type: 'PERSON' });
    const emailToken = await client.encode(EMAIL);
    const ssnToken = await client.encode(SSN);
    const input = JSON.stringify({ to: emailToken, body: `Hi ${nameToken}, SSN ${ssnToken}` });
    const received: unknown[] = [];
    const deltas: string[] = [];
    const mock = createMock({
      doStream: async () => ({
        stream: streamOf([
          { type: 'tool-input-start', id: 'call-9', toolName: 'sendEmail' },
          ...splitAt(input, [5, 12, 13, 30, 44, 52]).map((delta) => ({
            type: 'tool-input-delta',
            id: 'call-9',
            delta,
          })),
          { type: 'tool-input-end', id: 'call-9' },
          { type: 'tool-call', toolCallId: 'call-9', toolName: 'sendEmail', input },
          finish('tool-calls'),
        ]),
      }),
    });
    const policy = new DecodePolicy({ tools: { sendEmail: { deny: { body: ['US_SSN'] } } } });
    const model = ai.wrapLanguageModel({
      model: mock as never,
      middleware: maskMiddleware({ client, rehydrateToolInputs: true, policy }),
    });
    const result = ai.streamText({
      model,
      prompt: 'send it',
      tools: {
        sendEmail: ai.tool({
          inputSchema: z.object({ to: z.string(), body: z.string() }),
          execute: async (args) => {
            received.push(args);
            return 'sent';
          },
        }),
      },
      onChunk: ({ chunk }) => {
        if (chunk.type === 'tool-input-delta') deltas.push(chunk.delta);
      },
    });
    await result.text;
    expect(received).toEqual([{ to: EMAIL, body: `Hi ${quoted}, SSN ${ssnToken}` }]);
    const streamedInput = JSON.parse(deltas.join(''));
    expect(streamedInput.to).toBe(EMAIL);
    expect(streamedInput.body).toContain(quoted);
  });

  it('tool-call inputs stay tokens by default', async () => {
    const emailToken = await client.encode(EMAIL);
    const received: unknown[] = [];
    const input = JSON.stringify({ to: emailToken });
    const mock = createMock({
      doStream: async () => ({
        stream: streamOf([{ type: 'tool-call', toolCallId: 'c', toolName: 'send', input }, finish('tool-calls')]),
      }),
    });
    const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client }) });
    await ai.streamText({
      model,
      prompt: 'x',
      tools: {
        send: ai.tool({
          inputSchema: z.object({ to: z.string() }),
          execute: async (args) => {
            received.push(args);
            return 'ok';
          },
        }),
      },
    }).text;
    expect(received).toEqual([{ to: emailToken }]);
  });

  it('a stream that ends inside a token keeps the fragment encoded; an aborted stream emits no partial value', async () => {
    const emailToken = await client.encode(EMAIL);
    const fragment = emailToken.slice(0, 8);
    const mock = createMock({
      doStream: async () => ({ stream: streamOf([...textParts(['Mail ', fragment]), finish()]) }),
    });
    const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client }) });
    expect(await ai.streamText({ model, prompt: 'x' }).text).toBe(`Mail ${fragment}`);

    // The provider stream fails in the middle of a token.
    const failing = createMock({
      doStream: async () => ({
        stream: new ReadableStream<Part>({
          start(controller) {
            controller.enqueue({ type: 'text-start', id: 't' });
            controller.enqueue({ type: 'text-delta', id: 't', delta: `Hello ${emailToken.slice(0, 10)}` });
            controller.error(new Error('connection reset'));
          },
        }),
      }),
    });
    const failingModel = ai.wrapLanguageModel({ model: failing as never, middleware: maskMiddleware({ client }) });
    const chunks: string[] = [];
    const errors: unknown[] = [];
    const result = ai.streamText({ model: failingModel, prompt: 'x', onError: ({ error }) => void errors.push(error) });
    try {
      for await (const chunk of result.textStream) chunks.push(chunk);
    } catch (error) {
      errors.push(error);
    }
    // Whatever reached the consumer before the failure is plain text, never a piece of the token or its value.
    expect('Hello '.startsWith(chunks.join(''))).toBe(true);
    expect(errors.length).toBeGreaterThan(0);

    // The user aborts while a token is still held back: the fragment is never emitted.
    const aborting = createMock({
      doStream: async ({ abortSignal }) => ({
        stream: new ReadableStream<Part>({
          start(controller) {
            controller.enqueue({ type: 'text-start', id: 't' });
            controller.enqueue({ type: 'text-delta', id: 't', delta: 'Hello ' });
            controller.enqueue({ type: 'text-delta', id: 't', delta: emailToken.slice(0, 10) });
            abortSignal?.addEventListener('abort', () => controller.error(abortSignal.reason));
          },
        }),
      }),
    });
    const abortingModel = ai.wrapLanguageModel({ model: aborting as never, middleware: maskMiddleware({ client }) });
    const abort = new AbortController();
    const aborted = ai.streamText({ model: abortingModel, prompt: 'x', abortSignal: abort.signal });
    const seen: string[] = [];
    try {
      for await (const chunk of aborted.textStream) {
        seen.push(chunk);
        abort.abort();
      }
    } catch {
      // an abort may surface as an error, depending on the SDK version
    }
    expect(seen).toEqual(['Hello ']);
  });

  it('rehydrateText: false keeps the answer in tokens; rehydrateTextStream rehydrates at the edge', async () => {
    const emailToken = await client.encode(EMAIL);
    const modelText = `Write to ${emailToken} today`;
    const mock = createMock({
      doStream: async () => ({
        stream: streamOf([...textParts([modelText.slice(0, 14), modelText.slice(14)]), finish()]),
      }),
    });
    const model = ai.wrapLanguageModel({
      model: mock as never,
      middleware: maskMiddleware({ client, rehydrateText: false }),
    });
    const result = ai.streamText({ model, prompt: 'x' });
    const display = await collect(
      rehydrateTextStream(result.textStream, { client }) as unknown as AsyncIterable<string>,
    );
    expect(display.join('')).toBe(`Write to ${EMAIL} today`);
    expect(JSON.stringify((await result.response).messages)).not.toContain(EMAIL);
  });

  it('rehydrateTextStream: cancelling drops a held-back fragment and stops the source', async () => {
    const emailToken = await client.encode(EMAIL);
    let cancelled = false;
    let sent = 0;
    const chunks = ['Mail ', emailToken.slice(0, 9)];
    const source = new ReadableStream<string>({
      pull(controller) {
        // After the two chunks the model stalls mid-token: nothing more, no close.
        if (sent < chunks.length) controller.enqueue(chunks[sent++]!);
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = rehydrateTextStream(source, { client }).getReader();
    expect(await reader.read()).toEqual({ done: false, value: 'Mail ' });
    const pending = reader.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await reader.cancel();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(cancelled).toBe(true);
  });

  it('secureTools: keeps schemas, tokenizes errors and streamed tool outputs', async () => {
    const emailToken = await client.encode(EMAIL);
    const original = {
      failing: ai.tool({
        description: 'fails',
        inputSchema: z.object({ email: z.string() }),
        execute: async ({ email }): Promise<string> => {
          throw new Error(`No account for ${email}`);
        },
      }),
      streaming: ai.tool({
        inputSchema: z.object({ email: z.string() }),
        async *execute({ email }) {
          yield { status: 'looking', email };
          yield { status: 'done', ssn: SSN };
        },
      }),
      noExecute: ai.tool({ inputSchema: z.object({ a: z.string() }) }),
    };
    const tools = secureTools(original, { client });
    expect(tools.failing.inputSchema).toBe(original.failing.inputSchema);
    expect(tools.failing.description).toBe('fails');
    expect(tools.noExecute).toBe(original.noExecute);
    const error = await Promise.resolve(
      tools.failing.execute?.({ email: emailToken }, { toolCallId: 'x', messages: [] } as never),
    ).catch((caught: unknown) => caught);
    expect(String((error as Error).message)).toBe(`No account for ${emailToken}`);
    const iterable = tools.streaming.execute?.({ email: emailToken }, { toolCallId: 'y', messages: [] } as never);
    const yields: unknown[] = [];
    for await (const item of iterable as AsyncIterable<unknown>) yields.push(item);
    expect(JSON.stringify(yields)).not.toContain(EMAIL);
    expect(JSON.stringify(yields)).not.toContain(SSN);
    expect(yields[0]).toEqual({ status: 'looking', email: emailToken });
  });

  it('fails closed: an unreachable vault makes the call fail instead of sending plaintext', async () => {
    const prompts: unknown[] = [];
    const mock = createMock({
      doStream: async ({ prompt }) => {
        prompts.push(prompt);
        return { stream: streamOf([...textParts(['x']), finish()]) };
      },
    });
    const broken = new MaskClient({ key: randomBytes(32), vault: new UnreachableVault(), audit: false, env: {} });
    const model = ai.wrapLanguageModel({ model: mock as never, middleware: maskMiddleware({ client: broken }) });
    const errors: unknown[] = [];
    const result = ai.streamText({ model, prompt: `Mail ${EMAIL}`, onError: ({ error }) => void errors.push(error) });
    await collect(result.textStream);
    expect(prompts).toHaveLength(0);
    expect(errors.some((error) => MaskError.isInstance(error))).toBe(true);
    expect(JSON.stringify(errors.map(String))).not.toContain(EMAIL);
  });
});
