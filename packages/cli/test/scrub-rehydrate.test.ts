import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PII, runMask, TEST_KEY, tempDir } from './helpers.js';

const dir = tempDir('scrub');
afterAll(() => dir.remove());

/** Settings a user exports once; the SQLite vault makes tokens outlive each process. */
function persistentEnv(name: string): Record<string, string> {
  const vaultDir = join(dir.path, `vault-${name}`);
  mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
  chmodSync(vaultDir, 0o700);
  return { MASK_MASTER_KEY: TEST_KEY, MASK_VAULT_TYPE: 'sqlite', MASK_SQLITE_PATH: join(vaultDir, 'vault.db') };
}

const expectNoPlaintext = (text: string) => {
  for (const value of [PII.email, PII.card, PII.ssn, PII.phone, PII.iban, PII.cardDigits])
    expect(text).not.toContain(value);
};

describe('mask scrub / rehydrate', () => {
  it('fails closed without a key: nothing on stdout, exit 2, a hint', async () => {
    const result = await runMask(['scrub'], { input: `mail ${PII.email}\n` });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('[KEY_MISSING]');
    expect(result.stderr).toContain('mask keys generate');
    expect(result.stderr).not.toContain(PII.email);
  });

  it('rejects a malformed key without echoing it', async () => {
    const result = await runMask(['scrub'], { input: 'x', env: { MASK_MASTER_KEY: 'not-a-key-but-secret-text' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[KEY_INVALID]');
    expect(result.stderr).not.toContain('not-a-key-but-secret-text');
  });

  it('round-trips text across two processes with a persistent vault', async () => {
    const env = persistentEnv('text');
    const text = `Dear customer,\nyour card ${PII.card} and IBAN ${PII.iban} are on file.\nReply to ${PII.email} or call ${PII.phone}.\n\nSSN: ${PII.ssn}\n`;
    const scrubbed = await runMask(['scrub'], { input: text, env });
    expect(scrubbed.code).toBe(0);
    expectNoPlaintext(scrubbed.stdout);
    expect(scrubbed.stdout).toContain('Dear customer,\n');
    expect(scrubbed.stdout.split('\n')).toHaveLength(text.split('\n').length);
    const restored = await runMask(['rehydrate'], { input: scrubbed.stdout, env });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toBe(text);
    // Another tenant cannot spend these tokens: they stay as they are.
    const other = await runMask(['rehydrate', '--tenant', 'someone-else'], { input: scrubbed.stdout, env });
    expect(other.stdout).toBe(scrubbed.stdout);
  });

  it('keeps a multi-line secret whole when the text streams in chunks', async () => {
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
      'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK',
      '-----END RSA PRIVATE KEY-----',
    ].join('\n');
    // 262,000 characters of lines: the key straddles the 256 KiB point past which a chunk ends at the next blank line.
    const filler = Array.from(
      { length: 2620 },
      (_, index) => `log line ${String(index).padStart(5, '0')} ${'x'.repeat(84)}`,
    );
    const text = `${filler.join('\n')}\n${pem}\n\nafter the key\n`;
    const result = await runMask(['scrub', '-q', '--scanner', 'rules_only'], {
      input: text,
      env: { MASK_MASTER_KEY: TEST_KEY },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('MIIEowIBAAKCAQEA');
    expect(result.stdout).not.toContain('BEGIN RSA PRIVATE KEY');
    expect(result.stdout).not.toContain('VTLw7onLRnrq0');
    expect(result.stdout).not.toContain('END RSA PRIVATE KEY');
    expect(result.stdout.startsWith(filler.slice(0, 3).join('\n'))).toBe(true);
    expect(result.stdout.endsWith('\n\nafter the key\n')).toBe(true);
  });

  it('keeps JSON lines structure, reports an invalid line by number and scrubs it as text', async () => {
    const env = persistentEnv('jsonl');
    const input = [
      JSON.stringify({ id: 1, user: { email: PII.email, tags: ['vip'] }, note: `card ${PII.card}` }),
      `{"id": 2, "broken": "${PII.ssn}"`, // invalid JSON: still scrubbed, never passed through
      '',
      JSON.stringify({ id: 3, phone: PII.phone, nested: JSON.stringify({ iban: PII.iban }) }),
      '{"id": 4, "big": 12345678901234567890, "card": 4111111111111111, "price": 12.5}',
    ].join('\n');
    const path = join(dir.path, 'records.jsonl');
    writeFileSync(path, `${input}\n`);
    const scrubbed = await runMask(['scrub', path], { env });
    expect(scrubbed.code).toBe(1);
    expect(scrubbed.stderr).toContain(`${path}:2: invalid JSON`);
    expect(scrubbed.stderr).toContain('scrubbed as text');
    expectNoPlaintext(scrubbed.stdout + scrubbed.stderr);
    const out = scrubbed.stdout.split('\n');
    expect(out).toHaveLength(6);
    const first = JSON.parse(out[0] as string);
    expect(Object.keys(first)).toEqual(['id', 'user', 'note']);
    expect(first.user.tags).toEqual(['vip']);
    expect(first.user.email).toMatch(/@mask\.invalid$/);
    expect(out[1]).toMatch(/^\{"id": 2, "broken": "\d{3}-\d{2}-\d{4}"$/);
    expect(out[2]).toBe('');
    // A number that is not an identifier keeps its exact digits; a card number written as a number becomes a token.
    expect(out[4]).toContain('"big":12345678901234567890');
    expect(out[4]).toContain('"price":12.5');
    expect(out[4]).toMatch(/"card":"\d{16}"/);

    const restored = await runMask(['rehydrate', '--format', 'jsonl'], { input: scrubbed.stdout, env });
    // Line 2 is still not JSON: reported again, rehydrated as text, exit 1.
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain('stdin:2: invalid JSON');
    expect(restored.stderr).toContain('rehydrated as text');
    const back = restored.stdout.split('\n');
    expect(JSON.parse(back[0] as string)).toEqual(JSON.parse(input.split('\n')[0] as string));
    expect(back[1]).toBe(input.split('\n')[1]);
    expect(JSON.parse(back[3] as string)).toEqual(JSON.parse(input.split('\n')[3] as string));
    // Documented: the card comes back as its digits, as a string.
    expect(JSON.parse(back[4] as string).card).toBe(PII.cardDigits);
  });

  it('handles a record nested too deeply as text, keeping the others as JSON', async () => {
    const deep = `${'{"a":'.repeat(100)}"${PII.email}"${'}'.repeat(100)}`;
    const input = [JSON.stringify({ id: 1, email: PII.email }), deep, JSON.stringify({ id: 3, card: PII.card })].join(
      '\n',
    );
    const result = await runMask(['scrub', '-q', '--format', 'jsonl'], { input, env: { MASK_MASTER_KEY: TEST_KEY } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stdin:2: nested too deeply; scrubbed as text');
    expectNoPlaintext(result.stdout);
    const lines = result.stdout.split('\n');
    expect(JSON.parse(lines[0] as string)).toMatchObject({ id: 1 });
    expect(lines[1]?.startsWith('{"a":{"a":')).toBe(true);
    expect(JSON.parse(lines[2] as string)).toMatchObject({ id: 3 });
  });

  it('keeps a JSON document pretty-printed', async () => {
    const env = persistentEnv('json');
    const document = { customer: { email: PII.email, ssn: PII.ssn }, items: [{ sku: 'A-1', qty: 2 }] };
    const path = join(dir.path, 'doc.json');
    writeFileSync(path, `${JSON.stringify(document, null, 4)}\n`);
    const scrubbed = await runMask(['scrub', path], { env });
    expect(scrubbed.code).toBe(0);
    expect(scrubbed.stdout).toMatch(/^\{\n {4}"customer": \{\n {8}"email": "[a-z0-9]+@mask\.invalid",/);
    expectNoPlaintext(scrubbed.stdout);
    const output = join(dir.path, 'doc.rehydrated.json');
    const restored = await runMask(['rehydrate', '--format', 'json', '-o', output], { input: scrubbed.stdout, env });
    expect(restored.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`${JSON.stringify(document, null, 4)}\n`);
  });

  it('keeps CSV rows and columns, quoting included', async () => {
    const env = persistentEnv('csv');
    const csv = `name,email,notes\nMaria,${PII.email},"card ${PII.card}, call ${PII.phone}"\nJo,none,"multi\nline, ssn ${PII.ssn}"\n`;
    const path = join(dir.path, 'people.csv');
    writeFileSync(path, csv);
    const scrubbed = await runMask(['scrub', path, '--keep-header'], { env });
    expect(scrubbed.code).toBe(0);
    expectNoPlaintext(scrubbed.stdout);
    expect(scrubbed.stdout.startsWith('name,email,notes\n')).toBe(true);
    expect(scrubbed.stdout).toContain('"multi\nline, ssn ');
    const restored = await runMask(['rehydrate', '--format', 'csv'], { input: scrubbed.stdout, env });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toBe(csv);
  });

  it('encodes and decodes single values across processes, from arguments or stdin lines', async () => {
    const env = persistentEnv('codec');
    const single = await runMask(['encode', PII.email], { env });
    expect(single.code).toBe(0);
    const token = single.stdout.trim();
    expect(token).toMatch(/^[a-z0-9]+@mask\.invalid$/);
    const lines = await runMask(['encode'], { input: `${PII.email}\n${PII.card}\n`, env });
    expect(lines.stdout.split('\n')[0]).toBe(token);
    expect(lines.stdout).not.toContain(PII.card);
    const decoded = await runMask(['decode'], { input: `${lines.stdout}[PERSON_99]\n`, env });
    expect(decoded.code).toBe(1);
    expect(decoded.stdout).toBe(`${PII.email}\n${PII.card}\n\n`);
    expect(decoded.stderr).toContain('stdin:3: token unknown in this scope [TOKEN_UNKNOWN]');
    const typed = await runMask(['encode', '--type', 'person', 'Maria Gonzalez'], { env });
    expect(typed.stdout).toMatch(/^\[PERSON_\d+\]\n$/);
    const memory = await runMask(['decode', token], { env: { MASK_MASTER_KEY: TEST_KEY } });
    expect(memory.code).toBe(2);
    expect(memory.stderr).toContain('decode needs the vault');
  });

  it('explains what is wrong: unreadable file, unknown format, rehydrate with a memory vault', async () => {
    const missing = await runMask(['scrub', join(dir.path, 'nope.txt')], { env: { MASK_MASTER_KEY: TEST_KEY } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: no such file or directory/);
    const folder = await runMask(['scrub', dir.path], { env: { MASK_MASTER_KEY: TEST_KEY } });
    expect(folder.stderr).toContain('is a directory');
    const format = await runMask(['scrub', '--format', 'xml'], { env: { MASK_MASTER_KEY: TEST_KEY } });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format xml');
    const memory = await runMask(['rehydrate'], { input: 'x', env: { MASK_MASTER_KEY: TEST_KEY } });
    expect(memory.code).toBe(2);
    expect(memory.stderr).toContain('rehydrate needs the vault that scrub wrote to');
    const scrubMemory = await runMask(['scrub'], { input: `${PII.email}\n`, env: { MASK_MASTER_KEY: TEST_KEY } });
    expect(scrubMemory.code).toBe(0);
    expect(scrubMemory.stderr).toContain('tokens die with this process');
    const flag = await runMask(['scrub', '--bogus']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--bogus'");
  });

  it('prints a --json summary and no progress bar in a pipe', async () => {
    const env = persistentEnv('summary');
    const result = await runMask(['scrub', '--json', '--format', 'jsonl'], {
      input: `${JSON.stringify({ a: PII.email })}\nnot json\n`,
      env,
    });
    const summary = JSON.parse(
      result.stderr
        .trim()
        .split('\n')
        .find((line) => line.startsWith('{')) as string,
    );
    expect(summary).toMatchObject({ command: 'scrub', format: 'jsonl', records: 2, invalid: 1, vault: 'sqlite' });
    // No carriage returns or escape sequences: stderr is not a terminal.
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain(`${String.fromCharCode(27)}[`);
  });
});
