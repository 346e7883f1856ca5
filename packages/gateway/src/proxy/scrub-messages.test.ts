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
