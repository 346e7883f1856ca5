// Public API of @mask/langchain. Every export is listed by hand.
export { type MaskAgentInputOptions, maskAgentInput } from './mask-agent-input.js';
export { MaskCallbackHandler, type MaskCallbackHandlerOptions, type MaskObservation } from './mask-callback-handler.js';
export {
  type MaskMessagesOptions,
  maskMessages,
  type UnmaskMessagesOptions,
  unmaskMessages,
} from './mask-messages.js';
export { type MaskMiddlewareOptions, maskMiddleware } from './mask-middleware.js';
export type { ConfigurableLike, MaskLangChainOptions, SessionScope } from './mask-scope.js';
export { MaskToolWrapper, type SecureToolOptions, secureTool, secureTools } from './mask-tool-wrapper.js';
