export { describeFailure } from './describe-failure.js';
export { ExitCode } from './exit-codes.js';
export { createProgram } from './program.js';
export { runCli } from './run-cli.js';
export { renderParts } from './render-parts.js';
export { processIO, type TerminalIO } from './terminal-io.js';
