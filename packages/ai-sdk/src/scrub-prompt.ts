import type { MaskClient, ScanOptions } from '@mask/core';
import { isKnownClean } from '@mask/core/internal';
import type { PromptMessage, PromptPart, ToolResultOutput } from './prompt-types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Tokenizes every text a prompt carries to the model: system text, user and assistant text, reasoning, tool-call
 * inputs, tool results (text, JSON, error, content parts) and approval reasons. Never mutates `prompt`; all
 * strings go to the client in one batched `deepEncode` call. File parts (binary data, URLs) pass unchanged.
 *
 * @example
 * const safePrompt = await scrubPrompt(client, params.prompt);
 */
export async function scrubPrompt<TPrompt extends readonly PromptMessage[]>(
  client: MaskClient,
  prompt: TPrompt,
  scanOptions?: ScanOptions,
): Promise<TPrompt> {
  const values: unknown[] = [];
  const setters: ((value: unknown) => void)[] = [];
  const slot = (value: unknown, set: (encoded: unknown) => void) => {
    // Tool results that secureTools tokenized hold tokens only: scanning them again finds nothing new.
    if (value === undefined || value === null || isKnownClean(client, value)) return;
    values.push(value);
    setters.push(set);
  };

  const copy = prompt.map((message) => {
    const next: Mutable<PromptMessage> = { ...message };
    if (typeof message.content === 'string') {
      slot(message.content, (value) => {
        next.content = value as string;
      });
      return next;
    }
    if (!Array.isArray(message.content)) return next;
    next.content = message.content.map((part) => scrubPart(part, slot));
    return next;
  });

  if (values.length === 0) return copy as unknown as TPrompt;
  const encoded = await client.deepEncode(values, scanOptions);
  for (const [index, value] of encoded.entries()) setters[index]?.(value);
  return copy as unknown as TPrompt;
}

function scrubPart(part: PromptPart, slot: (value: unknown, set: (encoded: unknown) => void) => void): PromptPart {
  const next: Mutable<PromptPart> = { ...part };
  switch (part.type) {
    case 'text':
    case 'reasoning':
      slot(part.text, (value) => {
        next.text = value as string;
      });
      break;
    case 'tool-call':
      slot(part.input, (value) => {
        next.input = value;
      });
      break;
    case 'tool-result':
      if (part.output) next.output = scrubOutput(part.output, slot);
      break;
    case 'tool-approval-response':
      slot(part.reason, (value) => {
        next.reason = value as string;
      });
      break;
    default:
      // file, reasoning-file, custom: binary or provider data that Mask does not scan.
      break;
  }
  return next;
}

function scrubOutput(
  output: ToolResultOutput,
  slot: (value: unknown, set: (encoded: unknown) => void) => void,
): ToolResultOutput {
  const next: Mutable<ToolResultOutput> = { ...output };
  switch (output.type) {
    case 'text':
    case 'error-text':
    case 'json':
    case 'error-json':
      slot(output.value, (value) => {
        next.value = value;
      });
      break;
    case 'execution-denied':
      slot(output.reason, (value) => {
        next.reason = value as string;
      });
      break;
    case 'content':
      if (Array.isArray(output.value)) {
        next.value = output.value.map((item: PromptPart) => {
          if (item?.type !== 'text') return item;
          const copy: Mutable<PromptPart> = { ...item };
          slot(item.text, (value) => {
            copy.text = value as string;
          });
          return copy;
        });
      }
      break;
    default:
      break;
  }
  return next;
}
