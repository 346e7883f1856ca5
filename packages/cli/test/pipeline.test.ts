import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, PII, tempDir } from './helpers.js';

const run = promisify(execFile);

describe('a new user in a shell, with `mask` on PATH', () => {
  const home = tempDir('home');
  const bin = join(home.path, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'mask'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'mask'), 0o755);
  afterAll(() => home.remove());

  it('generates a key, scrubs into a pipe and rehydrates out of it with the SQLite vault', async () => {
    const script = `
      set -eu
      export MASK_MASTER_KEY="$(mask keys generate)"
      export MASK_VAULT_TYPE=sqlite
      printf 'Refund %s to %s, call %s\\n' "$CARD" "$EMAIL" "$PHONE" | mask scrub | tee scrubbed.txt | mask rehydrate > restored.txt
      mask scan scrubbed.txt > scan.txt || echo "scan exit $?" >> scan.txt
    `;
    const env = {
      ...cleanEnv({ HOME: home.path, CARD: PII.card, EMAIL: PII.email, PHONE: PII.phone }),
      PATH: `${bin}:${process.env.PATH}`,
    };
    await run('bash', ['-c', script], { cwd: home.path, env });
    const original = `Refund ${PII.card} to ${PII.email}, call ${PII.phone}\n`;
    const scrubbed = readFileSync(join(home.path, 'scrubbed.txt'), 'utf8');
    expect(scrubbed).toMatch(
      /^Refund \d{4} \d{4} \d{4} \d{4} to [a-z0-9]+@mask\.invalid, call \+44 \d{2} \d{4} \d{4}\n$/,
    );
    expect(readFileSync(join(home.path, 'restored.txt'), 'utf8')).toBe(original);
    // The vault went to ~/.mask/vault.db, readable by its owner only.
    expect(statSync(join(home.path, '.mask')).mode & 0o777).toBe(0o700);
    expect(statSync(join(home.path, '.mask', 'vault.db')).mode & 0o777).toBe(0o600);
    // Tokens are not findings: a scrubbed file passes `mask scan` in CI.
    const scan = readFileSync(join(home.path, 'scan.txt'), 'utf8');
    expect(scan).toBe('No findings in 1 file(s)\n');
  });
});
