import { extractMedia } from '@g4f/core';
import type { ChatCompletionChunk } from '@g4f/client';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { HTTPException } from 'hono/http-exception';
import { streamSSE } from 'hono/streaming';
import { errorResponse } from './error-response.js';
import { afterResponse } from './middleware/after-response.js';
import { requireApiKey } from './middleware/api-key.js';
import { limitBody } from './middleware/body-limit.js';
import { requestLog } from './middleware/request-log.js';
import { errorBody, toOpenAIError } from './openai-error.js';
import { parseChatRequest } from './parse-chat-request.js';
import { RequestImages } from './request-images.js';
import { registerImageRoutes } from './routes/images-generations.js';
import { registerModelRoutes } from './routes/models.js';
import { registerResponsesRoutes } from './routes/responses.js';
import type { ServerEnv } from './server-env.js';
import { createServerLogger } from './server-logger.js';
import { DEFAULT_BODY_LIMIT, type ServerOptions } from './server-options.js';
import { Upstream } from './upstream.js';

const ROUTES = 'GET /v1/models, GET /v1/models/{id}, POST /v1/chat/completions, POST /v1/responses and POST /v1/images/generations';

/** The OpenAI-compatible app: models, chat completions, responses and image generation; it logs to `logger` (default: built from the options). */
export function createApp(options: ServerOptions = {}, logger: Logger = createServerLogger(options)): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  const upstream = new Upstream(options);
  const images = new RequestImages(options);
  const { apiKey } = options;

  app.use('*', afterResponse(), requestLog(logger));
  if (apiKey !== undefined && apiKey !== '') app.use('/v1/*', requireApiKey(apiKey));
  app.use('/v1/*', limitBody(options.bodyLimit ?? DEFAULT_BODY_LIMIT));

  registerModelRoutes(app, upstream.served);

  app.post('/v1/chat/completions', async (c) => {
    const controller = new AbortController();
    try {
      const body: unknown = await c.req.json().catch(() => undefined);
      const request = parseChatRequest(body);
      const messages = await images.check(request.messages, c.req.raw.signal, (free) => c.get('afterResponse').push(free));
      const route = upstream.route(c, request.model, { hasImage: extractMedia(messages).length > 0, provider: request.provider });
      const client = route.client;
      const params = { ...request, model: route.model, provider: undefined, messages, signal: controller.signal };
      if (!request.stream) return c.json(await client.chat.completions.create({ ...params, stream: false }));
      const chunks = (await client.chat.completions.create({ ...params, stream: true }))[Symbol.asyncIterator]();
      // Wait for the first chunk, so that a failure before the answer still gets its status code.
      const first = await chunks.next();
      return streamSSE(c, async (stream) => {
        stream.onAbort(() => {
          controller.abort();
        });
        try {
          for (let next = first; next.done !== true; next = await chunks.next()) {
            await stream.writeSSE({ data: JSON.stringify(next.value satisfies ChatCompletionChunk) });
          }
          await stream.writeSSE({ data: '[DONE]' });
        } catch (error) {
          c.get('note').error = error;
          if (!controller.signal.aborted) await stream.writeSSE({ data: JSON.stringify(toOpenAIError(error).body) });
        } finally {
          controller.abort();
        }
      });
    } catch (error) {
      controller.abort();
      return errorResponse(c, error);
    }
  });

  registerResponsesRoutes(app, upstream, images);
  registerImageRoutes(app, upstream);

  app.notFound((c) => c.json(errorBody(`No route ${c.req.method} ${c.req.path}; this server offers ${ROUTES}.`, 'invalid_request_error', 'not_found'), 404));
  // Middleware (auth) answers through HTTPException; everything else maps to OpenAI's errors.
  app.onError((error, c) => (error instanceof HTTPException ? error.getResponse() : errorResponse(c, error)));
  return app;
}
