import { listModels, ModelNotFoundError, resolveModel, type ModelListing } from '@g4f/core';

/** A model as OpenAI's API lists it, plus g4f's aliases and what it takes and gives. */
export interface Model {
  /** The model's name: "qwen-qvq-72b-preview". */
  id: string;
  /** Always "model". */
  object: 'model';
  /** Always 0: Spaces give no date. */
  created: number;
  /** The providers that serve it, comma-separated. */
  owned_by: string;
  /** Other names that mean it: "qvq-72b". */
  aliases: string[];
  /** What it takes: text, image, audio. */
  takes: ModelListing['takes'];
  /** What it gives: text, reasoning, image. */
  gives: ModelListing['gives'];
}

/** A registry listing as OpenAI's model object. */
export function modelObject(listing: ModelListing): Model {
  return { id: listing.model, object: 'model', created: 0, owned_by: listing.providers.join(', '), aliases: listing.aliases, takes: listing.takes, gives: listing.gives };
}

/** The listing a name leads to: a model or an alias (any case), or what the router makes of it (g4f's ids). */
export function findListing(listings: readonly ModelListing[], name: string, resolve: (name: string) => string = (model) => resolveModel(model).model): ModelListing | undefined {
  const wanted = name.trim().toLowerCase();
  if (wanted === '') return undefined;
  const named = listings.find((listing) => [listing.model, ...listing.aliases].some((candidate) => candidate.toLowerCase() === wanted));
  if (named !== undefined) return named;
  try {
    const model = resolve(name);
    return listings.find((listing) => listing.model === model);
  } catch {
    return undefined;
  }
}

/** `client.models`: the models of the registered providers, as OpenAI lists them. */
export class Models {
  /** Every model, with its aliases, providers and what it takes and gives. */
  async list(): Promise<{ object: 'list'; data: Model[] }> {
    return Promise.resolve({ object: 'list', data: listModels().map(modelObject) });
  }

  /** One model by name or alias; a ModelNotFoundError when none is registered. */
  async retrieve(id: string): Promise<Model> {
    const listing = findListing(listModels(), id);
    if (listing === undefined) throw new ModelNotFoundError(id, []);
    return Promise.resolve(modelObject(listing));
  }
}
