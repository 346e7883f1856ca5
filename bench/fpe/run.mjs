// bench/fpe: FF1 ops/s on 16-digit numbers, Mask's FF1 side by side with @noble/ciphers' FF1 and the `ff3`
// package (FF3-1, withdrawn by NIST: shown for comparison only, Mask does not offer it). One process, one run,
// same keys, same inputs. Writes bench/fpe/RESULTS.md and results.json.
import { randomBytes, randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FF1, FpeTokenEngine, StaticKeyProvider } from '@mask/core';
import { FF1 as NobleFF1 } from '@noble/ciphers/ff1.js';

const require = createRequire(import.meta.url);
const FF3Cipher = require('ff3/lib/FF3Cipher');
const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const DURATION_MS = quick ? 300 : 600;

const key = randomBytes(32);
const tweak8 = randomBytes(8);
const tweak7 = tweak8.subarray(0, 7); // FF3-1 takes a 56-bit tweak
const inputs = Array.from({ length: 4096 }, () => Array.from({ length: 16 }, () => randomInt(10)).join(''));

function measure(name, operation) {
  for (let index = 0; index < 2000; index++) operation(inputs[index % inputs.length]); // warm-up (JIT)
  let count = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(DURATION_MS) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let index = 0; index < 256; index++) operation(inputs[(count + index) % inputs.length]);
    count += 256;
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  return { name, opsPerSecond: Math.round(count / seconds), microsecondsPerOp: (seconds * 1e6) / count };
}

const mask = new FF1({ key, alphabet: '0123456789' });
const noble = NobleFF1(10, key, tweak8);
const toDigits = (text) => Array.from(text, (character) => character.charCodeAt(0) - 48);
const fromDigits = (digits) => digits.join('');
const ff3 = new FF3Cipher(key.toString('hex'), tweak7.toString('hex'));

// Both FF1 implementations must agree bit for bit (same standard, same key and tweak).
for (const input of inputs.slice(0, 200)) {
  if (mask.encrypt(input, tweak8) !== fromDigits(noble.encrypt(toDigits(input))))
    throw new Error('FF1 implementations disagree');
  if (mask.decrypt(mask.encrypt(input, tweak8), tweak8) !== input) throw new Error('Mask FF1 round trip failed');
  if (ff3.decrypt(ff3.encrypt(input)) !== input) throw new Error('ff3 round trip failed');
}

const engine = new FpeTokenEngine({ keyProvider: new StaticKeyProvider(key) });
const cards = inputs.map((digits) => {
  const payload = digits.slice(0, 15);
  for (let check = 0; check <= 9; check++) {
    const candidate = payload + check;
    let sum = 0;
    for (let index = 0; index < 16; index++) {
      let digit = candidate.charCodeAt(15 - index) - 48;
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  return payload;
});
const engineBatch = async () => {
  const start = process.hrtime.bigint();
  let count = 0;
  const deadline = start + BigInt(DURATION_MS) * 1_000_000n;
  while (process.hrtime.bigint() < deadline) {
    const batch = cards.slice(count % 3900, (count % 3900) + 100).map((value) => ({ type: 'CREDIT_CARD', value }));
    await engine.tokenize({ tenant: 'bench' }, batch);
    count += batch.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    name: 'Mask FpeTokenEngine.tokenize (CREDIT_CARD, batches of 100)',
    opsPerSecond: Math.round(count / seconds),
    microsecondsPerOp: (seconds * 1e6) / count,
  };
};

// Interleaved rounds, median per row: a busy shared machine slows whichever row runs during a burst, so each
// implementation is measured in every round and the median is kept.
const ROUNDS = quick ? 1 : 5;
const contenders = [
  ['Mask FF1 encrypt (node:crypto AES-256)', (input) => mask.encrypt(input, tweak8)],
  ['@noble/ciphers FF1 encrypt (pure JS AES-256)', (input) => fromDigits(noble.encrypt(toDigits(input)))],
  ['ff3 FF3-1 encrypt (withdrawn; comparison only)', (input) => ff3.encrypt(input)],
  ['Mask FF1 decrypt', (input) => mask.decrypt(input, tweak8)],
  ['@noble/ciphers FF1 decrypt', (input) => fromDigits(noble.decrypt(toDigits(input)))],
  ['ff3 FF3-1 decrypt', (input) => ff3.decrypt(input)],
];
const samples = new Map();
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, operation] of contenders) {
    const list = samples.get(name) ?? [];
    list.push(measure(name, operation));
    samples.set(name, list);
  }
  const list = samples.get('engine') ?? [];
  list.push(await engineBatch());
  samples.set('engine', list);
}
const median = (list) => [...list].sort((a, b) => a.opsPerSecond - b.opsPerSecond)[Math.floor(list.length / 2)];
const rows = [...samples.values()].map(median);

const base = rows[0].opsPerSecond;
const machine = `${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, Node ${process.version}`;
const table = [
  '| implementation | ops/s | µs/op | vs Mask FF1 encrypt |',
  '|---|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${row.opsPerSecond.toLocaleString('en-US')} | ${row.microsecondsPerOp.toFixed(2)} | ${(row.opsPerSecond / base).toFixed(2)}x |`,
  ),
].join('\n');
console.log(table);
if (!quick) {
  writeFileSync(
    join(here, 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`,
  );
  writeFileSync(
    join(here, 'RESULTS.md'),
    `# bench/fpe results\n\n16-digit decimal strings, AES-256 key, one process, median of ${ROUNDS} interleaved rounds of ${DURATION_MS} ms per row (after a warm-up), ${new Date().toISOString().slice(0, 10)} on ${machine}. ` +
      `Mask's FF1 and @noble/ciphers' FF1 were checked to produce identical ciphertexts for the same key and tweak before timing. ` +
      `Strings in and out for every row (noble's digit-array conversion included). ff3 implements FF3-1, which NIST withdrew: it is here only as the peer the issue names.\n\n${table}\n\nRun: \`pnpm bench fpe\` (or \`node bench/fpe/run.mjs\` after building @mask/core).\n`,
  );
}
