// @mask/adapter-tests: the conformance suite every Mask adapter runs (private, never published).
export { findEmail, findSsn, PII, PLAINTEXT_FORMS } from './fixtures.js';
export { collectStrings, containsText, type FoundString, findPlaintext } from './inspect.js';
export { createAuditCapture, runAdapterConformance } from './run-adapter-conformance.js';
export type {
  AdapterHarness,
  AgentRunRequest,
  AgentRunResult,
  AuditCapture,
  ConformanceOptions,
  ConformanceTool,
  JsonObjectSchema,
  ScriptedModel,
  ScriptedTurn,
  TranscriptMessage,
} from './types.js';
