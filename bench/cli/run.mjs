// bench/cli: streaming throughput and peak memory of the built `mask` binary on generated files, per command
// and format, next to a floor (Node reading the file and round-tripping every JSON line without Mask).
// Writes bench/cli/RESULTS.md and results.json. `--quick` uses 8 MiB inputs instead of 48 MiB.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', '..', 'packages', 'cli', 'dist', 'bin.mjs');
const quick = process.argv.includes('--quick');
const TARGET = (quick ? 8 : 48) * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'mask-bench-cli-'));
const key = randomBytes(32).toString('base64');

const words = 'the order shipped on time and the customer asked for an update about the refund status today'.split(' ');
const sentence = (index) => Array.from({ length: 40 }, (_, word) => words[(index + word * 7) % words.length]).join(' ');
const pii = (index) =>
  [`user${index % 997}@example.com`, '+44 20 7946 0958', '4111 1111 1111 1111', 'DE89 3704 0044 0532 0130 00'][
    index % 4
  ];

async function generate(name, line) {
  const path = join(dir, name);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let index = 0; bytes < TARGET; index++) {
    const text = line(index);
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return path;
}

/** Runs a command to completion, sampling its peak resident memory (VmHWM) from /proc. */
function run(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setInterval(() => {
      try {
        peak = Math.max(
          peak,
          Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
        );
      } catch {}
    }, 25);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 400)}`));
      else resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peak });
    });
  });
}

const inputs = {
  jsonl: await generate(
    'records.jsonl',
    (index) =>
      `${JSON.stringify({ id: index, customer: { contact: pii(index) }, note: `${sentence(index)} ${pii(index + 1)}` })}\n`,
  ),
  text: await generate(
    'log.txt',
    (index) => `2026-11-22T08:00:${String(index % 60).padStart(2, '0')}Z INFO ${sentence(index)} ${pii(index)}\n`,
  ),
  csv: await generate(
    'table.csv',
    (index) => `${index},"${sentence(index).slice(0, 80)}",${pii(index)},${pii(index + 2)}\n`,
  ),
};
writeFileSync(
  join(dir, 'floor.mjs'),
  `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
let n = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]) })) { JSON.stringify(JSON.parse(line)); n++; }
`,
);
const detectInput = await generate(
  'detect.jsonl',
  (index) => `${JSON.stringify({ id: String(index), text: `${sentence(index)} ${pii(index)}` })}\n`,
);

const cases = [
  ['floor: node JSON.parse+stringify per line', [join(dir, 'floor.mjs'), inputs.jsonl], inputs.jsonl],
  ['mask detect (rules_only)', [BIN, 'detect', '--scanner', 'rules_only', detectInput], detectInput],
  ['mask detect (default: Tier 0 + local NER)', [BIN, 'detect', detectInput], detectInput],
  ['mask scrub jsonl (rules_only)', [BIN, 'scrub', '-q', '--scanner', 'rules_only', inputs.jsonl], inputs.jsonl],
  ['mask scrub jsonl (default)', [BIN, 'scrub', '-q', inputs.jsonl], inputs.jsonl],
  ['mask scrub text (rules_only)', [BIN, 'scrub', '-q', '--scanner', 'rules_only', inputs.text], inputs.text],
  ['mask scrub csv (rules_only)', [BIN, 'scrub', '-q', '--scanner', 'rules_only', inputs.csv], inputs.csv],
];

const results = [];
for (const [name, args, input] of cases) {
  const { seconds, peak } = await run(args, { MASK_MASTER_KEY: key });
  const megabytes = statSync(input).size / 1024 / 1024;
  const row = {
    name,
    inputMiB: Math.round(megabytes),
    seconds: Math.round(seconds * 100) / 100,
    mibPerSecond: Math.round((megabytes / seconds) * 10) / 10,
    peakRssMiB: Math.round(peak / 1024 / 1024),
  };
  results.push(row);
  console.log(`${name.padEnd(46)} ${String(row.mibPerSecond).padStart(6)} MiB/s  peak RSS ${row.peakRssMiB} MiB`);
}
rmSync(dir, { recursive: true, force: true });

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the end`;
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ machine, quick, results }, null, 2)}\n`);
writeFileSync(
  join(here, 'RESULTS.md'),
  `# bench/cli\n\nThe built \`mask\` binary on generated files (${quick ? 8 : 48} MiB each), one process per row, output to /dev/null.\n` +
    `Machine: ${machine}. These machines are shared and noisy: compare rows of one run, not runs.\n\n` +
    '| case | input MiB | seconds | MiB/s | peak RSS MiB |\n|---|---|---|---|---|\n' +
    results
      .map((row) => `| ${row.name} | ${row.inputMiB} | ${row.seconds} | ${row.mibPerSecond} | ${row.peakRssMiB} |`)
      .join('\n') +
    '\n',
);
