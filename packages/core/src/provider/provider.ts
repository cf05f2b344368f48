import type { AsyncGeneratorProvider } from './async-generator-provider.js';
import type { ProviderFactFields } from './provider-facts.js';
import type { ProviderModels } from './provider-model-mixin.js';

/** A provider by shape: what the registry and fallback chains hold, classes or plain objects alike. */
export type Provider = ProviderFactFields &
  ProviderModels &
  Pick<AsyncGeneratorProvider, 'createAsyncGenerator' | 'createCompletion'> & {
    /** The providers a chain tries in turn; undefined for a provider that answers itself. */
    readonly providers?: readonly Provider[] | undefined;
  };
