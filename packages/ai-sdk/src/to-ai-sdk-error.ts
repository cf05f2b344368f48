import { APICallError, NoSuchModelError } from '@ai-sdk/provider';
import { openAIErrorFields } from '@g4f/client';
import { errorKind, isG4FError, ResponseStatusError } from '@g4f/core';

/** What an error needs to say which call failed. */
export interface FailedCall {
  /** The model id the caller gave. */
  modelId: string;
  modelType: 'languageModel' | 'imageModel';
  /** The address of the Space (or chain) that was asked. */
  url: string;
  /** What was asked, without images or keys. */
  requestBodyValues: unknown;
}

/**
 * A g4f error as the AI SDK's: an unknown model is a NoSuchModelError; every other failure an
 * APICallError with the status the g4f server would answer (or the Space's own HTTP status),
 * `isRetryable` from the error's `retryable`, and a `retry-after` header when the Space said when.
 * An abort or an error that is no g4f error (a bug) is given back as it is.
 */
export function toAISDKError(error: unknown, call: FailedCall): unknown {
  if (!isG4FError(error)) return error;
  const kind = errorKind(error);
  if (kind === 'not-found') return new NoSuchModelError({ modelId: call.modelId, modelType: call.modelType, message: error.message });
  const { status, retryAfter } = { retryAfter: undefined, ...openAIErrorFields(error) };
  const statusCode = ResponseStatusError.isInstance(error) ? error.status : status;
  return new APICallError({
    message: error.message,
    url: call.url,
    requestBodyValues: call.requestBodyValues,
    statusCode,
    ...(retryAfter === undefined ? {} : { responseHeaders: { 'retry-after': String(retryAfter) } }),
    isRetryable: error.retryable,
    cause: error,
    data: { kind, provider: error.provider },
  });
}
