import { registerSecret, type CallOptions } from '@g4f/core';
import ky, { type KyInstance } from 'ky';
import { proxyFetch } from './proxy-fetch.js';

/** How to reach a Space over HTTP; every request of a call (upload, call, events) uses it. The token goes as `Authorization: Bearer`. */
export interface SpaceHttpSettings extends Pick<CallOptions, 'apiKey' | 'proxy'> {
  /** Extra headers for every request. Default: none. */
  headers?: Record<string, string> | undefined;
  /** The fetch to use (for tests or instrumentation). Default: the global fetch. */
  fetch?: typeof fetch | undefined;
}

/** The headers of every request to the Space: the settings' own, and the token. */
export function spaceHeaders(settings: SpaceHttpSettings): Record<string, string> {
  registerSecret(settings.apiKey);
  const headers: Record<string, string> = { ...settings.headers };
  if (settings.apiKey !== undefined && settings.apiKey !== '') headers.authorization = `Bearer ${settings.apiKey}`;
  return headers;
}

/** A ky instance that sends the token, headers and proxy on every request, and never retries itself. */
export function createSpaceHttp(settings: SpaceHttpSettings): KyInstance {
  const headers = spaceHeaders(settings);
  const baseFetch = settings.proxy === undefined ? settings.fetch : proxyFetch(settings.proxy);
  return ky.create({
    headers,
    // Retries are ours (p-retry), timeouts too: an answer may stream for minutes.
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    ...(baseFetch === undefined ? {} : { fetch: baseFetch }),
  });
}
