import { InvalidRequestError, type CallOptions, type Provider } from '@g4f/core';

/** Options of a Client, applied to every request: the call options every provider takes, and where to send requests. */
export interface ClientOptions extends Pick<CallOptions, 'apiKey' | 'proxy' | 'timeout' | 'idleTimeout'> {
  /** A provider, or its registered name, for every request. Default: the registry's choice for each request's model. */
  provider?: Provider | string | undefined;
  /** Another address of the provider's Space: a duplicate or a local one. Default: the Space's. */
  baseUrl?: string | undefined;
}

const KNOWN: ReadonlySet<string> = new Set(['apiKey', 'proxy', 'timeout', 'idleTimeout', 'provider', 'baseUrl'] satisfies (keyof ClientOptions)[]);

/** What to say about an option of the `openai` package that this client has no use for. */
const OPENAI_OPTIONS: Readonly<Record<string, string>> = {
  baseURL:
    'this client talks to the Spaces itself, so there is no API server to point at: "baseUrl" (lower-case "rl") is a Space\'s own address (a duplicate or a local one); to use an OpenAI-compatible server, point the official openai client at "g4f serve"',
  organization: 'there are no organizations on Spaces',
  project: 'there are no projects on Spaces',
  maxRetries: 'a Space is retried before its first byte by the transport; there is nothing to configure',
  defaultHeaders: 'headers go to a Space through its provider\'s settings: Qwen_QVQ_72B.withSettings({ headers })',
  defaultQuery: 'Spaces take no query parameters',
  fetch: 'a fetch goes to a Space through its provider\'s settings: Qwen_QVQ_72B.withSettings({ fetch })',
  dangerouslyAllowBrowser: 'this client runs on Node',
};

/** Refuses options this client does not know, rather than ignoring them; an `openai` option gets the reason and what to use. */
export function checkClientOptions(options: unknown): asserts options is ClientOptions {
  if (typeof options !== 'object' || options === null) throw new InvalidRequestError('Client options must be an object.');
  for (const [key, value] of Object.entries(options)) {
    if (KNOWN.has(key) || value === undefined) continue;
    const why = OPENAI_OPTIONS[key];
    const hint = why === undefined ? `the options are ${[...KNOWN].join(', ')}` : why;
    throw new InvalidRequestError(`Client option "${key}" is not supported: ${hint}.`, { param: key });
  }
}
