import type { JSONValue } from '@llamaindex/core/global';
import { FunctionTool } from '@llamaindex/core/tools';
import { type AgentWorkflowState, agent } from '@llamaindex/workflow';
import type { AgentRunRequest, AgentRunResult, ConformanceTool } from '@mask/adapter-tests';
import { runAdapterConformance } from '@mask/adapter-tests';
import { ScriptedLLM } from './__fixtures__/scripted-llm.js';
import { maskLlamaIndexHooks } from './index.js';

const quiet = { log: () => undefined, error: () => undefined, warn: () => undefined };

function toLlamaIndexTool(spec: ConformanceTool) {
  return FunctionTool.from<Record<string, unknown>>(async (args) => (await spec.execute(args)) as JSONValue, {
    name: spec.name,
    description: spec.description,
    parameters: spec.parameters as never,
  });
}

// Conversations continue with the previous run's workflow state (its memory) in the same session.
const conversations = new Map<string, AgentWorkflowState>();

runAdapterConformance({
  name: 'llamaindex agent() + maskLlamaIndexHooks (session scope)',
  conversations: true,
  async run(request: AgentRunRequest): Promise<AgentRunResult> {
    const session = request.conversation ?? `chat-${Math.random().toString(36).slice(2)}`;
    const llm = new ScriptedLLM(request.model);
    const mask = maskLlamaIndexHooks({ client: request.client, session, policy: request.policy });
    const workflow = agent({ ...mask.agentParams({ llm, tools: request.tools.map(toLlamaIndexTool) }), logger: quiet });
    const previous = request.conversation ? conversations.get(request.conversation) : undefined;
    const result = await mask.run(workflow, request.userMessage, previous ? { state: previous } : undefined);
    if (request.conversation && result.data.state) conversations.set(request.conversation, result.data.state);
    const finalText = String(result.data.result);
    return {
      modelInputs: llm.calls,
      state: { state: result.data.state, message: result.data.message },
      finalText,
      ...(request.rehydrate ? { displayText: await mask.rehydrate(finalText) } : {}),
    };
  },
});

runAdapterConformance({
  name: 'llamaindex agent() + secureTool only (input tokenized by the app)',
  async run(request: AgentRunRequest): Promise<AgentRunResult> {
    const llm = new ScriptedLLM(request.model);
    const mask = maskLlamaIndexHooks({ client: request.client, policy: request.policy, wrapLLM: false });
    const workflow = agent({ llm, tools: mask.tools(request.tools.map(toLlamaIndexTool)), logger: quiet });
    const result = await workflow.run(await request.client.scanAndTokenize(request.userMessage));
    return {
      modelInputs: llm.calls,
      state: { state: result.data.state, message: result.data.message },
      finalText: String(result.data.result),
    };
  },
});
