import type { Provider } from '../provider/provider.js';
import type { ModelListing } from './model-listing.js';
import { ProviderRegistry, type ResolveOptions, type ResolvedModel } from './provider-registry.js';
import { MODEL_RESOLVER_TOKEN, type ModelResolver } from './model-resolver.js';
import { PROVIDER_TOKEN } from './provider-token.js';
import { Container } from './typedi-container.js';

/** The registry of this process, from the typedi container. */
export function getRegistry(): ProviderRegistry {
  return Container.get(ProviderRegistry);
}

/** Adds providers to the registry through typedi; one of a name already there replaces it. */
export function registerProvider(...providers: Provider[]): void {
  for (const provider of providers) Container.set({ id: PROVIDER_TOKEN, multiple: true, value: provider });
}

/** Adds a resolver of model names by prefix (`space:`); one of a prefix already there replaces it. */
export function registerModelResolver(...resolvers: ModelResolver[]): void {
  for (const resolver of resolvers) Container.set({ id: MODEL_RESOLVER_TOKEN, multiple: true, value: resolver });
}

/** The provider (or fallback chain) for a model name, alias or provider name; '' for the default chat model. */
export function getProvider(model: string): Provider {
  return getRegistry().resolve(model).provider;
}

/** The provider and model for a call, as every surface asks for them (see ProviderRegistry.resolve). */
export function resolveModel(model: string | undefined, options?: ResolveOptions): ResolvedModel {
  return getRegistry().resolve(model, options);
}

/** The registered provider with this name. */
export function getProviderByName(name: string): Provider {
  return getRegistry().getProviderByName(name);
}

/** Every registered model, with aliases, providers and capabilities. */
export function listModels(): ModelListing[] {
  return getRegistry().listModels();
}
