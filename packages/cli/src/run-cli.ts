import { CommanderError } from 'commander';
import { ExitCode } from './exit-codes.js';
import { createProgram } from './program.js';
import type { TerminalIO } from './terminal-io.js';

/** Runs `g4f` with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: TerminalIO, signal: AbortSignal): Promise<number> {
  try {
    await createProgram(io, signal).parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end "with an error" in commander; they are a success for the user.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (signal.aborted) return ExitCode.interrupted;
    // Loaded here, with @g4f/core, so that `g4f --help` starts without it.
    const { describeFailure } = await import('./describe-failure.js');
    const { code, message } = describeFailure(error);
    io.stderr.write(`g4f: ${message}\n`);
    return code;
  }
}
