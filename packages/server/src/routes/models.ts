import { findListing, modelObject } from '@g4f/client';
import { ModelNotFoundError } from '@g4f/core';
import type { Hono } from 'hono';
import { errorResponse } from '../error-response.js';
import type { ServerEnv } from '../server-env.js';
import type { ServedProviders } from '../served-providers.js';

/** `GET /v1/models` and `GET /v1/models/{id}`: what this server serves. */
export function registerModelRoutes(app: Hono<ServerEnv>, served: ServedProviders): void {
  app.get('/v1/models', (c) => c.json({ object: 'list', data: served.listings().map(modelObject) }));

  // A model id may hold a slash, which clients send encoded or not.
  app.get('/v1/models/:id{.+}', (c) => {
    const id = c.req.param('id');
    const listing = findListing(served.listings(), id, (name) => served.resolve(name).model);
    if (listing === undefined) return errorResponse(c, new ModelNotFoundError(id, []));
    c.get('note').model = listing.model;
    return c.json(modelObject(listing));
  });
}
