import {
  type DecodePolicy,
  type DetokenizeOptions,
  type MaskClient,
  StreamRehydrator,
  type StreamRehydratorOptions,
} from '@mask/core';
import type { ContentPart, StreamPart } from './prompt-types.js';

/** What to rehydrate on the way from the model to the user. */
export interface RehydrateSettings {
  readonly client: MaskClient;
  readonly text: boolean;
  readonly toolInputs: boolean;
  readonly allow: DetokenizeOptions['allow'] | undefined;
  readonly policy: DecodePolicy | undefined;
  readonly danglingToken: StreamRehydratorOptions['danglingToken'];
}

/** Decodes a tool-call input (JSON text) under the tool's decode policy; unparseable input stays as it is. */
export async function rehydrateToolInput(settings: RehydrateSettings, toolName: string, input: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    return input;
  }
  const allow = toolAllow(settings, toolName);
  const decoded = await settings.client.deepDecode(parsed, allow ? { allow } : undefined);
  return JSON.stringify(decoded);
}

/** Rehydrates the content parts of a generate result. */
export async function rehydrateContent<TPart extends ContentPart>(
  settings: RehydrateSettings,
  content: readonly TPart[],
): Promise<TPart[]> {
  const textOptions = settings.allow ? { allow: settings.allow } : undefined;
  return Promise.all(
    content.map(async (part) => {
      if (settings.text && (part.type === 'text' || part.type === 'reasoning') && typeof part.text === 'string') {
        return { ...part, text: await settings.client.detokenizeText(part.text, textOptions) };
      }
      if (settings.toolInputs && part.type === 'tool-call' && typeof part.input === 'string') {
        return { ...part, input: await rehydrateToolInput(settings, String(part.toolName), part.input) };
      }
      return part;
    }),
  );
}

const TEXT_KINDS: Record<string, { kind: 'text' | 'reasoning' | 'tool-input'; phase: 'start' | 'delta' | 'end' }> = {
  'text-start': { kind: 'text', phase: 'start' },
  'text-delta': { kind: 'text', phase: 'delta' },
  'text-end': { kind: 'text', phase: 'end' },
  'reasoning-start': { kind: 'reasoning', phase: 'start' },
  'reasoning-delta': { kind: 'reasoning', phase: 'delta' },
  'reasoning-end': { kind: 'reasoning', phase: 'end' },
  'tool-input-start': { kind: 'tool-input', phase: 'start' },
  'tool-input-delta': { kind: 'tool-input', phase: 'delta' },
  'tool-input-end': { kind: 'tool-input', phase: 'end' },
};

/**
 * A TransformStream over language-model stream parts that rehydrates text and reasoning deltas (and, when
 * asked, tool-input deltas and tool calls). Tokens split across deltas come out whole: each delta id has its own
 * {@link StreamRehydrator}. Held-back text is flushed before its `*-end` part or before `finish`; when the
 * stream is cancelled or fails, it is discarded.
 */
export function createRehydrateTransform<TPart extends StreamPart>(
  settings: RehydrateSettings,
): TransformStream<TPart, TPart> {
  const open = new Map<string, { rehydrator: StreamRehydrator; deltaType: string; toolName?: string }>();
  const key = (kind: string, id: string) => `${kind}:${id}`;
  const textOptions: StreamRehydratorOptions = {
    ...(settings.allow ? { allow: settings.allow } : {}),
    ...(settings.danglingToken ? { danglingToken: settings.danglingToken } : {}),
  };
  const toolNames = new Map<string, string>();

  const wants = (kind: 'text' | 'reasoning' | 'tool-input') =>
    kind === 'tool-input' ? settings.toolInputs : settings.text;

  const rehydratorFor = (kind: 'text' | 'reasoning' | 'tool-input', id: string) => {
    const entryKey = key(kind, id);
    let entry = open.get(entryKey);
    if (!entry) {
      const toolName = toolNames.get(id);
      const allow = kind === 'tool-input' ? toolStreamAllow(settings, toolName) : settings.allow;
      entry = {
        rehydrator: new StreamRehydrator(settings.client, {
          ...textOptions,
          ...(allow ? { allow } : {}),
          ...(kind === 'tool-input' ? { encoding: 'json' as const } : {}),
        }),
        deltaType: `${kind}-delta`,
      };
      open.set(entryKey, entry);
    }
    return entry;
  };

  const flushAll = async (controller: TransformStreamDefaultController<TPart>) => {
    for (const [entryKey, entry] of open) {
      open.delete(entryKey);
      const rest = await entry.rehydrator.end();
      const id = entryKey.slice(entryKey.indexOf(':') + 1);
      if (rest.length > 0) controller.enqueue({ type: entry.deltaType, id, delta: rest } as unknown as TPart);
    }
  };

  return new TransformStream<TPart, TPart>({
    async transform(part, controller) {
      const textKind = TEXT_KINDS[part.type];
      if (textKind && wants(textKind.kind) && typeof part.id === 'string') {
        if (textKind.kind === 'tool-input' && textKind.phase === 'start' && typeof part.toolName === 'string') {
          toolNames.set(part.id, part.toolName);
        }
        if (textKind.phase === 'delta' && typeof part.delta === 'string') {
          const out = await rehydratorFor(textKind.kind, part.id).rehydrator.push(part.delta);
          if (out.length > 0) controller.enqueue({ ...part, delta: out });
          return;
        }
        if (textKind.phase === 'end') {
          const entry = open.get(key(textKind.kind, part.id));
          if (entry) {
            open.delete(key(textKind.kind, part.id));
            const rest = await entry.rehydrator.end();
            if (rest.length > 0) controller.enqueue({ type: entry.deltaType, id: part.id, delta: rest } as TPart);
          }
        }
        controller.enqueue(part);
        return;
      }
      if (part.type === 'tool-call' && settings.toolInputs && typeof part.input === 'string') {
        controller.enqueue({ ...part, input: await rehydrateToolInput(settings, String(part.toolName), part.input) });
        return;
      }
      if (part.type === 'finish') await flushAll(controller);
      controller.enqueue(part);
    },
    // No cancel hook on purpose: when the consumer cancels or the model stream fails, flush never runs and
    // whatever is held back (at most a token prefix) is dropped with the transform.
    async flush(controller) {
      await flushAll(controller);
    },
  });
}

function toolAllow(settings: RehydrateSettings, toolName: string): DetokenizeOptions['allow'] {
  return settings.policy ? settings.policy.forTool(toolName) : settings.allow;
}

/**
 * Streamed tool-input deltas carry no argument path. With a policy, a token decodes in the deltas only if the
 * tool's rule allows its type at the top level; path rules apply to the complete tool call.
 */
function toolStreamAllow(settings: RehydrateSettings, toolName: string | undefined): DetokenizeOptions['allow'] {
  const policy = settings.policy;
  if (!policy) return settings.allow;
  return (ref) => toolName !== undefined && policy.isAllowed(toolName, ref.type, []);
}
