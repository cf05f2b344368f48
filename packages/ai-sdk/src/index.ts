// Registers the Space providers, so that models resolve without another import.
import '@g4f/provider-hf-space';

export type { QueuePosition } from './answer-record.js';
export { PROVIDER_OPTIONS_KEY } from './call-options.js';
export { G4FImageModel } from './g4f-image-model.js';
export { G4FLanguageModel, PROVIDER_ID } from './g4f-language-model.js';
export { createG4F, g4f, type G4FProvider } from './g4f-provider.js';
export type { G4FSettings } from './g4f-settings.js';
