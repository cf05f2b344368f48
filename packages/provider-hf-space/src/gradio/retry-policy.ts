import { setTimeout as sleep } from 'node:timers/promises';
import { parseRetryAfter, RETRYABLE_STATUSES } from '@g4f/core';
import { isHTTPError, type RetryOptions } from 'ky';
import pRetry from 'p-retry';

/** When a request is tried again; it is only before the request's answer arrived. */
export interface RetrySettings {
  /** Extra tries after a failure that may pass (network error, 408, 429, 502-504). Default: 2. */
  retries?: number | undefined;
  /** Milliseconds before the first retry; doubles each time. Default: 500. */
  minDelay?: number | undefined;
  /** The longest wait between tries, in milliseconds. Default: 5000. */
  maxDelay?: number | undefined;
  /** The longest `Retry-After` honoured, in seconds; a longer one is not waited for. Default: 30. */
  maxRetryAfter?: number | undefined;
}

// The defaults RetrySettings documents, for ky and p-retry alike.
function withDefaults({ retries = 2, minDelay = 500, maxDelay = 5000, maxRetryAfter = 30 }: RetrySettings) {
  return { retries, minDelay, maxDelay, maxRetryAfter };
}

/** RetrySettings as ky's retry options, for the short requests. ky waits for a 429's or 503's `Retry-After` instead of its backoff. */
export function kyRetry(settings: RetrySettings): RetryOptions {
  const { retries, minDelay, maxDelay, maxRetryAfter } = withDefaults(settings);
  return {
    limit: retries,
    // Gradio's upload, join and call are POSTs, which ky leaves alone by default.
    methods: ['get', 'post'],
    statusCodes: [...RETRYABLE_STATUSES],
    delay: (attempt) => minDelay * 2 ** (attempt - 1),
    backoffLimit: maxDelay,
    // ky would wait maxRetryAfter and try anyway; the caller gets the error and its retryAfter instead.
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      const retryAfter = parseRetryAfter(error.response.headers.get('retry-after'));
      return retryAfter !== undefined && retryAfter > maxRetryAfter ? false : undefined;
    },
  };
}

// Network failures after which the Space cannot have received the request: it was never connected.
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function neverSent(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && NEVER_SENT.has(code);
}

/**
 * ky's retry options for a request that starts a job on the Space (joining the queue, starting a
 * call): a status that refused it is retried as any other request, but a connection that broke
 * after it was sent is not, since the Space may have started the job, and a second try would
 * start a second one on the caller's quota. Only a failure to connect is tried again.
 */
export function jobStartRetry(settings: RetrySettings): RetryOptions {
  const retry = kyRetry(settings);
  return {
    ...retry,
    shouldRetry: (state) => (isHTTPError(state.error) ? retry.shouldRetry?.(state) : neverSent(state.error) ? undefined : false),
  };
}

function retryAfterOf(error: unknown): number | undefined {
  const value = (error as { retryAfter?: unknown }).retryAfter;
  return typeof value === 'number' ? value : undefined;
}

function isRetryable(error: unknown): boolean {
  return (error as { retryable?: unknown }).retryable === true;
}

/**
 * Runs `attempt` until it succeeds or fails for good; a caller's abort is never retried. It opens
 * the event stream, which Node's HTTP client carries, not ky (see `openEventStream`).
 */
export async function withRetry<T>(attempt: () => Promise<T>, settings: RetrySettings, signal: AbortSignal): Promise<T> {
  const { retries, minDelay, maxDelay, maxRetryAfter } = withDefaults(settings);
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
