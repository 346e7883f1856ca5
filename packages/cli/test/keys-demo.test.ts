import { describe, expect, it } from 'vitest';
import { runMask } from './helpers.js';

describe('mask keys generate', () => {
  it('prints a fresh 32-byte key each time, in base64 or hex, and its public id', async () => {
    const [first, second, hex, json, entry] = await Promise.all([
      runMask(['keys', 'generate']),
      runMask(['keys', 'generate']),
      runMask(['keys', 'generate', '--encoding', 'hex']),
      runMask(['keys', 'generate', '--json']),
      runMask(['keys', 'generate', '--id', 'k2026', '--env']),
    ]);
    expect(first.code).toBe(0);
    const key = first.stdout.trim();
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(second.stdout.trim()).not.toBe(key);
    expect(hex.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
    const parsed = JSON.parse(json.stdout) as { key: string; id: string; encoding: string };
    expect(parsed.id).toMatch(/^[0-9a-f]{8}$/);
    expect(Buffer.from(parsed.key, 'base64')).toHaveLength(32);
    expect(entry.stdout).toMatch(/^MASK_MASTER_KEY=k2026:[A-Za-z0-9+/]{43}=\n$/);
    // The generated key works: scrub accepts it.
    const scrub = await runMask(['scrub', '-q'], { input: 'hello', env: { MASK_MASTER_KEY: key } });
    expect(scrub.code).toBe(0);
  });

  it('rejects unknown subcommands', async () => {
    const result = await runMask(['keys', 'rotate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown keys subcommand rotate');
  });
});

describe('mask demo', () => {
  it('runs offline: the model side gets tokens, the tool side gets the real values', async () => {
    const result = await runMask(['demo', '--json']);
    expect(result.code).toBe(0);
    const demo = JSON.parse(result.stdout) as {
      generatedKey: boolean;
      vault: string;
      toolResult: { customer: { email: string }; payment: { card: string } };
      modelSees: { customer: { email: string }; payment: { card: string } };
      toolGets: { arguments: { to: string; body: string } };
      detectedTypes: string[];
      leakedValues: number;
      restored: boolean;
    };
    expect(demo).toMatchObject({ generatedKey: true, vault: 'memory', leakedValues: 0, restored: true });
    expect(demo.detectedTypes).toEqual(expect.arrayContaining(['CREDIT_CARD', 'EMAIL_ADDRESS', 'IBAN_CODE']));
    expect(demo.modelSees.customer.email).not.toBe(demo.toolResult.customer.email);
    expect(demo.toolGets.arguments.to).toBe(demo.toolResult.customer.email);
    expect(demo.toolGets.arguments.body).toContain(demo.toolResult.payment.card);
  });

  it('says in plain words that the key was generated for the demo', async () => {
    const result = await runMask(['demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('A key was generated for this demo only');
    expect(result.stdout).toContain('✓ none of the');
  });
});

describe('mask', () => {
  it('prints help, version, and a clear error for an unknown command', async () => {
    const help = await runMask(['--help']);
    expect(help.code).toBe(0);
    for (const command of [
      'detect',
      'scrub',
      'rehydrate',
      'encode',
      'decode',
      'scan',
      'keys generate',
      'serve',
      'demo',
    ]) {
      expect(help.stdout).toContain(command);
    }
    const version = await runMask(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const unknown = await runMask(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command frobnicate');
    for (const command of ['detect', 'scrub', 'rehydrate', 'encode', 'decode', 'scan', 'keys', 'serve', 'demo']) {
      const commandHelp = await runMask([command, '--help']);
      expect(commandHelp.code).toBe(0);
      expect(commandHelp.stdout).toContain(`mask ${command}`);
    }
  });
});
