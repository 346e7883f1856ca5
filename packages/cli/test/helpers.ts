import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary: tests run what a user installs (`pnpm test` builds first). */
export const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.mjs');

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Written to stdin, then stdin is closed. */
  readonly input?: string | Buffer;
  /** MASK_* and other variables; the machine's MASK_* variables are never inherited. */
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

/** Runs `mask <args>` as a child process with pipes (not a TTY), as in a shell pipeline. */
export function runMask(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** A fresh temporary directory and its cleanup. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `mask-cli-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A fixed test key (never a real one): 32 bytes of base64. */
export const TEST_KEY = Buffer.alloc(32, 7).toString('base64');

/** Fictitious values every recognizer knows (test card, documentation ranges). */
export const PII = {
  email: 'maria.gonzalez@example.com',
  card: '4111 1111 1111 1111',
  cardDigits: '4111111111111111',
  ssn: '536-22-1487',
  phone: '+44 20 7946 0958',
  iban: 'DE89 3704 0044 0532 0130 00',
} as const;
