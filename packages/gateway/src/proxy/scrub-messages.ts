import type { MaskClient } from '@mask/core';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tokenizes what a chat request carries to the model: every message's text content (a string or the `text`
 * parts of a content array) and every tool-call / function-call argument string (JSON walked value by value).
 * Roles, ids, names and tool definitions pass unchanged. Returns a new array; the input is not mutated.
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

  const [textResults, argumentResults] = await Promise.all([
    Promise.all(texts.map((slot) => client.tokenizeText(slot.get()))),
    Promise.all(argumentsOf.map((slot) => client.deepEncode(slot.get()))),
  ]);
  const byType: Record<string, number> = {};
  texts.forEach((slot, index) => {
    const result = textResults[index] as Awaited<ReturnType<MaskClient['tokenizeText']>>;
    for (const entity of result.entities) byType[entity.type] = (byType[entity.type] ?? 0) + 1;
    slot.set(result.text);
  });
  argumentsOf.forEach((slot, index) => {
    slot.set(argumentResults[index] as string);
  });
  return { messages: copy, byType };
}
