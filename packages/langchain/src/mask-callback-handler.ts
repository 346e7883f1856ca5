import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { BaseMessage } from '@langchain/core/messages';
import type { LLMResult } from '@langchain/core/outputs';
import { type AuditLogger, findTokenCandidates } from '@mask/core';
import { clientForRun, type MaskLangChainOptions } from './mask-scope.js';

/** What {@link MaskCallbackHandler} observed at one point of a run. Counts only, never values. */
export interface MaskObservation {
  /** Which side of which run: what the model received or produced, what a tool received or returned. */
  readonly event: 'model_input' | 'model_output' | 'tool_input' | 'tool_output';
  readonly runId: string;
  /** Model or tool name, when LangChain reports one. */
  readonly name?: string;
  /** Values detected in the clear, per entity type. On `model_input` any entry is a leak. */
  readonly plaintext: Readonly<Record<string, number>>;
  /** Token-shaped strings seen. */
  readonly tokens: number;
}

/** Options of {@link MaskCallbackHandler}. */
export interface MaskCallbackHandlerOptions extends MaskLangChainOptions {
  /** Receives every observation (counts only). @default none */
  readonly onObservation?: (observation: MaskObservation) => void;
  /**
   * Audit log that receives one `error` record (`code: 'SECURITY_VIOLATION'`, entity counts, `source`) whenever
   * a value in the clear reaches a model. @default none
   */
  readonly audit?: AuditLogger;
}

/**
 * An audit-only LangChain callback handler: it scans what models and tools receive and return, reports counts
 * of values seen in the clear and of tokens, and never changes anything (protection is the job of
 * `secureTool` / `maskMiddleware`). Use it to prove in production that models only see tokens.
 *
 * @example
 * import { MaskCallbackHandler } from '@mask/langchain';
 * const audit = new MaskCallbackHandler({ client, onObservation: (o) => metrics.record(o) });
 * await agent.invoke(input, { callbacks: [audit] });
 */
export class MaskCallbackHandler extends BaseCallbackHandler {
  name = 'MaskCallbackHandler';
  readonly #options: MaskCallbackHandlerOptions;
  readonly #pending = new Set<Promise<void>>();

  constructor(options: MaskCallbackHandlerOptions = {}) {
    super();
    this.#options = options;
  }

  /** Waits until every scan started so far has reported. */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  override async handleChatModelStart(
    llm: { id?: string[] },
    messages: BaseMessage[][],
    runId: string,
    _parentRunId?: string,
    _extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
    runName?: string,
  ): Promise<void> {
    this.#observe('model_input', runId, runName ?? llm.id?.at(-1), messages, metadata);
  }

  override async handleLLMStart(
    llm: { id?: string[] },
    prompts: string[],
    runId: string,
    _parentRunId?: string,
    _extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
    runName?: string,
  ): Promise<void> {
    this.#observe('model_input', runId, runName ?? llm.id?.at(-1), prompts, metadata);
  }

  override async handleLLMEnd(output: LLMResult, runId: string): Promise<void> {
    this.#observe('model_output', runId, undefined, output.generations, undefined);
  }

  override async handleToolStart(
    tool: { id?: string[] },
    input: string,
    runId: string,
    _parentRunId?: string,
    _tags?: string[],
    metadata?: Record<string, unknown>,
    runName?: string,
  ): Promise<void> {
    this.#observe('tool_input', runId, runName ?? tool.id?.at(-1), input, metadata);
  }

  override async handleToolEnd(output: unknown, runId: string): Promise<void> {
    this.#observe('tool_output', runId, undefined, output, undefined);
  }

  #observe(
    event: MaskObservation['event'],
    runId: string,
    name: string | undefined,
    payload: unknown,
    metadata: Record<string, unknown> | undefined,
  ): void {
    const task = this.#scan(event, runId, name, payload, metadata)
      .catch(() => undefined) // an observer never breaks the run
      .finally(() => this.#pending.delete(task));
    this.#pending.add(task);
  }

  async #scan(
    event: MaskObservation['event'],
    runId: string,
    name: string | undefined,
    payload: unknown,
    metadata: Record<string, unknown> | undefined,
  ): Promise<void> {
    const text = typeof payload === 'string' ? payload : safeStringify(payload);
    const client = clientForRun(this.#options, { configurable: metadata });
    const spans = await client.scan(text);
    const candidates = findTokenCandidates(text);
    const issued = client.issuedTokens();
    const plaintext: Record<string, number> = {};
    for (const span of spans) {
      const value = text.slice(span.start, span.end);
      // A grammar match alone does not make a token (the phone grammar also matches an SSN): the span's type
      // must agree, or the scope must have issued that exact string.
      const isToken =
        issued.has(value) ||
        candidates.some(
          (candidate) =>
            candidate.start <= span.start &&
            candidate.end >= span.end &&
            (candidate.placeholder || candidate.type === span.type),
        );
      if (!isToken) plaintext[span.type] = (plaintext[span.type] ?? 0) + 1;
    }
    const observation: MaskObservation = {
      event,
      runId,
      ...(name === undefined ? {} : { name }),
      plaintext,
      tokens: candidates.length,
    };
    this.#options.onObservation?.(observation);
    if (event === 'model_input' && Object.keys(plaintext).length > 0) {
      this.#options.audit?.record({
        kind: 'error',
        code: 'SECURITY_VIOLATION',
        source: `langchain:${name ?? 'model'}`,
        entities: plaintext,
      });
    }
  }
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}
