import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PII, runMask, tempDir } from './helpers.js';

describe('mask scan', () => {
  const dir = tempDir('scan');
  beforeAll(() => {
    mkdirSync(join(dir.path, 'repo', 'src'), { recursive: true });
    mkdirSync(join(dir.path, 'repo', 'node_modules', 'dep'), { recursive: true });
    mkdirSync(join(dir.path, 'clean'), { recursive: true });
    writeFileSync(
      join(dir.path, 'repo', 'src', 'config.txt'),
      `# settings\nowner = ${PII.email}\n\nbilling card: ${PII.card}\n`,
    );
    writeFileSync(
      join(dir.path, 'repo', 'customers.csv'),
      `id,email,iban\n1,${PII.email},${PII.iban}\n2,nobody,none\n3,x,${PII.iban}\n`,
    );
    writeFileSync(join(dir.path, 'repo', 'node_modules', 'dep', 'leak.txt'), `${PII.email}\n`);
    // A PNG-like file: its first line holds no NUL byte, the bytes after it do, and then an address.
    writeFileSync(
      join(dir.path, 'repo', 'image.png'),
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        Buffer.from(` ${PII.email}\n`),
      ]),
    );
    writeFileSync(join(dir.path, 'clean', 'readme.md'), '# Nothing to see\nversion 1.2.3, order 88412\n');
  });
  afterAll(() => dir.remove());

  it('reports counts by type and file:line:column, never the values, and exits 1', async () => {
    const result = await runMask(['scan', 'repo'], { cwd: dir.path });
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain('repo/customers.csv: 3 finding(s) (IBAN_CODE 2, EMAIL_ADDRESS 1)');
    expect(out).toContain('repo/customers.csv:2:3 EMAIL_ADDRESS');
    expect(out).toMatch(/repo\/customers\.csv:4:5 IBAN_CODE \d\.\d\d/);
    expect(out).toContain('repo/src/config.txt:2:9 EMAIL_ADDRESS');
    expect(out).toContain('repo/src/config.txt:4:15 CREDIT_CARD');
    expect(out).toMatch(/5 finding\(s\) in 2 of 3 file\(s\)/);
    expect(out).not.toContain('node_modules');
    for (const value of Object.values(PII)) expect(out + result.stderr).not.toContain(value);
  });

  it('exits 0 on a clean tree, and --no-fail keeps CI green with findings', async () => {
    const clean = await runMask(['scan', 'clean'], { cwd: dir.path });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('No findings in 1 file(s)');
    const lenient = await runMask(['scan', 'repo', '--no-fail', '--categories', 'FINANCIAL'], { cwd: dir.path });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).not.toContain('EMAIL_ADDRESS');
  });

  it('prints one JSON document with --json and exits 2 for an unreadable path', async () => {
    const result = await runMask(['scan', 'repo/customers.csv', 'missing-dir', '--json'], { cwd: dir.path });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as {
      files: {
        path: string;
        counts: Record<string, number>;
        findings: { line: number; column: number; type: string }[];
      }[];
      totals: Record<string, number>;
      errors: { path: string; message: string }[];
    };
    expect(report.totals).toEqual({ EMAIL_ADDRESS: 1, IBAN_CODE: 2 });
    expect(report.files[0]?.findings.map((finding) => `${finding.line}:${finding.column}:${finding.type}`)).toEqual([
      '2:3:EMAIL_ADDRESS',
      '2:30:IBAN_CODE',
      '4:5:IBAN_CODE',
    ]);
    expect(report.errors).toEqual([{ path: 'missing-dir', message: 'cannot read: no such file or directory' }]);
    expect(result.stderr).toContain('missing-dir: cannot read: no such file or directory');
    expect(result.stdout).not.toContain(PII.email);
  });
});
