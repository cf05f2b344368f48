import { Command, InvalidArgumentError, Option } from 'commander';
import { parseCount, parseKeepMilliseconds, parseMilliseconds, parsePort } from '../options/whole-number-options.js';
import type { TerminalIO } from '../terminal-io.js';

interface ServeFlags {
  host: string;
  port: number;
  apiKey?: string;
  baseUrl?: string;
  space?: Record<string, string>;
  allowRemoteImages?: boolean;
  forwardHfToken?: boolean;
  proxy?: string;
  logLevel: string;
  logFormat?: 'json' | 'pretty';
  redis?: string;
  spaceConcurrency?: number;
  responseTtl?: number;
  slotLease?: number;
  rateLimit?: string;
}

function parseRedisUrl(value: string): string {
  if (!/^rediss?:\/\/[^/\s]/i.test(value) || !URL.canParse(value)) throw new InvalidArgumentError('It must be a redis:// (or rediss://) URL, like redis://127.0.0.1:6379.');
  return value;
}

// The same check the server makes, as a usage error before anything starts.
async function checkRateLimit(value: string): Promise<void> {
  const { parseRateLimit } = await import('@g4f/server');
  parseRateLimit(value);
}

function parseUrl(value: string, what: string): string {
  if (!/^https?:\/\/[^/\s]/i.test(value) || !URL.canParse(value)) throw new InvalidArgumentError(`${what} must be an http(s) URL, like http://127.0.0.1:7860.`);
  return value;
}

// `--space Qwen_QVQ_72B=http://127.0.0.1:7860`, repeatable: one address per provider.
function collectSpace(value: string, spaces: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError('give PROVIDER=URL, like Qwen_QVQ_72B=http://127.0.0.1:7860 (see "g4f models" for the providers).');
  return { ...spaces, [value.slice(0, at).trim()]: parseUrl(value.slice(at + 1).trim(), 'the address') };
}

/** Called once the server listens, with its base URL and the command's flags (`g4f gui` opens the page). */
export type OnListening = (url: string, flags: Record<string, unknown>) => void;

/** `g4f serve`: the OpenAI-compatible server and the chat page, until interrupted. */
export function serveCommand(io: TerminalIO, signal: AbortSignal, onListening?: OnListening): Command {
  return new Command('serve')
    .description('serve an OpenAI-compatible API (/v1/models, /v1/chat/completions, /v1/responses, /v1/images/generations) and the chat page at /')
    .option('--host <host>', 'the address to bind (another than 127.0.0.1 wants --api-key)', '127.0.0.1')
    .option('--port <port>', 'the port (0 picks a free one)', parsePort, 1337)
    .option('--api-key <key>', 'require "Authorization: Bearer <key>" (or set G4F_API_KEY)')
    .option('--base-url <url>', "another address of every provider's Space (a local one, say)", (value) => parseUrl(value, '--base-url'))
    .option('--space <provider=url>', 'serve this provider, or a Space by id (space:owner/name=URL), at this address, and only those named so (repeatable)', collectSpace)
    .option('--allow-remote-images', 'fetch http(s) image URLs named in requests (off: data: URIs only)')
    .option('--forward-hf-token', "use a caller's own hf_ token upstream: its bearer token, or X-HF-Token when --api-key is set")
    .option('--proxy <url>', 'an HTTP(S) proxy for every request to the Spaces and remote images', (value) => parseUrl(value, '--proxy'))
    .option('--log-level <level>', 'trace, debug, info (a line per request), warn, error, fatal or silent', 'info')
    .option('--redis <url>', 'share cooldowns, Space slots, rate limits and Space descriptions with other replicas through Redis (or set G4F_REDIS_URL)', parseRedisUrl)
    .option('--space-concurrency <n>', 'jobs at most at one Space at once, over every replica sharing Redis; the rest wait their turn', parseCount)
    .option('--slot-lease <ms>', "how long a Space slot's lease lives without a refresh: how soon a dead replica's slots come back", parseMilliseconds, 30_000)
    .option('--response-ttl <ms>', 'how long a Responses API response is kept to be continued (previous_response_id) or read; 0 keeps none (default: an hour)', parseKeepMilliseconds)
    .option('--rate-limit <rate>', 'requests per API key (or client address), like 60/min (also /s, /h), over every replica sharing Redis')
    .addOption(new Option('--log-format <format>', 'json lines, or pretty ones (default: pretty on a terminal, else json)').choices(['json', 'pretty']))
    // A function, so that `g4f gui --help` (this command renamed) shows its own name.
    .addHelpText(
      'after',
      ({ command }) => `
Examples:
  g4f ${command.name()} --port 1337        the API at http://127.0.0.1:1337/v1, the chat page at /
  g4f ${command.name()} --space Qwen_QVQ_72B=http://127.0.0.1:7860
  g4f ${command.name()} --space space:owner/name=https://owner-name.hf.space
  G4F_API_KEY=secret g4f ${command.name()} --host 0.0.0.0 --redis redis://127.0.0.1:6379 --space-concurrency 2`,
    )
    .action(async (flags: ServeFlags, command: Command) => {
      // Loaded when the command runs, so that `g4f --help` starts fast.
      const { LOG_LEVELS, startServer } = await import('@g4f/server');
      const logLevel = LOG_LEVELS.find((level) => level === flags.logLevel);
      if (logLevel === undefined) command.error(`error: --log-level must be one of ${LOG_LEVELS.join(', ')}.`, { exitCode: 2 });
      if (flags.rateLimit !== undefined) await checkRateLimit(flags.rateLimit).catch((error: unknown) => command.error(`error: --rate-limit: ${(error as Error).message}`, { exitCode: 2 }));
      const server = await startServer({
        host: flags.host,
        port: flags.port,
        apiKey: flags.apiKey ?? io.env.G4F_API_KEY,
        baseUrl: flags.baseUrl,
        spaces: flags.space,
        allowRemoteImages: flags.allowRemoteImages === true,
        forwardHfToken: flags.forwardHfToken === true,
        proxy: flags.proxy,
        upstreamApiKey: io.env.HF_TOKEN,
        redisUrl: flags.redis ?? io.env.G4F_REDIS_URL,
        spaceConcurrency: flags.spaceConcurrency,
        responseTtl: flags.responseTtl,
        slotLeaseMs: flags.slotLease,
        rateLimit: flags.rateLimit,
        logLevel,
        logFormat: flags.logFormat ?? (io.stderr.isTTY === true ? 'pretty' : 'json'),
      });
      io.stderr.write(`g4f: serving an OpenAI-compatible API at ${server.url}/v1 and the chat page at ${server.url}/ (Ctrl-C stops it)\n`);
      onListening?.(`${server.url}/`, flags as unknown as Record<string, unknown>);
      await new Promise<void>((resolve) => {
        if (signal.aborted) resolve();
        signal.addEventListener('abort', () => {
          resolve();
        }, { once: true });
      });
      await server.close();
    });
}
