import type { DestinationStream } from 'pino';

/** How the server writes its log: one JSON object a line (for machines), or readable lines. */
export type LogFormat = 'json' | 'pretty';

/** The levels of the server's log, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** A level of the server's log. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Options of the OpenAI-compatible server. */
export interface ServerOptions {
  /** A key clients must send as `Authorization: Bearer <key>`. Default: none (open on loopback). */
  apiKey?: string | undefined;
  /** The largest request body, in bytes (images arrive inside it). Default: 48 MiB. */
  bodyLimit?: number | undefined;
  /** Fetch http(s) image URLs named in requests. Default: false: only data: URIs (no SSRF). */
  allowRemoteImages?: boolean | undefined;
  /** Milliseconds a remote image may take to download. Default: 30 000. */
  remoteImageTimeout?: number | undefined;
  /** Another address for every provider's Space (a local one, say). Default: each Space's own. */
  baseUrl?: string | undefined;
  /**
   * The Spaces this server serves, by provider name, each at an address:
   * `{ Qwen_QVQ_72B: 'http://127.0.0.1:7860' }`. Given, only their models are listed and served.
   * Default: every registered provider at its own Space.
   */
  spaces?: Readonly<Record<string, string>> | undefined;
  /** An HF token the server uses upstream when a request brings none. Default: none. */
  upstreamApiKey?: string | undefined;
  /**
   * Use a caller's own `hf_…` token for its calls upstream: the bearer token when the server has
   * no `apiKey`, else the `X-HF-Token` header. Default: false (the server's token, or none).
   */
  forwardHfToken?: boolean | undefined;
  /** An HTTP(S) proxy for every request upstream and every remote image. Default: none. */
  proxy?: string | undefined;
  /** The least important log lines written. Default: "info" (a line per request). */
  logLevel?: LogLevel | undefined;
  /** JSON lines or readable ones. Default: "json". */
  logFormat?: LogFormat | undefined;
  /**
   * Redis that replicas share cooldowns, Space slots, rate windows and cached Space descriptions
   * through (`redis://host:6379`); while it is away, each replica uses its own. Default: none, this
   * process's memory.
   */
  redisUrl?: string | undefined;
  /** Jobs at most at one Space at once (over every replica sharing Redis); the rest wait their turn. Default: no cap. */
  spaceConcurrency?: number | undefined;
  /** Milliseconds a Space slot's lease lives without a refresh: how soon a dead replica's slots come back. Default: 30 000. */
  slotLeaseMs?: number | undefined;
  /** Requests per API key (or client address) and window, like "60/min", over every replica sharing Redis. Default: no limit. */
  rateLimit?: string | undefined;
  /**
   * Milliseconds a Responses API response is kept, to be continued (`previous_response_id`) or
   * read (`GET /v1/responses/{id}`), in the shared state (Redis where given); 0 keeps none.
   * Default: one hour.
   */
  responseTtl?: number | undefined;
  /** Where the log lines go. Default: stderr. */
  logDestination?: DestinationStream | undefined;
}

/** The default body limit: a 32 MiB image as a data: URI, with room to spare. */
export const DEFAULT_BODY_LIMIT = 48 * 1024 * 1024;
