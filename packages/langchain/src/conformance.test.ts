import { HumanMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { MemorySaver } from '@langchain/langgraph-checkpoint';
import type { AgentRunRequest, AgentRunResult, ConformanceTool } from '@mask/adapter-tests';
import { runAdapterConformance } from '@mask/adapter-tests';
import { createAgent } from 'langchain';
import { scriptedChatModel } from './__fixtures__/scripted-model.js';
import { maskAgentInput, maskMessages, maskMiddleware, secureTool, unmaskMessages } from './index.js';

function toLangChainTool(spec: ConformanceTool) {
  return tool(async (args: Record<string, unknown>) => spec.execute(args), {
    name: spec.name,
    description: spec.description,
    schema: spec.parameters as unknown as Record<string, unknown>,
  });
}

async function checkpointsOf(checkpointer: MemorySaver, threadId: string) {
  const tuples = [];
  for await (const tuple of checkpointer.list({ configurable: { thread_id: threadId } })) tuples.push(tuple);
  return tuples;
}

// Conversations continue on the same thread of the same checkpointer.
const threads = new Map<string, { checkpointer: MemorySaver; threadId: string }>();

runAdapterConformance({
  name: 'langchain createAgent + maskMiddleware (session per thread)',
  conversations: true,
  async run(request: AgentRunRequest): Promise<AgentRunResult> {
    const model = scriptedChatModel(request.model);
    const thread = (request.conversation && threads.get(request.conversation)) || {
      checkpointer: new MemorySaver(),
      threadId: `thread-${Math.random().toString(36).slice(2)}`,
    };
    if (request.conversation) threads.set(request.conversation, thread);
    const { checkpointer, threadId } = thread;
    const agent = createAgent({
      model,
      tools: request.tools.map(toLangChainTool),
      middleware: [maskMiddleware({ client: request.client, session: 'thread', policy: request.policy })],
      checkpointer,
    });
    const config = { configurable: { thread_id: threadId } };
    // With a checkpointer, the input is checkpointed before any middleware runs: tokenize it first.
    const input = await maskAgentInput(
      { messages: [new HumanMessage(request.userMessage)] },
      { client: request.client, session: 'thread', config },
    );
    const result = await agent.invoke(input, config);
    const last = result.messages.at(-1)!;
    const display = request.rehydrate
      ? (await unmaskMessages([last], { client: request.client.withScope({ session: threadId }) }))[0]?.text
      : undefined;
    return {
      modelInputs: model.calls.map((call) => call.messages),
      state: { result, checkpoints: await checkpointsOf(checkpointer, threadId) },
      finalText: last.text,
      ...(display === undefined ? {} : { displayText: display }),
    };
  },
});

runAdapterConformance({
  name: 'langchain createAgent + secureTool (no middleware)',
  async run(request: AgentRunRequest): Promise<AgentRunResult> {
    const model = scriptedChatModel(request.model);
    const agent = createAgent({
      model,
      tools: request.tools.map((spec) =>
        secureTool(toLangChainTool(spec), { client: request.client, policy: request.policy }),
      ),
    });
    // Without the middleware, the application tokenizes the user's message itself.
    const input = await maskMessages([new HumanMessage(request.userMessage)], { client: request.client });
    const result = await agent.invoke({ messages: input });
    const last = result.messages.at(-1)!;
    return {
      modelInputs: model.calls.map((call) => call.messages),
      state: result,
      finalText: last.text,
    };
  },
});
