import { ResponseStatusError } from '@g4f/core';
import type { KyInstance } from 'ky';
import { apiPrefixOf, type GradioConfig } from './gradio-config.js';
import { withRetry, type RetrySettings } from './retry-policy.js';
import { readJson, sendRequest } from './space-request.js';

/** Which Gradio protocol to speak: the queue where `/config` allows, or the REST call route. */
export type GradioProtocol = 'auto' | 'queue' | 'call';

/** Where and how a prediction is sent. */
export type SpaceRoute =
  | { protocol: 'queue'; apiUrl: string; config: GradioConfig }
  | { protocol: 'call'; apiUrl: string };

/** What choosing a route needs. */
export interface RouteRequest {
  http: KyInstance;
  baseUrl: string;
  apiName: string;
  protocol: GradioProtocol;
  /** The API prefix when `/config` is not read (the call route). */
  apiPrefix: string;
  provider: string;
  retry: RetrySettings;
  signal: AbortSignal;
}

const CONFIG_TTL_MS = 60_000;
const configCache = new Map<string, { expires: number; config: GradioConfig }>();

async function fetchConfig(request: RouteRequest): Promise<GradioConfig | undefined> {
  const cached = configCache.get(request.baseUrl);
  if (cached !== undefined && cached.expires > Date.now()) return cached.config;
  const step = { provider: request.provider, step: 'read the Space\'s /config' };
  try {
    const response = await withRetry(() => sendRequest(request.http, `${request.baseUrl}/config`, { method: 'get', signal: request.signal }, step), request.retry, request.signal);
    const config = (await readJson(response, step)) as GradioConfig;
    configCache.set(request.baseUrl, { expires: Date.now() + CONFIG_TTL_MS, config });
    return config;
  } catch (error) {
    // A Space without /config offers only the call route; anything else is a real failure.
    if (ResponseStatusError.isInstance(error) && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * Chooses the route: with `auto` the queue protocol where `/config` is readable (the endpoint is
 * then found in it, see `findQueueEndpoint`), else the REST call route.
 */
export async function resolveRoute(request: RouteRequest): Promise<SpaceRoute> {
  const callRoute: SpaceRoute = { protocol: 'call', apiUrl: `${request.baseUrl}${request.apiPrefix}` };
  if (request.protocol === 'call') return callRoute;
  const config = await fetchConfig(request);
  if (config === undefined) {
    if (request.protocol === 'queue') {
      throw new ResponseStatusError(`the Space has no /config, so the queue protocol cannot be used; use protocol "call".`, 404, '', { provider: request.provider });
    }
    return callRoute;
  }
  return { protocol: 'queue', apiUrl: `${request.baseUrl}${apiPrefixOf(config)}`, config };
}
