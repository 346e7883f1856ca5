import { AIMessage, type BaseMessage, RemoveMessage, ToolMessage } from '@langchain/core/messages';
import type { StructuredToolInterface } from '@langchain/core/tools';
import { getDefaultClient } from '@mask/core';
import type { AgentMiddleware } from 'langchain';
import { maskMessagesCached, unmaskMessages } from './mask-messages.js';
import { type ConfigurableLike, clientForRun } from './mask-scope.js';
import { MaskToolWrapper, maskToolError, type SecureToolOptions } from './mask-tool-wrapper.js';

/** Options of {@link maskMiddleware}. */
export interface MaskMiddlewareOptions extends SecureToolOptions {
  /**
   * Tokenize the messages already in the agent's state when a run starts (the user's new message included),
   * so that the stored history and checkpoints hold tokens only.
   * @default true
   */
  readonly scrubState?: boolean;
  /** Tokenize the system message too before it reaches the model. @default true */
  readonly scrubSystemMessage?: boolean;
  /**
   * Put the real values back into the final AI message when the run ends, for display. The state (and its
   * checkpoint) then holds that message in the clear until the next run re-tokenizes it; prefer
   * `unmaskMessages` on the result when the state is persisted.
   * @default false
   */
  readonly rehydrateFinalMessage?: boolean;
}

// The brand `createMiddleware` sets (a registered symbol), so the middleware needs no runtime import of langchain.
const MIDDLEWARE_BRAND = Symbol.for('AgentMiddleware');

/**
 * `createAgent` middleware that keeps the model on tokens and hands tools the real values:
 *
 * - `beforeAgent` tokenizes the conversation in the state (the stored history holds tokens only);
 * - `wrapModelCall` tokenizes every message the model receives (human, AI tool calls, tool results, system,
 *   string and block content), whatever other middleware added;
 * - `wrapToolCall` runs every tool through a {@link MaskToolWrapper}: arguments decoded under the decode
 *   policy, output, artifact and errors tokenized. Errors go back to the model as an error `ToolMessage`.
 *
 * Unlike langchain's own `piiMiddleware`, this is reversible: tools and the user get the real values back.
 *
 * @example
 * import { createAgent } from 'langchain';
 * import { maskMiddleware } from '@mask/langchain';
 * const agent = createAgent({ model, tools, middleware: [maskMiddleware({ client, session: 'thread' })] });
 */
export function maskMiddleware(options: MaskMiddlewareOptions = {}): AgentMiddleware {
  const scrubState = options.scrubState ?? true;
  const scrubSystemMessage = options.scrubSystemMessage ?? true;
  const toolOptions = (client: ReturnType<typeof clientForRun>): SecureToolOptions => ({
    client,
    policy: options.policy,
    scanOptions: options.scanOptions,
    strict: options.strict,
  });

  // Scoped clients are fresh objects per run; the root client keys the clean-message cache.
  const cacheOwner = () => options.client ?? getDefaultClient();

  const middleware = {
    [MIDDLEWARE_BRAND]: true,
    name: 'MaskMiddleware',

    beforeAgent: scrubState
      ? async (state: { messages: BaseMessage[] }, runtime: ConfigurableLike) => {
          const client = clientForRun(options, runtime);
          const masked = await maskMessagesCached(
            state.messages,
            { client, scanOptions: options.scanOptions },
            cacheOwner(),
          );
          const updates = masked.filter((message, index) => message !== state.messages[index]);
          if (updates.some((message) => message.id === undefined)) {
            // Without an id the reducer would append instead of replace, keeping the clear copy in the state:
            // replace the whole history instead (LangGraph's REMOVE_ALL_MESSAGES marker).
            return { messages: [new RemoveMessage({ id: '__remove_all__' }), ...masked] };
          }
          return updates.length > 0 ? { messages: updates } : undefined;
        }
      : undefined,

    wrapModelCall: async (
      request: { messages: BaseMessage[]; systemMessage?: BaseMessage; runtime: ConfigurableLike },
      handler: (request: unknown) => Promise<AIMessage>,
    ) => {
      const client = clientForRun(options, request.runtime);
      const withSystem = scrubSystemMessage && request.systemMessage !== undefined;
      const input = withSystem ? [request.systemMessage as BaseMessage, ...request.messages] : request.messages;
      const masked = await maskMessagesCached(input, { client, scanOptions: options.scanOptions }, cacheOwner());
      return handler(
        withSystem
          ? { ...request, systemMessage: masked[0], messages: masked.slice(1) }
          : { ...request, messages: masked },
      );
    },

    wrapToolCall: async (
      request: {
        toolCall: { id?: string; name: string };
        tool?: unknown;
        runtime: ConfigurableLike;
      },
      handler: (request: unknown) => Promise<unknown>,
    ) => {
      const tool = request.tool as StructuredToolInterface | undefined;
      // Provider-side tools (plain JSON definitions) run at the provider: nothing to wrap here.
      if (!tool || typeof (tool as { invoke?: unknown }).invoke !== 'function') return handler(request);
      const client = clientForRun(options, request.runtime);
      const secured = tool instanceof MaskToolWrapper ? tool : new MaskToolWrapper(tool, toolOptions(client));
      try {
        return await handler({ ...request, tool: secured });
      } catch (error) {
        const name = (error as { name?: unknown } | null)?.name;
        if (name === 'ToolInvocationError' || name === 'GraphInterrupt' || name === 'NodeInterrupt') throw error;
        const masked = await maskToolError(client, error);
        // What ToolNode does for tool errors without middleware: the model sees the error and may retry.
        return new ToolMessage({
          content: `${String(masked)}\n Please fix your mistakes.`,
          tool_call_id: request.toolCall.id ?? '',
          name: request.toolCall.name,
          status: 'error',
        });
      }
    },

    afterAgent: options.rehydrateFinalMessage
      ? async (state: { messages: BaseMessage[] }, runtime: ConfigurableLike) => {
          const last = state.messages.at(-1);
          if (!last || !AIMessage.isInstance(last) || last.id === undefined) return undefined;
          const client = clientForRun(options, runtime);
          const [display] = await unmaskMessages([last], { client });
          return display === last ? undefined : { messages: [display] };
        }
      : undefined,
  };
  return middleware as unknown as AgentMiddleware;
}
