// bench/core: the token engine on the memory vault. encode, decode, scanAndTokenize on 1 KB and 100 KB texts,
// deepEncode of a 10 KB JSON tool result. Reports ops/s and p50 / p99 latency.
import { randomBytes } from 'node:crypto';
import { MaskClient } from '@mask/core';
import { Bench } from 'tinybench';

const quick = process.argv.includes('--quick');
const mask = new MaskClient({ key: randomBytes(32), tenant: 'bench', logger: { warn() {} } });

const RECORD =
  'Customer Maria Lopez <maria.lopez{n}@acme.com>, phone +1 (415) 867-53{nn}, SSN 536-90-43{nn}, card 4111 1111 1111 1111, ' +
  'IBAN DE89 3704 0044 0532 0130 00, last login from 203.0.113.{nn}. Order #A-{n} shipped 2026-11-{nn} for $129.00. ';
const text = (bytes) => {
  let out = '';
  for (let n = 0; out.length < bytes; n++) {
    const nn = String((n % 90) + 10);
    out += RECORD.replaceAll('{nn}', nn).replaceAll('{n}', String(n));
  }
  return out.slice(0, bytes);
};
const text1k = text(1024);
const text100k = text(100 * 1024);
const toolResult = {
  customers: Array.from({ length: 55 }, (_, n) => ({
    id: `cus_${n}`,
    name: 'Maria Lopez',
    email: `maria.lopez${n}@acme.com`,
    phone: `+1 (415) 867-53${String(n + 10)}`,
    card: '4111 1111 1111 1111',
    notes: `Called about order A-${n}; refund to card ending 1111.`,
  })),
};
const json10k = JSON.stringify(toolResult);
const encodedToken = await mask.encode('maria.lopez@acme.com');
const tokenized1k = await mask.scanAndTokenize(text1k);

let counter = 0;
const bench = new Bench({ time: quick ? 300 : 2000, warmupTime: quick ? 100 : 500 });
bench
  .add('encode (new value)', async () => {
    await mask.encode(`user${counter++}@acme.com`, { type: 'EMAIL_ADDRESS' });
  })
  .add('encode (known value)', async () => {
    await mask.encode('maria.lopez@acme.com', { type: 'EMAIL_ADDRESS' });
  })
  .add('decode', async () => {
    await mask.decode(encodedToken);
  })
  .add('scanAndTokenize 1 KB', async () => {
    await mask.scanAndTokenize(text1k);
  })
  .add('scanAndTokenize 100 KB', async () => {
    await mask.scanAndTokenize(text100k);
  })
  .add('detokenizeText 1 KB', async () => {
    await mask.detokenizeText(tokenized1k);
  })
  .add(`deepEncode ${(json10k.length / 1024).toFixed(1)} KB JSON`, async () => {
    await mask.deepEncode(toolResult);
  });

await bench.run();
const rows = bench.tasks.map((task) => {
  const latency = task.result.latency;
  return {
    task: task.name,
    'ops/s': Math.round(task.result.throughput.mean),
    'p50 (ms)': latency.p50.toFixed(3),
    'p99 (ms)': latency.p99.toFixed(3),
    samples: latency.samplesCount ?? task.result.totalTime,
  };
});
console.table(rows);
await mask.close();
export default rows;
