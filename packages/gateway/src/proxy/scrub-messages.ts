import type { MaskClient } from '@mask/core';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tokenizes what a chat request carries to the model: every message's text content (a string or the `text`
 * parts of a content array) and every tool-call / function-call argument string (JSON walked value by value).
 * Roles, ids, names and tool definitions pass unchanged. Returns a new array; the input is not mutated.
 *
 * All texts go to the client in one batch (each text still scanned on its own), then each tool-call argument:
 * a conversation costs one set of vault round trips for its messages however many there are, and placeholders
 * are numbered in order of first appearance (texts first), with no concurrent batches of one scope racing for
 * the same numbers.
 */
export async function scrubMessages(
  client: MaskClient,
  messages: readonly unknown[],
): Promise<{ messages: unknown[]; byType: Record<string, number> }> {
  const copy = structuredClone(messages) as unknown[];
  const texts: { get: () => string; set: (value: string) => void }[] = [];
  const argumentsOf: { get: () => string; set: (value: string) => void }[] = [];

  for (const message of copy) {
    if (!isObject(message)) continue;
    if (typeof message.content === 'string') {
      texts.push({ get: () => message.content as string, set: (value) => (message.content = value) });
    } else if (Array.isArray(message.content)) {
      for (const part of message.content) {
        if (isObject(part) && typeof part.text === 'string') {
          texts.push({ get: () => part.text as string, set: (value) => (part.text = value) });
        }
      }
    }
    const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
    const functions = [...calls.map((call) => (isObject(call) ? call.function : undefined)), message.function_call];
    for (const fn of functions) {
      if (isObject(fn) && typeof fn.arguments === 'string') {
        argumentsOf.push({ get: () => fn.arguments as string, set: (value) => (fn.arguments = value) });
      }
    }
  }

  const byType: Record<string, number> = {};
  if (texts.length > 0) {
    const results = await client.tokenizeTexts(texts.map((slot) => slot.get()));
    texts.forEach((slot, index) => {
      const result = results[index] as (typeof results)[number];
      for (const entity of result.entities) byType[entity.type] = (byType[entity.type] ?? 0) + 1;
      slot.set(result.text);
    });
  }
  // Each argument string on its own (wrapped in one array they would get one nesting level less before
  // DEPTH_LIMIT_EXCEEDED), one after the other so that no two batches of the scope race for placeholder numbers.
  for (const slot of argumentsOf) slot.set(await client.deepEncode(slot.get()));
  return { messages: copy, byType };
}
