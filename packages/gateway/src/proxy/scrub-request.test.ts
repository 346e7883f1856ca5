import { MaskClient, MemoryVault, PatternScanner } from '@mask/core';
import { describe, expect, it } from 'vitest';
import { scrubRequest } from './scrub-request.js';

const EMAIL = 'maria.lopez@acme-health.com';
const maskClient = () =>
  new MaskClient({
    key: Buffer.alloc(32, 9),
    vault: new MemoryVault(),
    scanner: new PatternScanner(),
    env: {},
    audit: false,
  });

describe('scrubRequest', () => {
  it('encodes every request field that is not structural in its type (prediction, user, schemas, unknown ones)', async () => {
    const client = maskClient();
    const tools = [{ type: 'function', function: { name: 'send', description: 'Send mail', parameters: {} } }];
    const request = {
      model: 'gpt-test',
      temperature: 0.2,
      tools,
      messages: [{ role: 'user', content: `Write to ${EMAIL}` }],
      prediction: { type: 'content', content: `Dear ${EMAIL}` },
      user: EMAIL,
      metadata: { customer: EMAIL },
      vendor_extension: { note: `cc ${EMAIL}` },
      stop: [EMAIL],
      tool_choice: 'auto',
      service_tier: `tier for ${EMAIL}`,
      seed: 4111111111111111,
      response_format: { type: 'json_schema', json_schema: { name: 'r', description: `for ${EMAIL}` } },
    };
    const { request: scrubbed, byType } = await scrubRequest(client, request);
    expect(JSON.stringify(scrubbed)).not.toContain(EMAIL);
    expect(byType.EMAIL_ADDRESS).toBe(1);
    expect(scrubbed.model).toBe('gpt-test');
    expect(scrubbed.temperature).toBe(0.2);
    expect(scrubbed.tools).toEqual(tools);
    expect(scrubbed.tool_choice).toBe('auto');
    expect(scrubbed.seed).not.toBe(4111111111111111);
    expect(scrubbed.response_format.json_schema.name).toBe('r');
    // The same value gets the same token everywhere in the request.
    const token = /\S+@mask\.invalid/.exec(scrubbed.messages[0]?.content ?? '')?.[0];
    expect(scrubbed.user).toBe(token);
    expect(scrubbed.prediction.content).toBe(`Dear ${token}`);
    expect(request.user).toBe(EMAIL);
  });
});

describe('scrubRequest refuses', () => {
  it('a model name that holds a sensitive value', async () => {
    const client = maskClient();
    const request = { model: EMAIL, messages: [{ role: 'user', content: 'hi' }] };
    await expect(scrubRequest(client, request)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('scrubRequest leaves ordinary settings working', () => {
  const client = maskClient;

  it('keeps function and schema names, required lists and enums, and walks the rest of a schema', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'reset_password',
          description: `Reset for ${EMAIL}`,
          parameters: {
            type: 'object',
            properties: { new_password: { type: 'string', enum: ['password', 'sso'] }, user_id: { type: 'string' } },
            required: ['new_password', 'user_id'],
          },
        },
      },
    ];
    const request = {
      model: 'anthropic.claude-3-haiku-20240307-v1:0',
      messages: [{ role: 'user', content: 'hi' }],
      tools,
      tool_choice: { type: 'function', function: { name: 'reset_password' } },
      max_completion_tokens: 1_000_000,
    };
    const { request: scrubbed } = await scrubRequest(client(), request);
    const fn = scrubbed.tools[0]?.function;
    expect(fn?.name).toBe('reset_password');
    expect(fn?.description).not.toContain(EMAIL);
    expect(fn?.parameters).toEqual(tools[0]?.function.parameters);
    expect(scrubbed.tool_choice).toEqual(request.tool_choice);
    expect(scrubbed.model).toBe(request.model);
    expect(scrubbed.max_completion_tokens).toBe(1_000_000);
  });

  it('walks enum-like settings that hold digits or dashes', async () => {
    const request = { model: 'm', messages: [{ role: 'user', content: 'hi' }], service_tier: '536-90-4399' };
    const { request: scrubbed } = await scrubRequest(client(), request);
    expect(scrubbed.service_tier).not.toBe('536-90-4399');
  });
});
