import { timingSafeEqual } from 'node:crypto';
import { listModels } from '@g4f/core';
import { Client, type ChatCompletionChunk } from '@g4f/client';
import { Hono, type Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { streamSSE } from 'hono/streaming';
import { errorBody, toOpenAIError } from './openai-error.js';
import { parseChatRequest } from './parse-chat-request.js';
import { checkRequestImages } from './request-images.js';
import { DEFAULT_BODY_LIMIT, type ServerOptions } from './server-options.js';

function sameKey(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

function errorResponse(c: Context, error: unknown): Response {
  const { status, body, retryAfter } = toOpenAIError(error);
  if (retryAfter !== undefined) c.header('Retry-After', String(Math.ceil(retryAfter)));
  return c.json(body, status);
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

  app.post('/v1/chat/completions', async (c) => {
    const controller = new AbortController();
    try {
      const body: unknown = await c.req.json().catch(() => undefined);
      const request = parseChatRequest(body);
      const messages = await checkRequestImages(request.messages, options.allowRemoteImages === true, c.req.raw.signal);
      const params = { ...request, messages, signal: controller.signal };
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

  app.notFound((c) => c.json(errorBody(`No route ${c.req.method} ${c.req.path}; this server offers GET /v1/models and POST /v1/chat/completions.`, 'invalid_request_error', 'not_found'), 404));
  // Middleware (auth) answers through HTTPException; everything else maps to OpenAI's errors.
  app.onError((error, c) => (error instanceof HTTPException ? error.getResponse() : errorResponse(c, error)));
  return app;
}
