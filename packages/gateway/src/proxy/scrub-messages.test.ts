import { LocalNerEngine, MaskClient, MemoryVault, PatternScanner, type Vault, WaterfallScanner } from '@mask/core';
import { afterAll, describe, expect, it } from 'vitest';
import { scrubMessages } from './scrub-messages.js';

/** A real MemoryVault that counts the calls made to it. */
function countingVault(): { vault: Vault; calls: () => number } {
  const inner = new MemoryVault();
  let calls = 0;
  const vault = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'getMany' || property === 'putManyIfAbsent' || property === 'putMany') calls++;
        return value.apply(target, args);
      };
    },
  });
  return { vault, calls: () => calls };
}

interface ChatMessage {
  content: string | { type: string; text: string }[] | null;
  tool_calls?: { id: string; function: { arguments: string } }[];
}

const PEOPLE = ['Maria Lopez', 'John Smith', 'Aisha Khan', 'Pedro Alvarez', 'Olivia Brown', 'Liam Walsh'];
const scanner = new WaterfallScanner({ tier0: new PatternScanner(), engines: [new LocalNerEngine()] });
afterAll(() => scanner.close?.());

describe('scrubMessages', () => {
  it('tokenizes a whole conversation in one batch, numbering placeholders in order of first appearance', async () => {
    const { vault, calls } = countingVault();
    const client = new MaskClient({ key: Buffer.alloc(32, 3), vault, scanner, env: {}, audit: false, session: 'c1' });
    const messages = [
      { role: 'system', content: 'You are a helpful assistant.' },
      ...PEOPLE.map((name, index) => ({
        role: 'user',
        content: `Please call ${name} back about order ${1000 + index}; ${name} wrote to ${name.split(' ')[0]?.toLowerCase()}@example.org.`,
      })),
      { role: 'user', content: [{ type: 'text', text: `Also remind ${PEOPLE[0]} about the refund.` }] },
    ];
    const { messages: scrubbed, byType } = await scrubMessages(client, messages);
    const contents = (scrubbed as ChatMessage[]).map((message) =>
      typeof message.content === 'string' ? message.content : message.content?.[0]?.text,
    );
    PEOPLE.forEach((name, index) => {
      expect(contents[index + 1]).toContain(`[PERSON_${index + 1}]`);
      expect(contents[index + 1]).not.toContain(name);
      expect(contents[index + 1]).toMatch(/@mask\.invalid/);
    });
    expect(contents.at(-1)).toBe('Also remind [PERSON_1] about the refund.');
    expect(byType.PERSON).toBe(PEOPLE.length * 2 + 1);
    // One scan and one engine batch: index/probe read, record claim, index + counter writes. Per-message calls
    // would make three or more calls per message.
    expect(calls()).toBeLessThanOrEqual(4);
    // The input is not mutated.
    expect(messages[1]?.content).toContain(PEOPLE[0]);
  });

  it('encodes tool-call arguments as JSON after the texts, with the same tokens for the same values', async () => {
    const client = new MaskClient({
      key: Buffer.alloc(32, 4),
      vault: new MemoryVault(),
      scanner,
      env: {},
      audit: false,
    });
    const { messages: scrubbed } = await scrubMessages(client, [
      { role: 'user', content: 'Write to maria.lopez@acme-health.com today.' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: {
              name: 'send',
              arguments: JSON.stringify({ to: 'maria.lopez@acme-health.com', cc: 'ops@acme-health.com' }),
            },
          },
        ],
      },
    ]);
    const [user, assistant] = scrubbed as [ChatMessage, ChatMessage];
    const text = user.content as string;
    const token = /\S+@mask\.invalid/.exec(text)?.[0];
    const args = JSON.parse(assistant.tool_calls?.[0]?.function.arguments ?? '{}');
    expect(token).toBeDefined();
    expect(args.to).toBe(token);
    expect(args.cc).toMatch(/@mask\.invalid$/);
    expect(args.cc).not.toBe(token);
    expect(assistant.tool_calls?.[0]?.id).toBe('call_1');
  });

  it('walks tool-call arguments as deep as deepEncode walks any value (no level lost to batching)', async () => {
    const client = new MaskClient({
      key: Buffer.alloc(32, 6),
      vault: new MemoryVault(),
      scanner,
      env: {},
      audit: false,
    });
    let nested: unknown = 'write to maria.lopez@acme-health.com';
    for (let level = 0; level < 63; level++) nested = [nested];
    const argumentsText = JSON.stringify(nested);
    const { messages } = await scrubMessages(client, [
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c', function: { name: 'f', arguments: argumentsText } }],
      },
    ]);
    const encoded = (messages[0] as ChatMessage).tool_calls?.[0]?.function.arguments ?? '';
    expect(encoded).not.toContain('maria.lopez@acme-health.com');
    expect(encoded).toMatch(/@mask\.invalid/);
  });
});

describe('scrubMessages denies by default', () => {
  const client = () =>
    new MaskClient({ key: Buffer.alloc(32, 8), vault: new MemoryVault(), scanner, env: {}, audit: false });
  const EMAIL = 'maria.lopez@acme-health.com';

  it('encodes every message field it does not know to be structural, and keeps the structural ones', async () => {
    const messages = [
      { role: 'assistant', name: 'helper_1', content: null, refusal: `I will not mail ${EMAIL}` },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c2', type: 'function', function: { name: 'send', arguments: { to: EMAIL } } }],
      },
      { role: 'user', content: { note: `from ${EMAIL}` }, extra: [EMAIL] },
      { role: 'tool', tool_call_id: 'c2', content: [{ type: 'text', text: 'sent' }, EMAIL] },
    ];
    const { messages: scrubbed } = await scrubMessages(client(), messages);
    expect(JSON.stringify(scrubbed)).not.toContain(EMAIL);
    const [refusal, call, user, tool] = scrubbed as Record<string, unknown>[];
    expect(refusal).toMatchObject({
      role: 'assistant',
      name: 'helper_1',
      refusal: expect.stringMatching(/@mask\.invalid$/),
    });
    expect(call).toMatchObject({
      tool_calls: [
        {
          id: 'c2',
          type: 'function',
          function: { name: 'send', arguments: { to: expect.stringMatching(/@mask\.invalid$/) } },
        },
      ],
    });
    expect(user).toMatchObject({ extra: [expect.stringMatching(/@mask\.invalid$/)] });
    expect(tool).toMatchObject({
      tool_call_id: 'c2',
      content: [{ type: 'text', text: 'sent' }, expect.stringMatching(/@mask\.invalid$/)],
    });
  });

  it('walks structural fields of another shape, extra fields of text parts and non-binary data: URLs', async () => {
    const messages = [
      { role: 'user', content: [{ type: 'text', text: 'hi', note: EMAIL }] },
      { role: 'assistant', content: null, tool_calls: { function: { name: 'x', arguments: `{"to":"${EMAIL}"}` } } },
      { role: 'assistant', content: null, function_call: `send ${EMAIL}` },
      { role: 'user', content: [{ type: 'image_url', image_url: { url: `data:text/plain,${EMAIL}` } }] },
      { role: 'user', content: [{ type: 'x', meta: { data: EMAIL } }], name: { first: EMAIL } },
    ];
    const { messages: scrubbed } = await scrubMessages(client(), messages);
    expect(JSON.stringify(scrubbed)).not.toContain(EMAIL);
    expect(scrubbed[0]).toMatchObject({ content: [{ type: 'text', text: 'hi' }] });
  });

  it('reads keys as context: JSON tool results are walked, and a walked field keeps its key', async () => {
    const messages = [
      { role: 'tool', tool_call_id: 'c1', content: '{"newPassword":"s3cr3tPa55","routing_number":"021000021"}' },
      { role: 'user', content: 'hi', password: 'hunter2xyz' },
    ];
    const { messages: scrubbed } = await scrubMessages(client(), messages);
    expect(JSON.stringify(scrubbed)).not.toMatch(/s3cr3tPa55|021000021|hunter2xyz/);
    expect(JSON.parse((scrubbed[0] as { content: string }).content).newPassword).toBe('[PASSWORD_1]');
  });

  it('refuses a request whose name or id holds a sensitive value, without echoing it', async () => {
    for (const message of [
      { role: 'user', name: '536-90-4399', content: 'hi' },
      { role: 'tool', tool_call_id: '4111111111111111', content: 'ok' },
    ]) {
      const failure = scrubMessages(client(), [message]);
      await expect(failure).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(failure).rejects.not.toThrow(/536-90-4399|4111111111111111/);
    }
  });

  it('lets ids and names through that only NER reads as names (a UUID, a tool named Wikipedia)', async () => {
    const id = '01f6a665-e748-4ff2-9ede-70d1b9a3ff50';
    const messages = [
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id, type: 'function', function: { name: 'Wikipedia', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: id, content: 'ok' },
    ];
    const { messages: scrubbed } = await scrubMessages(client(), messages);
    expect(scrubbed).toEqual(messages);
  });

  it('walks non-text content parts but leaves data: URLs and base64 payloads as they are', async () => {
    const image = `data:image/png;base64,${Buffer.from(`${EMAIL} in pixels, `.repeat(4)).toString('base64')}`;
    // Too short for base64 of a payload (and not base64 at all): scanned.
    const fake = 'data:image/png;base64,536-90-4399';
    const audio = Buffer.from('audio bytes '.repeat(8)).toString('base64');
    const messages = [
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: image, detail: 'low' } },
          { type: 'image_url', image_url: { url: `https://img.example.com/render?owner=${EMAIL}` } },
          { type: 'input_audio', input_audio: { data: audio, format: 'wav' } },
          { type: 'image_url', image_url: { url: fake } },
        ],
      },
    ];
    const { messages: scrubbed } = await scrubMessages(client(), messages);
    const parts = (scrubbed[0] as { content: { image_url?: { url: string }; input_audio?: { data: string } }[] })
      .content;
    expect(parts[0]?.image_url?.url).toBe(image);
    expect(parts[1]?.image_url?.url).not.toContain(EMAIL);
    expect(parts[1]?.image_url?.url).toMatch(/^https:\/\/img\.example\.com\/render\?owner=\S+@mask\.invalid$/);
    expect(parts[2]?.input_audio?.data).toBe(audio);
    expect(parts[3]?.image_url?.url).not.toContain('536-90-4399');
  });
});
