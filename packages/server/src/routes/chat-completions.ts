import { checkChatRequest, type ChatCompletionChunk, type RequestOptions, type Stream } from '@g4f/client';
import { extractMedia, InvalidRequestError, type ProgressPart } from '@g4f/core';
import type { Context, Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { errorResponse } from '../error-response.js';
import { progressComment, streamErrorBody, wantsProgress } from '../stream-progress.js';
import type { RequestImages } from '../request-images.js';
import type { ServerEnv } from '../server-env.js';
import type { Upstream } from '../upstream.js';

/** Fields `@g4f/client` takes in process that a server must not: they would make it read its files or reach hosts for a caller. */
const CLIENT_ONLY_FIELDS = ['api_key', 'proxy', 'image', 'image_name', 'media', 'signal'];

function refuseClientOnlyFields(body: Record<string, unknown>): void {
  const field = CLIENT_ONLY_FIELDS.find((name) => body[name] !== undefined);
  if (field !== undefined) {
    throw new InvalidRequestError(`${field} is not taken by this server (it is an option of @g4f/client in process); send images as image_url parts with data: URIs.`, { param: field });
  }
}

/** Writes the chunks as SSE events, then `[DONE]`; an error after the start is an error event. Stopping closes the Space's stream. */
async function writeChunks(c: Context<ServerEnv>, sse: SSEStreamingApi, chunks: Stream<ChatCompletionChunk>): Promise<void> {
  const disconnected = c.req.raw.signal;
  sse.onAbort(() => {
    chunks.controller.abort();
  });
  try {
    for await (const chunk of chunks) await sse.writeSSE({ data: JSON.stringify(chunk) });
    await sse.writeSSE({ data: '[DONE]' });
  } catch (error) {
    if (chunks.controller.signal.aborted || disconnected.aborted) return;
    c.get('note').error = error;
    await sse.writeSSE({ data: JSON.stringify(streamErrorBody(error)) });
  } finally {
    chunks.controller.abort();
  }
}

/**
 * `POST /v1/chat/completions`, streaming or not, as OpenAI's API. The request's signal is the
 * call's: a client that disconnects (while its job is queued, mid-answer, or waiting for a whole
 * answer) cancels the Space's job. With `stream_options: { include_progress: true }` the stream
 * starts at once and tells the queue's progress as `: progress {...}` comments.
 */
export function registerChatCompletionsRoute(app: Hono<ServerEnv>, upstream: Upstream, images: RequestImages): void {
  app.post('/v1/chat/completions', async (c) => {
    const disconnected = c.req.raw.signal;
    try {
      const body: unknown = await c.req.json().catch(() => undefined);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InvalidRequestError('The body must be a JSON object.');
      const fields = body as Record<string, unknown>;
      refuseClientOnlyFields(fields);
      const request = checkChatRequest(fields);
      const messages = await images.check(request.messages, disconnected, (free) => c.get('afterResponse').push(free));
      // The upstream picks the provider (the request's `provider` among them), its address and the token.
      const route = upstream.route(c, request.model, { hasImage: extractMedia(messages).length > 0, provider: request.provider });
      const params = { ...fields, model: route.model, provider: undefined, messages };
      if (!request.stream) return c.json(await route.client.chat.completions.create({ ...params, stream: false }, { signal: disconnected }));
      const start = (onProgress?: RequestOptions['onProgress']) => route.client.chat.completions.create({ ...params, stream: true }, { signal: disconnected, onProgress });
      if (!wantsProgress(fields)) {
        // Resolves once the answer starts, so that a failure before it still gets its status code.
        const chunks = await start();
        return streamSSE(c, (sse) => writeChunks(c, sse, chunks));
      }
      // Progress was asked for (the web page): the stream starts at once, with the progress as SSE
      // comments that OpenAI's clients skip, so a failure before the answer is an error event.
      return streamSSE(c, async (sse) => {
        let answering = false;
        let written = Promise.resolve();
        const onProgress = (part: ProgressPart) => {
          if (!answering) written = written.then(async () => {
            await sse.write(progressComment(part));
          });
        };
        let chunks: Stream<ChatCompletionChunk>;
        try {
          chunks = await start(onProgress);
          answering = true;
          await written;
        } catch (error) {
          if (disconnected.aborted) return;
          c.get('note').error = error;
          await sse.writeSSE({ data: JSON.stringify(streamErrorBody(error)) });
          return;
        }
        await writeChunks(c, sse, chunks);
      });
    } catch (error) {
      return errorResponse(c, error);
    }
  });
}
