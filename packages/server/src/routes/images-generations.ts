import type { Hono } from 'hono';
import { errorResponse } from '../error-response.js';
import { parseImageRequest } from '../parse-image-request.js';
import type { ServerEnv } from '../server-env.js';
import type { Upstream } from '../upstream.js';

/** `POST /v1/images/generations`: an image Space draws the prompt; the image as its URL on the Space or as base64. */
export function registerImageRoutes(app: Hono<ServerEnv>, upstream: Upstream): void {
  app.post('/v1/images/generations', async (c) => {
    try {
      const request = parseImageRequest(await c.req.json().catch(() => undefined));
      const route = upstream.route(c, request.model, { task: 'image', provider: request.provider });
      // The client leaving aborts the request's signal, which cancels the Space's job.
      const { created, data } = await route.client.images.generate({ ...request, model: route.model, provider: undefined, signal: c.req.raw.signal });
      return c.json({ created, data });
    } catch (error) {
      return errorResponse(c, error);
    }
  });
}
