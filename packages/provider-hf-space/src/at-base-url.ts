import { InvalidRequestError, type Provider } from '@g4f/core';
import type { SpaceSettings } from './space-settings.js';

interface Configurable {
  withSettings(settings: SpaceSettings): Provider;
}

// Duck-typed, not instanceof: a provider built against another copy of this package counts too.
function isConfigurable(provider: Provider): provider is Provider & Configurable {
  return typeof (provider as Partial<Configurable>).withSettings === 'function';
}

/**
 * `provider` at another address of its Space (a duplicate or a local one). Only a single Space
 * provider has one: a model served by several Spaces resolves to a fallback chain.
 */
export function atBaseUrl(provider: Provider, baseUrl: string): Provider {
  if (!isConfigurable(provider)) {
    throw new InvalidRequestError(`a base URL needs one Space provider, and ${provider.name} is not one: name one with the provider option (--provider in the CLI).`);
  }
  return provider.withSettings({ baseUrl });
}
