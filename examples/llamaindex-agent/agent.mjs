// Offline LlamaIndex.TS agent protected by Mask. Run: pnpm --filter @mask/example-llamaindex-agent start
// (`--check` turns the printed claims into assertions; CI runs that.)
import { randomBytes } from 'node:crypto';
import { ToolCallLLM } from '@llamaindex/core/llms';
import { tool } from '@llamaindex/core/tools';
import { agent } from '@llamaindex/workflow';
import { DecodePolicy, MaskClient, MemoryVault } from '@mask/core';
import { maskLlamaIndexHooks } from '@mask/llamaindex';
import { z } from 'zod';

const check = process.argv.includes('--check');
const EMAIL = 'maria.garcia@acme-health.org';
const SSN = '536-22-8726';
const CARD = '4111 1111 1111 1111';
const IBAN = 'DE89 3704 0044 0532 0130 00';

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
const lookupCustomer = tool({
  name: 'lookup_customer',
  description: 'Finds a customer by email and SSN.',
  parameters: z.object({ email: z.string(), ssn: z.string() }),
  execute: async (args) => {
    toolSaw.push({ tool: 'lookup_customer', args });
    return { customer: { email: args.email, ssn: args.ssn, payment: { card: CARD, iban: IBAN } } };
  },
});
const sendEmail = tool({
  name: 'send_email',
  description: 'Sends an email.',
  parameters: z.object({ to: z.string(), body: z.string() }),
  execute: async (args) => {
    toolSaw.push({ tool: 'send_email', args });
    return 'queued';
  },
});

/** @param {import('@llamaindex/core/llms').ChatMessage[]} messages */
const transcript = (messages) =>
  messages
    .map((message) => {
      const options = /** @type {Record<string, any>} */ (message.options ?? {});
      const calls = Array.isArray(options.toolCall) ? options.toolCall : [];
      const text = calls.map((call) => `${call.name}(${JSON.stringify(call.input)})`).join(' ');
      const role = options.toolResult ? 'tool' : message.role;
      return `${role}: ${text || (typeof message.content === 'string' ? message.content : JSON.stringify(message.content))}`;
    })
    .join('\n');

/** A scripted ToolCallLLM: it can only use what it was shown. Offline, deterministic. */
class ScriptedLLM extends ToolCallLLM {
  supportToolCall = true;
  metadata = {
    model: 'scripted',
    temperature: 0,
    topP: 1,
    contextWindow: 8192,
    tokenizer: undefined,
    structuredOutput: false,
  };
  /** @type {string[]} what the model received, per call */
  seen = [];
  /**
   * @override
   * @param {any} params
   * @returns {Promise<any>}
   */
  async chat(params) {
    const text = transcript(params.messages);
    this.seen.push(text);
    const email = /[a-z2-7]{12}@mask\.invalid/.exec(text)?.[0] ?? 'none';
    const ssn = /000-\d{2}-\d{4}/.exec(text)?.[0] ?? 'none';
    /** @type {any} */
    let chunk;
    if (this.seen.length === 1)
      chunk = { delta: '', options: { toolCall: [{ id: 'c1', name: 'lookup_customer', input: { email, ssn } }] } };
    else if (this.seen.length === 2) {
      // A prompt injection would try exactly this: mail the SSN out. The decode policy keeps it a token.
      const body = `Hello! Your SSN on file is ${ssn}.`;
      chunk = { delta: '', options: { toolCall: [{ id: 'c2', name: 'send_email', input: { to: email, body } }] } };
    } else chunk = { delta: `Done. Your record: ${/tool: (\{[\s\S]*?\n\})/.exec(text)?.[1] ?? ''}` };
    return (async function* () {
      yield { raw: null, ...chunk };
    })();
  }
  /**
   * @override
   * @returns {Promise<any>}
   */
  async complete() {
    throw new Error('offline model');
  }
}

const llm = new ScriptedLLM();
const policy = new DecodePolicy({ tools: { send_email: { allow: { to: ['EMAIL_ADDRESS'] } } } });
const mask = maskLlamaIndexHooks({ client, policy, session: 'support-chat-42' });
const quiet = { log: () => undefined, error: () => undefined, warn: () => undefined };
const workflow = agent({ ...mask.agentParams({ llm, tools: [lookupCustomer, sendEmail] }), logger: quiet });

const userText = `Hello, my email is ${EMAIL} and my SSN is ${SSN}. Look me up and email me my SSN.`;
const result = await mask.run(workflow, userText);
const stored = String(result.data.result);
const display = await mask.rehydrate(stored);

console.log(`== The user typed ==\n${userText}`);
for (const [index, text] of llm.seen.entries()) console.log(`\n== What the model saw (call ${index + 1}) ==\n${text}`);
console.log('\n== What the tools saw ==');
for (const entry of toolSaw) console.log(`${entry.tool}: ${JSON.stringify(entry.args)}`);
console.log(`\n== Final answer, as stored (tokens) ==\n${stored}`);
console.log(`\n== Final answer, rehydrated for the user ==\n${display}`);
await client.close();
console.log(`\n== Audit log (${auditLines.length} records, no values) ==`);
for (const line of auditLines) {
  const { kind, entities, tokens } = JSON.parse(line);
  console.log(`${kind} ${JSON.stringify(entities ?? tokens ?? {})}`);
}

if (check) {
  const modelView = llm.seen.join('\n');
  const memory = JSON.stringify(await result.data.state?.memory.get());
  const secrets = [EMAIL, SSN, CARD, IBAN, IBAN.replaceAll(' ', '')];
  const sent = /** @type {any} */ (toolSaw[1]?.args);
  /** @type {[string, boolean][]} */
  const claims = [
    ['the model never saw the email, SSN, card or IBAN', !secrets.some((v) => modelView.includes(v))],
    ['the agent memory holds no plaintext', memory.length > 2 && !secrets.some((v) => memory.includes(v))],
    [
      'lookup_customer got the real email and SSN',
      JSON.stringify(toolSaw[0]?.args) === JSON.stringify({ email: EMAIL, ssn: SSN }),
    ],
    ['send_email got the real address', sent?.to === EMAIL],
    [
      'the policy kept the SSN a token in the email body',
      /000-\d{2}-\d{4}/.test(String(sent?.body)) && !String(sent?.body).includes(SSN),
    ],
    ['the user sees the real values', [EMAIL, SSN, CARD, IBAN].every((v) => display.includes(v))],
    ['the refusal is in the audit log', auditLines.some((line) => line.includes('"policy_denied"'))],
  ];
  for (const [claim, ok] of claims) console.log(`${ok ? 'ok  ' : 'FAIL'} ${claim}`);
  if (claims.some(([, ok]) => !ok)) process.exit(1);
}
