// Public API of @mask/ai-sdk. Every export is listed by hand: this list is the semver surface.
export { type MaskMiddlewareOptions, maskMiddleware } from './mask-middleware.js';
export { type RehydrateTextStreamOptions, rehydrateTextStream } from './rehydrate-text-stream.js';
export { scrubPrompt } from './scrub-prompt.js';
export { type SecureToolsOptions, secureTools } from './secure-tools.js';
