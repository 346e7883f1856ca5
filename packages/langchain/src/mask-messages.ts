import {
  AIMessage,
  type BaseMessage,
  ChatMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import type { DetokenizeOptions, MaskClient, ScanOptions } from '@mask/core';

/**
 * The fields of a message that can carry text: content (string or content blocks), tool calls and their
 * arguments, provider kwargs, response metadata and a tool message's artifact. Ids, names and roles are kept.
 */
interface MessageText {
  content: unknown;
  additional_kwargs: unknown;
  response_metadata: unknown;
  tool_calls?: unknown;
  invalid_tool_calls?: unknown;
  artifact?: unknown;
}

function textOf(message: BaseMessage): MessageText {
  const fields: MessageText = {
    content: message.content,
    additional_kwargs: message.additional_kwargs,
    response_metadata: message.response_metadata,
  };
  if (AIMessage.isInstance(message)) {
    fields.tool_calls = message.tool_calls;
    fields.invalid_tool_calls = message.invalid_tool_calls;
  }
  if (ToolMessage.isInstance(message)) fields.artifact = message.artifact;
  return fields;
}

function rebuild(message: BaseMessage, text: MessageText): BaseMessage {
  const base = {
    content: text.content as never,
    additional_kwargs: text.additional_kwargs as Record<string, unknown>,
    response_metadata: text.response_metadata as Record<string, unknown>,
    id: message.id,
    name: message.name,
  };
  if (AIMessage.isInstance(message)) {
    return new AIMessage({
      ...base,
      tool_calls: text.tool_calls as AIMessage['tool_calls'],
      invalid_tool_calls: text.invalid_tool_calls as AIMessage['invalid_tool_calls'],
      usage_metadata: message.usage_metadata,
    });
  }
  if (ToolMessage.isInstance(message)) {
    return new ToolMessage({
      ...base,
      tool_call_id: message.tool_call_id,
      artifact: text.artifact,
      status: message.status,
      metadata: message.metadata,
    });
  }
  if (HumanMessage.isInstance(message)) return new HumanMessage(base);
  if (SystemMessage.isInstance(message)) return new SystemMessage(base);
  if (ChatMessage.isInstance(message)) return new ChatMessage({ ...base, role: message.role });
  // Anything else (RemoveMessage, custom classes) carries no model-visible text of its own.
  return message;
}

// deepEncode always copies, so "changed" means a different serialization.
function changed(before: MessageText, after: MessageText): boolean {
  try {
    return JSON.stringify(before) !== JSON.stringify(after);
  } catch {
    return true;
  }
}

/** Options of {@link maskMessages}. */
export interface MaskMessagesOptions {
  /** The client whose scope the tokens belong to. */
  readonly client: MaskClient;
  /** Options of the scan (entities, categories, allow list...). @default the client's */
  readonly scanOptions?: ScanOptions;
}

/**
 * Replaces every detected value in LangChain messages with its token: string and block content, tool-call
 * arguments (also the provider's raw `additional_kwargs`), response metadata and tool artifacts, in one
 * batched call. Messages keep their class, id, name and tool-call ids; unchanged messages are returned as is.
 *
 * @example
 * import { maskMessages } from '@mask/langchain';
 * const safe = await maskMessages([new HumanMessage('mail jane@corp.com')], { client });
 */
export async function maskMessages(
  messages: readonly BaseMessage[],
  options: MaskMessagesOptions,
): Promise<BaseMessage[]> {
  return maskMessagesCached(messages, options, undefined);
}

// Per root client: serializations of messages known to hold nothing left to tokenize. A message is skipped only
// while its serialization is unchanged, so a mutated message is scanned again.
const cleanMessages = new WeakMap<object, WeakMap<BaseMessage, string>>();

function snapshot(message: BaseMessage): string | undefined {
  try {
    return JSON.stringify(textOf(message));
  } catch {
    return undefined;
  }
}

/**
 * {@link maskMessages} that skips messages already known clean for `cacheOwner` (the root client: scoped
 * siblings share its scanner). The history an agent resends on every model call is then scanned once.
 */
export async function maskMessagesCached(
  messages: readonly BaseMessage[],
  options: MaskMessagesOptions,
  cacheOwner: object | undefined,
): Promise<BaseMessage[]> {
  // Scan options change what counts as clean: cache only the client's defaults.
  const cache = cacheOwner && options.scanOptions === undefined ? cacheFor(cacheOwner) : undefined;
  const pending: number[] = [];
  for (const [index, message] of messages.entries()) {
    const known = cache?.get(message);
    if (known === undefined || known !== snapshot(message)) pending.push(index);
  }
  const result = [...messages];
  if (pending.length === 0) return result;
  const before = pending.map((index) => textOf(messages[index] as BaseMessage));
  const after = await options.client.deepEncode(before, options.scanOptions);
  pending.forEach((messageIndex, position) => {
    const original = messages[messageIndex] as BaseMessage;
    const masked = after[position] as MessageText;
    const output = changed(before[position] as MessageText, masked) ? rebuild(original, masked) : original;
    result[messageIndex] = output;
    const clean = cache ? snapshot(output) : undefined;
    if (cache && clean !== undefined) cache.set(output, clean);
  });
  return result;
}

function cacheFor(owner: object): WeakMap<BaseMessage, string> {
  let cache = cleanMessages.get(owner);
  if (!cache) {
    cache = new WeakMap();
    cleanMessages.set(owner, cache);
  }
  return cache;
}

/** Options of {@link unmaskMessages}. */
export interface UnmaskMessagesOptions extends DetokenizeOptions {
  /** The client whose scope the tokens belong to. */
  readonly client: MaskClient;
}

/**
 * Puts the real values back into messages, for display to the user. Never send the result to a model.
 *
 * @example
 * import { unmaskMessages } from '@mask/langchain';
 * const [answer] = await unmaskMessages([result.messages.at(-1)], { client });
 */
export async function unmaskMessages(
  messages: readonly BaseMessage[],
  options: UnmaskMessagesOptions,
): Promise<BaseMessage[]> {
  const { client, ...detokenize } = options;
  const before = messages.map(textOf);
  const after = await client.deepDecode(before, detokenize);
  return messages.map((message, index) =>
    changed(before[index] as MessageText, after[index] as MessageText)
      ? rebuild(message, after[index] as MessageText)
      : message,
  );
}
