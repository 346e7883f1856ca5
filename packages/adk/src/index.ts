// Public API of @mask/adk. Every export is listed by hand: this list is the semver surface.
export { rehydrateTextParts, scrubContents } from './content.js';
export type { MaskAdkOptions } from './mask-adk-options.js';
export { MaskPlugin, type MaskPluginOptions } from './mask-plugin.js';
export {
  type RehydrateAfterModelOptions,
  rehydrateAfterModel,
  rehydrateEvent,
  scrubBeforeModel,
} from './model-callbacks.js';
export { secureTool } from './secure-tool.js';
export { decryptBeforeTool, encryptAfterTool } from './tool-callbacks.js';
