import { Service } from 'typedi';
import {
  InvalidRequestError,
  ModelNotFoundError,
  ProviderNotFoundError,
  ProviderNotWorkingError,
} from '../errors/lookup-errors.js';
import { FallbackProvider } from '../provider/fallback-provider.js';
import type { Provider } from '../provider/provider.js';
import { nearMatches } from './near-matches.js';
import { RegistrySettings } from './registry-settings.js';

/** One model as the registry knows it. */
export interface ModelListing {
  /** The model's name. */
  model: string;
  /** Other names that lead to it. */
  aliases: string[];
  /** Names of the providers that serve it. */
  providers: string[];
  /** What it takes: always text, and images where some provider accepts them. */
  takes: ('text' | 'image')[];
  /** What it gives: text (with reasoning where streamed apart), or images. */
  gives: ('text' | 'reasoning' | 'image')[];
}

function capabilities(provider: Provider, model: string): Pick<ModelListing, 'takes' | 'gives'> {
  const takes: ModelListing['takes'] = provider.visionModels.includes(model) ? ['text', 'image'] : ['text'];
  if (provider.imageModels.includes(model)) return { takes, gives: ['image'] };
  return { takes, gives: provider.reasoningModels.includes(model) ? ['text', 'reasoning'] : ['text'] };
}

function union<T>(a: T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** The providers known to this process, found by name or by the models they serve. */
@Service()
export class ProviderRegistry {
  private readonly providers = new Map<string, Provider>();

  constructor(readonly settings: RegistrySettings) {}

  /** Adds a provider; a provider of the same name is replaced only with `replace: true`. */
  register(provider: Provider, options: { replace?: boolean } = {}): void {
    const existing = this.providers.get(provider.name);
    if (existing !== undefined && existing !== provider && options.replace !== true) {
      throw new InvalidRequestError(`A provider named "${provider.name}" is already registered; pass { replace: true } to replace it.`);
    }
    this.providers.set(provider.name, provider);
  }

  /** Removes a provider by name; true if it was registered. */
  unregister(name: string): boolean {
    return this.providers.delete(name);
  }

  /** Every registered provider, in registration order. */
  all(): Provider[] {
    return [...this.providers.values()];
  }

  /** The provider with this name (case-insensitive); throws ProviderNotFoundError. */
  getProviderByName(name: string): Provider {
    const exact = this.providers.get(name);
    if (exact !== undefined) return exact;
    const lower = name.toLowerCase();
    const found = this.all().find((provider) => provider.name.toLowerCase() === lower);
    if (found === undefined) throw new ProviderNotFoundError(name, [...this.providers.keys()]);
    return found;
  }

  /**
   * The provider for a model name or alias: the only working provider that serves it, or a
   * fallback chain over all of them. Throws ModelNotFoundError listing near matches.
   */
  getProvider(model: string): Provider {
    const all = this.all().filter((provider) => servesModel(provider, model));
    const serving = all.filter((provider) => provider.working);
    const [first] = serving;
    const [broken] = all;
    if (first === undefined && broken !== undefined) throw new ProviderNotWorkingError(broken.name);
    if (first === undefined) {
      const names = this.listModels().flatMap((listing) => [listing.model, ...listing.aliases]);
      throw new ModelNotFoundError(model, nearMatches(model, names));
    }
    if (serving.length === 1) return first;
    return new FallbackProvider(serving, this.settings);
  }

  /** Every model with its aliases, the providers that serve it and what it can do. */
  listModels(): ModelListing[] {
    const listings = new Map<string, ModelListing>();
    for (const provider of this.all()) {
      for (const model of provider.getModels()) {
        const listing = listings.get(model) ?? { model, aliases: [], providers: [], takes: [], gives: [] };
        const { takes, gives } = capabilities(provider, model);
        listing.providers.push(provider.name);
        listing.takes = union(listing.takes, takes);
        listing.gives = union(listing.gives, gives);
        listings.set(model, listing);
      }
      for (const [alias, target] of Object.entries(provider.modelAliases)) {
        const listing = listings.get(target);
        if (listing !== undefined && !listing.aliases.includes(alias)) listing.aliases.push(alias);
      }
    }
    return [...listings.values()];
  }
}

function servesModel(provider: Provider, model: string): boolean {
  return provider.getModels().includes(model) || Object.hasOwn(provider.modelAliases, model);
}
