import { MemorySharedState, type SharedState } from '@g4f/core';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { HTTPException } from 'hono/http-exception';
import { errorResponse } from './error-response.js';
import { afterResponse } from './middleware/after-response.js';
import { requireApiKey } from './middleware/api-key.js';
import { limitBody } from './middleware/body-limit.js';
import { limitRate } from './middleware/rate-limit.js';
import { requestLog } from './middleware/request-log.js';
import { errorBody } from './openai-error.js';
import { parseRateLimit } from './rate-limit.js';
import { RequestImages } from './request-images.js';
import { registerChatCompletionsRoute } from './routes/chat-completions.js';
import { registerImageRoutes } from './routes/images-generations.js';
import { registerModelRoutes } from './routes/models.js';
import { registerResponsesRoutes } from './routes/responses.js';
import { registerWebPageRoutes } from './routes/web-page.js';
import type { ServerEnv } from './server-env.js';
import { createServerLogger } from './server-logger.js';
import { DEFAULT_BODY_LIMIT, type ServerOptions } from './server-options.js';
import { DEFAULT_RESPONSE_TTL, StoredResponses } from './stored-responses.js';
import { Upstream } from './upstream.js';

const ROUTES = 'GET / (the chat page), GET /v1/models, GET /v1/models/{id}, POST /v1/chat/completions, POST /v1/responses, GET /v1/responses/{id} and POST /v1/images/generations';

/**
 * The OpenAI-compatible app: models, chat completions, responses and image generation, and the
 * chat page at `/`; it logs to `logger` (default: built from the options) and keeps cooldowns,
 * slots, rate windows and cached Space descriptions in `state` (default: this process's memory;
 * `startServer` opens Redis for `redisUrl`).
 */
export function createApp(options: ServerOptions = {}, logger: Logger = createServerLogger(options), state: SharedState = new MemorySharedState()): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  const rateLimit = options.rateLimit === undefined ? undefined : parseRateLimit(options.rateLimit);
  const upstream = new Upstream(options, state);
  const images = new RequestImages(options);
  const { apiKey } = options;

  app.use('*', afterResponse(), requestLog(logger));
  if (apiKey !== undefined && apiKey !== '') app.use('/v1/*', requireApiKey(apiKey));
  if (rateLimit !== undefined) app.use('/v1/*', limitRate(rateLimit, state));
  app.use('/v1/*', limitBody(options.bodyLimit ?? DEFAULT_BODY_LIMIT));

  registerModelRoutes(app, upstream.served, options, state);
  registerChatCompletionsRoute(app, upstream, images);
  registerResponsesRoutes(app, upstream, images, new StoredResponses(state, options.responseTtl ?? DEFAULT_RESPONSE_TTL));
  registerImageRoutes(app, upstream);
  registerWebPageRoutes(app);

  app.notFound((c) => c.json(errorBody(`No route ${c.req.method} ${c.req.path}; this server offers ${ROUTES}.`, 'invalid_request_error', 'not_found'), 404));
  // Middleware (auth) answers through HTTPException; everything else maps to OpenAI's errors.
  app.onError((error, c) => (error instanceof HTTPException ? error.getResponse() : errorResponse(c, error)));
  return app;
}
