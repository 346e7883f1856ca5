import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, PII, runMask, TEST_KEY, tempDir } from './helpers.js';

/** tmux on its own socket, so that the test never touches anyone's sessions. */
const SOCKET = `mask-cli-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('progress bar in a real terminal (tmux)', () => {
  const dir = tempDir('tty');
  const input = join(dir.path, 'input.jsonl');

  beforeAll(async () => {
    const out = createWriteStream(input);
    const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(12);
    for (let index = 0; index < 12_000; index++) {
      out.write(`${JSON.stringify({ id: index, note: `${filler} mail ${index % 50}${PII.email}` })}\n`);
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
  });
  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // Already gone.
    }
    dir.remove();
  });

  it('draws a bar with percentage on a TTY and finishes at 100%', async () => {
    const output = join(dir.path, 'out.jsonl');
    const command = [
      `MASK_MASTER_KEY=${TEST_KEY}`,
      'NO_COLOR=1',
      process.execPath,
      BIN,
      'scrub',
      input,
      '-o',
      output,
      '--scanner',
      'rules_only',
      '-q',
      '; echo "EXIT=$?"; sleep 60',
    ].join(' ');
    tmux('new-session', '-d', '-s', 'progress', '-x', '160', '-y', '12', command);
    let during: string | undefined;
    let final = '';
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      const screen = tmux('capture-pane', '-p', '-t', 'progress');
      if (during === undefined && /scrub \[[#-]+\]\s+\d+\.\d%/.test(screen) && !screen.includes('EXIT='))
        during = screen;
      if (screen.includes('EXIT=')) {
        final = screen;
        break;
      }
      await sleep(100);
    }
    console.log(`[mask cli] terminal during the run:\n${during}\n[mask cli] terminal at the end:\n${final}`);
    expect(during).toBeDefined();
    expect(during).toMatch(
      /scrub \[#*-+\]\s+\d+\.\d% [\d.]+ [KMG]iB\/[\d.]+ MiB [\d.]+ [KMG]?i?B\/s \d+ records ETA \d+s/,
    );
    expect(final).toContain('EXIT=0');
    expect(final).toMatch(/scrub \[#{28}\] 100\.0% .* 12000 records/);
    expect(readFileSync(output, 'utf8').split('\n')).toHaveLength(12_001);
  }, 240_000);

  it('draws nothing when stderr is a pipe', async () => {
    const result = await runMask(
      ['scrub', input, '--scanner', 'rules_only', '-q', '-o', join(dir.path, 'piped.jsonl')],
      {
        env: { MASK_MASTER_KEY: TEST_KEY },
      },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  }, 120_000);
});
