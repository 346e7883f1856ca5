import type { MaskClient } from '@mask/core';
import { encodeKeepingNames, refuseSensitive, scrubMessages } from './scrub-messages.js';

// Request fields that steer the model and hold no user data, passed as they are in their type: the model's name
// (scanned, and refused when it holds a sensitive value), numbers below a million, booleans and enum words.
// Every other field, `messages` aside, is walked with deepEncode: `user`, `metadata`, `prediction`, `stop` (the
// model writes tokens, so its stop sequences must be tokens too), tool definitions and schemas (the model reads
// them, and its tool-call arguments come back rehydrated), any field this code does not know (deny by default),
// and a structural field of another type. deepEncode leaves what holds nothing sensitive unchanged.
const NUMBERS = ['temperature', 'top_p', 'n', 'max_tokens', 'max_completion_tokens', 'presence_penalty'];
const MORE_NUMBERS = ['frequency_penalty', 'seed', 'top_logprobs'];
const BOOLEANS = ['stream', 'logprobs', 'parallel_tool_calls', 'store'];
const WORDS = ['service_tier', 'reasoning_effort', 'tool_choice', 'function_call', 'modalities'];
// Enum words are letters and underscores only: a digit or a dash could make them a number someone owns.
const WORD = /^[a-z_]{1,32}$/;
// Settings the model reads that hold names in OpenAI's name format (functions, schemas): walked, names kept.
const NAMED_SETTINGS = new Set(['tools', 'functions', 'response_format', 'tool_choice', 'function_call']);
const isWord = (value: unknown): boolean => typeof value === 'string' && WORD.test(value);
// Whole numbers of seven digits or more may be identifiers (deepEncode scans them).
const isSmallNumber = (value: unknown): boolean =>
  typeof value === 'number' && !(Number.isInteger(value) && Math.abs(value) >= 1_000_000);
const STRUCTURAL_REQUEST_FIELDS = new Map<string, (value: unknown) => boolean>([
  ...[...NUMBERS, ...MORE_NUMBERS].map((key) => [key, isSmallNumber] as const),
  ...BOOLEANS.map((key) => [key, (value: unknown) => typeof value === 'boolean'] as const),
  ...WORDS.map(
    (key) => [key, (value: unknown) => isWord(value) || (Array.isArray(value) && value.every(isWord))] as const,
  ),
]);
const MODEL = /^\S{1,256}$/;

/**
 * A chat request as the model may see it: the messages through {@link scrubMessages}, every field that is not
 * structural through deepEncode (after the messages, so placeholders number in reading order). Returns a new
 * object; the input is not mutated.
 */
export async function scrubRequest<T extends { messages: unknown[] }>(
  client: MaskClient,
  request: T,
): Promise<{ request: T; byType: Record<string, number> }> {
  const model = (request as { model?: unknown }).model;
  const modelPasses = typeof model === 'string' && MODEL.test(model);
  if (modelPasses) await refuseSensitive(client, [model]);
  const { messages, byType } = await scrubMessages(client, request.messages);
  const scrubbed: Record<string, unknown> = { ...request, messages };
  for (const [key, value] of Object.entries(request)) {
    if (key === 'messages' || (key === 'model' && modelPasses)) continue;
    if (STRUCTURAL_REQUEST_FIELDS.get(key)?.(value) === true) continue;
    scrubbed[key] = NAMED_SETTINGS.has(key)
      ? await encodeKeepingNames(client, value, key)
      : await client.deepEncode(value, { field: key });
  }
  return { request: scrubbed as T, byType };
}
