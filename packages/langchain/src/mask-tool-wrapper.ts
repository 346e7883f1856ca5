import type { CallbackManagerForToolRun } from '@langchain/core/callbacks/manager';
import { isBaseMessage } from '@langchain/core/messages';
import { StructuredTool, type StructuredToolInterface, type ToolRunnableConfig } from '@langchain/core/tools';
import type { DecodePolicy, MaskClient, ScanOptions } from '@mask/core';
import { maskMessages } from './mask-messages.js';
import { clientForRun, type MaskLangChainOptions } from './mask-scope.js';

/** Options of {@link secureTool} and {@link MaskToolWrapper}. */
export interface SecureToolOptions extends MaskLangChainOptions {
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

// biome-ignore lint/suspicious/noExplicitAny: any schema flavour (zod 3, zod 4, JSON schema)
type AnyStructuredTool = StructuredToolInterface<any, any, any> &
  Partial<Pick<StructuredTool, 'returnDirect' | 'responseFormat'>>;

/**
 * A LangChain tool that sees real values while the model sees tokens: arguments are decoded (under the decode
 * policy) just before the wrapped tool runs, and its output, artifact and errors are tokenized before anything
 * reaches the agent, the callbacks or the model. Name, description, schema (zod or JSON schema),
 * `responseFormat` (including `content_and_artifact`) and `returnDirect` are those of the wrapped tool.
 *
 * The wrapped tool runs without the parent's callbacks, so tracers only ever see the tokenized call.
 *
 * @example
 * import { MaskToolWrapper } from '@mask/langchain';
 * const safeLookup = new MaskToolWrapper(lookupCustomer, { client });
 */
export class MaskToolWrapper<TTool extends AnyStructuredTool = AnyStructuredTool> extends StructuredTool {
  static override lc_name(): string {
    return 'MaskToolWrapper';
  }

  name: string;
  description: string;
  // biome-ignore lint/suspicious/noExplicitAny: the wrapped tool's schema, zod or JSON schema
  schema: any;
  /** The tool that receives the real values. */
  readonly tool: TTool;
  readonly #options: SecureToolOptions;

  constructor(tool: TTool, options: SecureToolOptions = {}) {
    const source = tool as unknown as Partial<StructuredTool>;
    super({
      responseFormat: source.responseFormat,
      verboseParsingErrors: source.verboseParsingErrors,
      metadata: source.metadata,
      tags: source.tags,
      extras: source.extras,
      defaultConfig: source.defaultConfig,
      verbose: source.verbose,
    });
    this.name = tool.name;
    this.description = tool.description;
    this.schema = tool.schema;
    this.returnDirect = source.returnDirect ?? false;
    this.tool = tool;
    this.#options = options;
  }

  protected override async _call(
    args: unknown,
    _runManager?: CallbackManagerForToolRun,
    config?: ToolRunnableConfig,
  ): Promise<unknown> {
    const client = clientForRun(this.#options, config);
    const decoded = await client.deepDecode(args, {
      allow: this.#options.policy?.forTool(this.name),
      strict: this.#options.strict,
    });
    let output: unknown;
    try {
      output = await runWrapped(this.tool, decoded, config);
    } catch (error) {
      throw await maskToolError(client, error);
    }
    return encodeToolOutput(client, output, this.responseFormat, this.#options.scanOptions);
  }
}

/**
 * Protects one LangChain tool (a `tool()`, `DynamicStructuredTool` or any `StructuredTool`): see
 * {@link MaskToolWrapper}. A tool that is already protected is returned as it is.
 *
 * @example
 * import { secureTool } from '@mask/langchain';
 * import { tool } from '@langchain/core/tools';
 * const lookup = secureTool(tool(async ({ email }) => crm.find(email), { name: 'lookup', schema }), { client });
 */
export function secureTool<TTool extends AnyStructuredTool>(
  tool: TTool,
  options: SecureToolOptions = {},
): MaskToolWrapper<TTool> {
  if (tool instanceof MaskToolWrapper) return tool as MaskToolWrapper<TTool>;
  return new MaskToolWrapper(tool, options);
}

/** Protects several tools with the same options. */
export function secureTools<TTool extends AnyStructuredTool>(
  tools: readonly TTool[],
  options: SecureToolOptions = {},
): MaskToolWrapper<TTool>[] {
  return tools.map((tool) => secureTool(tool, options));
}

async function runWrapped(tool: AnyStructuredTool, args: unknown, config: ToolRunnableConfig | undefined) {
  // Without the parent's callbacks: a tracer attached to the run would otherwise record the decoded values.
  const innerConfig: ToolRunnableConfig = { ...config, callbacks: undefined };
  const call = (tool as unknown as { _call?: (...input: unknown[]) => unknown })._call;
  if (typeof call !== 'function') return tool.invoke(args as never, innerConfig);
  const raw = await call.call(tool, args, undefined, innerConfig);
  if (!isAsyncGenerator(raw)) return raw;
  // Streamed tool events would carry the decoded values: drain them and keep only the result.
  let step = await raw.next();
  while (!step.done) step = await raw.next();
  return step.value;
}

function isAsyncGenerator(value: unknown): value is AsyncGenerator<unknown, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AsyncGenerator).next === 'function' &&
    typeof (value as AsyncGenerator)[Symbol.asyncIterator] === 'function'
  );
}

/** Tokenizes what a tool returned, in the shape LangChain expects for its response format. */
export async function encodeToolOutput(
  client: MaskClient,
  output: unknown,
  responseFormat: string | undefined,
  scanOptions?: ScanOptions,
): Promise<unknown> {
  if (responseFormat === 'content_and_artifact' && Array.isArray(output) && output.length === 2) {
    const [content, artifact] = await Promise.all([
      encodeValue(client, output[0], scanOptions),
      encodeValue(client, output[1], scanOptions),
    ]);
    return [content, artifact];
  }
  return encodeValue(client, output, scanOptions);
}

async function encodeValue(client: MaskClient, value: unknown, scanOptions?: ScanOptions): Promise<unknown> {
  if (typeof value === 'string') return client.scanAndTokenize(value, scanOptions);
  if (isBaseMessage(value)) return (await maskMessages([value], { client, scanOptions }))[0];
  if (isCommand(value)) return encodeCommand(client, value, scanOptions);
  return client.deepEncode(value, scanOptions);
}

interface CommandLike {
  readonly lg_name: 'Command';
  readonly update?: unknown;
}

function isCommand(value: unknown): value is CommandLike {
  return typeof value === 'object' && value !== null && (value as { lg_name?: unknown }).lg_name === 'Command';
}

async function encodeCommand(client: MaskClient, command: CommandLike, scanOptions?: ScanOptions) {
  let update = command.update;
  if (Array.isArray(update)) {
    update = await Promise.all(update.map((entry) => encodeValue(client, entry, scanOptions)));
  } else if (typeof update === 'object' && update !== null) {
    const entries = await Promise.all(
      Object.entries(update).map(async ([key, item]) => {
        if (Array.isArray(item) && item.every(isBaseMessage)) {
          return [key, await maskMessages(item, { client, scanOptions })] as const;
        }
        return [key, await encodeValue(client, item, scanOptions)] as const;
      }),
    );
    update = Object.fromEntries(entries);
  }
  return Object.assign(Object.create(Object.getPrototypeOf(command)) as object, command, { update });
}

/**
 * The error a wrapped tool threw, with its message, stack and cause tokenized (class kept). Graph interrupts
 * pass through untouched: they go to the application, not to the model. If tokenizing fails, a generic error
 * replaces it (fail closed).
 */
export async function maskToolError(client: MaskClient, error: unknown): Promise<unknown> {
  if (isGraphInterrupt(error)) return error;
  try {
    if (error instanceof Error) return await client.deepEncode(error);
    return new Error(await client.scanAndTokenize(String(error)));
  } catch {
    return new Error('Tool failed; Mask withheld the error details because it could not tokenize them');
  }
}

function isGraphInterrupt(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'GraphInterrupt' || name === 'NodeInterrupt';
}
