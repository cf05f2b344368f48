import { FallbackProvider } from '@g4f/core';
import { hfSpaceProviders } from './space-providers.js';

/**
 * Every Hugging Face Space provider as one, as g4f's HuggingSpace: for a model it tries each Space
 * that serves it, falls back before the first content, and raises one error keeping each Space's
 * failure. '' picks the default model, with an image the default vision model.
 */
export const HuggingSpace = new FallbackProvider(hfSpaceProviders, {
  name: 'HuggingSpace',
  label: 'Hugging Face Spaces',
  url: 'https://huggingface.co/spaces',
});
