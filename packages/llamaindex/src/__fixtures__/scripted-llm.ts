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
  type MessageContent,
  ToolCallLLM,
  type ToolCallLLMMessageOptions,
} from '@llamaindex/core/llms';
import type { ScriptedModel, TranscriptMessage } from '@mask/adapter-tests';

function textOf(content: MessageContent): string {
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

/** LlamaIndex chat messages as the scripted model reads them. */
export function toTranscript(messages: readonly ChatMessage<ToolCallLLMMessageOptions>[]): TranscriptMessage[] {
  return messages.map((message) => {
    const options = (message.options ?? {}) as Record<string, unknown>;
    if ('toolResult' in options) return { role: 'tool', text: textOf(message.content) };
    if (message.role === 'assistant') {
      const calls = Array.isArray(options.toolCall) ? (options.toolCall as { name: string; input: unknown }[]) : [];
      return calls.length > 0
        ? {
            role: 'assistant',
            text: textOf(message.content),
            toolCalls: calls.map((call) => ({ name: call.name, args: call.input })),
          }
        : { role: 'assistant', text: textOf(message.content) };
    }
    return { role: message.role === 'user' ? 'user' : 'system', text: textOf(message.content) };
  });
}

/** A ToolCallLLM driven by a script; it records every request it receives, as received. */
export class ScriptedLLM extends ToolCallLLM {
  readonly supportToolCall = true;
  readonly metadata: LLMMetadata = {
    model: 'scripted',
    temperature: 0,
    topP: 1,
    contextWindow: 128_000,
    tokenizer: undefined,
    structuredOutput: false,
  };
  /** Every request's messages, cloned when received. */
  readonly calls: ChatMessage[][] = [];
  readonly #script: ScriptedModel;

  constructor(script: ScriptedModel) {
    super();
    this.#script = script;
  }

  chat(params: LLMChatParamsStreaming): Promise<AsyncIterable<ChatResponseChunk>>;
  chat(params: LLMChatParamsNonStreaming): Promise<ChatResponse>;
  async chat(
    params: LLMChatParamsStreaming | LLMChatParamsNonStreaming,
  ): Promise<AsyncIterable<ChatResponseChunk> | ChatResponse> {
    this.calls.push(structuredClone(params.messages));
    const turn = this.#script(toTranscript(params.messages as ChatMessage<ToolCallLLMMessageOptions>[]));
    const options =
      turn.type === 'tool_calls'
        ? { toolCall: turn.calls.map((call) => ({ id: call.id, name: call.name, input: call.args as never })) }
        : undefined;
    const text = turn.type === 'text' ? turn.text : '';
    if (!params.stream)
      return { message: { role: 'assistant', content: text, ...(options ? { options } : {}) }, raw: null };
    return (async function* () {
      yield { delta: text, raw: null, ...(options ? { options } : {}) } as ChatResponseChunk;
    })();
  }

  override complete(params: LLMCompletionParamsStreaming): Promise<AsyncIterable<CompletionResponse>>;
  override complete(params: LLMCompletionParamsNonStreaming): Promise<CompletionResponse>;
  override async complete(): Promise<AsyncIterable<CompletionResponse> | CompletionResponse> {
    throw new Error('ScriptedLLM only chats');
  }
}
