import { Container } from 'typedi';
import type { Provider } from '../provider/provider.js';
import { ProviderRegistry, type ModelListing } from './provider-registry.js';

/** The registry of this process, from the typedi container. */
export function getRegistry(): ProviderRegistry {
  return Container.get(ProviderRegistry);
}

/** Adds providers to the process's registry (packages call this for their own providers). */
export function registerProvider(...providers: Provider[]): void {
  const registry = getRegistry();
  for (const provider of providers) registry.register(provider, { replace: true });
}

/** The provider (or fallback chain) for a model name or alias. */
export function getProvider(model: string): Provider {
  return getRegistry().getProvider(model);
}

/** The registered provider with this name. */
export function getProviderByName(name: string): Provider {
  return getRegistry().getProviderByName(name);
}

/** Every registered model, with aliases, providers and capabilities. */
export function listModels(): ModelListing[] {
  return getRegistry().listModels();
}
