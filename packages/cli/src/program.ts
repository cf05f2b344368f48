import { Command } from 'commander';
import { cliVersion } from './cli-version.js';
import { chatCommand } from './commands/chat.js';
import { guiCommand } from './commands/gui.js';
import { modelsCommand } from './commands/models.js';
import { serveCommand } from './commands/serve.js';
import { spacesCommand } from './commands/spaces.js';
import type { TerminalIO } from './terminal-io.js';

/** The `g4f` program; `signal` stops a running chat or server. */
export function createProgram(io: TerminalIO, signal: AbortSignal): Command {
  const program = new Command('g4f')
    .description('Talk to the free AI models hosted as Gradio apps on Hugging Face Spaces.')
    .version(cliVersion(), '-V, --version', 'print the version of g4f')
    .addCommand(chatCommand(io, signal))
    .addCommand(modelsCommand(io))
    .addCommand(serveCommand(io, signal))
    .addCommand(guiCommand(io, signal))
    .addCommand(spacesCommand(io, signal));
  // Commands added with addCommand do not inherit these; every one must throw, not exit.
  for (const command of [program, ...program.commands, ...program.commands.flatMap((child) => child.commands)]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One prefix for every failure, commander's usage errors and g4f's own alike.
      outputError: (text, write) => {
        write(text.replace(/^error: /, 'g4f: '));
      },
    });
  }
  return program;
}
