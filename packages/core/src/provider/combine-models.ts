import type { ProviderModels } from './provider-model-mixin.js';

/** The model lists of several providers merged, each model once, for chains and aggregators. */
export type CombinedModels = Pick<ProviderModels, 'models' | 'modelAliases' | 'visionModels' | 'imageModels' | 'reasoningModels'>;

function unique(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** Merges the models, aliases and capabilities of `providers`; earlier providers win an alias. */
export function combineModels(providers: readonly ProviderModels[]): CombinedModels {
  return {
    models: unique(providers.map((provider) => provider.getModels())),
    modelAliases: Object.assign({}, ...[...providers].reverse().map((provider) => provider.modelAliases)) as Record<string, string>,
    visionModels: unique(providers.map((provider) => provider.visionModels)),
    imageModels: unique(providers.map((provider) => provider.imageModels)),
    reasoningModels: unique(providers.map((provider) => provider.reasoningModels)),
  };
}
