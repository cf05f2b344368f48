import type { Provider } from '@g4f/core';

/** Options of a Client, applied to every request. */
export interface ClientOptions {
  /** A provider, or its registered name, for every request. Default: found by each request's model. */
  provider?: Provider | string | undefined;
  /** An API key or token (an HF token for Spaces). Never logged nor shown in errors. */
  apiKey?: string | undefined;
  /** An HTTP(S) proxy for every request. Default: none. */
  proxy?: string | undefined;
  /** Another address of the provider's Space: a duplicate or a local one. Default: the Space's. */
  baseUrl?: string | undefined;
  /** Milliseconds a whole answer may take. Default: the provider's. */
  timeout?: number | undefined;
  /** Milliseconds without any event before giving up. Default: the provider's. */
  idleTimeout?: number | undefined;
}
