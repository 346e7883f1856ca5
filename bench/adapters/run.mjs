// bench/adapters: the same offline agent loop with and without the Mask adapter, for LangChain (createAgent +
// maskMiddleware) and LlamaIndex (agent() + maskLlamaIndexHooks). Reports the time per run and the overhead
// ratio. Run: `pnpm bench adapters` (or `node bench/adapters/run.mjs [--quick]` after `pnpm build`).
import { randomBytes } from 'node:crypto';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 40 : 300;
const WARMUP = quick ? 10 : 50;

// Frameworks are resolved from the adapter packages (their devDependencies), as ESM, so one copy is shared
// with the built adapters (a CommonJS copy next to the ESM one would break instanceof checks).
async function importFrom(packageDir, specifier) {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const subpath = `.${specifier.slice(name.length)}`;
  const dir = realpathSync(join(root, packageDir, 'node_modules', name));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const pick = (entry) => {
    if (typeof entry === 'string') return entry;
    if (typeof entry !== 'object' || entry === null) return undefined;
    return pick(entry.import) ?? pick(entry.default) ?? pick(entry.node);
  };
  const target =
    pick(manifest.exports?.[subpath]) ?? (subpath === '.' ? (manifest.module ?? manifest.main) : undefined);
  if (!target) throw new Error(`cannot resolve ${specifier} from ${packageDir}`);
  return import(pathToFileURL(join(dir, target)).href);
}
const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.mjs')).href);
const maskLangChain = await import(pathToFileURL(join(root, 'packages/langchain/dist/index.mjs')).href);
const maskLlamaIndex = await import(pathToFileURL(join(root, 'packages/llamaindex/dist/index.mjs')).href);
const { createAgent } = await importFrom('packages/langchain', 'langchain');
const { AIMessage, HumanMessage } = await importFrom('packages/langchain', '@langchain/core/messages');
const { fakeModel } = await importFrom('packages/langchain', '@langchain/core/testing');
const { tool: langchainTool } = await importFrom('packages/langchain', '@langchain/core/tools');
const { agent: llamaAgent } = await importFrom('packages/llamaindex', '@llamaindex/workflow');
const { ToolCallLLM } = await importFrom('packages/llamaindex', '@llamaindex/core/llms');
const { FunctionTool } = await importFrom('packages/llamaindex', '@llamaindex/core/tools');

const USER = 'Hi, my email is maria.garcia@acme-health.org and my SSN is 536-22-8726. Please pull up my account.';
const RECORD = (email) => ({
  customer: {
    email,
    phones: [{ kind: 'mobile', number: '+1 415-867-5309' }],
    payment: [{ card: '4111 1111 1111 1111' }, { iban: 'DE89 3704 0044 0532 0130 00' }],
    notes: 'Prefers email. Last login from 203.0.113.42.',
  },
});
const JSON_SCHEMA = { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] };
const findEmail = (text) => /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0] ?? 'none';

const client = new core.MaskClient({ key: randomBytes(32), vault: new core.MemoryVault(), audit: false, env: {} });

// --- LangChain: createAgent, fakeModel (tool call, then answer) ---
function langchainModel() {
  return fakeModel()
    .respond((messages) => {
      const text = messages.map((message) => message.text).join('\n');
      return new AIMessage({
        content: '',
        tool_calls: [{ id: 'c1', name: 'lookup', args: { email: findEmail(text) } }],
      });
    })
    .respond((messages) => new AIMessage(`Here you go: ${messages.at(-1).text}`));
}
const lookupLangChain = langchainTool(async ({ email }) => RECORD(email), {
  name: 'lookup',
  description: 'Looks a customer up',
  schema: JSON_SCHEMA,
});
async function langchainPlain() {
  const agent = createAgent({ model: langchainModel(), tools: [lookupLangChain] });
  await agent.invoke({ messages: [new HumanMessage(USER)] });
}
async function langchainMasked() {
  const agent = createAgent({
    model: langchainModel(),
    tools: [lookupLangChain],
    middleware: [maskLangChain.maskMiddleware({ client })],
  });
  const result = await agent.invoke({ messages: [new HumanMessage(USER)] });
  await maskLangChain.unmaskMessages([result.messages.at(-1)], { client });
}

// --- LlamaIndex: agent(), a scripted ToolCallLLM (tool call, then answer) ---
class ScriptedLLM extends ToolCallLLM {
  supportToolCall = true;
  metadata = {
    model: 'scripted',
    temperature: 0,
    topP: 1,
    contextWindow: 8192,
    tokenizer: undefined,
    structuredOutput: false,
  };
  async chat(params) {
    const last = params.messages.at(-1);
    const chunk = last.options?.toolResult
      ? { delta: `Here you go: ${last.content}` }
      : {
          delta: '',
          options: { toolCall: [{ id: 'c1', name: 'lookup', input: { email: findEmail(String(last.content)) } }] },
        };
    return (async function* () {
      yield { raw: null, ...chunk };
    })();
  }
  async complete() {
    throw new Error('offline');
  }
}
const lookupLlama = FunctionTool.from(async ({ email }) => RECORD(email), {
  name: 'lookup',
  description: 'Looks a customer up',
  parameters: JSON_SCHEMA,
});
const quiet = { log() {}, error() {}, warn() {} };
async function llamaPlain() {
  const workflow = llamaAgent({ llm: new ScriptedLLM(), tools: [lookupLlama], logger: quiet });
  await workflow.run(USER);
}
const hooks = maskLlamaIndex.maskLlamaIndexHooks({ client });
async function llamaMasked() {
  const workflow = llamaAgent({
    ...hooks.agentParams({ llm: new ScriptedLLM(), tools: [lookupLlama] }),
    logger: quiet,
  });
  const result = await hooks.run(workflow, USER);
  await hooks.rehydrate(String(result.data.result));
}

/** A padded markdown table (first column left-aligned, the others right-aligned), as the formatter writes it. */
function markdownTable(header, body) {
  const cells = [header, ...body].map((line) => line.map(String));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((line) => line[column].length)));
  const render = (line) =>
    `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [render(cells[0]), rule, ...cells.slice(1).map(render)];
}

// Interleaved rounds (plain, masked, plain, masked...) so drift on a shared machine hits both sides alike.
async function measure(name, plain, masked) {
  for (let index = 0; index < WARMUP; index++) {
    await plain();
    await masked();
  }
  const plainTimes = [];
  const maskedTimes = [];
  const plainCpu = [];
  const maskedCpu = [];
  // CPU time of this process as well as wall time: on a shared, loaded machine it moves far less.
  const cpuMs = (usage) => (usage.user + usage.system) / 1000;
  for (let index = 0; index < ROUNDS; index++) {
    let cpu = process.cpuUsage();
    let start = performance.now();
    await plain();
    plainTimes.push(performance.now() - start);
    plainCpu.push(cpuMs(process.cpuUsage(cpu)));
    cpu = process.cpuUsage();
    start = performance.now();
    await masked();
    maskedTimes.push(performance.now() - start);
    maskedCpu.push(cpuMs(process.cpuUsage(cpu)));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
  const row = {
    loop: name,
    rounds: ROUNDS,
    plainMedianMs: +median(plainTimes).toFixed(3),
    maskedMedianMs: +median(maskedTimes).toFixed(3),
    plainP95Ms: +p95(plainTimes).toFixed(3),
    maskedP95Ms: +p95(maskedTimes).toFixed(3),
  };
  row.overheadMs = +(row.maskedMedianMs - row.plainMedianMs).toFixed(3);
  row.ratio = +(row.maskedMedianMs / row.plainMedianMs).toFixed(2);
  row.plainCpuMs = +median(plainCpu).toFixed(3);
  row.maskedCpuMs = +median(maskedCpu).toFixed(3);
  row.cpuRatio = +(row.maskedCpuMs / row.plainCpuMs).toFixed(2);
  return row;
}

const rows = [
  await measure('langchain createAgent (2 model calls, 1 tool call)', langchainPlain, langchainMasked),
  await measure('llamaindex agent() (2 model calls, 1 tool call)', llamaPlain, llamaMasked),
];
await client.close();

console.log(`Adapter overhead, same offline loop with and without Mask (median of ${ROUNDS} interleaved rounds)`);
console.table(rows);
if (!quick) {
  const lines = [
    '# bench/adapters: results',
    '',
    `Recorded ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${ROUNDS} interleaved rounds after ${WARMUP} warm-up rounds.`,
    'Each round runs the whole offline agent loop: the user message with an email and an SSN, one tool call',
    'returning a nested record (email, phone, card, IBAN, IP in free text), two model calls; the masked side also',
    'tokenizes the input and history, decodes the tool arguments, encodes the tool output and rehydrates the',
    "final answer (MemoryVault, default scanner). Times are medians of wall time and of this process's CPU time; the",
    'machine is shared (2 cores, other builds running), so wall times swing between runs and CPU times hold better.',
    '',
    ...markdownTable(
      [
        'loop',
        'plain (ms)',
        'with Mask (ms)',
        'overhead (ms)',
        'ratio',
        'plain p95',
        'Mask p95',
        'plain CPU (ms)',
        'Mask CPU (ms)',
        'CPU ratio',
      ],
      rows.map((row) => [
        row.loop,
        row.plainMedianMs,
        row.maskedMedianMs,
        row.overheadMs,
        `${row.ratio}x`,
        row.plainP95Ms,
        row.maskedP95Ms,
        row.plainCpuMs,
        row.maskedCpuMs,
        `${row.cpuRatio}x`,
      ]),
    ),
    '',
  ];
  writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
}
