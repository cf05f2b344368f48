export { errorKind, type ErrorKind } from './error-kind.js';
export { G4FError, isG4FError, type G4FErrorOptions } from './g4f-error.js';
export {
  InvalidRequestError,
  ModelNotFoundError,
  ModelNotSupportedError,
  ProviderNotFoundError,
  ProviderNotWorkingError,
} from './lookup-errors.js';
export { MediaError } from './media-error.js';
export { PromptTooLongError } from './prompt-too-long-error.js';
export { excerptBody, parseRetryAfter, raiseForStatus, RETRYABLE_STATUSES, type RequestContext } from './raise-for-status.js';
export { redactCause, redactSecrets, registerSecret } from './redact-secrets.js';
export type { ProviderFailure } from './provider-failure.js';
export {
  ConnectionError,
  EmptyAnswerError,
  MissingAuthError,
  QuotaExceededError,
  RateLimitError,
  ResponseError,
  ResponseStatusError,
  TimeoutError,
  UnreadableAnswerError,
  type ResponseErrorOptions,
} from './response-errors.js';
export { RetryNoProviderError, RetryProviderError } from './retry-provider-error.js';
export { SpaceUnavailableError } from './space-unavailable-error.js';
