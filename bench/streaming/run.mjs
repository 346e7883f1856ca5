// bench/streaming: streaming overhead of @mask/ai-sdk. streamText over a scripted model (no network, no delay,
// so the numbers are Mask's own cost), with and without maskMiddleware: time to first text and total time,
// median of many runs, reported as ratios. Also the raw StreamRehydrator (core) on the same chunks.
// `--quick` runs fewer iterations.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// The AI SDK and the adapter are the ones packages/ai-sdk builds and tests against.
const adapterDir = join(here, '..', '..', 'packages', 'ai-sdk');
const esm = (...path) => import(pathToFileURL(join(adapterDir, ...path)).href);
const ai = await esm('node_modules', 'ai', 'dist', 'index.mjs');
const { MockLanguageModelV3 } = await esm('node_modules', 'ai', 'dist', 'test', 'index.mjs');
const { maskMiddleware } = await esm('dist', 'index.mjs');
const { MaskClient, MemoryVault, StreamRehydrator } = await esm('node_modules', '@mask', 'core', 'dist', 'index.mjs');

const quick = process.argv.includes('--quick');
const RUNS = quick ? 15 : 60;
const WARMUP = quick ? 3 : 10;

const client = new MaskClient({
  key: randomBytes(32),
  vault: new MemoryVault(),
  audit: false,
  env: {},
  session: 'bench',
});

// A 1 KB user prompt with PII (scrubbed by transformParams on every call) and a ~4 KB answer with 48 tokens,
// streamed in 4-character deltas (about one LLM token each), so most tokens are split across deltas.
const prompt = Array.from(
  { length: 8 },
  (_, n) => `Customer ${n}: maria.lopez${n}@acme.com, phone +1 415-867-53${10 + n}, SSN 536-22-87${10 + n}. `,
).join('');
const values = Array.from({ length: 16 }, (_, n) => [
  `maria.lopez${n}@acme.com`,
  `536-22-87${String(10 + n)}`,
  `Maria Lopez ${n}`,
]);
const tokens = [];
for (const [email, ssn, name] of values) {
  tokens.push([await client.encode(email), await client.encode(ssn), await client.encode(name, { type: 'PERSON' })]);
}
let answer = '';
for (const [email, ssn, name] of tokens) {
  answer += `Dear ${name}, we have your email ${email} and SSN ${ssn} on file; your order ships today with tracking. `;
}
while (answer.length < 4096) answer += 'Thanks for your patience, our team will follow up shortly with more details. ';
const deltas = answer.match(/[\s\S]{1,4}/g);
const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

function scriptedModel() {
  return new MockLanguageModelV3({
    doStream: async () => ({
      stream: new ReadableStream({
        start(controller) {
          controller.enqueue({ type: 'text-start', id: 't' });
          for (const delta of deltas) controller.enqueue({ type: 'text-delta', id: 't', delta });
          controller.enqueue({ type: 'text-end', id: 't' });
          controller.enqueue({ type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage });
          controller.close();
        },
      }),
    }),
  });
}

async function timeStream(model) {
  const start = performance.now();
  let first = 0;
  let text = '';
  for await (const chunk of ai.streamText({ model, prompt }).textStream) {
    if (first === 0 && chunk.length > 0) first = performance.now() - start;
    text += chunk;
  }
  return { first, total: performance.now() - start, text };
}

async function timeRehydrator() {
  const start = performance.now();
  const rehydrator = new StreamRehydrator(client);
  let first = 0;
  let text = '';
  for (const delta of deltas) {
    const out = await rehydrator.push(delta);
    if (first === 0 && out.length > 0) first = performance.now() - start;
    text += out;
  }
  text += await rehydrator.end();
  return { first, total: performance.now() - start, text };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measure(name, run) {
  for (let index = 0; index < WARMUP; index++) await run();
  const firsts = [];
  const totals = [];
  let text = '';
  for (let index = 0; index < RUNS; index++) {
    const result = await run();
    firsts.push(result.first);
    totals.push(result.total);
    text = result.text;
  }
  return { name, first: median(firsts), total: median(totals), text };
}

const plainModel = scriptedModel();
const maskedModel = ai.wrapLanguageModel({ model: scriptedModel(), middleware: maskMiddleware({ client }) });
const baseline = await measure('streamText, no middleware', () => timeStream(plainModel));
const masked = await measure('streamText + maskMiddleware', () => timeStream(maskedModel));
const core = await measure('StreamRehydrator alone (core)', timeRehydrator);

// A scope that has issued many tokens: every stream of the scope shares one sorted index of them.
const big = client.withScope({ session: 'bench-big' });
const BIG = quick ? 2_000 : 20_000;
await big.deepEncode(Array.from({ length: BIG }, (_, n) => `user${n}@example.org`));
const bigAnswer =
  `Hello ${await big.encode('user7@example.org')}, and ${await big.encode('user19999@example.org')}. `.repeat(40);
const bigDeltas = bigAnswer.match(/[\s\S]{1,4}/g);
async function timeBigScope() {
  const start = performance.now();
  const rehydrator = new StreamRehydrator(big);
  let first = 0;
  let text = '';
  for (const delta of bigDeltas) {
    const out = await rehydrator.push(delta);
    if (first === 0 && out.length > 0) first = performance.now() - start;
    text += out;
  }
  text += await rehydrator.end();
  return { first, total: performance.now() - start, text };
}
const firstBigStart = performance.now();
await timeBigScope();
const firstBig = performance.now() - firstBigStart;
const bigScope = await measure(`StreamRehydrator, scope with ${BIG} issued tokens`, timeBigScope);
if (bigScope.text !== (await big.detokenizeText(bigAnswer))) throw new Error('big-scope text differs');

const expected = await client.detokenizeText(answer);
if (masked.text !== expected || core.text !== expected)
  throw new Error('rehydrated text differs from the expected answer');
if (baseline.text !== answer) throw new Error('baseline text differs');

const ms = (value) => `${value.toFixed(2)} ms`;
const rows = [
  '| pipeline | time to first text | total | ratio first | ratio total |',
  '|---|---:|---:|---:|---:|',
  ...[baseline, masked].map(
    (row) =>
      `| ${row.name} | ${ms(row.first)} | ${ms(row.total)} | ${(row.first / baseline.first).toFixed(2)}x | ${(row.total / baseline.total).toFixed(2)}x |`,
  ),
  `| ${core.name} | ${ms(core.first)} | ${ms(core.total)} | | |`,
  `| ${bigScope.name} (${bigDeltas.length} deltas; first stream of the scope ${ms(firstBig)}) | ${ms(bigScope.first)} | ${ms(bigScope.total)} | | |`,
];
const summary = [
  `Answer: ${answer.length} chars in ${deltas.length} deltas of 4 chars, ${tokens.length * 3} tokens (email, SSN, placeholder);`,
  `prompt: ${prompt.length} chars with ${8 * 3} values to scrub. Median of ${RUNS} runs after ${WARMUP} warm-up runs,`,
  `Node ${process.version}, scripted model without delay (the ratios are Mask's own CPU cost; a real model's`,
  'network latency dwarfs it).',
  `Added by the middleware: ${(masked.first - baseline.first).toFixed(2)} ms before the first text (scrubbing the prompt),`,
  `${(((masked.total - baseline.total) / deltas.length) * 1000).toFixed(0)} µs per streamed delta.`,
].join('\n');
console.log(`${summary}\n\n${rows.join('\n')}`);
if (!quick) {
  writeFileSync(
    join(here, 'RESULTS.md'),
    `# bench/streaming: last recorded run\n\n${summary}\n\n${rows.join('\n')}\n\nRun: \`pnpm bench streaming\` (or \`node bench/streaming/run.mjs\` after building).\n`,
  );
}
await client.close();
