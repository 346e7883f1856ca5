import { randomBytes } from 'node:crypto';
import { createAuditCapture } from '@mask/adapter-tests';
import { MaskClient, MemoryVault } from '@mask/core';

/** A fresh client with its own vault and an audit capture. */
export function testClient(session?: string) {
  const audit = createAuditCapture();
  const client = new MaskClient({
    key: randomBytes(32),
    vault: new MemoryVault(),
    tenant: 'tests',
    ...(session === undefined ? {} : { session }),
    audit: audit.logger,
    env: {},
  });
  return { client, audit };
}
