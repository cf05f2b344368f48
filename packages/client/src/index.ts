// Registers the Space providers, so that models resolve without another import.
import '@g4f/provider-hf-space';

export type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParams, CompletionUsage, FinishReason } from './chat-types.js';
export { Client } from './client.js';
export type { ClientOptions } from './client-options.js';
export { Completions } from './completions.js';
export { Images, type Image, type ImageGenerateParams, type ImagesResponse } from './images.js';
export { findListing, modelObject, Models, type Model } from './models.js';
