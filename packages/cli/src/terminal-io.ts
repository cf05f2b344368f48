import type { Readable, Writable } from 'node:stream';

/** Where the CLI writes, and whether each stream is a terminal (tests pass their own). */
export interface TerminalIO {
  /** Where the answer goes; on a terminal the thinking is shown too. */
  stdout: Writable & { isTTY?: boolean };
  /** A terminal's must have its cursor methods (`cursorTo`, `clearLine`), as `process.stderr` has: the spinner moves with them. */
  stderr: Writable & { isTTY?: boolean };
  /** The environment: `HF_TOKEN`, `G4F_API_KEY`. */
  env: NodeJS.ProcessEnv;
  /** Where `g4f chat` reads its prompt when none is given; without it, one must be given. */
  stdin?: Readable & { isTTY?: boolean };
}

/** The process's own streams and environment. */
export const processIO: TerminalIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // Opened only when read: most runs never touch stdin.
  get stdin() {
    return process.stdin;
  },
};
