import { randomBytes } from 'node:crypto';
import { FunctionTool, tool } from '@llamaindex/core/tools';
import { agent } from '@llamaindex/workflow';
import { containsText, findPlaintext, PII, PLAINTEXT_FORMS } from '@mask/adapter-tests';
import { MaskClient, MaskError, MemoryVault } from '@mask/core';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testClient } from './__fixtures__/client.js';
import { ScriptedLLM } from './__fixtures__/scripted-llm.js';
import { MaskLLM, MaskToolWrapper, maskLlamaIndexHooks, secureTool } from './index.js';

const clients: { close(): Promise<void> }[] = [];
function setup() {
  const made = testClient();
  clients.push(made.client);
  return made;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function capturingLogger() {
  const lines: string[] = [];
  const write = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return { lines, logger: { log: write, error: write, warn: write } };
}

/** Calls `lookup` with whatever the user wrote, then echoes the tool result. */
function lookupModel() {
  return new ScriptedLLM((transcript) =>
    transcript.at(-1)?.role === 'tool'
      ? { type: 'text', text: `result: ${transcript.at(-1)!.text}` }
      : { type: 'tool_calls', calls: [{ id: 't1', name: 'lookup', args: { email: transcript.at(-1)!.text } }] },
  );
}

const lookupTool = (seen: unknown[]) =>
  tool({
    name: 'lookup',
    description: 'Looks up a customer',
    parameters: z.object({ email: z.string() }),
    execute: async ({ email }) => {
      seen.push(email);
      return { email, card: PII.card };
    },
  });

describe('@mask/llamaindex', () => {
  it('negative control: without Mask the LLM and the memory hold plaintext', async () => {
    const llm = lookupModel();
    const { logger } = capturingLogger();
    const result = await agent({ llm, tools: [lookupTool([])], logger }).run(PII.email);
    expect(findPlaintext(llm.calls, PLAINTEXT_FORMS).map((leak) => leak.form)).toContain(PII.card);
    expect(containsText(result.data.state, PII.email)).toBe(true);
  });

  it('protects FunctionTool.from, zod parameters and plain { metadata, call } tools', async () => {
    const { client } = setup();
    const seen: unknown[] = [];
    const plain = {
      metadata: { name: 'plain', description: 'Plain tool', parameters: { type: 'object', properties: {} } },
      call: async (input: { email: string }) => {
        seen.push(input.email);
        return `plain saw ${input.email}`;
      },
    };
    const fromFunction = FunctionTool.from(
      async ({ email }: { email: string }) => {
        seen.push(email);
        return { email };
      },
      { name: 'fn', description: 'Function tool', parameters: z.object({ email: z.string() }) },
    );
    const token = await client.scanAndTokenize(PII.email);
    const wrappedPlain = secureTool(plain, { client });
    const wrappedFunction = secureTool(fromFunction, { client });
    expect(wrappedFunction.metadata.name).toBe('fn');
    expect(wrappedFunction.metadata.parameters).toBe(fromFunction.metadata.parameters);
    expect(secureTool(wrappedPlain, { client })).toBe(wrappedPlain);
    expect(await wrappedPlain.call({ email: token })).toBe(`plain saw ${token}`);
    expect(await wrappedFunction.call({ email: token })).toEqual({ email: token });
    expect(seen).toEqual([PII.email, PII.email]);
    expect(() => new MaskToolWrapper({ metadata: { name: 'x', description: '' } } as never)).toThrow(TypeError);
  });

  it('tokenizes tool errors before LlamaIndex logs them or hands them to the model', async () => {
    const { client } = setup();
    const { lines, logger } = capturingLogger();
    const failing = tool({
      name: 'lookup',
      description: 'Looks up',
      parameters: z.object({ email: z.string() }),
      execute: async ({ email }) => {
        throw new Error(`locked account ${email} / ${PII.ssn}`);
      },
    });
    const llm = lookupModel();
    const mask = maskLlamaIndexHooks({ client });
    const result = await mask.run(agent({ ...mask.agentParams({ llm, tools: [failing] }), logger }), PII.email);
    expect(containsText(llm.calls, 'locked account')).toBe(true);
    expect(lines.some((line) => line.includes('locked account'))).toBe(true);
    expect(findPlaintext([llm.calls, lines, result.data], PLAINTEXT_FORMS)).toEqual([]);
  });

  it('MaskLLM keeps plaintext that entered the memory away from the model', async () => {
    const { client } = setup();
    const llm = lookupModel();
    const seen: unknown[] = [];
    const { logger } = capturingLogger();
    const workflow = agent({
      llm: new MaskLLM(llm, { client }),
      tools: [secureTool(lookupTool(seen), { client })],
      logger,
    });
    // The input is not tokenized here: the memory holds it in the clear, the LLM still only sees tokens.
    await workflow.run(`${PII.email}`);
    expect(seen).toEqual([PII.email]);
    expect(findPlaintext(llm.calls, PLAINTEXT_FORMS)).toEqual([]);
    expect(new MaskLLM(llm, { client }).supportToolCall).toBe(true);
  });

  it('MaskLLM rescans a message that changed after it was found clean', async () => {
    const { client } = setup();
    const inner = new ScriptedLLM(() => ({ type: 'text', text: 'ok' }));
    const llm = new MaskLLM(inner, { client });
    const message = { role: 'user' as const, content: 'nothing sensitive here' };
    await llm.chat({ messages: [message] });
    await llm.chat({ messages: [message] });
    message.content = `now my SSN ${PII.ssn}`;
    await llm.chat({ messages: [message] });
    expect(inner.calls).toHaveLength(3);
    expect(findPlaintext(inner.calls, PLAINTEXT_FORMS)).toEqual([]);
    expect(containsText(inner.calls[2], 'now my SSN')).toBe(true);
  });

  it('scopes tokens per session: a token from one chat does not decode in another', async () => {
    const { client } = setup();
    const alice = maskLlamaIndexHooks({ client, session: 'alice' });
    const mallory = maskLlamaIndexHooks({ client, session: 'mallory' });
    const token = String(await alice.maskInput(PII.email));
    const seen: unknown[] = [];
    const [aliceTool] = alice.tools([lookupTool(seen)]);
    const [malloryTool] = mallory.tools([lookupTool(seen)]);
    await aliceTool!.call({ email: token });
    await malloryTool!.call({ email: token });
    expect(seen).toEqual([PII.email, token]);
    expect(await mallory.rehydrate(token)).toBe(token);
    expect(await alice.rehydrate(token)).toBe(PII.email);
  });

  it('tokenizes chat history passed to run()', async () => {
    const { client } = setup();
    const llm = new ScriptedLLM(() => ({ type: 'text', text: 'noted' }));
    const { logger } = capturingLogger();
    const mask = maskLlamaIndexHooks({ client });
    const result = await mask.run(agent({ ...mask.agentParams({ llm, tools: [] }), logger }), 'thanks', {
      chatHistory: [
        { role: 'user', content: [{ type: 'text', text: `my IBAN is ${PII.iban}` }] },
        { role: 'assistant', content: 'got it' },
      ],
    });
    expect(findPlaintext([llm.calls, result.data.state], PLAINTEXT_FORMS)).toEqual([]);
    expect(containsText(llm.calls, 'my IBAN is')).toBe(true);
  });
});

describe('fail closed', () => {
  it('never hands the model a tool result or error it could not tokenize', async () => {
    const client = new MaskClient({
      key: randomBytes(32),
      vault: new MemoryVault(),
      scanner: {
        name: 'down',
        scan: async () => {
          throw new MaskError('SCAN_FAILED', 'scanner unreachable');
        },
      },
      env: {},
    });
    clients.push(client);
    const leaky = secureTool(
      tool({
        name: 'leaky',
        description: 'Returns PII',
        parameters: z.object({ q: z.string() }),
        execute: async () => ({ ssn: PII.ssn }),
      }),
      { client },
    );
    const failing = secureTool(
      tool({
        name: 'failing',
        description: 'Throws PII',
        parameters: z.object({ q: z.string() }),
        execute: async () => {
          throw new Error(`card ${PII.card}`);
        },
      }),
      { client },
    );
    const resultError = await Promise.resolve(leaky.call({ q: 'x' })).catch((caught: unknown) => caught);
    expect((resultError as MaskError).code).toBe('SCAN_FAILED');
    const thrown = await Promise.resolve(failing.call({ q: 'x' })).catch((caught: unknown) => caught);
    expect(String(thrown)).toContain('Mask withheld the error details');
    expect(findPlaintext([resultError, thrown], PLAINTEXT_FORMS)).toEqual([]);
  });
});
