import { isG4FError } from './g4f-error.js';
import { InvalidRequestError, ModelNotFoundError, ModelNotSupportedError, ProviderNotFoundError } from './lookup-errors.js';
import { MediaError } from './media-error.js';
import { MissingAuthError, QuotaExceededError, RateLimitError, TimeoutError } from './response-errors.js';

/**
 * What kind of failure an error is, for surfaces that answer each kind alike (a CLI's exit code,
 * a server's status): the caller's input, an unknown name, auth, quota, time, or the upstream.
 */
export type ErrorKind = 'invalid-request' | 'not-found' | 'auth' | 'quota' | 'timeout' | 'aborted' | 'upstream' | 'unexpected';

// Each class's isInstance also knows errors from another copy of the package.
const KINDS: readonly [ErrorKind, readonly { isInstance(error: unknown): boolean }[]][] = [
  ['invalid-request', [InvalidRequestError, MediaError]],
  ['not-found', [ModelNotFoundError, ModelNotSupportedError, ProviderNotFoundError]],
  ['auth', [MissingAuthError]],
  ['quota', [QuotaExceededError, RateLimitError]],
  ['timeout', [TimeoutError]],
];

/** The kind of `error`; any other g4f error is the upstream's failure, anything else unexpected. */
export function errorKind(error: unknown): ErrorKind {
  const found = KINDS.find(([, classes]) => classes.some((kind) => kind.isInstance(error)));
  if (found !== undefined) return found[0];
  if (error instanceof Error && error.name === 'AbortError') return 'aborted';
  return isG4FError(error) ? 'upstream' : 'unexpected';
}
