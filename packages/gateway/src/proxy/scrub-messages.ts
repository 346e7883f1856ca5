import { type MaskClient, MaskError } from '@mask/core';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Fields that only say how to read a message, passed as they are when they have their format: a participant
// `name` must keep OpenAI's `[a-zA-Z0-9_-]` shape, which a placeholder would break. Every other field, and a
// structural one in another shape or format, is encoded (deny by default).
const ROLE = /^(?:system|developer|user|assistant|tool|function)$/;
const NAME_OR_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const TYPE = /^[a-z_]{1,32}$/;
const STRUCTURAL_MESSAGE_STRINGS: Readonly<Record<string, RegExp>> = {
  role: ROLE,
  name: NAME_OR_ID,
  tool_call_id: NAME_OR_ID,
};
const STRUCTURAL_CALL_STRINGS: Readonly<Record<string, RegExp>> = { id: NAME_OR_ID, type: TYPE };
// A binary payload, which holds no text to scan and which a token would corrupt: strict base64 of 64 characters
// or more (standard or URL-safe alphabet), alone or in a `data:` URL of an image, audio, video or application type.
const BASE64 = /^(?:[A-Za-z0-9+/]{4}){16,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$|^[A-Za-z0-9_-]{64,}$/;
const BINARY_DATA_URL = /^data:(?:image|audio|video|application)\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,(.*)$/s;

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
  // Names and ids passed as they are (their format leaves no room for a token): each is scanned, and one that
  // holds a sensitive value fails the request rather than reaching the model.
  const passed: string[] = [];
  const field = <T>(holder: Json, key: string): Slot<T> => ({
    key,
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
        // JSON text (a tool's result) is walked, so that its keys are the context of its values.
        if (typeof value === 'string' && isJsonText(value)) walked.push(field(message, key));
        else if (typeof value === 'string') texts.push(field(message, key));
        else if (Array.isArray(value)) {
          const parts: unknown[] = value;
          parts.forEach((part, index) => {
            if (isObject(part)) walkPart(part, texts, walked, field);
            else walked.push({ key: undefined, get: () => parts[index], set: (item) => (parts[index] = item) });
          });
        } else if (value !== null) walked.push(field(message, key));
      } else if (key === 'tool_calls' && Array.isArray(value)) {
        const calls: unknown[] = value;
        calls.forEach((call, index) => {
          if (isObject(call)) walkCall(call, walked, passed, field);
          else walked.push({ key: undefined, get: () => calls[index], set: (item) => (calls[index] = item) });
        });
      } else if (key === 'function_call' && isObject(value)) {
        walkFunction(value, walked, passed, field);
      } else if (!hasFormat(STRUCTURAL_MESSAGE_STRINGS[key], value)) {
        walked.push(field(message, key));
      } else if (key !== 'role') {
        passed.push(value as string);
      }
    }
  }

  await refuseSensitive(client, passed);
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
  for (const slot of walked) {
    slot.set(await client.deepEncode(slot.get(), slot.key === undefined ? undefined : { field: slot.key }));
  }
  return { messages: copy, byType };
}

interface Slot<T> {
  /** The key the value sits under, read as its context. */
  key: string | undefined;
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
    if (key === 'type' && hasFormat(TYPE, value)) continue;
    if (key === 'text' && typeof value === 'string') {
      if (isJsonText(value)) walked.push(field(part, key));
      else texts.push(field(part, key));
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
  if (key === 'url' || key === 'file_data') {
    const payload = BINARY_DATA_URL.exec(value)?.[1];
    return payload !== undefined && BASE64.test(payload);
  }
  return key === 'data' && BASE64.test(value);
}

function hasFormat(format: RegExp | undefined, value: unknown): boolean {
  return format !== undefined && typeof value === 'string' && format.test(value);
}

function isJsonText(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

/** A tool call: `id` and `type` pass in their format, the function is walked but for its name, the rest is walked. */
function walkCall(call: Json, walked: Slot<unknown>[], passed: string[], field: FieldSlot): void {
  for (const [key, value] of Object.entries(call)) {
    if (key === 'function' && isObject(value)) walkFunction(value, walked, passed, field);
    else if (!hasFormat(STRUCTURAL_CALL_STRINGS[key], value)) walked.push(field(call, key));
    else if (key === 'id') passed.push(value as string);
  }
}

/** A function call: `name` passes in its format; `arguments` (a JSON string or an object) and the rest are walked. */
function walkFunction(fn: Json, walked: Slot<unknown>[], passed: string[], field: FieldSlot): void {
  for (const [key, value] of Object.entries(fn)) {
    if (key === 'name' && hasFormat(NAME_OR_ID, value)) passed.push(value as string);
    else walked.push(field(fn, key));
  }
}

// Names, places and organisations found by NER: in an id (a UUID's `ede`), a model id or a tool name (`Wikipedia`)
// they are what the format allows, and refusing them would stop an agent for good (the id stays in its history).
const NER_TYPES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'NRP']);

/**
 * Raises INVALID_INPUT when a name or id that passes as it is holds a sensitive value by the rules (a card number,
 * an SSN, an e-mail): names found by NER are let through. The value is not echoed.
 */
export async function refuseSensitive(client: MaskClient, values: readonly string[]): Promise<void> {
  for (const value of new Set(values)) {
    if ((await client.scan(value)).some((span) => !NER_TYPES.has(span.type))) {
      throw new MaskError('INVALID_INPUT', 'A name or id field of the request holds a sensitive value');
    }
  }
}

/**
 * `value` walked with deepEncode under `field`, every `name` string in OpenAI's name format kept as it is and
 * checked with {@link refuseSensitive} instead (function and schema names: a placeholder would break them).
 */
export async function encodeKeepingNames(client: MaskClient, value: unknown, field: string): Promise<unknown> {
  const names: string[] = [];
  // Names are swapped for marks that hold nothing to scan, encoded in one call, and put back.
  const marked = markNames(structuredClone(value), names);
  await refuseSensitive(client, names);
  return restoreNames(await client.deepEncode(marked, { field }), names);
}

const MARK = '\u0000name:';

function markNames(value: unknown, names: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => markNames(item, names));
  if (!isObject(value)) return value;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'name' && hasFormat(NAME_OR_ID, item)) value[key] = `${MARK}${names.push(item as string) - 1}`;
    else value[key] = markNames(item, names);
  }
  return value;
}

function restoreNames(value: unknown, names: readonly string[]): unknown {
  if (typeof value === 'string' && value.startsWith(MARK)) return names[Number(value.slice(MARK.length))];
  if (Array.isArray(value)) return value.map((item) => restoreNames(item, names));
  if (!isObject(value)) return value;
  for (const [key, item] of Object.entries(value)) value[key] = restoreNames(item, names);
  return value;
}
