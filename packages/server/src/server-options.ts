/** Options of the OpenAI-compatible server. */
export interface ServerOptions {
  /** A key clients must send as `Authorization: Bearer <key>`. Default: none (open on loopback). */
  apiKey?: string | undefined;
  /** The largest request body, in bytes (images arrive inside it). Default: 48 MiB. */
  bodyLimit?: number | undefined;
  /** Fetch http(s) image URLs named in requests. Default: false: only data: URIs (no SSRF). */
  allowRemoteImages?: boolean | undefined;
  /** Another address for the providers' Space (a local one, say). Default: each Space's own. */
  baseUrl?: string | undefined;
  /** An HF token the server uses upstream when a request brings none. Default: none. */
  upstreamApiKey?: string | undefined;
}

/** The default body limit: a 32 MiB image as a data: URI, with room to spare. */
export const DEFAULT_BODY_LIMIT = 48 * 1024 * 1024;
