import { getDefaultClient, type MaskClient } from '@mask/core';

/** Where a run's configuration carries its LangGraph thread. */
export interface ConfigurableLike {
  readonly configurable?: { readonly thread_id?: unknown; readonly [key: string]: unknown } | undefined;
}

/**
 * How tokens are scoped per run.
 *
 * - `'client'`: the client's own scope for every run.
 * - `'thread'`: the LangGraph `thread_id` of the run (`config.configurable.thread_id`) becomes the session, so
 *   one conversation's tokens never decode in another. A run without a thread id uses the client's own scope
 *   (which still never decodes another thread's tokens).
 * - a function: returns the session for a run (or `undefined` for the client's own scope).
 */
export type SessionScope = 'client' | 'thread' | ((config: ConfigurableLike) => string | undefined);

/** Options every LangChain entry point shares. */
export interface MaskLangChainOptions {
  /**
   * The Mask client: its vault, keys, scanner, audit log and scope.
   * @default the process-wide client built from `MASK_*` variables (`getDefaultClient()`)
   */
  readonly client?: MaskClient;
  /**
   * Session scope per run, from LangGraph's own context.
   * @default 'client'
   */
  readonly session?: SessionScope;
}

/** The client to use for one run. */
export function clientForRun(options: MaskLangChainOptions, config: ConfigurableLike | undefined): MaskClient {
  const client = options.client ?? getDefaultClient();
  const scope = options.session ?? 'client';
  if (scope === 'client') return client;
  const session =
    scope === 'thread' ? threadIdOf(config) : typeof scope === 'function' ? scope(config ?? {}) : undefined;
  return session === undefined ? client : client.withScope({ session });
}

function threadIdOf(config: ConfigurableLike | undefined): string | undefined {
  const threadId = config?.configurable?.thread_id;
  if (typeof threadId === 'string' && threadId.length > 0) return threadId;
  if (typeof threadId === 'number') return String(threadId);
  return undefined;
}
