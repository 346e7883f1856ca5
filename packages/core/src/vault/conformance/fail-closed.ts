import { expect } from 'vitest';
import { MaskError } from '../../errors/mask-error.js';
import { MaskVaultConnectionError } from '../../errors/named-errors.js';
import { StaticKeyProvider } from '../../keys/static-key-provider.js';
import { VaultTokenEngine } from '../../tokens/vault-token-engine.js';
import type { Vault } from '../vault.js';

/** Plaintext the fail-closed check tokenizes; it must never appear in an error. */
export const SECRET_VALUE = 'Jane Q. Secretperson';
const KEY = new Uint8Array(32).fill(7);

/** Rejection of `work`, or a failed expectation if it resolved. */
export async function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => expect.fail('expected the call to fail closed'),
    (error: unknown) => error,
  );
}

/** Asserts a typed vault connection error that carries no plaintext, key or token anywhere. */
export function expectConnectionError(error: unknown, backend: string, forbidden: readonly string[]): void {
  expect(MaskError.isInstance(error)).toBe(true);
  expect(error).toBeInstanceOf(MaskVaultConnectionError);
  const typed = error as MaskVaultConnectionError;
  expect(typed.code).toBe('VAULT_CONNECTION');
  expect(typed.backend).toBe(backend);
  const rendered = [
    typed.message,
    String(typed.stack),
    JSON.stringify(typed),
    String((typed.cause as Error | undefined)?.message),
  ].join('\n');
  for (const text of [SECRET_VALUE, ...forbidden]) expect(rendered).not.toContain(text);
}

/**
 * Drives a vault through a backend outage: works, backend stopped -> every call (and the token engine on top)
 * raises a typed `MaskVaultConnectionError` with no plaintext, backend back -> the same vault object works again.
 */
export async function checkFailClosed(options: {
  vault: Vault;
  backend: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Recreate schema/tables after a restart of an in-memory backend. */
  afterRestart?: () => Promise<void>;
}): Promise<void> {
  const { vault, backend } = options;
  const engine = new VaultTokenEngine({ vault, keyProvider: new StaticKeyProvider(KEY) });
  const scope = { tenant: 'fail-closed' };
  const [before] = await healthy(() => engine.tokenize(scope, [{ type: 'PERSON', value: SECRET_VALUE }]));
  expect(before?.token).toMatch(/^\[PERSON_\d+\]$/);
  const key = `mask:{fail}:t:${before?.token}`;

  // Traffic keeps flowing while the backend goes away and comes back: every call must either succeed or fail
  // with the typed error, and none may hang.
  let running = true;
  const traffic: unknown[] = [];
  const loop = (async () => {
    for (let index = 0; running; index++) {
      try {
        const [outcome] = await engine.tokenize(scope, [{ type: 'PERSON', value: `${SECRET_VALUE} ${index}` }]);
        await engine.detokenize(scope, [outcome?.token as string]);
        traffic.push('ok');
      } catch (error) {
        traffic.push(error);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 150));

  await options.stop();
  const errors = await Promise.all([
    rejectionOf(vault.getMany([key])),
    rejectionOf(vault.putManyIfAbsent([{ key, value: SECRET_VALUE }])),
    rejectionOf(vault.putMany([{ key, value: SECRET_VALUE }])),
    rejectionOf(vault.deleteMany([key])),
    rejectionOf(engine.tokenize(scope, [{ type: 'PERSON', value: SECRET_VALUE }])),
    rejectionOf(engine.detokenize(scope, [before?.token as string])),
  ]);
  for (const error of errors) expectConnectionError(error, backend, [key, before?.token as string]);

  await options.start();
  const restartedAt = traffic.length;
  await options.afterRestart?.();
  // Reconnection: the same vault object serves again (the server lost its data, the vault did not hang).
  const inserted = await healthy(() => vault.putManyIfAbsent([{ key, value: 'after restart' }]));
  // An attempt that reached a recovering cluster as its reply was lost failed closed (an error) and may still have
  // stored the value: the next attempt then finds it (insert-only, `false`). Either way the key holds this loop's
  // value, the only one written to it since the restart emptied the server.
  expect(inserted).toHaveLength(1);
  expect(await healthy(() => vault.getMany([key]))).toEqual(['after restart']);
  // The traffic goes on until it has succeeded since the restart (a call in flight may still time out on a loaded
  // host: that is a typed failure, checked below, not a missed recovery).
  const recoveryDeadline = Date.now() + RECOVERY_MS;
  while (!traffic.slice(restartedAt).includes('ok') && Date.now() < recoveryDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  running = false;
  await loop;
  const failures = traffic.filter((outcome) => outcome !== 'ok');
  expect(traffic.indexOf('ok')).toBeGreaterThanOrEqual(0);
  expect(failures.length).toBeGreaterThan(0);
  for (const failure of failures) expectConnectionError(failure, backend, []);
  expect(traffic.slice(restartedAt)).toContain('ok'); // recovered by itself once the backend returned
  const [after] = await healthy(() => engine.tokenize(scope, [{ type: 'PERSON', value: 'Someone Else' }]));
  expect(await healthy(() => engine.detokenize(scope, [after?.token as string]))).toEqual([
    { value: 'Someone Else', type: 'PERSON' },
  ]);
}

/** How long a restarted backend (a three-node cluster re-forming on a loaded host) may take to serve again. */
const RECOVERY_MS = 30_000;

/**
 * A call on a backend that is up: the vaults' short test deadlines (half a second) can pass on a loaded host, so
 * a typed connection error is retried until {@link RECOVERY_MS}. Any other error fails at once.
 */
async function healthy<T>(call: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + RECOVERY_MS;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof MaskVaultConnectionError) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
