import { MockLanguageModelV3, simulateReadableStream } from 'ai/test';

/** What the model received, per call (read by /api/debug when MASK_EXAMPLE_DEBUG=1). */
export const modelInputs: unknown[] = [];

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 10, text: 10, reasoning: undefined },
};

/**
 * An offline stand-in for a real provider (swap in `openai('gpt-4.1')` or any other model): first it calls
 * lookupOrder with the email it was shown, then it answers with what the tool returned, streamed in small
 * chunks that split tokens mid-way, as real providers do.
 */
export function scriptedModel() {
  return new MockLanguageModelV3({
    doStream: async ({ prompt }) => {
      modelInputs.push(prompt);
      const text = JSON.stringify(prompt);
      const last = prompt.at(-1);
      if (last?.role !== 'tool') {
        const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0] ?? '';
        return {
          stream: simulateReadableStream({
            chunks: [
              {
                type: 'tool-call' as const,
                toolCallId: 'call-1',
                toolName: 'lookupOrder',
                input: JSON.stringify({ email }),
              },
              { type: 'finish' as const, finishReason: { unified: 'tool-calls' as const, raw: 'tool_calls' }, usage },
            ],
          }),
        };
      }
      const order = /"output":\{"type":"json","value":(\{.*?\})\}/.exec(text)?.[1] ?? '{}';
      const { email, phone, status } = JSON.parse(order) as { email?: string; phone?: string; status?: string };
      const answer = `Order for ${email} is ${status}. The courier will call ${phone}.`;
      const chunks = answer.match(/.{1,7}/gsu) ?? [];
      return {
        stream: simulateReadableStream({
          chunks: [
            { type: 'text-start' as const, id: 't1' },
            ...chunks.map((delta) => ({ type: 'text-delta' as const, id: 't1', delta })),
            { type: 'text-end' as const, id: 't1' },
            { type: 'finish' as const, finishReason: { unified: 'stop' as const, raw: 'stop' }, usage },
          ],
          chunkDelayInMs: 5,
        }),
      };
    },
  });
}
