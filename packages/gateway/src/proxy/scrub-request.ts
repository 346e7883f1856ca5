import type { MaskClient } from '@mask/core';
import { scrubMessages } from './scrub-messages.js';

// Request fields that steer the model and hold no user data (tool definitions and schemas come from the
// application). Every other field, `messages` aside, is encoded: `user`, `metadata`, `prediction`, `stop` (the
// model writes tokens, so its stop sequences must be in tokens too) and any field this code does not know (deny
// by default). A structural field holding a string other than the model's name is encoded as well: an enum value
// such as `"auto"` comes through unchanged, anything else is scanned.
const STRUCTURAL_REQUEST_FIELDS = new Set([
  'model',
  'stream',
  'stream_options',
  'temperature',
  'top_p',
  'n',
  'max_tokens',
  'max_completion_tokens',
  'presence_penalty',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'response_format',
  'seed',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'functions',
  'function_call',
  'service_tier',
  'modalities',
  'reasoning_effort',
  'store',
]);

/**
 * A chat request as the model may see it: the messages through {@link scrubMessages}, every field that is not
 * structural through deepEncode (after the messages, so placeholders number in reading order). Returns a new
 * object; the input is not mutated.
 */
export async function scrubRequest<T extends { messages: unknown[] }>(
  client: MaskClient,
  request: T,
): Promise<{ request: T; byType: Record<string, number> }> {
  const { messages, byType } = await scrubMessages(client, request.messages);
  const scrubbed: Record<string, unknown> = { ...request, messages };
  for (const [key, value] of Object.entries(request)) {
    if (key === 'messages' || key === 'model') continue;
    if (STRUCTURAL_REQUEST_FIELDS.has(key) && typeof value !== 'string') continue;
    scrubbed[key] = await client.deepEncode(value);
  }
  return { request: scrubbed as T, byType };
}
