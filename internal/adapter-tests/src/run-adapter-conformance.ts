import { randomBytes } from 'node:crypto';
import { AuditLogger, DecodePolicy, type MaskClient, MaskClient as MaskClientClass, MemoryVault } from '@mask/core';
import { afterEach, describe, expect, it } from 'vitest';
import { findEmail, findSsn, PII, PLAINTEXT_FORMS } from './fixtures.js';
import { containsText, findPlaintext } from './inspect.js';
import type {
  AdapterHarness,
  AgentRunResult,
  AuditCapture,
  ConformanceOptions,
  ConformanceTool,
  ScriptedModel,
  TranscriptMessage,
} from './types.js';

const LOOKUP_PARAMETERS = {
  type: 'object',
  properties: {
    email: { type: 'string', description: 'Customer email address' },
    ssn: { type: 'string', description: 'Customer social security number' },
  },
  required: ['email', 'ssn'],
  additionalProperties: false,
} as const;

const SEND_EMAIL_PARAMETERS = {
  type: 'object',
  properties: {
    to: { type: 'string' },
    subject: { type: 'string' },
    body: { type: 'string' },
  },
  required: ['to', 'subject', 'body'],
  additionalProperties: false,
} as const;

const USER_MESSAGE = `Hi, my email is ${PII.email} and my SSN is ${PII.ssn}. Please pull up my account.`;

/** Creates a fresh audit capture: an AuditLogger whose lines land in `lines`. */
export function createAuditCapture(): AuditCapture {
  const lines: string[] = [];
  const logger = new AuditLogger({ sink: (batch) => void lines.push(...batch), signingKey: randomBytes(32) });
  return { lines, logger };
}

function defaultClient(audit: AuditCapture): MaskClient {
  return new MaskClientClass({
    key: randomBytes(32),
    vault: new MemoryVault(),
    tenant: 'conformance',
    session: `run-${randomBytes(4).toString('hex')}`,
    audit: audit.logger,
    env: {},
  });
}

function lastOf(transcript: readonly TranscriptMessage[], role: TranscriptMessage['role']): TranscriptMessage {
  const message = transcript.findLast((entry) => entry.role === role);
  if (!message) throw new Error(`scripted model: no ${role} message in the transcript`);
  return message;
}

/** The model reads the email and SSN it was shown, calls the tool with them, then echoes the tool result. */
const lookupScript: ScriptedModel = (transcript) => {
  if (transcript.at(-1)?.role === 'tool') {
    return { type: 'text', text: `Here is your account: ${lastOf(transcript, 'tool').text}` };
  }
  const user = lastOf(transcript, 'user').text;
  return {
    type: 'tool_calls',
    calls: [{ id: 'call_lookup_1', name: 'lookup_customer', args: { email: findEmail(user), ssn: findSsn(user) } }],
  };
};

/** The model tries to mail the SSN out (a prompt injection would do the same). */
const exfiltrationScript: ScriptedModel = (transcript) => {
  if (transcript.at(-1)?.role === 'tool') return { type: 'text', text: 'Done, the email is on its way.' };
  const user = lastOf(transcript, 'user').text;
  return {
    type: 'tool_calls',
    calls: [
      {
        id: 'call_send_1',
        name: 'send_email',
        args: { to: findEmail(user), subject: 'Your records', body: `As requested, your SSN is ${findSsn(user)}.` },
      },
    ],
  };
};

/**
 * The shared conformance suite every Mask adapter runs. A tool returning nested PII is called by a scripted
 * model through the framework's real agent loop, and the suite asserts that:
 *
 * 1. every message the model received holds tokens only, at any depth;
 * 2. the tool received the real values;
 * 3. the framework's stored history / state holds tokens only;
 * 4. the final answer can be rehydrated for the user;
 * 5. errors thrown by the tool come back to the model without plaintext;
 * 6. a decode policy keeps a refused token encoded in the tool's arguments and audits the refusal;
 * 7. (harnesses with `conversations: true`) a second turn keeps tokens stable and the resent history tokenized.
 *
 * @example
 * runAdapterConformance({ name: 'langchain: createAgent', run: async (request) => { ... } });
 */
export function runAdapterConformance(harness: AdapterHarness, options: ConformanceOptions = {}): void {
  const createClient = options.createClient ?? defaultClient;
  const opened: MaskClient[] = [];

  async function setup() {
    const audit = createAuditCapture();
    const client = await createClient(audit);
    opened.push(client);
    return { audit, client };
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((client) => client.close()));
  });

  function expectNoPlaintext(value: unknown, where: string) {
    expect(findPlaintext(value, PLAINTEXT_FORMS), `plaintext in ${where}`).toEqual([]);
  }

  function expectModelSawTokens(run: AgentRunResult) {
    expect(run.modelInputs.length, 'the model was called').toBeGreaterThanOrEqual(2);
    // Not vacuous: the model did receive the user's request and a token in place of the email.
    expect(containsText(run.modelInputs, 'Please pull up my account'), 'model saw the user message').toBe(true);
    expect(containsText(run.modelInputs, /@mask\.invalid/), 'model saw an email token').toBe(true);
  }

  describe(`adapter conformance: ${harness.name}`, () => {
    describe('a tool returning nested PII', () => {
      const received: Record<string, unknown>[] = [];
      const lookupTool: ConformanceTool = {
        name: 'lookup_customer',
        description: 'Looks a customer up by email address and SSN.',
        parameters: LOOKUP_PARAMETERS,
        execute: async (args) => {
          received.push(args);
          return {
            customer: {
              email: args.email,
              ssn: args.ssn,
              phones: [{ kind: 'mobile', number: PII.phone }],
              payment: [{ card: PII.card }, { iban: PII.iban }],
              lastLogin: JSON.stringify({ ip: PII.ip, at: '2026-11-01T08:00:00Z' }),
            },
            status: 'active',
          };
        },
      };

      async function runLookup(rehydrate: boolean) {
        received.length = 0;
        const { client, audit } = await setup();
        const run = await harness.run({
          client,
          tools: [lookupTool],
          model: lookupScript,
          userMessage: USER_MESSAGE,
          rehydrate,
        });
        return { run, client, audit };
      }

      it('(1) every message the model received holds tokens only, at any depth', async () => {
        const { run } = await runLookup(false);
        expectModelSawTokens(run);
        expectNoPlaintext(run.modelInputs, 'model inputs');
      });

      it('(2) the tool received the real values', async () => {
        await runLookup(false);
        expect(received).toHaveLength(1);
        expect(received[0]).toMatchObject({ email: PII.email, ssn: PII.ssn });
      });

      it('(3) the stored history and state hold tokens only', async () => {
        const { run } = await runLookup(false);
        expect(containsText(run.state, /@mask\.invalid/), 'state holds the conversation').toBe(true);
        expectNoPlaintext(run.state, 'framework state');
        expectNoPlaintext(run.finalText, 'final answer');
      });

      it('(4) the final answer can be rehydrated for the user', async () => {
        const { run, client } = await runLookup(true);
        expectNoPlaintext(run.finalText, 'final answer before rehydration');
        expectNoPlaintext(run.state, 'framework state');
        const display = run.displayText ?? (await client.detokenizeText(run.finalText));
        for (const value of [PII.email, PII.ssn, PII.phone, PII.card, PII.iban, PII.ip]) {
          expect(display, 'rehydrated answer').toContain(value);
        }
      });
    });

    // Defined only for harnesses that keep conversations (never a skipped test).
    if (harness.conversations === true) {
      it('(7) a second turn keeps tokens stable and the resent history tokenized', async () => {
        const { client } = await setup();
        const conversation = `conversation-${randomBytes(4).toString('hex')}`;
        const lookupTool: ConformanceTool = {
          name: 'lookup_customer',
          description: 'Looks a customer up by email address and SSN.',
          parameters: LOOKUP_PARAMETERS,
          execute: async (args) => ({ customer: { email: args.email, card: PII.card } }),
        };
        const first = await harness.run({
          client,
          tools: [lookupTool],
          model: lookupScript,
          userMessage: USER_MESSAGE,
          rehydrate: false,
          conversation,
        });
        const followUp: ScriptedModel = (transcript) => ({
          type: 'text',
          text: `You said: ${lastOf(transcript, 'user').text}`,
        });
        const second = await harness.run({
          client,
          tools: [lookupTool],
          model: followUp,
          userMessage: `Also, my phone is ${PII.phone}. Same email ${PII.email}.`,
          rehydrate: false,
          conversation,
        });
        const firstToken = findEmail(JSON.stringify(first.finalText));
        expect(firstToken, 'an email token in the first answer').toMatch(/@mask\.invalid$/);
        expect(second.finalText, 'the same email gets the same token').toContain(firstToken!);
        expect(containsText(second.modelInputs, 'Please pull up my account'), 'history resent').toBe(true);
        expectNoPlaintext(second.modelInputs, 'model inputs of the second turn');
        expectNoPlaintext(second.state, 'framework state after the second turn');
      });
    }

    it('(5) errors thrown by the tool come back to the model without plaintext', async () => {
      const { client } = await setup();
      let calls = 0;
      const failingTool: ConformanceTool = {
        name: 'lookup_customer',
        description: 'Looks a customer up by email address and SSN.',
        parameters: LOOKUP_PARAMETERS,
        execute: async (args) => {
          calls++;
          throw new Error(`Account locked for ${String(args.email)} (SSN ${String(args.ssn)})`);
        },
      };
      const run = await harness.run({
        client,
        tools: [failingTool],
        model: lookupScript,
        userMessage: USER_MESSAGE,
        rehydrate: false,
      });
      expect(calls).toBe(1);
      expect(containsText(run.modelInputs, 'Account locked for'), 'the error reached the model').toBe(true);
      expectNoPlaintext(run.modelInputs, 'model inputs');
      expectNoPlaintext(run.state, 'framework state');
      expectNoPlaintext(run.finalText, 'final answer');
    });

    it('(6) a decode policy keeps refused tokens encoded and audits the refusal', async () => {
      const { client, audit } = await setup();
      const sent: Record<string, unknown>[] = [];
      const sendEmail: ConformanceTool = {
        name: 'send_email',
        description: 'Sends an email.',
        parameters: SEND_EMAIL_PARAMETERS,
        execute: async (args) => {
          sent.push(args);
          return { status: 'queued' };
        },
      };
      const policy = new DecodePolicy({ tools: { send_email: { allow: { to: ['EMAIL_ADDRESS'] } } } });
      const run = await harness.run({
        client,
        tools: [sendEmail],
        model: exfiltrationScript,
        userMessage: `Email my SSN ${PII.ssn} to ${PII.email}, thanks.`,
        policy,
        rehydrate: false,
      });
      expect(sent).toHaveLength(1);
      expect(sent[0]?.to).toBe(PII.email);
      const body = String(sent[0]?.body);
      expect(body).not.toContain(PII.ssn);
      const ssnToken = findSsn(body);
      expect(ssnToken, 'the SSN token stayed in the body').toBeDefined();
      expect(containsText(run.modelInputs, ssnToken!), 'the model held the same token').toBe(true);
      expectNoPlaintext(run.modelInputs, 'model inputs');
      if (options.auditPolicyDenials !== false) {
        await audit.logger.flush();
        const denied = audit.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
        const record = denied.find((entry) => entry.kind === 'policy_denied');
        expect(record, 'a policy_denied audit record').toBeDefined();
        expect(JSON.stringify(record)).toContain(ssnToken!);
        expect(findPlaintext(audit.lines, PLAINTEXT_FORMS)).toEqual([]);
      }
    });
  });
}
