import { getProviderByName, InvalidRequestError, resolveModel, type Provider, type ResolvedModel, type ResolveOptions } from '@g4f/core';
import { atBaseUrl } from '@g4f/provider-hf-space';

type Chain = Provider & { withProviders?: (providers: Provider[]) => Provider };

/**
 * Turns a model id into the provider that answers it, through the registry (the one router),
 * with the providers named in `baseUrls` replaced by copies at those addresses.
 */
export class ModelRoute {
  private readonly relocated: ReadonlyMap<string, Provider>;

  /** Throws ProviderNotFoundError for a name that is no provider, InvalidRequestError for an address that is no http(s) URL. */
  constructor(baseUrls: Readonly<Record<string, string>> = {}) {
    this.relocated = new Map(Object.entries(baseUrls).map(([name, url]) => {
      const provider = getProviderByName(name);
      if (!/^https?:\/\/[^/]/i.test(url)) throw new InvalidRequestError(`baseUrls.${provider.name} must be an http(s) URL, not "${url}".`);
      return [provider.name, atBaseUrl(provider, url)];
    }));
  }

  /** The provider and model for a call: the registry's route, with relocated members at their addresses. */
  resolve(modelId: string, options: ResolveOptions = {}): ResolvedModel {
    const resolved = resolveModel(modelId, options);
    return { ...resolved, provider: this.relocate(resolved.provider) };
  }

  private relocate(provider: Provider): Provider {
    const members = provider.providers;
    if (members === undefined) return this.relocated.get(provider.name) ?? provider;
    if (!members.some((member) => this.relocated.has(member.name))) return provider;
    return (provider as Chain).withProviders?.(members.map((member) => this.relocate(member))) ?? provider;
  }
}
