import type { JSONValue } from '@llamaindex/core/global';
import type { BaseTool, ToolMetadata } from '@llamaindex/core/llms';
import type { DecodePolicy, MaskClient, ScanOptions } from '@mask/core';
import { clientFor, type MaskLlamaIndexOptions } from './mask-scope.js';

/** Options of {@link secureTool} and {@link MaskToolWrapper}. */
export interface SecureToolOptions extends MaskLlamaIndexOptions {
  /**
   * Which entity types may be decoded into which arguments of this tool. A refused token reaches the tool as a
   * token and is audited (`policy_denied`).
   * @default every token of the scope is decoded
   */
  readonly policy?: DecodePolicy;
  /** Options of the scan that tokenizes the tool's output. @default the client's */
  readonly scanOptions?: ScanOptions;
  /** Placeholder tokens the scope never issued raise `DecodeError` (`TOKEN_UNKNOWN`). @default false */
  readonly strict?: boolean;
}

/** A LlamaIndex tool with an implementation: a `FunctionTool`, a `tool()` or a plain `{ metadata, call }`. */
// biome-ignore lint/suspicious/noExplicitAny: tools are contravariant in their input; any accepts every tool
export interface CallableTool<TInput = any> {
  readonly metadata: ToolMetadata;
  call: (input: TInput) => JSONValue | Promise<JSONValue>;
}

/**
 * A LlamaIndex tool that sees real values while the model sees tokens: its input is decoded (under the decode
 * policy) just before the wrapped tool runs, and its structured result is tokenized before the agent
 * stringifies it into the conversation. Errors are rethrown with their message tokenized, so the agent's
 * `Error: ...` tool result and LlamaIndex's logger carry tokens only. Metadata is the wrapped tool's.
 *
 * @example
 * import { MaskToolWrapper } from '@mask/llamaindex';
 * const safeLookup = new MaskToolWrapper(lookupCustomer, { client });
 */
// biome-ignore lint/suspicious/noExplicitAny: see CallableTool
export class MaskToolWrapper<TInput = any> implements BaseTool<TInput> {
  /** The tool that receives the real values. */
  readonly tool: CallableTool<TInput>;
  readonly #options: SecureToolOptions;

  constructor(tool: CallableTool<TInput>, options: SecureToolOptions = {}) {
    if (typeof tool?.call !== 'function' || typeof tool.metadata?.name !== 'string') {
      throw new TypeError('MaskToolWrapper needs a tool with metadata.name and a call() implementation');
    }
    this.tool = tool;
    this.#options = options;
  }

  // biome-ignore lint/suspicious/noExplicitAny: LlamaIndex types metadata from the input type
  get metadata(): any {
    return this.tool.metadata;
  }

  call = async (input: TInput): Promise<JSONValue> => {
    const client = clientFor(this.#options);
    const decoded = await client.deepDecode(input, {
      allow: this.#options.policy?.forTool(this.tool.metadata.name),
      strict: this.#options.strict,
    });
    let output: JSONValue;
    try {
      output = await this.tool.call(decoded);
    } catch (error) {
      throw await maskToolError(client, error);
    }
    return client.deepEncode(output, this.#options.scanOptions);
  };
}

/**
 * Protects one LlamaIndex tool (see {@link MaskToolWrapper}). A tool that is already protected is returned
 * as it is.
 *
 * @example
 * import { secureTool } from '@mask/llamaindex';
 * import { tool } from 'llamaindex';
 * const lookup = secureTool(tool({ name: 'lookup', description, parameters, execute }), { client });
 */
export function secureTool<TInput>(
  tool: CallableTool<TInput>,
  options: SecureToolOptions = {},
): MaskToolWrapper<TInput> {
  if (tool instanceof MaskToolWrapper) return tool as MaskToolWrapper<TInput>;
  return new MaskToolWrapper(tool, options);
}

/** Protects several tools with the same options. */
export function secureTools(tools: readonly CallableTool[], options: SecureToolOptions = {}): MaskToolWrapper[] {
  return tools.map((tool) => secureTool(tool, options));
}

/** The error with its message, stack and cause tokenized (class kept); a generic error if that fails. */
export async function maskToolError(client: MaskClient, error: unknown): Promise<unknown> {
  try {
    if (error instanceof Error) return await client.deepEncode(error);
    return new Error(await client.scanAndTokenize(String(error)));
  } catch {
    return new Error('Tool failed; Mask withheld the error details because it could not tokenize them');
  }
}
