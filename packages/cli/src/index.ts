// Programmatic entry of @mask/cli: run the `mask` command line in-process (tests, wrappers).
export { CliError, EXIT } from './cli-error.js';
export type { CliIo } from './io/cli-io.js';
export { MAIN_HELP, reportError, runCli } from './main.js';
export { createPlaygroundHandler, type PlaygroundHandlerOptions } from './server/playground-handler.js';
