import type { Event, LlmRequest, LlmResponse, SingleAfterModelCallback, SingleBeforeModelCallback } from '@google/adk';
import type { Content } from '@google/genai';
import { type DetokenizeOptions, StreamRehydrator } from '@mask/core';
import { rehydrateTextParts, scrubContents } from './content.js';
import { type MaskAdkOptions, type ResolvedAdkOptions, resolveOptions } from './mask-adk-options.js';

/**
 * Tokenizes a model request in place of its contents: every text, function-call argument and function response,
 * and the system instruction. The `Content` objects themselves (shared with the session) are not mutated; the
 * request gets new ones.
 */
export async function scrubLlmRequest(request: LlmRequest, options: ResolvedAdkOptions): Promise<void> {
  const client = options.client();
  request.contents = await scrubContents(client, request.contents ?? [], options.scanOptions);
  const instruction = request.config?.systemInstruction;
  if (instruction !== undefined && request.config) {
    request.config = {
      ...request.config,
      systemInstruction: await scrubInstruction(client, instruction, options),
    };
  }
}

async function scrubInstruction(
  client: ReturnType<ResolvedAdkOptions['client']>,
  instruction: NonNullable<NonNullable<LlmRequest['config']>['systemInstruction']>,
  options: ResolvedAdkOptions,
) {
  if (typeof instruction === 'string') return client.scanAndTokenize(instruction, options.scanOptions);
  if (Array.isArray(instruction) || (instruction as Content).parts === undefined) {
    return client.deepEncode(instruction, options.scanOptions);
  }
  const [scrubbed] = await scrubContents(client, [instruction as Content], options.scanOptions);
  return scrubbed as Content;
}

/**
 * A `beforeModelCallback` that tokenizes everything the model is about to receive (user text, earlier answers,
 * function calls and responses, the system instruction). Returns nothing, so the model call goes ahead.
 *
 * @example
 * const agent = new LlmAgent({ ..., beforeModelCallback: scrubBeforeModel({ client }) });
 */
export function scrubBeforeModel(options?: MaskAdkOptions): SingleBeforeModelCallback {
  const resolved = resolveOptions(options);
  return async ({ request }) => {
    await scrubLlmRequest(request, resolved);
    return undefined;
  };
}

/** Options of {@link rehydrateAfterModel}. */
export interface RehydrateAfterModelOptions extends MaskAdkOptions {
  /** Decode hook for the answer's text: return `false` to keep a token encoded. @default every token decodes */
  allow?: DetokenizeOptions['allow'];
}

/**
 * Rehydrates the text of model responses; partial (streamed) responses go through a per-invocation
 * {@link StreamRehydrator}, so a token split across chunks comes out whole. Function calls are never decoded.
 * Returns undefined when there is nothing to change.
 */
export function createResponseRehydrator(options: ResolvedAdkOptions, allow?: DetokenizeOptions['allow']) {
  const streams = new Map<string, StreamRehydrator>();
  const detokenizeOptions = allow ? { allow } : undefined;
  return async (invocationId: string, response: LlmResponse): Promise<LlmResponse | undefined> => {
    const content = response.content;
    if (!content?.parts?.some((part) => typeof part.text === 'string')) return undefined;
    const client = options.client();
    if (response.partial) {
      let stream = streams.get(invocationId);
      if (!stream) {
        stream = new StreamRehydrator(client, detokenizeOptions);
        streams.set(invocationId, stream);
      }
      const live = stream;
      return { ...response, content: await rehydrateTextParts(client, content, (text) => live.push(text)) };
    }
    // The final response carries the whole text again: decode it in one piece and forget the stream.
    streams.get(invocationId)?.abort();
    streams.delete(invocationId);
    return {
      ...response,
      content: await rehydrateTextParts(client, content, (text) => client.detokenizeText(text, detokenizeOptions)),
    };
  };
}

/**
 * An `afterModelCallback` that puts real values back into the model's text answer (never into function calls).
 * Opt-in: the answer is then stored in the session with real values, and the next model call sees them
 * tokenized again only if {@link scrubBeforeModel} (or `MaskPlugin`) runs. To keep the session in tokens, leave
 * the answer encoded and rehydrate for display with {@link rehydrateEvent}.
 *
 * @example
 * const agent = new LlmAgent({
 *   ...,
 *   beforeModelCallback: scrubBeforeModel({ client }),
 *   afterModelCallback: rehydrateAfterModel({ client }),
 * });
 */
export function rehydrateAfterModel(options?: RehydrateAfterModelOptions): SingleAfterModelCallback {
  const rehydrate = createResponseRehydrator(resolveOptions(options), options?.allow);
  return ({ context, response }) => rehydrate(context.invocationId, response);
}

/**
 * A copy of an ADK event with the text of its content rehydrated, for display. The event in the session is not
 * touched (it keeps tokens); function calls and responses are not decoded.
 *
 * @example
 * for await (const event of runner.runAsync({ userId, sessionId, newMessage })) {
 *   if (!event.partial) render(await rehydrateEvent(event, { client }));
 * }
 */
export async function rehydrateEvent<TEvent extends Pick<Event, 'content'>>(
  event: TEvent,
  options?: RehydrateAfterModelOptions,
): Promise<TEvent> {
  if (!event?.content) return event;
  const client = resolveOptions(options).client();
  const detokenizeOptions = options?.allow ? { allow: options.allow } : undefined;
  return {
    ...event,
    content: await rehydrateTextParts(client, event.content, (text) => client.detokenizeText(text, detokenizeOptions)),
  };
}
