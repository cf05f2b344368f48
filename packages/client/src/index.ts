// Registers the Space providers, so that models resolve without another import.
import '@g4f/provider-hf-space';

export type { APIPromise, WithResponse } from './api-promise.js';
export { ChatCompletionStream, type ChatCompletionStreamEvents, type ChatCompletionStreamListener } from './chat-completion-stream.js';
export { checkChatRequest, type ChatRequest } from './chat-request.js';
export type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
  ChatCompletionMessage,
  CompletionUsage,
  FinishReason,
  RequestOptions,
} from './chat-types.js';
export { Client } from './client.js';
export type { ClientOptions } from './client-options.js';
export { Completions } from './completions.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  toAPIError,
  UnprocessableEntityError,
} from './errors/api-error.js';
export { errorObject, openAIErrorFields, type OpenAIErrorFields, type OpenAIErrorObject } from './errors/openai-error-fields.js';
export { Stream } from './stream.js';
export { Images, type Image, type ImageGenerateParams, type ImagesResponse } from './images.js';
export { findListing, modelObject, Models, type Model } from './models.js';
