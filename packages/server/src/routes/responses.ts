import type { ChatCompletionChunk } from '@g4f/client';
import { extractMedia } from '@g4f/core';
import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { errorResponse } from '../error-response.js';
import { toOpenAIError } from '../openai-error.js';
import { parseResponsesRequest, type ResponsesRequest } from '../parse-responses-request.js';
import type { RequestImages } from '../request-images.js';
import { outputMessage, outputText, responseId, responseObject, type ResponseState, type ResponseUsage } from '../response-object.js';
import type { ServerEnv } from '../server-env.js';
import type { Upstream } from '../upstream.js';

// The chat chunks carry usage where the client counts it (stream_options.include_usage).
type ChunkWithUsage = ChatCompletionChunk & { usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null };

function responseUsage(chunk: ChunkWithUsage): ResponseUsage | undefined {
  const { usage } = chunk;
  if (usage === undefined || usage === null) return undefined;
  return {
    input_tokens: usage.prompt_tokens,
    output_tokens: usage.completion_tokens,
    total_tokens: usage.total_tokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens_details: { reasoning_tokens: 0 },
  };
}

/** Reads one chunk into the response's state: its text, how it ended, its usage. */
function absorb(state: ResponseState, chunk: ChunkWithUsage): string {
  const choice = chunk.choices[0];
  const delta = choice?.delta.content ?? '';
  state.text += delta;
  state.model = chunk.model;
  if (choice?.finish_reason === 'length') state.status = 'incomplete';
  state.usage = responseUsage(chunk) ?? state.usage;
  return delta;
}

async function chatChunks(c: Context<ServerEnv>, upstream: Upstream, images: RequestImages, request: ResponsesRequest, signal: AbortSignal) {
  const messages = await images.check(request.messages, signal, (free) => c.get('afterResponse').push(free));
  const route = upstream.route(c, request.model, { hasImage: extractMedia(messages).length > 0, provider: request.provider });
  const chunks = await route.client.chat.completions.create({
    model: route.model,
    messages,
    stream: true,
    // The last chunk carries the estimated usage, which the response reports.
    stream_options: { include_usage: true },
    signal,
    temperature: request.temperature,
    max_tokens: request.maxOutputTokens,
    seed: request.seed,
    provider_options: request.providerOptions,
  });
  return chunks[Symbol.asyncIterator]() as AsyncIterator<ChunkWithUsage>;
}

/** `POST /v1/responses`: OpenAI's Responses API over the chat models, streaming its named events or not. */
export function registerResponsesRoutes(app: Hono<ServerEnv>, upstream: Upstream, images: RequestImages): void {
  app.post('/v1/responses', async (c) => {
    // Aborted when the client leaves, or the stream ends: either cancels the Space's job.
    const controller = new AbortController();
    const stop = (): void => {
      controller.abort();
    };
    c.req.raw.signal.addEventListener('abort', stop, { once: true });
    try {
      const request = parseResponsesRequest(await c.req.json().catch(() => undefined));
      const state: ResponseState = {
        id: responseId('resp'),
        messageId: responseId('msg'),
        createdAt: Math.floor(Date.now() / 1000),
        model: request.model,
        status: 'in_progress',
        text: '',
        usage: null,
        error: null,
      };
      const chunks = await chatChunks(c, upstream, images, request, controller.signal);
      state.model = c.get('note').model ?? request.model;
      // The first chunk before any answer, so that a failure before the answer keeps its status code.
      const first = await chunks.next();
      if (!request.stream) {
        for (let next = first; next.done !== true; next = await chunks.next()) absorb(state, next.value);
        if (state.status === 'in_progress') state.status = 'completed';
        return c.json(responseObject(state, request));
      }
      return streamSSE(c, async (stream) => {
        stream.onAbort(stop);
        let sequence = 0;
        const send = (type: string, fields: Record<string, unknown>) => stream.writeSSE({ event: type, data: JSON.stringify({ type, sequence_number: sequence++, ...fields }) });
        const where = { item_id: state.messageId, output_index: 0, content_index: 0 };
        try {
          await send('response.created', { response: responseObject(state, request) });
          await send('response.in_progress', { response: responseObject(state, request) });
          await send('response.output_item.added', { output_index: 0, item: outputMessage(state.messageId, '', 'in_progress') });
          await send('response.content_part.added', { ...where, part: outputText('') });
          for (let next = first; next.done !== true; next = await chunks.next()) {
            const delta = absorb(state, next.value);
            if (delta !== '') await send('response.output_text.delta', { ...where, delta, logprobs: [] });
          }
          if (state.status === 'in_progress') state.status = 'completed';
          const itemStatus = state.status === 'incomplete' ? 'incomplete' : 'completed';
          await send('response.output_text.done', { ...where, text: state.text, logprobs: [] });
          await send('response.content_part.done', { ...where, part: outputText(state.text) });
          await send('response.output_item.done', { output_index: 0, item: outputMessage(state.messageId, state.text, itemStatus) });
          await send(state.status === 'incomplete' ? 'response.incomplete' : 'response.completed', { response: responseObject(state, request) });
        } catch (error) {
          if (controller.signal.aborted) return;
          c.get('note').error = error;
          const { body } = toOpenAIError(error);
          state.status = 'failed';
          state.error = { code: body.error.code ?? body.error.type, message: body.error.message };
          await send('response.failed', { response: responseObject(state, request) });
        } finally {
          controller.abort();
        }
      });
    } catch (error) {
      controller.abort();
      return errorResponse(c, error);
    }
  });
}
