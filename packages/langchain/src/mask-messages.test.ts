import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { findPlaintext, PII, PLAINTEXT_FORMS } from '@mask/adapter-tests';
import { afterEach, describe, expect, it } from 'vitest';
import { testClient } from './__fixtures__/client.js';
import { maskMessages, unmaskMessages } from './index.js';
import { maskMessagesCached } from './mask-messages.js';

const clients: { close(): Promise<void> }[] = [];
function setup() {
  const made = testClient();
  clients.push(made.client);
  return made;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

describe('maskMessages / unmaskMessages', () => {
  it('round-trips messages, keeping class, id, name and tool-call ids', async () => {
    const { client } = setup();
    const messages = [
      new HumanMessage({ content: `I am ${PII.email}`, id: 'h1', name: 'maria' }),
      new AIMessage({
        content: '',
        id: 'a1',
        tool_calls: [{ id: 'c1', name: 'lookup', args: { ssn: PII.ssn }, type: 'tool_call' }],
      }),
      new ToolMessage({ content: `card ${PII.card}`, tool_call_id: 'c1', artifact: { ip: PII.ip }, id: 't1' }),
      new HumanMessage({ content: 'nothing to hide', id: 'h2' }),
    ];
    const masked = await maskMessages(messages, { client });
    expect(findPlaintext(masked, PLAINTEXT_FORMS)).toEqual([]);
    expect(masked.map((message) => [message.constructor.name, message.id])).toEqual([
      ['HumanMessage', 'h1'],
      ['AIMessage', 'a1'],
      ['ToolMessage', 't1'],
      ['HumanMessage', 'h2'],
    ]);
    expect(masked[0]!.name).toBe('maria');
    expect((masked[2] as ToolMessage).tool_call_id).toBe('c1');
    expect(masked[3]).toBe(messages[3]);
    const restored = await unmaskMessages(masked, { client });
    expect(restored[0]!.text).toBe(`I am ${PII.email}`);
    expect((restored[1] as AIMessage).tool_calls?.[0]?.args).toEqual({ ssn: PII.ssn });
    expect((restored[2] as ToolMessage).artifact).toEqual({ ip: PII.ip });
  });

  it('the cached path skips known-clean messages but rescans a message changed after masking', async () => {
    const { client } = setup();
    const owner = {};
    const [first] = await maskMessagesCached([new HumanMessage(`ssn ${PII.ssn}`)], { client }, owner);
    const again = await maskMessagesCached([first!], { client }, owner);
    expect(again[0]).toBe(first);
    first!.content = `now my card ${PII.card}`; // mutated in place by someone else
    const rescanned = await maskMessagesCached([first!], { client }, owner);
    expect(rescanned[0]).not.toBe(first);
    expect(findPlaintext(rescanned, PLAINTEXT_FORMS)).toEqual([]);
  });
});
