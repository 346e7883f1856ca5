import { randomBytes } from 'node:crypto';
import {
  type BaseTool,
  FunctionTool,
  InMemoryRunner,
  LlmAgent,
  type SingleBeforeToolCallback,
  StreamingMode,
} from '@google/adk';
import type { Content } from '@google/genai';
import { DecodePolicy, MaskClient, MemoryVault } from '@mask/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requestText, ScriptedLlm } from './__fixtures__/scripted-llm.js';
import {
  decryptBeforeTool,
  encryptAfterTool,
  MaskPlugin,
  rehydrateAfterModel,
  rehydrateEvent,
  scrubBeforeModel,
  scrubContents,
  secureTool,
} from './index.js';

const EMAIL = 'maria.garcia@acme-health.org';
const SSN = '536-22-8726';
const PHONE = '+1 415-867-5309';
const PLAINTEXT = [EMAIL, SSN, PHONE, '415-867-5309'];
const USER_TEXT = `Hi, I am ${EMAIL}, SSN ${SSN}. Please look me up.`;
const EMAIL_TOKEN = /[a-z2-7]{12}@mask\.invalid/;
const SSN_TOKEN = /000-\d{2}-\d{4}/;

let client: MaskClient;
beforeEach(() => {
  client = new MaskClient({ key: randomBytes(32), vault: new MemoryVault(), audit: false, env: {}, session: 'adk' });
});
afterEach(async () => {
  await client.close();
});

function expectNoPlaintext(value: unknown, where: string) {
  const text = JSON.stringify(value);
  for (const plain of PLAINTEXT) expect(text, `${where} holds ${plain}`).not.toContain(plain);
}

/** Model: call lookup_customer with the email and SSN it was shown, then repeat what the tool said. */
function lookupModel() {
  return new ScriptedLlm((request, turn) => {
    const text = requestText(request);
    if (turn === 1) {
      return [
        {
          functionCall: {
            id: 'call-1',
            name: 'lookup_customer',
            args: { email: EMAIL_TOKEN.exec(text)?.[0] ?? EMAIL, ssn: SSN_TOKEN.exec(text)?.[0] ?? SSN },
          },
        },
      ];
    }
    const last = request.contents.at(-1)?.parts?.[0]?.functionResponse?.response;
    return { chunks: [`Found: ${JSON.stringify(last)}`] };
  });
}

function lookupTool(received: unknown[], fail = false) {
  return new FunctionTool({
    name: 'lookup_customer',
    description: 'Looks a customer up by email and SSN',
    parameters: z.object({ email: z.string(), ssn: z.string() }),
    execute: async ({ email, ssn }) => {
      received.push({ email, ssn });
      if (fail) throw new Error(`Account locked for ${email}`);
      return { customer: { email, ssn, phones: [PHONE] }, status: 'active' };
    },
  });
}

async function runOnce(runner: InMemoryRunner, message: Content = { role: 'user', parts: [{ text: USER_TEXT }] }) {
  const session = await runner.sessionService.createSession({ appName: runner.appName, userId: 'u1' });
  const events = [];
  for await (const event of runner.runAsync({ userId: 'u1', sessionId: session.id, newMessage: message })) {
    events.push(event);
  }
  const stored = await runner.sessionService.getSession({
    appName: runner.appName,
    userId: 'u1',
    sessionId: session.id,
  });
  return { events, stored: stored?.events ?? [] };
}

describe('@mask/adk', () => {
  it('the trap is real: decoding args in place writes plaintext into the session and the next model request', async () => {
    const received: unknown[] = [];
    const model = lookupModel();
    const naive: SingleBeforeToolCallback = async ({ args }) => {
      Object.assign(args, await client.deepDecode(args));
      return undefined;
    };
    const agent = new LlmAgent({
      name: 'naive',
      model,
      tools: [lookupTool(received)],
      beforeModelCallback: scrubBeforeModel({ client }),
      beforeToolCallback: naive,
      afterToolCallback: encryptAfterTool({ client }),
    });
    const { stored } = await runOnce(new InMemoryRunner({ agent, appName: 'trap' }), {
      role: 'user',
      parts: (await scrubContents(client, [{ role: 'user', parts: [{ text: USER_TEXT }] }]))[0]!.parts!,
    });
    expect(received).toEqual([{ email: EMAIL, ssn: SSN }]);
    expect(JSON.stringify(stored)).toContain(EMAIL);
  });

  it('MaskPlugin: tool gets real values; model requests and the stored session hold tokens only', async () => {
    const received: unknown[] = [];
    const model = lookupModel();
    const agent = new LlmAgent({ name: 'support', model, tools: [lookupTool(received)] });
    const runner = new InMemoryRunner({ agent, appName: 'plugin', plugins: [new MaskPlugin({ client })] });
    const { events, stored } = await runOnce(runner);

    expect(received).toEqual([{ email: EMAIL, ssn: SSN }]);
    expect(model.requests).toHaveLength(2);
    expectNoPlaintext(model.requests, 'model requests');
    expect(requestText(model.requests[1]!)).toMatch(EMAIL_TOKEN);
    expect(stored.length).toBeGreaterThanOrEqual(4);
    expectNoPlaintext(stored, 'stored session');
    expectNoPlaintext(events, 'yielded events');
    const answer = events.at(-1)!;
    expect(answer.content?.parts?.[0]?.text).toMatch(SSN_TOKEN);
    const shown = await rehydrateEvent(answer, { client });
    expect(shown.content?.parts?.[0]?.text).toContain(SSN);
    expect(shown.content?.parts?.[0]?.text).toContain(PHONE);
    expectNoPlaintext(answer, 'the event rehydrateEvent was given');
  });

  it('MaskPlugin: a second turn keeps the same tokens and the session clean', async () => {
    const received: unknown[] = [];
    const model = lookupModel();
    const agent = new LlmAgent({ name: 'support', model, tools: [lookupTool(received)] });
    const runner = new InMemoryRunner({ agent, appName: 'plugin2', plugins: [new MaskPlugin({ client })] });
    const session = await runner.sessionService.createSession({ appName: 'plugin2', userId: 'u1' });
    for (const text of [USER_TEXT, `Thanks! Also my phone is ${PHONE}.`]) {
      for await (const _ of runner.runAsync({
        userId: 'u1',
        sessionId: session.id,
        newMessage: { role: 'user', parts: [{ text }] },
      })) {
        // drain
      }
    }
    const stored = await runner.sessionService.getSession({ appName: 'plugin2', userId: 'u1', sessionId: session.id });
    expectNoPlaintext(stored?.events, 'stored session after two turns');
    expectNoPlaintext(model.requests, 'model requests');
  });

  it('agent callbacks: decryptBeforeTool / encryptAfterTool / scrubBeforeModel', async () => {
    const received: unknown[] = [];
    const model = lookupModel();
    const agent = new LlmAgent({
      name: 'support',
      model,
      tools: [lookupTool(received)],
      beforeModelCallback: scrubBeforeModel({ client }),
      beforeToolCallback: decryptBeforeTool({ client }),
      afterToolCallback: encryptAfterTool({ client }),
    });
    const [userMessage] = await scrubContents(client, [{ role: 'user', parts: [{ text: USER_TEXT }] }]);
    const { stored } = await runOnce(new InMemoryRunner({ agent, appName: 'callbacks' }), userMessage);
    expect(received).toEqual([{ email: EMAIL, ssn: SSN }]);
    expectNoPlaintext(model.requests, 'model requests');
    expectNoPlaintext(stored, 'stored session');
  });

  it('scrubBeforeModel alone keeps plaintext user text away from the model, including the system instruction', async () => {
    const model = new ScriptedLlm(() => ({ chunks: ['ok'] }));
    const agent = new LlmAgent({
      name: 'support',
      model,
      instruction: `The account owner's phone is ${PHONE}.`,
      beforeModelCallback: scrubBeforeModel({ client }),
    });
    await runOnce(new InMemoryRunner({ agent, appName: 'scrub' }));
    expectNoPlaintext(model.requests, 'model requests');
    expect(JSON.stringify(model.requests)).toMatch(EMAIL_TOKEN);
  });

  it('secureTool: wraps one tool; its arguments stay tokens in the session', async () => {
    const received: unknown[] = [];
    const model = lookupModel();
    const agent = new LlmAgent({
      name: 'support',
      model,
      tools: [secureTool(lookupTool(received), { client })],
      beforeModelCallback: scrubBeforeModel({ client }),
    });
    const [userMessage] = await scrubContents(client, [{ role: 'user', parts: [{ text: USER_TEXT }] }]);
    const { stored } = await runOnce(new InMemoryRunner({ agent, appName: 'secure' }), userMessage);
    expect(received).toEqual([{ email: EMAIL, ssn: SSN }]);
    expectNoPlaintext(stored, 'stored session');
    expectNoPlaintext(model.requests, 'model requests');
    const declaration = (agent.tools[0] as BaseTool)._getDeclaration();
    expect(declaration?.name).toBe('lookup_customer');
  });

  it('MaskPlugin lets a secureTool decode by itself (one decode, its tokenized result is not scanned again)', async () => {
    const received: unknown[] = [];
    const model = lookupModel();
    const secured = secureTool(lookupTool(received), { client });
    const agent = new LlmAgent({ name: 'support', model, tools: [secured] });
    const runner = new InMemoryRunner({ agent, appName: 'both', plugins: [new MaskPlugin({ client })] });
    const { stored } = await runOnce(runner);
    expect(received).toEqual([{ email: EMAIL, ssn: SSN }]);
    expectNoPlaintext(stored, 'stored session');
    expectNoPlaintext(model.requests, 'model requests');
    const response = stored.find((event) => event.content?.parts?.[0]?.functionResponse)?.content?.parts?.[0];
    const phones = (response?.functionResponse?.response as { customer?: { phones?: string[] } })?.customer?.phones;
    expect(phones?.[0]).toBe(await client.encode(PHONE));
  });

  it('tool results Mask tokenized are not scanned again on later turns (no token inside a token)', async () => {
    const CARD = '4111 1111 1111 1111';
    for (let run = 0; run < 15; run++) {
      const scoped = new MaskClient({ key: randomBytes(32), vault: new MemoryVault(), audit: false, env: {} });
      const model = lookupModel();
      const tool = new FunctionTool({
        name: 'lookup_customer',
        description: 'Looks a customer up',
        parameters: z.object({ email: z.string(), ssn: z.string() }),
        execute: async () => ({ card: CARD }),
      });
      const agent = new LlmAgent({ name: 'support', model, tools: [tool] });
      const runner = new InMemoryRunner({ agent, appName: 'rescan', plugins: [new MaskPlugin({ client: scoped })] });
      await runOnce(runner);
      const seen = requestText(model.requests[1]!);
      expect(seen).toContain(await scoped.encode(CARD));
      expect(seen).not.toMatch(/\[[A-Z_]+_\d+\] \d{4}/);
      await scoped.close();
    }
  });

  it('tool errors reach the model tokenized', async () => {
    const received: unknown[] = [];
    for (const protect of ['plugin', 'secureTool'] as const) {
      const model = lookupModel();
      const tool = lookupTool(received, true);
      const agent = new LlmAgent({
        name: 'support',
        model,
        tools: [protect === 'secureTool' ? secureTool(tool, { client }) : tool],
      });
      const runner = new InMemoryRunner({ agent, appName: `errors-${protect}`, plugins: [new MaskPlugin({ client })] });
      const { stored } = await runOnce(runner);
      expect(requestText(model.requests[1]!)).toContain('Account locked for');
      expectNoPlaintext(model.requests, `model requests (${protect})`);
      expectNoPlaintext(stored, `stored session (${protect})`);
    }
    expect(received).toHaveLength(2);
  });

  it('a decode policy keeps refused types as tokens in the tool arguments', async () => {
    const received: { email: string; ssn: string }[] = [];
    const model = lookupModel();
    const policy = new DecodePolicy({ tools: { lookup_customer: { deny: ['US_SSN'] } } });
    const agent = new LlmAgent({ name: 'support', model, tools: [lookupTool(received)] });
    const runner = new InMemoryRunner({ agent, appName: 'policy', plugins: [new MaskPlugin({ client, policy })] });
    await runOnce(runner);
    expect(received[0]?.email).toBe(EMAIL);
    expect(received[0]?.ssn).toMatch(SSN_TOKEN);
  });

  it('rehydrateAfterModel: streamed partial answers come out whole, function calls are never decoded', async () => {
    const emailToken = await client.encode(EMAIL);
    const answer = `Your email ${emailToken} is confirmed.`;
    const model = new ScriptedLlm(() => ({ chunks: [answer.slice(0, 14), answer.slice(14, 20), answer.slice(20)] }));
    const agent = new LlmAgent({
      name: 'support',
      model,
      beforeModelCallback: scrubBeforeModel({ client }),
      afterModelCallback: rehydrateAfterModel({ client }),
    });
    const runner = new InMemoryRunner({ agent, appName: 'stream' });
    const session = await runner.sessionService.createSession({ appName: 'stream', userId: 'u1' });
    const partials: string[] = [];
    let final = '';
    for await (const event of runner.runAsync({
      userId: 'u1',
      sessionId: session.id,
      newMessage: { role: 'user', parts: [{ text: 'status?' }] },
      runConfig: { streamingMode: StreamingMode.SSE },
    })) {
      const text = event.content?.parts?.map((part) => part.text ?? '').join('') ?? '';
      if (event.partial) partials.push(text);
      else final = text;
    }
    const plain = `Your email ${EMAIL} is confirmed.`;
    expect(partials.length).toBeGreaterThan(1);
    for (let index = 1; index <= partials.length; index++) {
      expect(plain.startsWith(partials.slice(0, index).join(''))).toBe(true);
    }
    expect(final).toBe(plain);
  });
});
