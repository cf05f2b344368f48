import { setTimeout as sleep } from 'node:timers/promises';
import pRetry from 'p-retry';

/** When to try a request again; retries happen only before any answer reached the caller. */
export interface RetrySettings {
  /** Extra tries after a failure that may pass (network error, 429, 502-504). Default: 2. */
  retries?: number | undefined;
  /** Milliseconds before the first retry; doubles each time. Default: 500. */
  minDelay?: number | undefined;
  /** The longest wait between tries, in milliseconds. Default: 5000. */
  maxDelay?: number | undefined;
  /** The longest `Retry-After` honoured, in seconds; a longer one is not waited for. Default: 30. */
  maxRetryAfter?: number | undefined;
}

function retryAfterOf(error: unknown): number | undefined {
  const value = (error as { retryAfter?: unknown }).retryAfter;
  return typeof value === 'number' ? value : undefined;
}

function isRetryable(error: unknown): boolean {
  return (error as { retryable?: unknown }).retryable === true;
}

/** Runs `attempt` until it succeeds or fails for good; a caller's abort is never retried. */
export async function withRetry<T>(attempt: () => Promise<T>, settings: RetrySettings, signal: AbortSignal): Promise<T> {
  const { retries = 2, minDelay = 500, maxDelay = 5000, maxRetryAfter = 30 } = settings;
  return pRetry(attempt, {
    retries,
    signal,
    minTimeout: minDelay,
    maxTimeout: maxDelay,
    shouldRetry: ({ error }) => {
      if (signal.aborted || !isRetryable(error)) return false;
      const retryAfter = retryAfterOf(error);
      return retryAfter === undefined || retryAfter <= maxRetryAfter;
    },
    onFailedAttempt: async ({ error, retriesLeft }) => {
      // Honour Retry-After on top of the backoff; p-retry does not know the header.
      const retryAfter = retryAfterOf(error);
      if (retriesLeft > 0 && retryAfter !== undefined && retryAfter <= maxRetryAfter && isRetryable(error)) {
        await sleep(retryAfter * 1000, undefined, { signal });
      }
    },
  });
}
