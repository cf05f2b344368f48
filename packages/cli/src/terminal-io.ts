import type { Writable } from 'node:stream';

/** Where the CLI writes, and whether each stream is a terminal (tests pass their own). */
export interface TerminalIO {
  stdout: Writable & { isTTY?: boolean };
  /** A terminal's must have its cursor methods (`cursorTo`, `clearLine`), as `process.stderr` has: the spinner moves with them. */
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** The process's own streams and environment. */
export const processIO: TerminalIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
};
