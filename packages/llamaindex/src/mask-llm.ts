import {
  type ChatMessage,
  type ChatResponse,
  type ChatResponseChunk,
  type CompletionResponse,
  type LLMChatParamsNonStreaming,
  type LLMChatParamsStreaming,
  type LLMCompletionParamsNonStreaming,
  type LLMCompletionParamsStreaming,
  type LLMMetadata,
  ToolCallLLM,
} from '@llamaindex/core/llms';
import type { ScanOptions } from '@mask/core';
import { clientFor, type MaskLlamaIndexOptions } from './mask-scope.js';

/** Options of {@link MaskLLM}. */
export interface MaskLLMOptions extends MaskLlamaIndexOptions {
  /** Options of the scan. @default the client's */
  readonly scanOptions?: ScanOptions;
}

/** An LLM as LlamaIndex agents use it (a `ToolCallLLM`, or any LLM with `chat` / `complete`). */
export interface WrappableLLM {
  metadata: LLMMetadata;
  supportToolCall?: boolean;
  chat(params: LLMChatParamsStreaming | LLMChatParamsNonStreaming): Promise<unknown>;
  complete(params: LLMCompletionParamsStreaming | LLMCompletionParamsNonStreaming): Promise<unknown>;
}

/**
 * Wraps the LLM an agent talks to so that everything it receives is tokenized first: every message's content
 * (text and content parts), tool-call inputs and tool results, at any depth, and completion prompts. A last
 * line of defence for values that reach the conversation without passing through a protected tool.
 *
 * @example
 * import { MaskLLM } from '@mask/llamaindex';
 * const llm = new MaskLLM(openai({ model: 'gpt-4o-mini' }), { client });
 */
export class MaskLLM extends ToolCallLLM {
  /** The wrapped LLM. */
  readonly llm: WrappableLLM;
  readonly #options: MaskLLMOptions;

  constructor(llm: WrappableLLM, options: MaskLLMOptions = {}) {
    super();
    this.llm = llm;
    this.#options = options;
  }

  get metadata(): LLMMetadata {
    return this.llm.metadata;
  }

  get supportToolCall(): boolean {
    return this.llm.supportToolCall ?? false;
  }

  chat(params: LLMChatParamsStreaming): Promise<AsyncIterable<ChatResponseChunk>>;
  chat(params: LLMChatParamsNonStreaming): Promise<ChatResponse>;
  async chat(
    params: LLMChatParamsStreaming | LLMChatParamsNonStreaming,
  ): Promise<AsyncIterable<ChatResponseChunk> | ChatResponse> {
    const messages = await this.#maskMessages(params.messages);
    return this.llm.chat({ ...params, messages }) as Promise<AsyncIterable<ChatResponseChunk> | ChatResponse>;
  }

  // Agents resend the whole conversation on every call: messages already known clean (same object, same
  // serialization) are not scanned again. A changed message is rescanned.
  readonly #clean = new WeakMap<ChatMessage, string>();

  async #maskMessages(messages: readonly ChatMessage[]): Promise<ChatMessage[]> {
    const cache = this.#options.scanOptions === undefined ? this.#clean : undefined;
    const result = [...messages];
    const pending = messages
      .map((message, index) => ({ message, index, snapshot: snapshot(message) }))
      .filter((entry) => entry.snapshot === undefined || cache?.get(entry.message) !== entry.snapshot);
    if (pending.length === 0) return result;
    const client = clientFor(this.#options);
    const masked: ChatMessage[] = await client.deepEncode(
      pending.map((entry) => entry.message),
      this.#options.scanOptions,
    );
    pending.forEach((entry, position) => {
      const output = masked[position] as ChatMessage;
      const clean = snapshot(output);
      // Unchanged by the scan: keep the caller's object (and remember it as clean).
      const keep = clean !== undefined && clean === entry.snapshot ? entry.message : output;
      result[entry.index] = keep;
      if (cache && clean !== undefined) cache.set(keep, clean);
    });
    return result;
  }

  override complete(params: LLMCompletionParamsStreaming): Promise<AsyncIterable<CompletionResponse>>;
  override complete(params: LLMCompletionParamsNonStreaming): Promise<CompletionResponse>;
  override async complete(
    params: LLMCompletionParamsStreaming | LLMCompletionParamsNonStreaming,
  ): Promise<AsyncIterable<CompletionResponse> | CompletionResponse> {
    const client = clientFor(this.#options);
    const prompt = await client.deepEncode(params.prompt, this.#options.scanOptions);
    return this.llm.complete({ ...params, prompt }) as Promise<AsyncIterable<CompletionResponse> | CompletionResponse>;
  }
}

function snapshot(message: ChatMessage): string | undefined {
  try {
    return JSON.stringify(message);
  } catch {
    return undefined;
  }
}
