import { Command } from 'commander';
import { parsePort } from '../options/whole-number-options.js';
import type { TerminalIO } from '../terminal-io.js';

interface ServeFlags {
  host: string;
  port: number;
  apiKey?: string;
  baseUrl?: string;
  allowRemoteImages?: boolean;
}

/** `g4f serve`: the OpenAI-compatible server, until interrupted. */
export function serveCommand(io: TerminalIO, signal: AbortSignal): Command {
  return new Command('serve')
    .description('serve an OpenAI-compatible API (/v1/models, /v1/chat/completions)')
    .option('--host <host>', 'the address to bind', '127.0.0.1')
    .option('--port <port>', 'the port (0 picks a free one)', parsePort, 1337)
    .option('--api-key <key>', 'require "Authorization: Bearer <key>" (or set G4F_API_KEY)')
    .option('--base-url <url>', "another address of the providers' Space (a local one, say)")
    .option('--allow-remote-images', 'fetch http(s) image URLs named in requests (off: data: URIs only)')
    .action(async (flags: ServeFlags) => {
      // Loaded when the command runs, so that `g4f --help` starts fast.
      const { startServer } = await import('@g4f/server');
      const server = await startServer({
        host: flags.host,
        port: flags.port,
        apiKey: flags.apiKey ?? io.env.G4F_API_KEY,
        baseUrl: flags.baseUrl,
        allowRemoteImages: flags.allowRemoteImages === true,
        upstreamApiKey: io.env.HF_TOKEN,
      });
      io.stderr.write(`g4f: serving an OpenAI-compatible API at ${server.url}/v1 (Ctrl-C stops it)\n`);
      await new Promise<void>((resolve) => {
        if (signal.aborted) resolve();
        signal.addEventListener('abort', () => {
          resolve();
        }, { once: true });
      });
      await server.close();
    });
}
