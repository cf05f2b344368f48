import type { AsyncGeneratorProvider } from './async-generator-provider.js';
import type { ProviderModels } from './provider-model-mixin.js';

/** A provider with its models, by shape: what the registry and fallback chains hold. */
export type Provider = Pick<
  AsyncGeneratorProvider,
  | 'name'
  | 'label'
  | 'url'
  | 'working'
  | 'needsAuth'
  | 'supportsStream'
  | 'supportsSystemMessage'
  | 'supportsMessageHistory'
  | 'createAsyncGenerator'
  | 'createCompletion'
> &
  ProviderModels;
