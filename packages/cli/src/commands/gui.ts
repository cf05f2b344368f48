import type { Command } from 'commander';
import { openBrowser } from '../open-browser.js';
import type { TerminalIO } from '../terminal-io.js';
import { serveCommand } from './serve.js';

/** `g4f gui`: `g4f serve` with its options, and the chat page opened in a browser where one can be. */
export function guiCommand(io: TerminalIO, signal: AbortSignal): Command {
  const onListening = (url: string, flags: Record<string, unknown>) => {
    io.stdout.write(`${url}\n`);
    if (flags.open === false) return;
    void openBrowser(url, io.env).then((reason) => {
      if (reason !== undefined) io.stderr.write(`g4f: not opening a browser: ${reason}; open ${url} in one.\n`);
    });
  };
  return serveCommand(io, signal, onListening)
    .name('gui')
    .description('serve the chat page (and the API) and open it in a browser ($BROWSER, or the system\'s where a display exists)')
    .option('--no-open', 'only print the page\'s URL');
}
