import { type AgentRunRequest, runAdapterConformance, type TranscriptMessage } from '@mask/adapter-tests';
import {
  FLAVORS,
  type Flavor,
  finish,
  type ModelMessage,
  type Part,
  streamOf,
  textParts,
} from './__fixtures__/flavors.js';
import { maskMiddleware, rehydrateTextStream, secureTools } from './index.js';

/** The model's prompt, flattened to the transcript the scripted model reads. */
function toTranscript(prompt: readonly ModelMessage[]): TranscriptMessage[] {
  return prompt.map((message) => {
    const role = message.role as TranscriptMessage['role'];
    if (typeof message.content === 'string') return { role, text: message.content };
    const texts: string[] = [];
    const toolCalls: { name: string; args: unknown }[] = [];
    for (const part of message.content) {
      if (part.type === 'text' && part.text !== undefined) texts.push(part.text);
      if (part.type === 'tool-call')
        toolCalls.push({ name: String((part as { toolName?: string }).toolName), args: part.input });
      if (part.type === 'tool-result' && part.output) {
        const value = part.output.value;
        texts.push(typeof value === 'string' ? value : JSON.stringify(value));
      }
    }
    return { role, text: texts.join('\n'), ...(toolCalls.length > 0 ? { toolCalls } : {}) };
  });
}

async function run(flavor: Flavor, request: AgentRunRequest) {
  const { ai } = flavor;
  const modelInputs: unknown[] = [];
  let finalText = '';
  const mock = flavor.createMock({
    doStream: async ({ prompt }) => {
      modelInputs.push(structuredClone(prompt));
      const turn = request.model(toTranscript(prompt));
      if (turn.type === 'text') {
        finalText = turn.text;
        const cut = Math.floor(turn.text.length / 3);
        return { stream: streamOf([...textParts([turn.text.slice(0, cut), turn.text.slice(cut)]), finish()]) };
      }
      const parts: Part[] = turn.calls.map((call) => ({
        type: 'tool-call',
        toolCallId: call.id,
        toolName: call.name,
        input: JSON.stringify(call.args),
      }));
      return { stream: streamOf([...parts, finish('tool-calls')]) };
    },
  });
  const tools = secureTools(
    Object.fromEntries(
      request.tools.map((definition) => [
        definition.name,
        ai.tool({
          description: definition.description,
          inputSchema: ai.jsonSchema(definition.parameters as never),
          execute: async (args: unknown) => definition.execute(args as Record<string, unknown>),
        }),
      ]),
    ),
    { client: request.client, ...(request.policy ? { policy: request.policy } : {}) },
  );
  // The SDK's messages are the app's stored history: keep them in tokens, rehydrate only what the user sees.
  const model = ai.wrapLanguageModel({
    model: mock as never,
    middleware: maskMiddleware({ client: request.client, rehydrateText: false }),
  });
  const result = ai.streamText({
    model,
    messages: [{ role: 'user', content: request.userMessage }],
    tools,
    stopWhen: ai.stepCountIs(4),
  });
  let displayText: string | undefined;
  if (request.rehydrate) {
    displayText = '';
    for await (const chunk of rehydrateTextStream(result.textStream, {
      client: request.client,
    }) as unknown as AsyncIterable<string>) {
      displayText += chunk;
    }
  } else {
    await result.text;
  }
  const steps = await result.steps;
  const state = { messages: (await result.response).messages, steps: steps.map((step) => step.content) };
  return { modelInputs, state, finalText, ...(displayText !== undefined ? { displayText } : {}) };
}

for (const flavor of FLAVORS) {
  runAdapterConformance({
    name: `ai-sdk, ${flavor.name}: streamText + maskMiddleware + secureTools`,
    run: (request) => run(flavor, request),
  });
}
