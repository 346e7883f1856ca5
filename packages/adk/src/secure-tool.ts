import { BaseTool, type Context, type RunAsyncToolRequest } from '@google/adk';
import type { FunctionDeclaration } from '@google/genai';
import { MaskError } from '@mask/core';
import { rememberClean } from '@mask/core/internal';
import { markEncoded, markSecured } from './encoded-responses.js';
import { type MaskAdkOptions, type ResolvedAdkOptions, resolveOptions } from './mask-adk-options.js';
import { normalizeResponse, tokenizedMessage } from './tool-callbacks.js';

/** A tool that decodes its arguments just before the wrapped tool runs and tokenizes what it returns. */
class MaskedTool extends BaseTool {
  readonly #inner: BaseTool;
  readonly #options: ResolvedAdkOptions;

  constructor(inner: BaseTool, options: ResolvedAdkOptions) {
    super({ name: inner.name, description: inner.description, isLongRunning: inner.isLongRunning });
    this.#inner = inner;
    this.#options = options;
  }

  override _getDeclaration(): FunctionDeclaration | undefined {
    return this.#inner._getDeclaration();
  }

  override checkRequireConfirmation(args: Record<string, unknown>, toolContext?: Context): Promise<boolean> {
    return this.#inner.checkRequireConfirmation(args, toolContext);
  }

  override async runAsync(request: RunAsyncToolRequest): Promise<unknown> {
    const client = this.#options.client();
    const allow = this.#options.policy?.forTool(this.name);
    // A decoded copy: request.args is the model's functionCall.args, which the session stores.
    const args = await client.deepDecode(request.args ?? {}, allow ? { allow } : undefined);
    let result: unknown;
    try {
      result = await this.#inner.runAsync({ args, toolContext: request.toolContext });
    } catch (error) {
      if (MaskError.isInstance(error)) throw error;
      throw new Error(await tokenizedMessage(client, error, this.#options.scanOptions));
    }
    // Marked, so that MaskPlugin / encryptAfterTool do not scan the tokens again (ADK stores the normalized form).
    const encoded = await client.deepEncode(result, this.#options.scanOptions);
    rememberClean(client, normalizeResponse(encoded));
    return markEncoded(encoded);
  }
}

/**
 * Wraps one ADK tool (a `FunctionTool` or any `BaseTool` with a function declaration) so that it receives the
 * real values behind the model's tokens and returns tokens. The model's arguments in the session stay tokens.
 * Use it when only some tools should see real values, and for long-running tools; use `MaskPlugin` to protect a
 * whole runner (it lets secured tools decode by themselves).
 *
 * @example
 * import { FunctionTool } from '@google/adk';
 * import { secureTool } from '@mask/adk';
 *
 * const lookup = secureTool(new FunctionTool({ name: 'lookup', description: '...', parameters, execute }), { client });
 */
export function secureTool<TTool extends BaseTool>(tool: TTool, options?: MaskAdkOptions): BaseTool {
  if (!(tool instanceof BaseTool) && typeof (tool as { runAsync?: unknown })?.runAsync !== 'function') {
    throw new MaskError('INVALID_INPUT', 'secureTool expects an ADK tool');
  }
  return markSecured(new MaskedTool(tool, resolveOptions(options)));
}
