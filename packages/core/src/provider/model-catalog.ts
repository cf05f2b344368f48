import { ModelNotSupportedError } from '../errors/lookup-errors.js';
import { MediaError } from '../errors/media-error.js';
import type { ProviderFactFields } from './provider-facts.js';

/** The model facts of a provider: its default, models, aliases and capabilities. */
export type ModelCatalog = Pick<ProviderFactFields, 'defaultModel' | 'models' | 'modelAliases' | 'visionModels' | 'audioModels' | 'imageModels' | 'reasoningModels'>;

/** What a model is for, when a call names none: answer text, look at an image, or draw one. */
export type ModelKind = 'chat' | 'vision' | 'image';

/** Every model served: the default, the listed, vision, image and reasoning models, alias targets. */
export function servedModels(catalog: ModelCatalog): string[] {
  const { defaultModel, models, visionModels, imageModels, reasoningModels, modelAliases } = catalog;
  return [...new Set([defaultModel, ...models, ...visionModels, ...imageModels, ...reasoningModels, ...Object.values(modelAliases)])];
}

/**
 * The model a name means in this catalog: '' the default, a model itself, an alias its target,
 * and otherwise a unique case-insensitive match. Undefined when it means none (or two).
 */
export function findModel(catalog: ModelCatalog, name: string): string | undefined {
  const wanted = name.trim();
  if (wanted === '') return catalog.defaultModel;
  const models = servedModels(catalog);
  if (models.includes(wanted)) return wanted;
  if (Object.hasOwn(catalog.modelAliases, wanted)) return catalog.modelAliases[wanted];
  const lower = wanted.toLowerCase();
  const targets = new Set([
    ...models.filter((model) => model.toLowerCase() === lower),
    ...Object.entries(catalog.modelAliases).flatMap(([alias, target]) => (alias.toLowerCase() === lower ? [target] : [])),
  ]);
  return targets.size === 1 ? [...targets][0] : undefined;
}

/** Every name that leads to a model here: the models, then the aliases. */
export function modelNames(catalog: ModelCatalog): string[] {
  return [...servedModels(catalog), ...Object.keys(catalog.modelAliases)];
}

/**
 * This catalog's model of a kind: for images and vision its default where it is of that kind,
 * else its first of that kind; for chat its default where it neither draws nor looks, else its
 * first such model. Undefined when it has none.
 */
export function defaultModelOfKind(catalog: ModelCatalog, kind: ModelKind): string | undefined {
  const { defaultModel, visionModels, imageModels } = catalog;
  const isKind = (model: string): boolean => {
    if (kind === 'image') return imageModels.includes(model);
    if (kind === 'vision') return visionModels.includes(model);
    return !imageModels.includes(model) && !visionModels.includes(model);
  };
  return isKind(defaultModel) ? defaultModel : servedModels(catalog).find(isKind);
}

/** The model a name means in a provider's catalog; throws ModelNotSupportedError listing every valid name. */
export function requireModel(catalog: ModelCatalog & { readonly name: string }, name: string): string {
  const found = findModel(catalog, name);
  if (found === undefined) throw new ModelNotSupportedError(name.trim(), modelNames(catalog), { provider: catalog.name });
  return found;
}

/**
 * The model a call goes to: '' with media means the provider's vision model. Throws
 * ModelNotSupportedError for an unknown name, and MediaError for media sent to a model that takes
 * none, or audio parts to one that takes no audio. (Whether a file in `options.media` is an image
 * or audio is known once it is read; the provider checks that.)
 */
export function modelForCall(catalog: ModelCatalog & { readonly name: string }, name: string, hasMedia: boolean, hasAudio = false): string {
  const model = requireModel(catalog, name.trim() === '' && hasMedia ? (defaultModelOfKind(catalog, 'vision') ?? name) : name);
  if (hasAudio && !catalog.audioModels.includes(model)) throw noAudio(catalog, model);
  if (hasMedia && !catalog.visionModels.includes(model) && !catalog.audioModels.includes(model)) {
    const vision = catalog.visionModels.length === 0 ? 'this provider has no vision model' : `its vision models: ${catalog.visionModels.join(', ')}`;
    throw new MediaError(`model ${model} takes no images (${vision}); send the question without images, or pick a vision model.`, { provider: catalog.name });
  }
  return model;
}

/** The MediaError for audio sent to a model that takes none. */
export function noAudio(catalog: Pick<ModelCatalog, 'audioModels'> & { readonly name: string }, model: string): MediaError {
  const listening = catalog.audioModels.length === 0 ? 'this provider has no model that takes audio' : `its models that take audio: ${catalog.audioModels.join(', ')}`;
  return new MediaError(`model ${model} takes no audio (${listening}); send the question without audio, or pick a model that takes it.`, { provider: catalog.name });
}
