import { registerSecret, type CallOptions } from '@g4f/core';
import ky, { isHTTPError, type KyInstance } from 'ky';
import { proxyFetch } from './proxy-fetch.js';
import { kyRetry, type RetrySettings } from './retry-policy.js';

/** How long a request may wait for its answer to begin, by default. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** How to reach a Space over HTTP; every request of a call (upload, call, events) uses it. The token goes as `Authorization: Bearer`. */
export interface SpaceHttpSettings extends Pick<CallOptions, 'apiKey' | 'proxy'> {
  /** Extra headers for every request. Default: none. */
  headers?: Record<string, string> | undefined;
  /** The fetch to use (for tests or instrumentation). Default: the global fetch. */
  fetch?: typeof fetch | undefined;
  /** Retries of a request before its answer arrived, never once an answer is read. Default: 2 retries, 0.5 s then 1 s. */
  retry?: RetrySettings | undefined;
  /**
   * Milliseconds each short request (`/config`, joining the queue, starting a call, the Hub) may
   * wait for its answer to begin. Uploads and event streams have none: `timeout` and
   * `idleTimeout` bound them. Default: 30000.
   */
  requestTimeout?: number | undefined;
}

/** The headers of every request to the Space: the settings' own, and the token. */
export function spaceHeaders(settings: SpaceHttpSettings): Record<string, string> {
  registerSecret(settings.apiKey);
  const headers: Record<string, string> = { ...settings.headers };
  if (settings.apiKey !== undefined && settings.apiKey !== '') headers.authorization = `Bearer ${settings.apiKey}`;
  return headers;
}

/** A ky instance for the short requests: the token, headers and proxy on each, with ky's retries and timeout. */
export function createSpaceHttp(settings: SpaceHttpSettings): KyInstance {
  const headers = spaceHeaders(settings);
  const baseFetch = settings.proxy === undefined ? settings.fetch : proxyFetch(settings.proxy);
  return ky.create({
    headers,
    retry: kyRetry(settings.retry ?? {}),
    timeout: settings.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_MS,
    // ky leaves a failed try's body unread, which keeps its connection open: close it before the next try.
    hooks: { beforeRetry: [cancelFailedBody] },
    ...(baseFetch === undefined ? {} : { fetch: baseFetch }),
  });
}

async function cancelFailedBody({ error }: { error: Error }): Promise<void> {
  if (isHTTPError(error)) await error.response.body?.cancel().catch(() => undefined);
}
