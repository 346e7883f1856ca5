// The two AI SDK majors the adapter supports, behind one loosely typed face so that every test runs on both:
// ai 6 (LanguageModelV3, MockLanguageModelV3) and ai 7 (LanguageModelV4, MockLanguageModelV4).
import * as ai6 from 'ai';
import * as ai6Test from 'ai/test';
import * as ai7 from 'ai7';
import * as ai7Test from 'ai7/test';

/** A prompt message as the model receives it. */
export interface ModelMessage {
  role: string;
  content: string | { type: string; text?: string; input?: unknown; output?: { type: string; value?: unknown } }[];
}

/** A stream part the scripted model emits. */
export type Part = Record<string, unknown> & { type: string };

export interface MockHandlers {
  doGenerate?: (options: { prompt: ModelMessage[] }) => Promise<unknown>;
  doStream?: (options: {
    prompt: ModelMessage[];
    abortSignal?: AbortSignal;
  }) => Promise<{ stream: ReadableStream<Part> }>;
}

export interface Flavor {
  readonly name: string;
  readonly ai: typeof ai6;
  readonly createMock: (handlers: MockHandlers) => unknown;
}

export const FLAVORS: readonly Flavor[] = [
  {
    name: 'ai 6 (LanguageModelV3)',
    ai: ai6,
    createMock: (handlers) => new ai6Test.MockLanguageModelV3(handlers as never),
  },
  {
    name: 'ai 7 (LanguageModelV4)',
    ai: ai7 as unknown as typeof ai6,
    createMock: (handlers) => new ai7Test.MockLanguageModelV4(handlers as never),
  },
];

export const USAGE = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

export function finish(reason: 'stop' | 'tool-calls' = 'stop'): Part {
  return { type: 'finish', finishReason: { unified: reason, raw: reason }, usage: USAGE };
}

/** Text streamed as the given chunks. */
export function textParts(chunks: readonly string[], id = 't1'): Part[] {
  return [
    { type: 'text-start', id },
    ...chunks.map((delta) => ({ type: 'text-delta', id, delta })),
    { type: 'text-end', id },
  ];
}

export function streamOf(parts: readonly Part[]): ReadableStream<Part> {
  return new ReadableStream<Part>({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

/** Every text the model received, flattened (for assertions at any depth). */
export function promptText(prompts: readonly unknown[]): string {
  return JSON.stringify(prompts);
}
