// Public API of @mask/llamaindex. Every export is listed by hand.
export {
  type MaskLlamaIndexHooks,
  type MaskLlamaIndexHooksOptions,
  maskLlamaIndexHooks,
  type RunnableAgent,
} from './mask-llamaindex-hooks.js';
export { MaskLLM, type MaskLLMOptions, type WrappableLLM } from './mask-llm.js';
export type { MaskLlamaIndexOptions } from './mask-scope.js';
export {
  type CallableTool,
  MaskToolWrapper,
  type SecureToolOptions,
  secureTool,
  secureTools,
} from './mask-tool-wrapper.js';
