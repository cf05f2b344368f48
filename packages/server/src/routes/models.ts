import { ModelNotFoundError, type ModelListing } from '@g4f/core';
import type { Hono } from 'hono';
import { errorResponse } from '../error-response.js';
import type { ServerEnv } from '../server-env.js';
import type { ServedProviders } from '../served-providers.js';

/** A model as OpenAI's API lists it, plus g4f's aliases and what it takes and gives. */
function modelObject(listing: ModelListing) {
  return { id: listing.model, object: 'model' as const, created: 0, owned_by: listing.providers.join(', '), aliases: listing.aliases, takes: listing.takes, gives: listing.gives };
}

/** The listing a name leads to: a model or an alias (any case), or what the router makes of it (g4f's ids). */
function findListing(served: ServedProviders, name: string): ModelListing | undefined {
  const listings = served.listings();
  const wanted = name.trim().toLowerCase();
  const named = listings.find((listing) => [listing.model, ...listing.aliases].some((candidate) => candidate.toLowerCase() === wanted));
  if (named !== undefined || wanted === '') return named;
  try {
    const { model } = served.resolve(name);
    return listings.find((listing) => listing.model === model);
  } catch {
    return undefined;
  }
}

/** `GET /v1/models` and `GET /v1/models/{id}`: what this server serves. */
export function registerModelRoutes(app: Hono<ServerEnv>, served: ServedProviders): void {
  app.get('/v1/models', (c) => c.json({ object: 'list', data: served.listings().map(modelObject) }));

  // A model id may hold a slash, which clients send encoded or not.
  app.get('/v1/models/:id{.+}', (c) => {
    const id = c.req.param('id');
    const listing = findListing(served, id);
    if (listing === undefined) return errorResponse(c, new ModelNotFoundError(id, []));
    c.get('note').model = listing.model;
    return c.json(modelObject(listing));
  });
}
