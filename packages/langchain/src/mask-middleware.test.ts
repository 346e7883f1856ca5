import { AIMessage, HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { MemorySaver } from '@langchain/langgraph-checkpoint';
import { containsText, findPlaintext, PII, PLAINTEXT_FORMS } from '@mask/adapter-tests';
import { createAgent } from 'langchain';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testClient } from './__fixtures__/client.js';
import { scriptedChatModel } from './__fixtures__/scripted-model.js';
import { MaskCallbackHandler, type MaskObservation, maskAgentInput, maskMiddleware, secureTool } from './index.js';

const clients: { close(): Promise<void> }[] = [];
function setup() {
  const made = testClient();
  clients.push(made.client);
  return made;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

const echoModel = () => scriptedChatModel((transcript) => ({ type: 'text', text: `ok: ${transcript.at(-1)?.text}` }));

describe('maskMiddleware', () => {
  it('negative control: without Mask the model and the state hold plaintext', async () => {
    const model = echoModel();
    const agent = createAgent({ model, tools: [] });
    const result = await agent.invoke({ messages: [new HumanMessage(`my SSN is ${PII.ssn}`)] });
    expect(findPlaintext(model.calls, PLAINTEXT_FORMS).map((leak) => leak.form)).toContain(PII.ssn);
    expect(findPlaintext(result, PLAINTEXT_FORMS).map((leak) => leak.form)).toContain(PII.ssn);
  });

  it('tokenizes the state and everything the model receives (no checkpointer)', async () => {
    const { client } = setup();
    const model = echoModel();
    const agent = createAgent({ model, tools: [], middleware: [maskMiddleware({ client })] });
    const result = await agent.invoke({ messages: [new HumanMessage(`my SSN is ${PII.ssn}`)] });
    expect(findPlaintext(model.calls, PLAINTEXT_FORMS)).toEqual([]);
    expect(findPlaintext(result, PLAINTEXT_FORMS)).toEqual([]);
    expect(result.messages).toHaveLength(2);
    expect(await client.detokenizeText(result.messages[1]!.text)).toBe(`ok: my SSN is ${PII.ssn}`);
  });

  it('covers content blocks, tool-call-only messages, tool results and the system prompt', async () => {
    const { client } = setup();
    const model = echoModel();
    const agent = createAgent({
      model,
      tools: [],
      systemPrompt: `Support agent. Escalations go to ${PII.email}.`,
      middleware: [maskMiddleware({ client, scrubState: false })],
    });
    await agent.invoke({
      messages: [
        new HumanMessage({ content: [{ type: 'text', text: `card ${PII.card}` }] }),
        new AIMessage({
          content: '',
          tool_calls: [
            { id: 'c1', name: 'lookup', args: { iban: PII.iban, nested: { ip: PII.ip } }, type: 'tool_call' },
          ],
        }),
        new ToolMessage({ content: JSON.stringify({ phone: PII.phone }), tool_call_id: 'c1', name: 'lookup' }),
        new HumanMessage(`and my SSN ${PII.ssn}`),
      ],
    });
    expect(model.calls).toHaveLength(1);
    expect(findPlaintext(model.calls, PLAINTEXT_FORMS)).toEqual([]);
    const sent = model.calls[0]!.messages;
    expect(sent[0]).toBeInstanceOf(SystemMessage);
    expect(sent[0]!.text).toMatch(/@mask\.invalid/);
    const call = (sent[2] as AIMessage).tool_calls![0]!;
    expect(call.id).toBe('c1');
    expect(await client.decode((call.args as { iban: string }).iban)).toBe(PII.iban);
    expect((sent[3] as ToolMessage).tool_call_id).toBe('c1');
  });

  it('keeps tool errors inside the loop as an error ToolMessage without plaintext', async () => {
    const { client } = setup();
    const failing = tool(
      async ({ email }) => {
        throw new Error(`mailbox ${email} is full`);
      },
      { name: 'notify', description: 'Notifies', schema: z.object({ email: z.string() }) },
    );
    const model = scriptedChatModel((transcript) =>
      transcript.at(-1)?.role === 'tool'
        ? { type: 'text', text: 'could not notify' }
        : { type: 'tool_calls', calls: [{ id: 'n1', name: 'notify', args: { email: transcript.at(-1)!.text } }] },
    );
    const agent = createAgent({ model, tools: [failing], middleware: [maskMiddleware({ client })] });
    const result = await agent.invoke({ messages: [new HumanMessage(PII.email)] });
    const toolMessage = result.messages.find((message) => ToolMessage.isInstance(message)) as ToolMessage;
    expect(toolMessage.status).toBe('error');
    expect(toolMessage.text).toMatch(/mailbox \S+@mask\.invalid is full/);
    expect(findPlaintext(result, PLAINTEXT_FORMS)).toEqual([]);
  });

  it('scopes tokens per thread: another thread cannot decode them', async () => {
    const { client } = setup();
    const received: string[] = [];
    const lookup = tool(
      async ({ email }) => {
        received.push(email);
        return 'ok';
      },
      { name: 'lookup', description: 'Looks up', schema: z.object({ email: z.string() }) },
    );
    let stolen = '';
    const model = scriptedChatModel((transcript) => {
      if (transcript.at(-1)?.role === 'tool') return { type: 'text', text: 'done' };
      const text = transcript.at(-1)!.text;
      if (stolen === '') stolen = text;
      return { type: 'tool_calls', calls: [{ id: 'l1', name: 'lookup', args: { email: stolen } }] };
    }, 8);
    const agent = createAgent({ model, tools: [lookup], middleware: [maskMiddleware({ client, session: 'thread' })] });
    await agent.invoke({ messages: [new HumanMessage(PII.email)] }, { configurable: { thread_id: 'alice' } });
    await agent.invoke({ messages: [new HumanMessage('hello')] }, { configurable: { thread_id: 'mallory' } });
    expect(received[0]).toBe(PII.email);
    expect(received[1]).toBe(stolen);
    expect(stolen).toMatch(/@mask\.invalid$/);
  });

  it('rehydrates the final AI message when asked', async () => {
    const { client } = setup();
    const agent = createAgent({
      model: echoModel(),
      tools: [],
      middleware: [maskMiddleware({ client, rehydrateFinalMessage: true })],
    });
    const result = await agent.invoke({ messages: [new HumanMessage(`my SSN is ${PII.ssn}`)] });
    expect(result.messages.at(-1)!.text).toBe(`ok: my SSN is ${PII.ssn}`);
    expect(findPlaintext(result.messages[0], PLAINTEXT_FORMS)).toEqual([]);
  });
});

describe('streaming and tools without the middleware', () => {
  it('streams tokens only when the input goes through maskAgentInput', async () => {
    const { client } = setup();
    const lookup = tool(async ({ email }) => ({ email, card: PII.card }), {
      name: 'lookup',
      description: 'Looks up',
      schema: z.object({ email: z.string() }),
    });
    const model = scriptedChatModel((transcript) =>
      transcript.at(-1)?.role === 'tool'
        ? { type: 'text', text: `found ${transcript.at(-1)!.text}` }
        : { type: 'tool_calls', calls: [{ id: 's1', name: 'lookup', args: { email: transcript.at(-1)!.text } }] },
    );
    const agent = createAgent({ model, tools: [lookup], middleware: [maskMiddleware({ client })] });
    const input = await maskAgentInput({ messages: [new HumanMessage(PII.email)] }, { client });
    const chunks: unknown[] = [];
    for await (const chunk of await agent.stream(input, { streamMode: ['values', 'updates', 'messages'] })) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBeGreaterThan(3);
    expect(containsText(chunks, /@mask\.invalid/)).toBe(true);
    expect(findPlaintext(chunks, PLAINTEXT_FORMS)).toEqual([]);
  });

  it('documents why maskAgentInput exists: LangGraph checkpoints the raw input before any middleware', async () => {
    const { client } = setup();
    const checkpointer = new MemorySaver();
    const agent = createAgent({
      model: echoModel(),
      tools: [],
      middleware: [maskMiddleware({ client })],
      checkpointer,
    });
    const config = { configurable: { thread_id: 'raw-input' } };
    const result = await agent.invoke({ messages: [new HumanMessage(`my SSN is ${PII.ssn}`)] }, config);
    const checkpoints = [];
    for await (const tuple of checkpointer.list(config)) checkpoints.push(tuple);
    expect(findPlaintext(result, PLAINTEXT_FORMS)).toEqual([]);
    expect(findPlaintext(checkpoints, PLAINTEXT_FORMS).map((leak) => leak.form)).toContain(PII.ssn);

    const cleanConfig = { configurable: { thread_id: 'masked-input' } };
    const input = await maskAgentInput({ messages: [new HumanMessage(`my SSN is ${PII.ssn}`)] }, { client });
    await agent.invoke(input, cleanConfig);
    const clean = [];
    for await (const tuple of checkpointer.list(cleanConfig)) clean.push(tuple);
    expect(clean.length).toBeGreaterThan(1);
    expect(findPlaintext(clean, PLAINTEXT_FORMS)).toEqual([]);
  });

  it('secureTool scopes by thread from the run config without the middleware', async () => {
    const { client } = setup();
    const seen: string[] = [];
    const lookup = secureTool(
      tool(
        async ({ email }) => {
          seen.push(email);
          return 'ok';
        },
        { name: 'lookup', description: 'Looks up', schema: z.object({ email: z.string() }) },
      ),
      { client, session: 'thread' },
    );
    const token = await client.withScope({ session: 'alice' }).scanAndTokenize(PII.email);
    await lookup.invoke({ email: token }, { configurable: { thread_id: 'alice' } });
    await lookup.invoke({ email: token }, { configurable: { thread_id: 'bob' } });
    expect(seen).toEqual([PII.email, token]);
  });
});

describe('MaskCallbackHandler', () => {
  async function observe(protectedRun: boolean) {
    const { client, audit } = setup();
    const observations: MaskObservation[] = [];
    const handler = new MaskCallbackHandler({
      client,
      audit: audit.logger,
      onObservation: (o) => observations.push(o),
    });
    const model = echoModel();
    const agent = createAgent({ model, tools: [], middleware: protectedRun ? [maskMiddleware({ client })] : [] });
    const input = new HumanMessage(`my SSN is ${PII.ssn}`);
    const result = await agent.invoke({ messages: [input] }, { callbacks: [handler] });
    await handler.flush();
    await audit.logger.flush();
    return { observations, audit, input, result };
  }

  it('reports values in the clear reaching the model, and audits them without the values', async () => {
    const { observations, audit, input } = await observe(false);
    const inputs = observations.filter((o) => o.event === 'model_input');
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs[0]!.plaintext).toEqual({ US_SSN: 1 });
    expect(input.text).toBe(`my SSN is ${PII.ssn}`); // never mutates
    const violations = audit.lines.filter((line) => line.includes('SECURITY_VIOLATION'));
    expect(violations.length).toBeGreaterThan(0);
    expect(findPlaintext(audit.lines, PLAINTEXT_FORMS)).toEqual([]);
  });

  it('reports tokens only when the middleware protects the run', async () => {
    const { observations } = await observe(true);
    const inputs = observations.filter((o) => o.event === 'model_input');
    expect(inputs.length).toBeGreaterThan(0);
    for (const observation of inputs) expect(observation.plaintext).toEqual({});
    expect(inputs.some((o) => o.tokens > 0)).toBe(true);
    expect(containsText(observations, PII.ssn)).toBe(false);
  });
});
