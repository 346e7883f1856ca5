import type { BaseTool, Context, SingleAfterToolCallback, SingleBeforeToolCallback } from '@google/adk';
import { type MaskClient, MaskError, type ScanOptions } from '@mask/core';
import { rememberClean } from '@mask/core/internal';
import { isEncoded, isSecured, markEncoded } from './encoded-responses.js';
import { type MaskAdkOptions, type ResolvedAdkOptions, resolveOptions } from './mask-adk-options.js';

/**
 * Runs `tool` on the real values behind the model's tokens and returns its response, tokenized.
 *
 * ADK hands before-tool callbacks the model's own `functionCall.args` object, which is also what the session
 * stores and what the model is shown on the next turn. Decoding into that object would write plaintext into the
 * session. So the arguments are decoded into a copy, the tool runs on the copy here, and the callback returns
 * the (tokenized) response, which makes ADK skip its own call with the token arguments. A tool wrapped with
 * `secureTool` decodes by itself: ADK runs it as usual (this returns undefined).
 */
export async function runToolWithRealArgs(
  tool: BaseTool,
  args: Record<string, unknown>,
  toolContext: Context,
  options: ResolvedAdkOptions,
): Promise<Record<string, unknown> | undefined> {
  if (isSecured(tool)) return undefined;
  const client = options.client();
  const allow = options.policy?.forTool(tool.name);
  const realArgs = await client.deepDecode(args ?? {}, allow ? { allow } : undefined);
  let response: Record<string, unknown>;
  try {
    response = normalizeResponse(await tool.runAsync({ args: realArgs, toolContext }));
  } catch (error) {
    // ADK reports a failed tool to the model as { error: message }; the message may quote the real values.
    if (MaskError.isInstance(error)) throw error;
    response = { error: await tokenizedMessage(client, error, options.scanOptions) };
  }
  const encoded = await client.deepEncode(response, options.scanOptions);
  rememberClean(client, encoded);
  return markEncoded(encoded);
}

/** Tokenizes a tool response unless Mask produced it already. */
export async function encodeToolResponse(
  response: Record<string, unknown> | undefined,
  options: ResolvedAdkOptions,
): Promise<Record<string, unknown> | undefined> {
  if (response === undefined || response === null || isEncoded(response)) return undefined;
  const client = options.client();
  const encoded = await client.deepEncode(normalizeResponse(response), options.scanOptions);
  rememberClean(client, encoded);
  return markEncoded(encoded);
}

/**
 * A `beforeToolCallback` that gives the tool the real values behind the model's tokens, without ever writing
 * them into the session: it runs the tool itself on a decoded copy of the arguments and returns the tokenized
 * response (ADK then skips its own call). Put it last in a list of before-tool callbacks: ADK stops at the first
 * callback that returns a response.
 *
 * @example
 * import { LlmAgent } from '@google/adk';
 * import { decryptBeforeTool, encryptAfterTool } from '@mask/adk';
 *
 * const agent = new LlmAgent({
 *   name: 'support', model, tools: [lookupCustomer],
 *   beforeToolCallback: decryptBeforeTool({ client }),
 *   afterToolCallback: encryptAfterTool({ client }),
 * });
 */
export function decryptBeforeTool(options?: MaskAdkOptions): SingleBeforeToolCallback {
  const resolved = resolveOptions(options);
  return ({ tool, args, context }) => runToolWithRealArgs(tool, args, context, resolved);
}

/**
 * An `afterToolCallback` that tokenizes whatever a tool returned before the model sees it (responses that
 * {@link decryptBeforeTool} already tokenized pass through unchanged).
 *
 * @example
 * const agent = new LlmAgent({ ..., afterToolCallback: encryptAfterTool({ client }) });
 */
export function encryptAfterTool(options?: MaskAdkOptions): SingleAfterToolCallback {
  const resolved = resolveOptions(options);
  return ({ response }) => encodeToolResponse(response, resolved);
}

/** ADK's own shape for tool results: objects as they are, arrays under `results`, anything else under `result`. */
export function normalizeResponse(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return { results: value };
  if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  return { result: value ?? null };
}

async function tokenizedMessage(client: MaskClient, error: unknown, scanOptions: ScanOptions | undefined) {
  const message = error instanceof Error ? error.message : String(error);
  return client.scanAndTokenize(message, scanOptions);
}

export { tokenizedMessage };
