// Offline LangChain agent protected by Mask. Run: pnpm --filter @mask/example-langchain-agent start
// (`--check` turns the printed claims into assertions; CI runs that.)
import { randomBytes } from 'node:crypto';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { MemorySaver } from '@langchain/langgraph-checkpoint';
import { DecodePolicy, MaskClient, MemoryVault } from '@mask/core';
import { maskAgentInput, maskMiddleware, unmaskMessages } from '@mask/langchain';
import { createAgent } from 'langchain';
import { z } from 'zod';

const check = process.argv.includes('--check');
const EMAIL = 'maria.garcia@acme-health.org';
const SSN = '536-22-8726';
const CARD = '4111 1111 1111 1111';
const PHONE = '+1 415-867-5309';

/** @type {string[]} */
const auditLines = [];
const client = new MaskClient({
  key: randomBytes(32), // production: MASK_MASTER_KEY or a KMS key provider
  vault: new MemoryVault(),
  tenant: 'acme-health',
  audit: { sink: (lines) => void auditLines.push(...lines) },
  env: {},
});

/** @type {{ tool: string, args: unknown }[]} what the tools received */
const toolSaw = [];
const lookupCustomer = tool(
  async (args) => {
    toolSaw.push({ tool: 'lookup_customer', args });
    return { customer: { email: args.email, ssn: args.ssn, phone: PHONE, cards: [{ number: CARD, primary: true }] } };
  },
  {
    name: 'lookup_customer',
    description: 'Finds a customer by email and SSN.',
    schema: z.object({ email: z.string().email(), ssn: z.string() }),
  },
);
const sendEmail = tool(
  async (args) => {
    toolSaw.push({ tool: 'send_email', args });
    return 'queued';
  },
  {
    name: 'send_email',
    description: 'Sends an email.',
    schema: z.object({ to: z.string().email(), body: z.string() }),
  },
);

/** @param {import('@langchain/core/messages').BaseMessage[]} messages */
const transcript = (messages) =>
  messages
    .map((message) => {
      const calls = AIMessage.isInstance(message) ? (message.tool_calls ?? []) : [];
      const text = calls.map((call) => `${call.name}(${JSON.stringify(call.args)})`).join(' ') || message.text;
      return `${message.type}: ${text}`;
    })
    .join('\n');

// langchain's own fake model, scripted: it can only use what it was shown.
const model = fakeModel()
  .respond((messages) => {
    const text = transcript(messages);
    const email = /[a-z2-7]{12}@mask\.invalid/.exec(text)?.[0] ?? 'none';
    const ssn = /000-\d{2}-\d{4}/.exec(text)?.[0] ?? 'none';
    return new AIMessage({ content: '', tool_calls: [{ id: 'c1', name: 'lookup_customer', args: { email, ssn } }] });
  })
  .respond((messages) => {
    const text = transcript(messages);
    const email = /[a-z2-7]{12}@mask\.invalid/.exec(text)?.[0] ?? 'none';
    const ssn = /000-\d{2}-\d{4}/.exec(text)?.[0] ?? 'none';
    // A prompt injection would try exactly this: mail the SSN out. The decode policy keeps it a token.
    const body = `Hello! Your SSN on file is ${ssn}.`;
    return new AIMessage({ content: '', tool_calls: [{ id: 'c2', name: 'send_email', args: { to: email, body } }] });
  })
  .respond((messages) => {
    const record = messages.find((message) => message.type === 'tool')?.text ?? '';
    return new AIMessage(`Done. Customer record: ${record}`);
  });

const policy = new DecodePolicy({ tools: { send_email: { allow: { to: ['EMAIL_ADDRESS'] } } } });
const agent = createAgent({
  model,
  tools: [lookupCustomer, sendEmail],
  middleware: [maskMiddleware({ client, policy, session: 'thread' })],
  checkpointer: new MemorySaver(),
});

const config = { configurable: { thread_id: 'support-chat-42' } };
const userText = `Hi, I'm ${EMAIL}, SSN ${SSN}. Please look me up and email me my SSN.`;
const input = await maskAgentInput({ messages: [new HumanMessage(userText)] }, { client, session: 'thread', config });
const result = await agent.invoke(input, config);
const final = result.messages.at(-1);
const [display] = await unmaskMessages(final ? [final] : [], {
  client: client.withScope({ session: 'support-chat-42' }),
});

console.log(`== The user typed ==\n${userText}`);
for (const [index, call] of model.calls.entries()) {
  console.log(`\n== What the model saw (call ${index + 1}) ==\n${transcript(call.messages)}`);
}
console.log('\n== What the tools saw ==');
for (const entry of toolSaw) console.log(`${entry.tool}: ${JSON.stringify(entry.args)}`);
console.log(`\n== Final answer, as stored (tokens) ==\n${final?.text}`);
console.log(`\n== Final answer, rehydrated for the user ==\n${display?.text}`);
await client.close();
console.log(`\n== Audit log (${auditLines.length} records, no values) ==`);
for (const line of auditLines) {
  const { kind, entities, tokens } = JSON.parse(line);
  console.log(`${kind} ${JSON.stringify(entities ?? tokens ?? {})}`);
}

if (check) {
  const modelView = JSON.stringify(model.calls.map((call) => call.messages));
  const stored = JSON.stringify(result.messages);
  /** @type {[string, boolean][]} */
  const claims = [
    [
      'the model never saw the email, SSN, phone or card',
      ![EMAIL, SSN, PHONE, CARD].some((v) => modelView.includes(v)),
    ],
    ['the agent state holds no plaintext', ![EMAIL, SSN, PHONE, CARD].some((v) => stored.includes(v))],
    [
      'lookup_customer got the real email and SSN',
      JSON.stringify(toolSaw[0]?.args) === JSON.stringify({ email: EMAIL, ssn: SSN }),
    ],
    ['send_email got the real address', /** @type {any} */ (toolSaw[1]?.args)?.to === EMAIL],
    [
      'the policy kept the SSN a token in the email body',
      /000-\d{2}-\d{4}/.test(String(/** @type {any} */ (toolSaw[1]?.args)?.body)) &&
        !String(/** @type {any} */ (toolSaw[1]?.args)?.body).includes(SSN),
    ],
    ['the user sees the real values', [EMAIL, SSN, CARD].every((v) => display?.text.includes(v))],
    ['the refusal is in the audit log', auditLines.some((line) => line.includes('"policy_denied"'))],
  ];
  const failed = claims.filter(([, ok]) => !ok);
  for (const [claim, ok] of claims) console.log(`${ok ? 'ok  ' : 'FAIL'} ${claim}`);
  if (failed.length > 0) process.exit(1);
}
