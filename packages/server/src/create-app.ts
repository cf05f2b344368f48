import { timingSafeEqual } from 'node:crypto';
import { listModels } from '@g4f/core';
import { Client } from '@g4f/client';
import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { errorBody, errorResponse } from './openai-error.js';
import { chatCompletionsRoute } from './routes/chat-completions.js';
import { DEFAULT_BODY_LIMIT, type ServerOptions } from './server-options.js';

function sameKey(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The OpenAI-compatible app: `GET /v1/models`, `POST /v1/chat/completions` (streaming or not). */
export function createApp(options: ServerOptions = {}): Hono {
  const app = new Hono();
  const client = new Client({ baseUrl: options.baseUrl, apiKey: options.upstreamApiKey });
  const { apiKey } = options;

  if (apiKey !== undefined && apiKey !== '') {
    const unauthorized = errorBody('Missing or invalid API key: send "Authorization: Bearer <key>".', 'invalid_request_error', 'invalid_api_key');
    app.use('/v1/*', bearerAuth({
      verifyToken: (token) => sameKey(token, apiKey),
      noAuthenticationHeader: { message: unauthorized },
      invalidAuthenticationHeader: { message: unauthorized },
      invalidToken: { message: unauthorized },
    }));
  }
  const maxSize = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  app.use('/v1/*', bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody(`The request body is over ${maxSize} bytes.`, 'invalid_request_error', 'request_too_large'), 413),
  }));

  app.get('/v1/models', (c) =>
    c.json({
      object: 'list',
      data: listModels().map((listing) => ({ id: listing.model, object: 'model', created: 0, owned_by: listing.providers.join(', '), aliases: listing.aliases, takes: listing.takes, gives: listing.gives })),
    }),
  );

  app.route('/v1', chatCompletionsRoute(client, options));

  app.notFound((c) => c.json(errorBody(`No route ${c.req.method} ${c.req.path}; this server offers GET /v1/models and POST /v1/chat/completions.`, 'invalid_request_error', 'not_found'), 404));
  // Middleware (auth) answers through HTTPException; everything else maps to OpenAI's errors.
  app.onError((error, c) => (error instanceof HTTPException ? error.getResponse() : errorResponse(c, error)));
  return app;
}
