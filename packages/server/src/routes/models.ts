import { findListing, modelObject } from '@g4f/client';
import { ModelNotFoundError, type ModelListing, type SharedState } from '@g4f/core';
import type { Context, Hono } from 'hono';
import { errorResponse } from '../error-response.js';
import type { ServerEnv } from '../server-env.js';
import type { ServedProviders } from '../served-providers.js';
import type { ServerOptions } from '../server-options.js';

// A Space configured by its id is described for the list; a slow one must not hold the list up.
const DESCRIBE_TIMEOUT_MS = 10_000;

/** `GET /v1/models` and `GET /v1/models/{id}`: what this server serves. */
export function registerModelRoutes(app: Hono<ServerEnv>, served: ServedProviders, options: Pick<ServerOptions, 'upstreamApiKey' | 'proxy'>, state: SharedState): void {
  // The configured Spaces' listings, read with the server's token and proxy; a Space that cannot
  // be described is listed as its provider counts it, and logged (at most once a minute: it is
  // not asked again sooner).
  const listingsFor = (c: Context<ServerEnv>): Promise<ModelListing[]> => {
    const signal = AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(DESCRIBE_TIMEOUT_MS)]);
    return served.listings({ apiKey: options.upstreamApiKey, proxy: options.proxy, signal, sharedState: state }, (provider, error) => {
      const reason = error instanceof Error ? error.message : String(error);
      c.get('logger').warn({ provider, reason }, 'could not read the Space\'s description for the model list; listed with what an undescribed Space may take and give');
    });
  };

  app.get('/v1/models', async (c) => c.json({ object: 'list', data: (await listingsFor(c)).map(modelObject) }));

  // A model id may hold a slash, which clients send encoded or not.
  app.get('/v1/models/:id{.+}', async (c) => {
    const id = c.req.param('id');
    const listing = findListing(await listingsFor(c), id, (name) => served.resolve(name).model);
    if (listing === undefined) return errorResponse(c, new ModelNotFoundError(id, []));
    c.get('note').model = listing.model;
    return c.json(modelObject(listing));
  });
}
