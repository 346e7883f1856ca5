import {
  BasePlugin,
  type BaseTool,
  type Context,
  type InvocationContext,
  type LlmRequest,
  type LlmResponse,
} from '@google/adk';
import type { Content } from '@google/genai';
import type { DetokenizeOptions } from '@mask/core';
import { rememberClean } from '@mask/core/internal';
import { scrubContents } from './content.js';
import { type MaskAdkOptions, type ResolvedAdkOptions, resolveOptions } from './mask-adk-options.js';
import { createResponseRehydrator, scrubLlmRequest } from './model-callbacks.js';
import { encodeToolResponse, runToolWithRealArgs } from './tool-callbacks.js';

/** Options of {@link MaskPlugin}. */
export interface MaskPluginOptions extends MaskAdkOptions {
  /**
   * Put real values back into the model's text answers. Off by default: the session then holds tokens only, and
   * you rehydrate for display with `rehydrateEvent`. When on, answers are stored in the session with real values
   * (the plugin tokenizes them again before every model call).
   * @default false
   */
  rehydrateAnswers?: boolean;
  /** Decode hook for rehydrated answers. @default every token decodes */
  allow?: DetokenizeOptions['allow'];
  /**
   * Plugin name (ADK requires unique names per runner).
   * @default 'mask'
   */
  name?: string;
}

/**
 * An ADK plugin that protects a whole runner: the user's message is tokenized before the session stores it,
 * every model request is tokenized, tools run on real values without those values ever reaching the session,
 * and tool results are tokenized before the model sees them.
 *
 * @example
 * import { InMemoryRunner } from '@google/adk';
 * import { MaskPlugin } from '@mask/adk';
 *
 * const runner = new InMemoryRunner({ agent, appName: 'support', plugins: [new MaskPlugin({ client })] });
 */
export class MaskPlugin extends BasePlugin {
  readonly #options: ResolvedAdkOptions;
  readonly #rehydrate: ReturnType<typeof createResponseRehydrator> | undefined;

  constructor(options: MaskPluginOptions = {}) {
    super(options.name ?? 'mask');
    this.#options = resolveOptions(options);
    this.#rehydrate = options.rehydrateAnswers ? createResponseRehydrator(this.#options, options.allow) : undefined;
  }

  override async onUserMessageCallback(params: {
    invocationContext: InvocationContext;
    userMessage: Content;
  }): Promise<Content | undefined> {
    const client = this.#options.client();
    const [scrubbed] = await scrubContents(client, [params.userMessage], this.#options.scanOptions);
    for (const part of scrubbed?.parts ?? []) if (typeof part.text === 'string') rememberClean(client, part.text);
    return scrubbed;
  }

  override async beforeModelCallback(params: {
    callbackContext: Context;
    llmRequest: LlmRequest;
  }): Promise<LlmResponse | undefined> {
    await scrubLlmRequest(params.llmRequest, this.#options);
    return undefined;
  }

  override async afterModelCallback(params: {
    callbackContext: Context;
    llmResponse: LlmResponse;
  }): Promise<LlmResponse | undefined> {
    if (!this.#rehydrate) return undefined;
    return this.#rehydrate(params.callbackContext.invocationId, params.llmResponse);
  }

  override async beforeToolCallback(params: {
    tool: BaseTool;
    toolArgs: Record<string, unknown>;
    toolContext: Context;
  }): Promise<Record<string, unknown> | undefined> {
    return runToolWithRealArgs(params.tool, params.toolArgs, params.toolContext, this.#options);
  }

  override async afterToolCallback(params: {
    tool: BaseTool;
    toolArgs: Record<string, unknown>;
    toolContext: Context;
    result: Record<string, unknown>;
  }): Promise<Record<string, unknown> | undefined> {
    return encodeToolResponse(params.result, this.#options);
  }
}
