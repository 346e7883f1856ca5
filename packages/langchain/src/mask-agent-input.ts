import { type BaseMessageLike, coerceMessageLikeToMessage } from '@langchain/core/messages';
import type { ScanOptions } from '@mask/core';
import { maskMessages } from './mask-messages.js';
import { type ConfigurableLike, clientForRun, type MaskLangChainOptions } from './mask-scope.js';

/** Options of {@link maskAgentInput}. */
export interface MaskAgentInputOptions extends MaskLangChainOptions {
  /** The run's config (its `thread_id` picks the session when `session: 'thread'`). */
  readonly config?: ConfigurableLike;
  /** Options of the scan. @default the client's */
  readonly scanOptions?: ScanOptions;
}

/**
 * Tokenizes an agent's input before `invoke` / `stream`: the messages (any message-like form) and every other
 * input field. Use it when the agent has a checkpointer: LangGraph checkpoints the raw input before any
 * middleware runs, so `maskMiddleware` alone leaves the user's first message in the clear in the checkpoint
 * history (the live state is scrubbed either way).
 *
 * @example
 * import { maskAgentInput } from '@mask/langchain';
 * const config = { configurable: { thread_id } };
 * await agent.invoke(await maskAgentInput({ messages: [userText] }, { client, session: 'thread', config }), config);
 */
export async function maskAgentInput<TInput extends { messages?: readonly BaseMessageLike[] }>(
  input: TInput,
  options: MaskAgentInputOptions = {},
): Promise<TInput> {
  const client = clientForRun(options, options.config);
  const { messages, ...rest } = input;
  const [masked, other] = await Promise.all([
    messages === undefined
      ? undefined
      : maskMessages(messages.map(coerceMessageLikeToMessage), { client, scanOptions: options.scanOptions }),
    client.deepEncode(rest, options.scanOptions),
  ]);
  return (masked === undefined ? other : { ...other, messages: masked }) as unknown as TInput;
}
