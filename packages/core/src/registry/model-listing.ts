import { servedModels } from '../provider/model-catalog.js';
import type { Provider } from '../provider/provider.js';

/** One model as the registry knows it. */
export interface ModelListing {
  /** The model's name. */
  model: string;
  /** Other names that lead to it. */
  aliases: string[];
  /** Names of the providers that serve it. */
  providers: string[];
  /** What it takes: always text, and images and audio where some provider accepts them. */
  takes: ('text' | 'image' | 'audio')[];
  /** What it gives: text (with reasoning where streamed apart), or images. */
  gives: ('text' | 'reasoning' | 'image')[];
}

function capabilities(provider: Provider, model: string): Pick<ModelListing, 'takes' | 'gives'> {
  const takes: ModelListing['takes'] = ['text'];
  if (provider.visionModels.includes(model)) takes.push('image');
  if (provider.audioModels.includes(model)) takes.push('audio');
  if (provider.imageModels.includes(model)) return { takes, gives: ['image'] };
  return { takes, gives: provider.reasoningModels.includes(model) ? ['text', 'reasoning'] : ['text'] };
}

function union<T>(a: T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** Every model of the providers, with its aliases, the providers that serve it and what it can do. */
export function listModelsOf(providers: readonly Provider[]): ModelListing[] {
  const listings = new Map<string, ModelListing>();
  for (const provider of providers) {
    for (const model of servedModels(provider)) {
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
