import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { type FakeBuiltModel, fakeModel } from '@langchain/core/testing';
import type { ScriptedModel, TranscriptMessage } from '@mask/adapter-tests';

function textOf(message: BaseMessage): string {
  if (typeof message.content === 'string') return message.content;
  return message.content
    .map((block) => (block.type === 'text' && typeof block.text === 'string' ? block.text : ''))
    .filter((text) => text.length > 0)
    .join('\n');
}

/** LangChain messages as the scripted model reads them. */
export function toTranscript(messages: readonly BaseMessage[]): TranscriptMessage[] {
  return messages.map((message) => {
    const type = message.type;
    const role = type === 'human' ? 'user' : type === 'ai' ? 'assistant' : type === 'tool' ? 'tool' : 'system';
    const toolCalls = AIMessage.isInstance(message)
      ? message.tool_calls?.map((call) => ({ name: call.name, args: call.args }))
      : undefined;
    return toolCalls && toolCalls.length > 0
      ? { role, text: textOf(message), toolCalls }
      : { role, text: textOf(message) };
  });
}

/** langchain's own fakeModel, answering each call with the script's next turn. */
export function scriptedChatModel(script: ScriptedModel, turns = 8): FakeBuiltModel {
  const model = fakeModel();
  for (let turn = 0; turn < turns; turn++) {
    model.respond((messages) => {
      const next = script(toTranscript(messages));
      if (next.type === 'text') return new AIMessage(next.text);
      return new AIMessage({
        content: '',
        tool_calls: next.calls.map((call) => ({ id: call.id, name: call.name, args: call.args, type: 'tool_call' })),
      });
    });
  }
  return model;
}
