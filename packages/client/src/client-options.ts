import type { CallOptions, Provider } from '@g4f/core';

/** Options of a Client, applied to every request: the call options every provider takes, and where to send requests. */
export interface ClientOptions extends Pick<CallOptions, 'apiKey' | 'proxy' | 'timeout' | 'idleTimeout'> {
  /** A provider, or its registered name, for every request. Default: the registry's choice for each request's model. */
  provider?: Provider | string | undefined;
  /** Another address of the provider's Space: a duplicate or a local one. Default: the Space's. */
  baseUrl?: string | undefined;
}
