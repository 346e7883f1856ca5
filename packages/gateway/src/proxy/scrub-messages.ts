import type { MaskClient } from '@mask/core';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Message fields that only say how to read the message, passed as they are when they have the expected shape
// (a string: a participant `name` must keep OpenAI's `[a-zA-Z0-9_-]` shape, which a placeholder would break).
// Every other field, and a structural one of another shape, is encoded (deny by default).
const STRUCTURAL_MESSAGE_STRINGS = new Set(['role', 'name', 'tool_call_id']);
// Tool-call fields passed as they are when strings; `function.arguments` and any other field are encoded.
const STRUCTURAL_CALL_STRINGS = new Set(['id', 'type']);
// A binary payload, which holds no text to scan and which a token would corrupt: base64 only.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const BINARY_DATA_URL =
  /^data:(?:image|audio|video|application)\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Tokenizes what a chat request carries to the model:
 * - every message's text content (a string, or the `text` of content parts; the other fields of parts are walked
 *   with deepEncode, except base64 `data:` URLs and payloads, which hold no text);
 * - every tool-call / function-call argument, a JSON string or an object, walked value by value;
 * - every other message field (`refusal`, `audio`, fields this code does not know), walked with deepEncode.
 * Only string roles, participant names, ids, types and function names pass unchanged; a structural field of
 * another shape is walked too. Returns a new array; the input is not mutated.
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
    for (const key of Object.keys(message)) {
      const value = message[key];
      if (key === 'content') {
        if (typeof value === 'string') texts.push(field(message, key));
        else if (Array.isArray(value)) {
          const parts: unknown[] = value;
          parts.forEach((part, index) => {
            if (isObject(part)) walkPart(part, texts, walked, field);
            else walked.push({ get: () => parts[index], set: (item) => (parts[index] = item) });
          });
        } else if (value !== null) walked.push(field(message, key));
      } else if (key === 'tool_calls' && Array.isArray(value)) {
        const calls: unknown[] = value;
        calls.forEach((call, index) => {
          if (isObject(call)) walkCall(call, walked, field);
          else walked.push({ get: () => calls[index], set: (item) => (calls[index] = item) });
        });
      } else if (key === 'function_call' && isObject(value)) {
        walkFunction(value, walked, field);
      } else if (!(STRUCTURAL_MESSAGE_STRINGS.has(key) && typeof value === 'string')) {
        walked.push(field(message, key));
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

type FieldSlot = <T>(holder: Json, key: string) => Slot<T>;

/**
 * A content part: a `text` string joins the batch of texts; every other field but `type` is walked, except
 * binary payloads (a base64 `data:` URL of an image, audio, video or application type, a base64 `data` or
 * `file_data`), which hold no text to scan and which a token would corrupt.
 */
function walkPart(part: Json, texts: Slot<string>[], walked: Slot<unknown>[], field: FieldSlot): void {
  for (const [key, value] of Object.entries(part)) {
    if (key === 'type' && typeof value === 'string') continue;
    if (key === 'text' && typeof value === 'string') {
      texts.push(field(part, key));
      continue;
    }
    if (isObject(value)) {
      for (const [inner, item] of Object.entries(value)) {
        if (!isBinary(inner, item)) walked.push(field(value, inner));
      }
    } else if (!isBinary(key, value)) {
      walked.push(field(part, key));
    }
  }
}

function isBinary(key: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (key === 'url' || key === 'file_data') return BINARY_DATA_URL.test(value);
  return key === 'data' && BASE64.test(value);
}

/** A tool call: string `id` and `type` pass, the function is walked but for its name, any other field is walked. */
function walkCall(call: Json, walked: Slot<unknown>[], field: FieldSlot): void {
  for (const [key, value] of Object.entries(call)) {
    if (key === 'function' && isObject(value)) walkFunction(value, walked, field);
    else if (!(STRUCTURAL_CALL_STRINGS.has(key) && typeof value === 'string')) walked.push(field(call, key));
  }
}

/** A function call: a string `name` passes; `arguments` (a JSON string or an object) and any other field are walked. */
function walkFunction(fn: Json, walked: Slot<unknown>[], field: FieldSlot): void {
  for (const [key, value] of Object.entries(fn)) {
    if (!(key === 'name' && typeof value === 'string')) walked.push(field(fn, key));
  }
}
