/** Where the CLI writes, and whether each stream is a terminal (tests pass their own). */
export interface TerminalIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** The process's own streams and environment. */
export const processIO: TerminalIO = { stdout: process.stdout, stderr: process.stderr, env: process.env };
