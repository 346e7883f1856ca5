import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testKey } from '../test/helpers.js';
import { MaskClient } from './client/mask-client.js';
import { MaskVaultConnectionError } from './errors/named-errors.js';
import { MemoryVault } from './vault/memory-vault.js';
import type { Vault } from './vault/vault.js';

/**
 * Promise 4: no plaintext in errors, logs or audit events. Everything Mask writes (console, stderr, its
 * logger, the audit sink) and everything it throws during this suite is captured and searched for the
 * planted values.
 */
const PLANTED = ['4111 1111 1111 1111', 'planted.person@leak-check.com', '536-90-4399', 'GB82WEST12345698765432'];
const captured: string[] = [];

class FlakyVault extends MemoryVault {
  down = false;
  override async getMany(keys: readonly string[]) {
    if (this.down) throw new MaskVaultConnectionError('flaky', 'Vault backend unreachable');
    return super.getMany(keys);
  }
}

describe('no planted value reaches logs, errors or audit', () => {
  const spies: { mockRestore(): void }[] = [];
  beforeAll(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      spies.push(
        vi
          .spyOn(console, method)
          .mockImplementation((...args: unknown[]) => void captured.push(args.map(String).join(' '))),
      );
    }
    const write = process.stderr.write.bind(process.stderr);
    spies.push(
      vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
        captured.push(String(chunk));
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof process.stderr.write),
    );
  });
  afterAll(() => {
    for (const spy of spies) spy.mockRestore();
  });

  it('runs every operation, success and failure, and finds no planted value anywhere', async () => {
    const vault = new FlakyVault();
    const audit: string[] = [];
    const text = `Card ${PLANTED[0]} mail ${PLANTED[1]} ssn ${PLANTED[2]} iban ${PLANTED[3]}`;
    const make = (options: Partial<ConstructorParameters<typeof MaskClient>[0]> = {}) =>
      new MaskClient({
        key: testKey(),
        vault,
        env: {},
        audit: { sink: (lines) => void audit.push(...lines) },
        ...options,
      });
    const record = (error: unknown) => {
      captured.push(
        String(error),
        JSON.stringify(error),
        String((error as Error)?.stack),
        String((error as Error)?.cause),
      );
    };

    const client = make();
    const tokenized = await client.scanAndTokenize(text);
    for (const value of PLANTED) expect(tokenized).not.toContain(value);
    await client.deepEncode({ text, nested: [text] });
    await client.detokenizeText(tokenized);
    vault.down = true;
    await client.scanAndTokenize(text).catch(record);
    await client.deepEncode({ text }).catch(record);
    await client.detokenizeText(tokenized).catch(record);
    await make({ failStrategy: 'open' }).scanAndTokenize(text).catch(record);
    vault.down = false;
    await client.decode('[PERSON_99]').catch(record);
    await client.encode(PLANTED[1] as string, { type: 'lower case' }).catch(record);
    await make({ scanner: { name: 'bad', scan: () => Promise.reject(new Error(`bad ${text}`)) } })
      .scanAndTokenize(text)
      .catch(record);
    try {
      new MaskClient({ env: { MASK_MASTER_KEY: PLANTED[1] }, vault: vault as Vault });
    } catch (error) {
      record(error);
    }
    await client.close();

    const everything = [...captured, ...audit].join('\n');
    expect(audit.length).toBeGreaterThan(3);
    expect(captured.length).toBeGreaterThan(5);
    for (const value of PLANTED) expect(everything).not.toContain(value);
  });
});
