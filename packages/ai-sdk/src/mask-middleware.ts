import {
  type DecodePolicy,
  type DetokenizeOptions,
  getDefaultClient,
  type MaskClient,
  MaskError,
  type ScanOptions,
  type StreamRehydratorOptions,
} from '@mask/core';
import type { LanguageModelMiddleware } from 'ai';
import type { ContentPart, PromptMessage, StreamPart } from './prompt-types.js';
import { createRehydrateTransform, type RehydrateSettings, rehydrateContent } from './rehydrate.js';
import { scrubPrompt } from './scrub-prompt.js';

/** Options of {@link maskMiddleware}. */
export interface MaskMiddlewareOptions {
  /**
   * The client (and so the scope: tenant + session) that tokenizes the prompt and rehydrates the answer. Use
   * one scope per conversation, e.g. `client.withScope({ session: chatId })`.
   * @default the process-wide client built from `MASK_*` variables (`getDefaultClient()`)
   */
  client?: MaskClient;
  /** Options of every scan (entity types, language...). @default the client's */
  scanOptions?: ScanOptions;
  /**
   * Put real values back into the model's text and reasoning (generate and stream) for the user. Tokens
   * split across stream deltas are reassembled first.
   * @default true
   */
  rehydrateText?: boolean;
  /**
   * Put real values back into the tool-call inputs the model emits, so tools run on them directly. Off by
   * default: tools then receive tokens and decode just in time with {@link secureTools}, under a decode policy.
   * @default false
   */
  rehydrateToolInputs?: boolean;
  /**
   * Decode policy for tool-call inputs when `rehydrateToolInputs` is on (`policy.forTool(toolName)`).
   * @default every type decodes
   */
  policy?: DecodePolicy;
  /** Decode hook for text and reasoning: return `false` to keep a token encoded. @default every token decodes */
  allow?: DetokenizeOptions['allow'];
  /**
   * What happens when a stream ends inside a token: `'keep'` emits the fragment undecoded, `'drop'` omits it,
   * `'error'` fails the stream.
   * @default 'keep'
   */
  danglingToken?: StreamRehydratorOptions['danglingToken'];
}

/**
 * Language-model middleware for `wrapLanguageModel` (ai 6 and ai 7): the model only ever sees tokens, the user
 * sees real values. `transformParams` tokenizes the prompt (system, user and assistant text, tool-call inputs,
 * tool results); `wrapGenerate` / `wrapStream` rehydrate the answer, reassembling tokens split across deltas.
 *
 * @example
 * import { openai } from '@ai-sdk/openai';
 * import { streamText, wrapLanguageModel } from 'ai';
 * import { maskMiddleware } from '@mask/ai-sdk';
 *
 * const model = wrapLanguageModel({
 *   model: openai('gpt-4.1'),
 *   middleware: maskMiddleware({ client: mask.withScope({ session: chatId }) }),
 * });
 * const result = streamText({ model, prompt: 'Email jane@example.com about her order' });
 */
export function maskMiddleware(options: MaskMiddlewareOptions = {}): LanguageModelMiddleware {
  if (typeof options !== 'object' || options === null) {
    throw new MaskError('CONFIG_INVALID', 'maskMiddleware options must be an object');
  }
  let client = options.client;
  const getClient = () => {
    client ??= getDefaultClient();
    return client;
  };
  const settings = (): RehydrateSettings => ({
    client: getClient(),
    text: options.rehydrateText ?? true,
    toolInputs: options.rehydrateToolInputs ?? false,
    allow: options.allow,
    policy: options.policy,
    danglingToken: options.danglingToken,
  });

  const middleware = {
    // The AI SDK reads the version only for typing; ai 7 accepts any string here, ai 6 expects 'v3'.
    specificationVersion: 'v3' as const,
    async transformParams({ params }: { params: { prompt: readonly PromptMessage[] } }) {
      return { ...params, prompt: await scrubPrompt(getClient(), params.prompt, options.scanOptions) };
    },
    async wrapGenerate({ doGenerate }: { doGenerate: () => PromiseLike<{ content: readonly ContentPart[] }> }) {
      const result = await doGenerate();
      const current = settings();
      if (!current.text && !current.toolInputs) return result;
      return { ...result, content: await rehydrateContent(current, result.content) };
    },
    async wrapStream({ doStream }: { doStream: () => PromiseLike<{ stream: ReadableStream<StreamPart> }> }) {
      const result = await doStream();
      const current = settings();
      if (!current.text && !current.toolInputs) return result;
      return { ...result, stream: result.stream.pipeThrough(createRehydrateTransform<StreamPart>(current)) };
    },
  };
  return middleware as unknown as LanguageModelMiddleware;
}
