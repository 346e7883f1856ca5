import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, TEST_KEY, tempDir } from './helpers.js';

/** Size of the generated input. 200 MB by default; MASK_CLI_LARGE_MB overrides (e.g. 1024 for the 1 GB claim). */
const TARGET_BYTES = Number(process.env.MASK_CLI_LARGE_MB ?? 200) * 1024 * 1024;
const MiB = 1024 * 1024;
const WORDS =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(
    ' ',
  );

interface Sample {
  readonly readBytes: number;
  readonly rss: number;
}

/** Writes JSON lines of ~2 KB, each with one e-mail address from a pool of 500 (the vault stays small). */
async function generate(path: string): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let index = 0;
  const filler = Array.from({ length: 300 }, (_, word) => WORDS[(word * 7) % WORDS.length]).join(' ');
  while (written < TARGET_BYTES) {
    const lines: string[] = [];
    for (let line = 0; line < 500; line++, index++) {
      lines.push(
        JSON.stringify({ id: `r${index}`, message: `${filler} reply to user${index % 500}@example.com ${filler}` }),
      );
    }
    const chunk = `${lines.join('\n')}\n`;
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return index;
}

/** Runs the built binary, sampling its resident memory and bytes read from /proc every 50 ms. */
function runSampled(
  args: string[],
): Promise<{ code: number | null; samples: Sample[]; peak: number; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: cleanEnv({ MASK_MASTER_KEY: TEST_KEY }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const samples: Sample[] = [];
    let peak = 0;
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const io = readFileSync(`/proc/${child.pid}/io`, 'utf8');
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
        samples.push({ readBytes: Number(/rchar:\s+(\d+)/.exec(io)?.[1] ?? 0), rss });
      } catch {
        // The process is exiting.
      }
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, samples, peak, stderr, stdout });
    });
  });
}

describe('streaming a large JSON-lines file', () => {
  const dir = tempDir('large');
  const input = join(dir.path, 'large.jsonl');
  const output = join(dir.path, 'large.scrubbed.jsonl');
  let records = 0;

  beforeAll(async () => {
    records = await generate(input);
  }, 300_000);
  afterAll(() => dir.remove());

  it('scrubs it with constant memory and loses no line', async () => {
    const size = statSync(input).size;
    // Tier 0 only: this test is about the streaming path's memory, and the NER tier would only make it slower.
    const result = await runSampled(['scrub', input, '-o', output, '--json', '--quiet', '--scanner', 'rules_only']);
    expect({ code: result.code, stderr: result.stderr.slice(0, 2000) }).toEqual({ code: 0, stderr: '' });
    // With -o the data goes to the file and the --json summary to stdout.
    const summaryLine = JSON.parse(result.stdout) as { records: number; invalid: number };
    expect(summaryLine).toMatchObject({ invalid: 0 });

    // Peak resident memory stays under a fixed bound below the input size (Node itself, the recognizers and the
    // garbage collector's slack take about 120 MiB), and does not grow as the input goes by: the peak over the
    // second half of the file stays within 32 MiB of the peak over the first half.
    const firstHalf = result.samples.filter((sample) => sample.readBytes < size / 2);
    const secondHalf = result.samples.filter((sample) => sample.readBytes >= size / 2);
    expect(firstHalf.length).toBeGreaterThan(5);
    expect(secondHalf.length).toBeGreaterThan(5);
    const peakFirst = Math.max(...firstHalf.map((sample) => sample.rss));
    const peakSecond = Math.max(...secondHalf.map((sample) => sample.rss));
    const summary = `input ${(size / MiB).toFixed(0)} MiB, ${records} records; peak RSS ${(result.peak / MiB).toFixed(0)} MiB (first half ${(peakFirst / MiB).toFixed(0)} MiB, second half ${(peakSecond / MiB).toFixed(0)} MiB)`;
    console.log(`[mask cli] ${summary}`);
    expect(result.peak).toBeLessThan(192 * MiB);
    expect(peakSecond).toBeLessThan(peakFirst + 32 * MiB);

    // Every line came out, and no address from the input is left in it.
    let lines = 0;
    let leaked = 0;
    let tail = '';
    for await (const chunk of createReadStream(output, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
      const text = tail + (chunk as string);
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines += 1;
      leaked += (text.match(/@example\.com/g) ?? []).length;
      tail = text.slice(text.lastIndexOf('\n') + 1);
    }
    expect(lines).toBe(records);
    expect(leaked).toBe(0);
  }, 900_000);
});
