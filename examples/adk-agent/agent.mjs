// Offline Google ADK agent protected by Mask. Run: pnpm --filter @mask/example-adk-agent start
// (`--check` turns the printed claims into assertions; CI runs that.)
import { BaseLlm, FunctionTool, InMemoryRunner, LlmAgent } from '@google/adk';
import { MaskPlugin, rehydrateEvent } from '@mask/adk';
import { DecodePolicy, MaskClient, MemoryVault } from '@mask/core';
import { z } from 'zod';

const check = process.argv.includes('--check');
const EMAIL = 'maria.garcia@acme-health.org';
const SSN = '536-22-8726';
const CARD = '4111 1111 1111 1111';

/** A scripted model (a real BaseLlm): look the customer up, email them, then summarize. Offline, deterministic. */
class ScriptedLlm extends BaseLlm {
  /** @type {string[]} what the model received, per call */
  seen = [];
  constructor() {
    super({ model: 'scripted' });
  }
  /** @param {import('@google/adk').LlmRequest} request */
  async *generateContentAsync(request) {
    const text = JSON.stringify(request.contents);
    this.seen.push(text);
    const email = /[a-z2-7]{12}@mask\.invalid/.exec(text)?.[0] ?? '';
    const ssn = /000-\d{2}-\d{4}/.exec(text)?.[0] ?? '';
    const calls = this.seen.length;
    /** @type {import('@google/genai').Part[]} */
    let parts;
    if (calls === 1) parts = [{ functionCall: { id: 'c1', name: 'lookup_customer', args: { email, ssn } } }];
    else if (calls === 2) {
      const body = `Hello! The card on file for SSN ${ssn} ends in ${text.match(/99\d\d \d{4} \d{4} (\d{4})/)?.[1]}.`;
      parts = [{ functionCall: { id: 'c2', name: 'send_email', args: { to: email, body } } }];
    } else parts = [{ text: `Done. I emailed ${email}; their record: ${/"customer":\{[^}]*\}/.exec(text)?.[0]}` }];
    yield { content: { role: 'model', parts }, turnComplete: true };
  }
  /** @returns {Promise<import('@google/adk').BaseLlmConnection>} */
  async connect() {
    throw new Error('offline model');
  }
}

/** @type {unknown[]} */
const toolCalls = [];
const lookupCustomer = new FunctionTool({
  name: 'lookup_customer',
  description: 'Finds a customer by email and SSN.',
  parameters: z.object({ email: z.string(), ssn: z.string() }),
  execute: async ({ email, ssn }) => {
    toolCalls.push({ tool: 'lookup_customer', email, ssn });
    return { customer: { email, ssn, card: CARD, name: 'Maria Garcia' }, status: 'active' };
  },
});
const sendEmail = new FunctionTool({
  name: 'send_email',
  description: 'Sends an email.',
  parameters: z.object({ to: z.string(), body: z.string() }),
  execute: async ({ to, body }) => {
    toolCalls.push({ tool: 'send_email', to, body });
    return { status: 'queued' };
  },
});

// A fixed demo key keeps the example one command; in production the key comes from MASK_MASTER_KEY or a KMS.
const client = new MaskClient({
  key: '6d61736b2d6578616d706c652d6b65792d6f6e6c792d666f722d64656d6f7321',
  vault: new MemoryVault(),
  audit: false,
});
// send_email may receive the recipient address in the clear, nothing else: an injected "mail the SSN out" fails.
const policy = new DecodePolicy({ tools: { send_email: { allow: { to: ['EMAIL_ADDRESS'] } } } });
const model = new ScriptedLlm();
const agent = new LlmAgent({
  name: 'support',
  model,
  instruction: 'Help the customer.',
  tools: [lookupCustomer, sendEmail],
});
const runner = new InMemoryRunner({ agent, appName: 'support', plugins: [new MaskPlugin({ client, policy })] });
const session = await runner.sessionService.createSession({ appName: 'support', userId: 'maria' });

/** @type {import('@google/adk').Event | undefined} */
let answer;
for await (const event of runner.runAsync({
  userId: 'maria',
  sessionId: session.id,
  newMessage: { role: 'user', parts: [{ text: `I'm ${EMAIL}, SSN ${SSN}. Email me my card details.` }] },
})) {
  if (event.content?.parts?.some((part) => part.text)) answer = event;
}
const stored = await runner.sessionService.getSession({ appName: 'support', userId: 'maria', sessionId: session.id });
const shown = answer ? await rehydrateEvent(answer, { client }) : undefined;

console.log('The model saw (last request):\n ', model.seen.at(-1)?.slice(0, 400), '...\n');
console.log('The tools got:\n ', toolCalls.map((call) => JSON.stringify(call)).join('\n  '), '\n');
console.log('The stored session answer (tokens):\n ', answer?.content?.parts?.[0]?.text, '\n');
console.log('Shown to the user (rehydrated):\n ', shown?.content?.parts?.[0]?.text);

if (check) {
  const secrets = [EMAIL, SSN, CARD, '4111111111111111'];
  /** @type {string[]} */
  const failures = [];
  const modelText = model.seen.join('\n');
  const sessionText = JSON.stringify(stored?.events ?? []);
  for (const secret of secrets) {
    if (modelText.includes(secret)) failures.push(`model saw ${secret.slice(0, 4)}...`);
    if (sessionText.includes(secret)) failures.push(`session holds ${secret.slice(0, 4)}...`);
  }
  const [lookup, mail] = /** @type {Record<string, string>[]} */ (toolCalls);
  if (lookup?.email !== EMAIL || lookup?.ssn !== SSN) failures.push('lookup_customer did not get the real values');
  if (mail?.to !== EMAIL) failures.push('send_email did not get the real recipient');
  if (!mail?.body || mail.body.includes(SSN) || !/000-\d{2}-\d{4}/.test(mail.body)) {
    failures.push('the decode policy did not keep the SSN encoded in the email body');
  }
  if (!shown?.content?.parts?.[0]?.text?.includes(EMAIL)) failures.push('the answer was not rehydrated');
  if ((model.seen.length ?? 0) !== 3) failures.push(`expected 3 model calls, got ${model.seen.length}`);
  if (failures.length > 0) {
    console.error(`\nCHECK FAILED:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nCHECK OK: tools got real values, the model and the session only tokens.');
}
await client.close();
