// Mask in the tool lifecycle, offline, on the embedded defaults: memory vault, local scanner.
// A tool returns a customer record full of PII; the model only ever sees tokens; when the model calls the
// next tool with those tokens, the tool gets the real values back.
import { randomBytes } from 'node:crypto';
import { MaskClient } from '@mask/core';

const check = process.argv.includes('--check');
const key = randomBytes(32);
console.log('Generated a throwaway 256-bit key for this demo (use MASK_MASTER_KEY or a KMS in production).\n');

const mask = new MaskClient({ key, tenant: 'demo', session: 'conversation-1' });

// 1. A tool returns real data.
const toolResult = {
  customer: 'Maria Lopez',
  email: 'maria.lopez@acme-corp.com',
  phone: '+1 (415) 867-5309',
  ssn: '536-90-4399',
  card: '4111 1111 1111 1111',
  iban: 'DE89 3704 0044 0532 0130 00',
  last_login_ip: '203.0.113.42',
  notes: 'Maria Lopez called from Valencia about a refund to 4111 1111 1111 1111.',
};
console.log('Tool returned (never shown to the model):');
console.log(toolResult, '\n');

// 2. Post-tool encode: what the model sees.
const forModel = await mask.deepEncode(toolResult);
console.log('The model sees:');
console.log(forModel, '\n');

// 3. The model answers with a tool call that uses the tokens.
const modelToolCall = {
  name: 'send_refund_confirmation',
  arguments: { to: forModel.email, card: forModel.card, body: `Hello, your refund to ${forModel.card} is on its way.` },
};
console.log('The model calls a tool with:');
console.log(modelToolCall.arguments, '\n');

// 4. Pre-tool decode: what the tool receives.
const forTool = await mask.deepDecode(modelToolCall.arguments);
console.log('The tool receives (real values, just in time):');
console.log(forTool);
await mask.close();

if (check) {
  const seen = JSON.stringify(forModel);
  const leaked = [
    'maria.lopez@acme-corp.com',
    '536-90-4399',
    '4111 1111 1111 1111',
    '867-5309',
    'DE89 3704',
    '203.0.113.42',
  ].filter((value) => seen.includes(value));
  if (leaked.length > 0 || forTool.to !== toolResult.email || forTool.card !== toolResult.card) {
    console.error(`\nDEMO CHECK FAILED: ${leaked.length} value(s) reached the model side, or the tool got tokens`);
    process.exit(1);
  }
  console.log('\nDemo check passed: the model side held tokens only; the tool got the real values.');
}
