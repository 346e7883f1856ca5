import type { MaskClient } from '@mask/core';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Message fields that only say how to read the message. Every other field is encoded (deny by default): the
// `name` of a participant must keep OpenAI's `[a-zA-Z0-9_-]` shape, which a placeholder would break.
const STRUCTURAL_MESSAGE_FIELDS = new Set(['role', 'name', 'tool_call_id', 'content', 'tool_calls', 'function_call']);
// Tool-call fields left as they are; `function.arguments` and any other field are encoded.
const STRUCTURAL_CALL_FIELDS = new Set(['id', 'type', 'function']);

/**
 * Tokenizes what a chat request carries to the model:
 * - every message's text content (a string, or the `text` parts of a content array; other parts are walked
 *   with deepEncode, except `data:` URLs and base64 payloads, which hold no text);
 * - every tool-call / function-call argument, a JSON string or an object, walked value by value;
 * - every other message field (`refusal`, `audio`, fields this code does not know), walked with deepEncode.
 * Roles, participant names, ids and function names pass unchanged. Returns a new array; the input is not mutated.
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
  const texts: Slot<string>[] = [];
  const walked: Slot<unknown>[] = [];
  const field = <T>(holder: Json, key: string): Slot<T> => ({
    get: () => holder[key] as T,
    set: (value) => {
      holder[key] = value;
    },
  });

  for (const message of copy) {
    // The request schema admits only message objects with a role.
    if (!isObject(message)) continue;
    if (typeof message.content === 'string') texts.push(field(message, 'content'));
    else if (Array.isArray(message.content)) {
      const parts: unknown[] = message.content;
      parts.forEach((part, index) => {
        if (isObject(part) && typeof part.text === 'string') texts.push(field(part, 'text'));
        else if (isObject(part)) walkPart(part, walked, field);
        else walked.push({ get: () => parts[index], set: (value) => (parts[index] = value) });
      });
    } else if (message.content !== null && message.content !== undefined) walked.push(field(message, 'content'));
    for (const key of Object.keys(message)) {
      if (!STRUCTURAL_MESSAGE_FIELDS.has(key)) walked.push(field(message, key));
    }
    const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
    for (const call of calls) {
      if (!isObject(call)) continue;
      for (const key of Object.keys(call)) if (!STRUCTURAL_CALL_FIELDS.has(key)) walked.push(field(call, key));
    }
    const functions = [...calls.map((call) => (isObject(call) ? call.function : undefined)), message.function_call];
    for (const fn of functions) {
      if (!isObject(fn)) continue;
      for (const key of Object.keys(fn)) if (key !== 'name') walked.push(field(fn, key));
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
  // Each argument (and other walked field) on its own (wrapped in one array they would get one nesting level
  // less before DEPTH_LIMIT_EXCEEDED), one after the other so that no two batches of the scope race for
  // placeholder numbers.
  for (const slot of walked) slot.set(await client.deepEncode(slot.get()));
  return { messages: copy, byType };
}

interface Slot<T> {
  get: () => T;
  set: (value: T) => void;
}

/**
 * A content part other than text: every field but `type` is walked, except binary payloads (`data:` URLs of
 * images, base64 `data` of audio and files), which hold no text to scan and which a token would corrupt.
 */
function walkPart(part: Json, walked: Slot<unknown>[], field: <T>(holder: Json, key: string) => Slot<T>): void {
  for (const [key, value] of Object.entries(part)) {
    if (key === 'type') continue;
    if (isObject(value)) {
      for (const [inner, item] of Object.entries(value)) {
        const binary =
          (inner === 'url' && typeof item === 'string' && item.startsWith('data:')) ||
          (inner === 'data' && typeof item === 'string') ||
          inner === 'file_data';
        if (!binary) walked.push(field(value, inner));
      }
    } else {
      walked.push(field(part, key));
    }
  }
}
