import { getDefaultClient, type MaskClient } from '@mask/core';

/** Options every LlamaIndex entry point shares. */
export interface MaskLlamaIndexOptions {
  /**
   * The Mask client: its vault, keys, scanner, audit log and scope.
   * @default the process-wide client built from `MASK_*` variables (`getDefaultClient()`)
   */
  readonly client?: MaskClient;
  /**
   * Session of the tokens (a chat id, a user session): tokens never decode in another session. LlamaIndex's
   * workflow context carries no session of its own, so pass yours, or a function read on every call.
   * @default the client's own scope
   */
  readonly session?: string | (() => string | undefined);
}

/** The client to use for one call. */
export function clientFor(options: MaskLlamaIndexOptions): MaskClient {
  const client = options.client ?? getDefaultClient();
  const session = typeof options.session === 'function' ? options.session() : options.session;
  return session === undefined ? client : client.withScope({ session });
}
