import { randomBytes } from 'node:crypto';
import { keyIdFor, MaskClient, MemoryVault } from '@mask/core';
import { COMMON_FLAGS, parseCommandArgs } from '../args.js';
import { EXIT } from '../cli-error.js';
import { type CliIo, colorsFor } from '../io/cli-io.js';

export const DEMO_HELP = `Usage: mask demo [--json]

An offline walk-through of Mask in an agent loop, with no setup:
  1. a CRM tool returns a record full of personal data,
  2. Mask tokenizes it: this is all the model ever sees,
  3. the model calls a send_email tool with tokens in its arguments,
  4. Mask puts the real values back just before the tool runs.
Uses an in-memory vault and a key generated for this demo only (it is printed as such and discarded).
`;

/** The tool result of the demo: realistic, entirely fictitious values (test card, documentation ranges). */
export const DEMO_TOOL_RESULT = {
  customer: {
    name: 'Maria Gonzalez',
    email: 'maria.gonzalez@example.com',
    phone: '+44 20 7123 4567',
    ssn: '536-22-1487',
  },
  payment: { card: '4111 1111 1111 1111', iban: 'DE89 3704 0044 0532 0130 00' },
  lastLogin: { ip: '192.168.10.24', at: '2026-11-21T18:04:00Z' },
  notes: 'Maria Gonzalez called from +44 20 7123 4567 asking for a refund to card 4111 1111 1111 1111.',
};

/** `mask demo`. */
export async function runDemo(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('demo', args, COMMON_FLAGS);
  if (values.help) {
    io.stdout.write(DEMO_HELP);
    return EXIT.ok;
  }
  const color = colorsFor(io.stdout, io.env);
  const key = new Uint8Array(randomBytes(32));
  const keyId = keyIdFor(key);
  const mask = new MaskClient({
    key,
    vault: new MemoryVault(),
    tenant: 'demo',
    session: 'demo-session',
    audit: false,
    env: {},
  });
  try {
    const modelSees = await mask.deepEncode(DEMO_TOOL_RESULT);
    const customer = modelSees.customer;
    // What a model would write after reading the tokenized record: it can only use the tokens.
    const toolCall = {
      name: 'send_email',
      arguments: {
        to: customer.email,
        subject: 'Your refund',
        body: `Hello ${customer.name}, the refund to card ${modelSees.payment.card} is on its way. We will call ${customer.phone} if anything is missing.`,
      },
    };
    const toolGets = await mask.deepDecode(toolCall);
    const modelText = JSON.stringify(modelSees) + JSON.stringify(toolCall);
    // The values Mask detected in the tool result (kept in this process only, to check the model side).
    const resultText = JSON.stringify(DEMO_TOOL_RESULT);
    const detected = (await mask.tokenizeText(resultText)).entities;
    const secrets = [...new Set(detected.map((entity) => resultText.slice(entity.start, entity.end)))];
    const types = [...new Set(detected.map((entity) => entity.type))].sort();
    const leaked = secrets.filter((secret) => modelText.includes(secret)).length;
    const restored =
      toolGets.arguments.to === DEMO_TOOL_RESULT.customer.email &&
      toolGets.arguments.body.includes(DEMO_TOOL_RESULT.payment.card) &&
      toolGets.arguments.body.includes(DEMO_TOOL_RESULT.customer.phone);

    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ keyId, generatedKey: true, vault: 'memory', toolResult: DEMO_TOOL_RESULT, modelSees, toolCall, toolGets, detectedTypes: types, leakedValues: leaked, restored })}\n`,
      );
      return leaked === 0 && restored && secrets.length > 0 ? EXIT.ok : EXIT.failure;
    }
    const out = (text = '') => io.stdout.write(`${text}\n`);
    const json = (value: unknown) => JSON.stringify(value, null, 2).replace(/^/gm, '    ');
    out(color.bold('Mask demo (offline)'));
    out(
      color.dim(
        `A key was generated for this demo only (key id ${keyId}); tokens live in an in-memory vault and vanish on exit.`,
      ),
    );
    out(color.dim('Use `mask keys generate` and a persistent vault for real work.'));
    out();
    out(color.bold('1. The CRM tool returns a record (tool side, real values):'));
    out(json(DEMO_TOOL_RESULT));
    out();
    out(color.bold('2. Mask tokenizes it. This is all the model sees:'));
    out(color.cyan(json(modelSees)));
    out();
    out(color.bold('3. The model calls send_email, using the tokens it saw:'));
    out(color.cyan(json(toolCall)));
    out();
    out(color.bold('4. Just before the tool runs, Mask puts the real values back (tool side):'));
    out(json(toolGets));
    out();
    out(
      leaked === 0
        ? color.green(`✓ none of the ${secrets.length} detected values (${types.join(', ')}) reached the model side`)
        : color.red(`✗ ${leaked} value(s) reached the model side`),
    );
    out(
      restored
        ? color.green('✓ the tool received the real e-mail address, card and phone number')
        : color.red('✗ rehydration failed'),
    );
    return leaked === 0 && restored ? EXIT.ok : EXIT.failure;
  } finally {
    await mask.close();
  }
}
