import { MaskClient } from '@mask/core';

// One client per server process, created on the first request (not at build time): it holds the vault (in
// memory here; set MASK_VAULT_TYPE=redis in production) and reads the key from MASK_MASTER_KEY. Each chat gets
// its own scope with withScope({ session }).
const globalForMask = globalThis as typeof globalThis & { maskClient?: MaskClient };

export function getMask(): MaskClient {
  globalForMask.maskClient ??= new MaskClient({ tenant: 'nextjs-example' });
  return globalForMask.maskClient;
}
