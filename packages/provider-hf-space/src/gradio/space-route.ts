import { ResponseStatusError, type SharedState } from '@g4f/core';
import type { KyInstance } from 'ky';
import { apiPrefixOf, parseGradioConfig, type GradioConfig } from './gradio-config.js';
import { SpaceApi } from './space-api.js';
import { readJson, sendRequest } from './space-request.js';

/** Which Gradio protocol to speak: the queue where `/config` allows, or the REST call route. */
export type GradioProtocol = 'auto' | 'queue' | 'call';

/** Where and how a prediction is sent. */
export type SpaceRoute =
  | { protocol: 'queue'; api: SpaceApi; config: GradioConfig }
  /** The call route; `config` where `/config` was read, to check the endpoint against. */
  | { protocol: 'call'; api: SpaceApi; config?: GradioConfig };

/** What choosing a route needs. */
export interface RouteRequest {
  http: KyInstance;
  baseUrl: string;
  apiName: string;
  protocol: GradioProtocol;
  /** The likely API prefix where `/config` is missing: tried first, then the other. */
  apiPrefix: string;
  provider: string;
  signal: AbortSignal;
  /** Where the Space's `/config` is cached. */
  cache: SharedState;
}

// Gradio 5 and later put the API under /gradio_api; Gradio 4 at the root.
const KNOWN_PREFIXES = ['/gradio_api', ''];
const CONFIG_TTL_MS = 60_000;

async function fetchConfig(request: RouteRequest): Promise<GradioConfig | undefined> {
  // Kept in the call's shared state: a server's replicas read a Space's /config once a minute between them.
  const cacheKey = `gradio-config:${request.baseUrl}`;
  const cached = await request.cache.readCached(cacheKey);
  if (cached !== undefined) return JSON.parse(cached) as GradioConfig;
  const step = { provider: request.provider, step: 'read the Space\'s /config' };
  let response: Response;
  try {
    response = await sendRequest(request.http, `${request.baseUrl}/config`, { method: 'get', signal: request.signal }, step);
  } catch (error) {
    // A Space without /config offers only the call route; anything else is a real failure.
    if (ResponseStatusError.isInstance(error) && error.status === 404) return undefined;
    throw error;
  }
  const config = parseGradioConfig(await readJson(response, step), step.step);
  await request.cache.writeCached(cacheKey, JSON.stringify(config), CONFIG_TTL_MS);
  return config;
}

/**
 * Chooses the route from `/config` (cached a minute per Space): its `api_prefix` for either
 * protocol, and with `auto` the queue protocol (the endpoint is then found in the config, see
 * `findQueueEndpoint`). Without `/config`, only the call route, at the prefix the first request finds.
 */
export async function resolveRoute(request: RouteRequest): Promise<SpaceRoute> {
  const config = await fetchConfig(request);
  if (config === undefined) {
    if (request.protocol === 'queue') {
      throw new ResponseStatusError(`the Space has no /config, so the queue protocol cannot be used; use protocol "call".`, 404, '', { provider: request.provider });
    }
    return { protocol: 'call', api: new SpaceApi(request.baseUrl, [request.apiPrefix, ...KNOWN_PREFIXES]) };
  }
  const api = new SpaceApi(request.baseUrl, [apiPrefixOf(config)]);
  if (request.protocol === 'call') return { protocol: 'call', api, config };
  return { protocol: 'queue', api, config };
}
