import { randomBytes } from 'node:crypto';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { ToolMessage } from '@langchain/core/messages';
import { DynamicStructuredTool, StructuredTool, tool } from '@langchain/core/tools';
import { findPlaintext, PII, PLAINTEXT_FORMS } from '@mask/adapter-tests';
import { DecodePolicy, MaskClient, MaskError, MemoryVault } from '@mask/core';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testClient } from './__fixtures__/client.js';
import { MaskToolWrapper, secureTool } from './index.js';

const clients: { close(): Promise<void> }[] = [];
function setup() {
  const made = testClient();
  clients.push(made.client);
  return made;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

class Recorder extends BaseCallbackHandler {
  name = 'recorder';
  readonly seen: unknown[] = [];
  override async handleToolStart(_tool: unknown, input: string) {
    this.seen.push(input);
  }
  override async handleToolEnd(output: unknown) {
    this.seen.push(output);
  }
  override async handleToolError(error: unknown) {
    this.seen.push(error);
  }
}

describe('secureTool', () => {
  it('keeps name, description, zod schema, returnDirect and responseFormat', () => {
    const { client } = setup();
    const schema = z.object({ email: z.string().email() });
    const inner = tool(async () => 'ok', {
      name: 'lookup',
      description: 'Looks up',
      schema,
      returnDirect: true,
      responseFormat: 'content_and_artifact',
    });
    const wrapped = secureTool(inner, { client });
    expect(wrapped).toBeInstanceOf(MaskToolWrapper);
    expect(wrapped.name).toBe('lookup');
    expect(wrapped.description).toBe('Looks up');
    expect(wrapped.schema).toBe(schema);
    expect(wrapped.returnDirect).toBe(true);
    expect(wrapped.responseFormat).toBe('content_and_artifact');
    expect(secureTool(wrapped, { client })).toBe(wrapped);
  });

  it('decodes arguments for the tool and tokenizes its output (zod schema, ToolCall input)', async () => {
    const { client } = setup();
    const received: unknown[] = [];
    const inner = tool(
      async ({ email }) => {
        received.push(email);
        return { owner: email, ssn: PII.ssn };
      },
      { name: 'lookup', description: 'Looks up', schema: z.object({ email: z.string().email() }) },
    );
    const emailToken = await client.scanAndTokenize(PII.email);
    expect(emailToken).not.toContain(PII.email);
    const recorder = new Recorder();
    const message = await secureTool(inner, { client }).invoke(
      { type: 'tool_call', id: 'call_1', name: 'lookup', args: { email: emailToken } },
      { callbacks: [recorder] },
    );
    expect(received).toEqual([PII.email]);
    expect(ToolMessage.isInstance(message)).toBe(true);
    expect(message.content).toContain(emailToken);
    expect(findPlaintext(message, PLAINTEXT_FORMS)).toEqual([]);
    expect(recorder.seen.length).toBe(2);
    expect(findPlaintext(recorder.seen, PLAINTEXT_FORMS)).toEqual([]);
    expect(await client.detokenizeText(String(message.content))).toContain(PII.ssn);
  });

  it('works with a JSON schema DynamicStructuredTool and plain-args invoke', async () => {
    const { client } = setup();
    const inner = new DynamicStructuredTool({
      name: 'echo',
      description: 'Echoes',
      schema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      func: async ({ text }: { text: string }) => `you said: ${text}`,
    });
    const token = await client.scanAndTokenize(`card ${PII.card}`);
    const output = await secureTool(inner, { client }).invoke({ text: token });
    expect(output).toBe(token.replace('card', 'you said: card'));
  });

  it('tokenizes the artifact of content_and_artifact tools', async () => {
    const { client } = setup();
    const inner = tool(async () => [`found ${PII.email}`, { rows: [{ iban: PII.iban }] }], {
      name: 'search',
      description: 'Searches',
      schema: z.object({ q: z.string() }),
      responseFormat: 'content_and_artifact',
    });
    const message = await secureTool(inner, { client }).invoke({
      type: 'tool_call',
      id: 'c1',
      name: 'search',
      args: { q: 'x' },
    });
    expect(ToolMessage.isInstance(message)).toBe(true);
    expect(findPlaintext([message.content, message.artifact], PLAINTEXT_FORMS)).toEqual([]);
    const artifact = message.artifact as { rows: { iban: string }[] };
    expect(await client.decode(artifact.rows[0]!.iban)).toBe(PII.iban);
  });

  it('rethrows tool errors with the message tokenized and the class kept', async () => {
    const { client } = setup();
    class CrmError extends Error {}
    const inner = tool(
      async ({ email }) => {
        throw new CrmError(`no account for ${email}`, { cause: new Error(`ssn ${PII.ssn}`) });
      },
      { name: 'lookup', description: 'Looks up', schema: z.object({ email: z.string() }) },
    );
    const token = await client.scanAndTokenize(PII.email);
    const recorder = new Recorder();
    const error = await secureTool(inner, { client })
      .invoke({ email: token }, { callbacks: [recorder] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CrmError);
    expect((error as Error).message).toBe(`no account for ${token}`);
    expect(findPlaintext(error, PLAINTEXT_FORMS)).toEqual([]);
    expect(findPlaintext(recorder.seen, PLAINTEXT_FORMS)).toEqual([]);
  });

  it('leaves tokens the decode policy refuses encoded and audits them', async () => {
    const { client, audit } = setup();
    const received: unknown[] = [];
    const inner = tool(
      async (args) => {
        received.push(args);
        return 'sent';
      },
      { name: 'send_email', description: 'Sends', schema: z.object({ to: z.string(), body: z.string() }) },
    );
    const policy = new DecodePolicy({ tools: { send_email: { allow: { to: ['EMAIL_ADDRESS'] } } } });
    const to = await client.scanAndTokenize(PII.email);
    const body = await client.scanAndTokenize(`SSN ${PII.ssn}`);
    await secureTool(inner, { client, policy }).invoke({ to, body });
    expect(received).toEqual([{ to: PII.email, body }]);
    await audit.logger.flush();
    const denied = audit.lines.map((line) => JSON.parse(line)).filter((record) => record.kind === 'policy_denied');
    expect(denied).toHaveLength(1);
    expect(denied[0].tokens).toEqual([body.slice(4)]);
  });

  it('drains streamed tool events instead of forwarding decoded values', async () => {
    const { client } = setup();
    const inner = new DynamicStructuredTool({
      name: 'stream',
      description: 'Streams',
      schema: z.object({ email: z.string() }),
      func: async function* ({ email }: { email: string }) {
        yield `working on ${email}`;
        return `done for ${email}`;
      } as never,
    });
    const token = await client.scanAndTokenize(PII.email);
    const output = await secureTool(inner, { client }).invoke({ email: token });
    expect(output).toBe(`done for ${token}`);
  });
});

describe('MaskToolWrapper with a StructuredTool subclass', () => {
  it('wraps a hand-written StructuredTool', async () => {
    const { client } = setup();
    class LookupTool extends StructuredTool {
      name = 'lookup_account';
      description = 'Looks an account up by IBAN';
      schema = z.object({ iban: z.string() });
      readonly seen: string[] = [];
      protected async _call({ iban }: { iban: string }) {
        this.seen.push(iban);
        return `account ${iban} belongs to ${PII.email}`;
      }
    }
    const inner = new LookupTool();
    const token = await client.scanAndTokenize(PII.iban);
    const output = await new MaskToolWrapper(inner, { client }).invoke({ iban: token });
    expect(inner.seen).toEqual([PII.iban]);
    expect(findPlaintext(output, PLAINTEXT_FORMS)).toEqual([]);
    expect(await client.detokenizeText(String(output))).toBe(`account ${PII.iban} belongs to ${PII.email}`);
  });
});

describe('fail closed', () => {
  const downScanner = {
    name: 'down',
    scan: async () => {
      throw new MaskError('SCAN_FAILED', 'scanner unreachable');
    },
  };

  it('never returns tool output it could not tokenize', async () => {
    const client = new MaskClient({ key: randomBytes(32), vault: new MemoryVault(), scanner: downScanner, env: {} });
    clients.push(client);
    let ran = false;
    const inner = tool(
      async () => {
        ran = true;
        return `ssn ${PII.ssn}`;
      },
      { name: 'leaky', description: 'Returns PII', schema: z.object({ q: z.string() }) },
    );
    const error = await secureTool(inner, { client })
      .invoke({ q: 'x' })
      .catch((caught: unknown) => caught);
    expect(ran).toBe(true);
    expect(MaskError.isInstance(error)).toBe(true);
    expect((error as MaskError).code).toBe('SCAN_FAILED');
    expect(findPlaintext(error, PLAINTEXT_FORMS)).toEqual([]);
  });

  it('raises TOKEN_UNKNOWN for placeholders the scope never issued when strict', async () => {
    const { client } = setup();
    let ran = false;
    const inner = tool(
      async () => {
        ran = true;
        return 'ok';
      },
      { name: 'greet', description: 'Greets', schema: z.object({ name: z.string() }) },
    );
    const error = await secureTool(inner, { client, strict: true })
      .invoke({ name: '[PERSON_99]' })
      .catch((caught: unknown) => caught);
    expect(ran).toBe(false);
    expect((error as MaskError).code).toBe('TOKEN_UNKNOWN');
    expect(await secureTool(inner, { client }).invoke({ name: '[PERSON_99]' })).toBe('ok');
  });
});
