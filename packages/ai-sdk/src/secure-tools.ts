import { type DecodePolicy, getDefaultClient, type MaskClient, MaskError, type ScanOptions } from '@mask/core';
import { rememberClean } from '@mask/core/internal';

/** Options of {@link secureTools}. */
export interface SecureToolsOptions {
  /**
   * The client whose scope the model's tokens belong to: the same one `maskMiddleware` uses.
   * @default the process-wide client built from `MASK_*` variables (`getDefaultClient()`)
   */
  client?: MaskClient;
  /**
   * Which entity types each tool may receive in the clear (`policy.forTool(toolName)`); refused tokens reach
   * the tool as tokens.
   * @default every type decodes
   */
  policy?: DecodePolicy;
  /** Options of the scan of tool results. @default the client's */
  scanOptions?: ScanOptions;
}

type AnyExecute = (input: unknown, ...rest: unknown[]) => unknown;

/**
 * Wraps AI SDK tools (`tool({ ... execute })`) so that each one decodes its input just before it runs and
 * tokenizes its output (and any error message) before the model sees it. Schemas, descriptions and types are
 * kept; tools without `execute` pass through. Streaming tools (`async *execute`) have every yield tokenized.
 * The input object the SDK holds (and records in the step's messages) is never modified.
 *
 * @example
 * import { tool } from 'ai';
 * import { z } from 'zod';
 * import { secureTools } from '@mask/ai-sdk';
 *
 * const tools = secureTools({
 *   lookupCustomer: tool({
 *     inputSchema: z.object({ email: z.string() }),
 *     execute: async ({ email }) => crm.find(email),   // real email here; the model only saw a token
 *   }),
 * }, { client });
 */
export function secureTools<TTools extends Record<string, unknown>>(
  tools: TTools,
  options: SecureToolsOptions = {},
): TTools {
  if (typeof tools !== 'object' || tools === null) {
    throw new MaskError('INVALID_INPUT', 'secureTools expects an object of tools');
  }
  let client = options.client;
  const getClient = () => {
    client ??= getDefaultClient();
    return client;
  };
  const wrapped: Record<string, unknown> = {};
  for (const [name, candidate] of Object.entries(tools)) {
    const execute = (candidate as { execute?: unknown } | null)?.execute;
    if (typeof execute !== 'function') {
      wrapped[name] = candidate;
      continue;
    }
    wrapped[name] = {
      ...(candidate as object),
      execute: secureExecute(name, execute as AnyExecute, getClient, options),
    };
  }
  return wrapped as TTools;
}

function secureExecute(
  name: string,
  execute: AnyExecute,
  getClient: () => MaskClient,
  options: SecureToolsOptions,
): AnyExecute {
  const allow = options.policy?.forTool(name);
  return (input: unknown, ...rest: unknown[]) => {
    const client = getClient();
    const run = async () => {
      const realInput = await client.deepDecode(input, allow ? { allow } : undefined);
      try {
        return { output: await execute(realInput, ...rest) };
      } catch (error) {
        throw await tokenizedError(client, error, options.scanOptions);
      }
    };
    const pending = run().then(async ({ output }) => {
      if (isAsyncIterable(output)) return { iterable: output };
      const value = await client.deepEncode(output, options.scanOptions);
      rememberClean(client, value);
      return { value };
    });
    // A streaming tool (`async *execute`) must stay an AsyncIterable for the SDK: wrap it lazily.
    if (isAsyncGeneratorFunction(execute)) return encodeIterable(client, pending, options.scanOptions);
    return pending.then((result) =>
      'iterable' in result ? encodeIterable(client, pending, options.scanOptions) : result.value,
    );
  };
}

async function* encodeIterable(
  client: MaskClient,
  pending: Promise<{ iterable: AsyncIterable<unknown> } | { value: unknown }>,
  scanOptions: ScanOptions | undefined,
): AsyncGenerator<unknown> {
  const result = await pending;
  if (!('iterable' in result)) {
    yield result.value;
    return;
  }
  try {
    for await (const item of result.iterable) {
      const value = await client.deepEncode(item, scanOptions);
      rememberClean(client, value);
      yield value;
    }
  } catch (error) {
    throw await tokenizedError(client, error, scanOptions);
  }
}

/** The tool's error with its message tokenized: the SDK hands error messages to the model. */
async function tokenizedError(client: MaskClient, error: unknown, scanOptions: ScanOptions | undefined) {
  if (MaskError.isInstance(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const safe = new Error(await client.scanAndTokenize(message, scanOptions));
  safe.name = error instanceof Error ? error.name : 'Error';
  return safe;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

function isAsyncGeneratorFunction(fn: unknown): boolean {
  return typeof fn === 'function' && fn.constructor?.name === 'AsyncGeneratorFunction';
}
