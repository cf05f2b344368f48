import { getProviderByName, resolveModel, type Provider, type ResolvedModel, type ResolveOptions } from '@g4f/core';
import { atBaseUrl } from '@g4f/provider-hf-space';
import type { ClientOptions } from './client-options.js';

/** The provider and model of a request: a pinned provider (the request's, else the client's) as named, otherwise the registry's choice, at the client's base URL. */
export function routeRequest(client: ClientOptions, model: string, pinned: Provider | string | undefined, options: ResolveOptions = {}): ResolvedModel {
  const chosen = pinned ?? client.provider;
  const resolved = chosen === undefined ? resolveModel(model, options) : { provider: typeof chosen === 'string' ? getProviderByName(chosen) : chosen, model };
  return client.baseUrl === undefined ? resolved : { ...resolved, provider: atBaseUrl(resolved.provider, client.baseUrl) };
}
