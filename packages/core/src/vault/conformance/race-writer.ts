// Child process of the conformance suite's race test: opens its own vault from a VaultConfig, waits for a
// shared start time, races insert-only writes against its sibling process and prints what it won.
import { createVault, type VaultConfig } from '../create-vault.js';

interface RaceInput {
  config: VaultConfig;
  startAt: number;
  keys: string[];
  value: string;
  rounds: number;
}

const input = JSON.parse(process.argv[2] ?? '{}') as RaceInput;
const vault = await createVault(input.config);
// Connect (and warm up) before the start line so both processes really race on the writes.
await vault.getMany(['mask:{race}:warmup']);
const wait = input.startAt - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const won: boolean[] = [];
// Several small rounds interleave the two writers more than one big batch would.
const size = Math.ceil(input.keys.length / input.rounds);
for (let start = 0; start < input.keys.length; start += size) {
  const keys = input.keys.slice(start, start + size);
  won.push(
    ...(await vault.putManyIfAbsent(keys.map((key) => ({ key, value: `${input.value}:${key}`, ttlSeconds: 300 })))),
  );
}
await vault.close();
process.stdout.write(JSON.stringify({ won }));
