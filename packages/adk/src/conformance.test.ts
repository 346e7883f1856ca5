import { FunctionTool, InMemoryRunner, LlmAgent } from '@google/adk';
import { type Content, type Schema, Type } from '@google/genai';
import {
  type AgentRunRequest,
  type JsonObjectSchema,
  runAdapterConformance,
  type TranscriptMessage,
} from '@mask/adapter-tests';
import { ScriptedLlm } from './__fixtures__/scripted-llm.js';
import { MaskPlugin, rehydrateEvent } from './index.js';

const TYPES: Record<string, Type> = {
  object: Type.OBJECT,
  string: Type.STRING,
  number: Type.NUMBER,
  integer: Type.INTEGER,
  boolean: Type.BOOLEAN,
  array: Type.ARRAY,
};

/** The suite's JSON schemas as Gemini schemas (flat objects of primitives). */
function toGeminiSchema(schema: JsonObjectSchema): Schema {
  return {
    type: Type.OBJECT,
    properties: Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [
        name,
        { type: TYPES[String((property as { type?: string }).type)] ?? Type.STRING },
      ]),
    ),
    required: [...(schema.required ?? [])],
  };
}

/** Gemini contents, flattened to the transcript the scripted model reads. */
function toTranscript(contents: readonly Content[]): TranscriptMessage[] {
  return contents.map((content) => {
    const parts = content.parts ?? [];
    const responses = parts.filter((part) => part.functionResponse);
    if (responses.length > 0) {
      return {
        role: 'tool',
        text: responses.map((part) => JSON.stringify(part.functionResponse?.response)).join('\n'),
      };
    }
    const text = parts.map((part) => part.text ?? '').join('\n');
    const calls = parts.filter((part) => part.functionCall);
    const role = content.role === 'model' ? 'assistant' : 'user';
    return calls.length > 0
      ? {
          role,
          text,
          toolCalls: calls.map((part) => ({ name: String(part.functionCall?.name), args: part.functionCall?.args })),
        }
      : { role, text };
  });
}

async function run(request: AgentRunRequest) {
  let finalText = '';
  const model = new ScriptedLlm((llmRequest) => {
    const turn = request.model(toTranscript(llmRequest.contents));
    if (turn.type === 'text') {
      finalText = turn.text;
      return { chunks: [turn.text] };
    }
    return turn.calls.map((call) => ({ functionCall: { id: call.id, name: call.name, args: call.args } }));
  });
  const tools = request.tools.map(
    (definition) =>
      new FunctionTool({
        name: definition.name,
        description: definition.description,
        parameters: toGeminiSchema(definition.parameters),
        execute: async (args) => definition.execute(args as Record<string, unknown>),
      }),
  );
  const agent = new LlmAgent({ name: 'conformance', model, instruction: 'Help the customer.', tools });
  const plugin = new MaskPlugin({ client: request.client, ...(request.policy ? { policy: request.policy } : {}) });
  const runner = new InMemoryRunner({ agent, appName: 'conformance', plugins: [plugin] });
  const session = await runner.sessionService.createSession({ appName: 'conformance', userId: 'u1' });
  let lastEvent: Parameters<typeof rehydrateEvent>[0] | undefined;
  for await (const event of runner.runAsync({
    userId: 'u1',
    sessionId: session.id,
    newMessage: { role: 'user', parts: [{ text: request.userMessage }] },
  })) {
    if (event.content?.parts?.some((part) => typeof part.text === 'string')) lastEvent = event;
  }
  const state = await runner.sessionService.getSession({ appName: 'conformance', userId: 'u1', sessionId: session.id });
  const displayText =
    request.rehydrate && lastEvent
      ? (await rehydrateEvent(lastEvent, { client: request.client })).content?.parts?.map((part) => part.text).join('')
      : undefined;
  return {
    modelInputs: model.requests,
    state: state?.events ?? [],
    finalText,
    ...(displayText !== undefined ? { displayText } : {}),
  };
}

runAdapterConformance({ name: 'adk: InMemoryRunner + MaskPlugin', run });
