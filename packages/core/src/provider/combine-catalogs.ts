import { defaultModelOfKind, servedModels, type ModelCatalog, type ModelKind } from './model-catalog.js';

/** The default model of each kind that a list of catalogs offers; undefined where none has one. */
export type DefaultModels = Record<ModelKind, string | undefined>;

/**
 * The defaults of several providers: of each kind, the first provider's that has one. So the
 * order of a provider list is its preference. Chat falls back to any model that is no image model.
 */
export function defaultModels(catalogs: readonly ModelCatalog[]): DefaultModels {
  const first = (kind: ModelKind): string | undefined => catalogs.map((catalog) => defaultModelOfKind(catalog, kind)).find((model) => model !== undefined);
  const anyText = catalogs.flatMap(servedModels).find((model) => !catalogs.some((catalog) => catalog.imageModels.includes(model)));
  return { chat: first('chat') ?? anyText, vision: first('vision'), image: first('image') };
}

function unique(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** One catalog for several providers (a chain): each model once; an earlier provider wins an alias. */
export function combineCatalogs(catalogs: readonly ModelCatalog[]): ModelCatalog {
  const defaults = defaultModels(catalogs);
  return {
    defaultModel: defaults.chat ?? defaults.image ?? '',
    models: unique(catalogs.map(servedModels)),
    modelAliases: Object.assign({}, ...[...catalogs].reverse().map((catalog) => catalog.modelAliases)) as Record<string, string>,
    visionModels: unique(catalogs.map((catalog) => catalog.visionModels)),
    audioModels: unique(catalogs.map((catalog) => catalog.audioModels)),
    imageModels: unique(catalogs.map((catalog) => catalog.imageModels)),
    reasoningModels: unique(catalogs.map((catalog) => catalog.reasoningModels)),
  };
}
