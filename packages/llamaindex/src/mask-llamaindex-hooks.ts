import type { ChatMessage, MessageContent } from '@llamaindex/core/llms';
import type { DetokenizeOptions, MaskClient } from '@mask/core';
import { MaskLLM, type WrappableLLM } from './mask-llm.js';
import { clientFor } from './mask-scope.js';
import { type CallableTool, type MaskToolWrapper, type SecureToolOptions, secureTool } from './mask-tool-wrapper.js';

/** Options of {@link maskLlamaIndexHooks}. */
export interface MaskLlamaIndexHooksOptions extends SecureToolOptions {
  /** Wrap the agent's LLM in a {@link MaskLLM} in `agentParams`. @default true */
  readonly wrapLLM?: boolean;
}

/** Something with `run(userInput, params)`: an `AgentWorkflow` from `agent()` / `multiAgent()`. */
export interface RunnableAgent<TResult> {
  run(userInput: MessageContent, params?: { chatHistory?: ChatMessage[] } & Record<string, unknown>): Promise<TResult>;
}

/** Everything needed to protect a LlamaIndex agent, bound to one set of options. */
export interface MaskLlamaIndexHooks {
  /** The client of the current session. */
  client(): MaskClient;
  /** Protects tools (see {@link MaskToolWrapper}). */
  tools<TTool extends CallableTool>(tools: readonly TTool[]): MaskToolWrapper[];
  /** Wraps an LLM so that it only receives tokens (see {@link MaskLLM}). */
  llm(llm: WrappableLLM): MaskLLM;
  /**
   * The parameters of `agent()` / `new FunctionAgent()` with every tool protected and the LLM wrapped.
   *
   * @example
   * const myAgent = agent(mask.agentParams({ llm, tools: [lookup, sendEmail] }));
   */
  agentParams<TParams extends { tools?: readonly CallableTool[] | undefined; llm?: unknown }>(params: TParams): TParams;
  /** Tokenizes the user's input (string or content parts) before it enters the agent's memory. */
  maskInput(input: MessageContent): Promise<MessageContent>;
  /** Tokenizes a chat history before it enters the agent's memory. */
  maskHistory(messages: readonly ChatMessage[]): Promise<ChatMessage[]>;
  /**
   * Runs an agent workflow with the input and chat history tokenized first, so the memory and every event
   * hold tokens only. The result is the workflow's own (tokens); pass what you show to {@link rehydrate}.
   */
  run<TResult>(
    agent: RunnableAgent<TResult>,
    input: MessageContent,
    params?: { chatHistory?: ChatMessage[] } & Record<string, unknown>,
  ): Promise<TResult>;
  /** Puts the real values back, for display to the user. Never send the result to a model. */
  rehydrate<T>(value: T, options?: DetokenizeOptions): Promise<T>;
}

/**
 * Hooks that protect every tool an agent is given, its LLM, its input and its memory.
 *
 * @example
 * import { agent } from '@llamaindex/workflow';
 * import { maskLlamaIndexHooks } from '@mask/llamaindex';
 * const mask = maskLlamaIndexHooks({ client, policy });
 * const myAgent = agent(mask.agentParams({ llm, tools }));
 * const result = await mask.run(myAgent, 'Look up jane@corp.com');
 * console.log(await mask.rehydrate(result.data.result));
 */
export function maskLlamaIndexHooks(options: MaskLlamaIndexHooksOptions = {}): MaskLlamaIndexHooks {
  const wrapLLM = options.wrapLLM ?? true;
  const hooks: MaskLlamaIndexHooks = {
    client: () => clientFor(options),
    tools: (tools) => tools.map((tool) => secureTool(tool, options)),
    llm: (llm) => (llm instanceof MaskLLM ? llm : new MaskLLM(llm, options)),
    agentParams(params) {
      const next: Record<string, unknown> = { ...params };
      if (params.tools) next.tools = hooks.tools(params.tools);
      if (wrapLLM && params.llm) next.llm = hooks.llm(params.llm as WrappableLLM);
      return next as typeof params;
    },
    maskInput: (input) => clientFor(options).deepEncode(input, options.scanOptions),
    maskHistory: (messages) => clientFor(options).deepEncode([...messages], options.scanOptions),
    async run(agent, input, params) {
      const [maskedInput, chatHistory] = await Promise.all([
        hooks.maskInput(input),
        params?.chatHistory ? hooks.maskHistory(params.chatHistory) : undefined,
      ]);
      return agent.run(maskedInput, chatHistory ? { ...params, chatHistory } : params);
    },
    rehydrate: (value, detokenize) => clientFor(options).deepDecode(value, detokenize),
  };
  return hooks;
}
