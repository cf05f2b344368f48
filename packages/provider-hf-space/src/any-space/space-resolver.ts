import type { ModelResolver } from '@g4f/core';
import { AnySpaceProvider } from './any-space-provider.js';
import { SPACE_PREFIX } from './space-model-name.js';

/** The registry's resolver of `space:owner/name[/endpoint]`: a provider for any Gradio chat or image Space. */
export const spaceResolver: ModelResolver = {
  prefix: SPACE_PREFIX,
  description: 'space:owner/name[/endpoint]: any Gradio chat or image Space by its id, mapped from its own API description',
  resolve: (name) => new AnySpaceProvider(name),
};
