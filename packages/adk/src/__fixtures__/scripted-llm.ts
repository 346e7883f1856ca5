// A scripted model for offline ADK agent loops: a real BaseLlm subclass that records every request it receives
// and answers from a script (text or function calls), optionally as streamed partial chunks.
import { BaseLlm, type BaseLlmConnection, type LlmRequest, type LlmResponse } from '@google/adk';
import type { Content, Part } from '@google/genai';

export type ScriptStep = (request: LlmRequest, turn: number) => Part[] | { chunks: string[] };

export class ScriptedLlm extends BaseLlm {
  /** Deep copies of every request, as the model received it. */
  readonly requests: { contents: Content[]; systemInstruction: unknown }[] = [];
  readonly #script: ScriptStep;

  constructor(script: ScriptStep) {
    super({ model: 'scripted-model' });
    this.#script = script;
  }

  async *generateContentAsync(request: LlmRequest, stream?: boolean): AsyncGenerator<LlmResponse, void> {
    this.requests.push(
      structuredClone({ contents: request.contents, systemInstruction: request.config?.systemInstruction ?? null }),
    );
    const answer = this.#script(request, this.requests.length);
    if (Array.isArray(answer)) {
      yield { content: { role: 'model', parts: answer }, turnComplete: true };
      return;
    }
    if (stream) {
      for (const chunk of answer.chunks) yield { content: { role: 'model', parts: [{ text: chunk }] }, partial: true };
    }
    yield { content: { role: 'model', parts: [{ text: answer.chunks.join('') }] }, turnComplete: true };
  }

  async connect(): Promise<BaseLlmConnection> {
    throw new Error('ScriptedLlm does not support live connections');
  }
}

/** All the text of a request's contents, function calls and responses included. */
export function requestText(request: { contents: Content[] }): string {
  return JSON.stringify(request.contents);
}
