// Structural views of the AI SDK's language-model prompt and stream parts, shared by LanguageModelV3 (ai 6) and
// LanguageModelV4 (ai 7). Only the fields Mask reads or rewrites are named; everything else is carried along.

/** A part of a prompt message (text, file, reasoning, tool-call, tool-result, tool-approval-response...). */
export interface PromptPart {
  readonly type: string;
  readonly text?: string;
  readonly input?: unknown;
  readonly output?: ToolResultOutput;
  readonly reason?: string;
  readonly [key: string]: unknown;
}

/** A tool result's output as the provider spec defines it. */
export interface ToolResultOutput {
  readonly type: string;
  readonly value?: unknown;
  readonly reason?: string;
  readonly [key: string]: unknown;
}

/** A prompt message: a system string, or a list of parts. */
export interface PromptMessage {
  readonly role: string;
  readonly content: string | readonly PromptPart[];
  readonly [key: string]: unknown;
}

/** A streamed part (text-delta, tool-call, finish, ...). */
export interface StreamPart {
  readonly type: string;
  readonly id?: string;
  readonly delta?: string;
  readonly toolName?: string;
  readonly input?: string;
  readonly [key: string]: unknown;
}

/** A content part of a generate result. */
export interface ContentPart {
  readonly type: string;
  readonly text?: string;
  readonly toolName?: string;
  readonly input?: string;
  readonly [key: string]: unknown;
}
