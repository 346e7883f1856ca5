import type { AuditLogger, DecodePolicy, MaskClient } from '@mask/core';

/** A JSON schema for a tool's arguments (an object schema). */
export interface JsonObjectSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, unknown>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
}

/**
 * A framework-neutral tool. The harness turns it into the framework's own tool object (LangChain `tool()`,
 * LlamaIndex `FunctionTool`, ADK `FunctionTool`, AI SDK `tool()`), protected by the adapter.
 */
export interface ConformanceTool {
  readonly name: string;
  readonly description: string;
  readonly parameters: JsonObjectSchema;
  /** The tool body: receives the arguments the framework hands over (after the adapter decoded them). */
  readonly execute: (args: Record<string, unknown>) => Promise<unknown>;
}

/** One message of the conversation as the model received it, flattened to text for the scripted model. */
export interface TranscriptMessage {
  readonly role: 'system' | 'user' | 'assistant' | 'tool';
  /** Text content (text parts joined with a newline). */
  readonly text: string;
  /** Tool calls an assistant message carries. */
  readonly toolCalls?: readonly { readonly name: string; readonly args: unknown }[];
}

/** What the scripted model answers on one turn. */
export type ScriptedTurn =
  | {
      readonly type: 'tool_calls';
      readonly calls: readonly { readonly id: string; readonly name: string; readonly args: Record<string, unknown> }[];
    }
  | { readonly type: 'text'; readonly text: string };

/** A deterministic model: decides its next turn from the transcript it received. */
export type ScriptedModel = (transcript: readonly TranscriptMessage[]) => ScriptedTurn;

/** One run of the framework's real agent loop, as the suite asks for it. */
export interface AgentRunRequest {
  /** The client the adapter must use (fresh per test, own vault and audit sink). */
  readonly client: MaskClient;
  readonly tools: readonly ConformanceTool[];
  /** Drive the framework's own fake model with this script (convert its messages with a transcript helper). */
  readonly model: ScriptedModel;
  /** The user's message, in the clear: the adapter (or the app code the adapter documents) protects it. */
  readonly userMessage: string;
  /** Decode policy to hand to the adapter. */
  readonly policy?: DecodePolicy;
  /** The user asked for the final answer rehydrated for display. */
  readonly rehydrate: boolean;
  /**
   * Continue this conversation: runs with the same id share the framework's stored state (a thread and its
   * checkpointer, a session, a memory). Only sent to harnesses that declare `conversations: true`.
   */
  readonly conversation?: string;
}

/** What the harness reports back after the loop finished. */
export interface AgentRunResult {
  /**
   * Every input the model received, as the framework's own objects (message arrays, requests), one entry per
   * model call. The suite walks them at any depth.
   */
  readonly modelInputs: readonly unknown[];
  /** The framework's stored history / state after the run (agent state, memory, checkpoints, sessions). */
  readonly state: unknown;
  /** The final answer as the framework returned it (still tokens). */
  readonly finalText: string;
  /** The final answer rehydrated by the adapter, when `rehydrate` was asked for and the adapter offers it. */
  readonly displayText?: string;
}

/** What an adapter provides to run the shared conformance suite. */
export interface AdapterHarness {
  /** Shown in the test names (`langchain: createAgent + maskMiddleware`). */
  readonly name: string;
  /** Runs one full agent loop. */
  readonly run: (request: AgentRunRequest) => Promise<AgentRunResult>;
  /** The harness honours `AgentRunRequest.conversation` (enables the multi-turn test). @default false */
  readonly conversations?: boolean;
}

/** Options of {@link runAdapterConformance}. */
export interface ConformanceOptions {
  /**
   * Builds the client for one test. It must use an audit logger whose lines the suite can read: pass the
   * `audit` it receives. @default a dev-keyed MaskClient with a MemoryVault and the default scanner
   */
  readonly createClient?: (audit: AuditCapture) => MaskClient | Promise<MaskClient>;
  /** Skip the audit-log assertion for policy refusals (only when the adapter's client has no audit). */
  readonly auditPolicyDenials?: boolean;
}

/** Audit lines captured during one test. */
export interface AuditCapture {
  readonly lines: string[];
  /** The AuditLogger to pass as `audit` to the client. */
  readonly logger: AuditLogger;
}
