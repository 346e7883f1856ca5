import type { Content, Part } from '@google/genai';
import type { MaskClient, ScanOptions } from '@mask/core';
import { isKnownClean } from '@mask/core/internal';

type Slot = (value: unknown, set: (encoded: unknown) => void) => void;

/**
 * Tokenizes the text, function-call arguments and function responses of ADK / Gemini contents, never mutating
 * them. Ids, names and binary parts are left alone. One batched `deepEncode` call for everything.
 */
export async function scrubContents(
  client: MaskClient,
  contents: readonly Content[],
  scanOptions?: ScanOptions,
): Promise<Content[]> {
  const values: unknown[] = [];
  const setters: ((value: unknown) => void)[] = [];
  const slot: Slot = (value, set) => {
    // Values Mask produced itself (tool results it tokenized, the user message it scrubbed) hold tokens only.
    if (value === undefined || value === null || isKnownClean(client, value)) return;
    values.push(value);
    setters.push(set);
  };
  const copy = contents.map((content) => copyContent(content, slot));
  if (values.length > 0) {
    const encoded = await client.deepEncode(values, scanOptions);
    for (const [index, value] of encoded.entries()) setters[index]?.(value);
  }
  return copy;
}

function copyContent(content: Content, slot: Slot): Content {
  if (!content?.parts) return { ...content };
  return { ...content, parts: content.parts.map((part) => copyPart(part, slot)) };
}

function copyPart(part: Part, slot: Slot): Part {
  const next: Part = { ...part };
  if (typeof part.text === 'string') {
    slot(part.text, (value) => {
      next.text = value as string;
    });
  }
  if (part.functionCall) {
    const call = { ...part.functionCall };
    next.functionCall = call;
    slot(part.functionCall.args, (value) => {
      call.args = value as Record<string, unknown>;
    });
  }
  if (part.functionResponse) {
    const response = { ...part.functionResponse };
    next.functionResponse = response;
    slot(part.functionResponse.response, (value) => {
      response.response = value as Record<string, unknown>;
    });
  }
  return next;
}

/** Decodes the text parts of a content (never function calls: their arguments stay tokens in the session). */
export async function rehydrateTextParts(
  client: MaskClient,
  content: Content,
  decode: (text: string) => Promise<string> = (text) => client.detokenizeText(text),
): Promise<Content> {
  if (!content?.parts) return content;
  const parts = await Promise.all(
    content.parts.map(async (part) =>
      typeof part.text === 'string' && part.thought !== true ? { ...part, text: await decode(part.text) } : part,
    ),
  );
  return { ...content, parts };
}
