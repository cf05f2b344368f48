import type { ChatCompletionChunk } from '@g4f/client';
import { extractMedia, type Message } from '@g4f/core';
import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { errorResponse } from '../error-response.js';
import { toOpenAIError } from '../openai-error.js';
import { parseResponsesRequest, responsesConversation, type ResponsesRequest } from '../parse-responses-request.js';
import type { RequestImages } from '../request-images.js';
import { outputMessage, outputText, responseId, responseObject, type ResponseState, type ResponseUsage } from '../response-object.js';
import type { ServerEnv } from '../server-env.js';
import type { StoredResponses } from '../stored-responses.js';
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

async function chatChunks(c: Context<ServerEnv>, upstream: Upstream, images: RequestImages, request: ResponsesRequest, conversation: Message[], signal: AbortSignal) {
  // An image is named as the Responses API names it: in this request's input, or in the response it continues.
  const firstInput = conversation.length - request.input.length;
  const fieldOf = (index: number, part: number): string => (index < firstInput ? 'previous_response_id' : `input[${index - firstInput}].content[${part}].image_url`);
  const messages = await images.check(conversation, signal, (free) => c.get('afterResponse').push(free), fieldOf);
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

/**
 * `POST /v1/responses`: OpenAI's Responses API over the chat models, streaming its named events or
 * not; responses are kept (`store`) to be continued (`previous_response_id`) and read
 * (`GET /v1/responses/{id}`).
 */
export function registerResponsesRoutes(app: Hono<ServerEnv>, upstream: Upstream, images: RequestImages, stored: StoredResponses): void {
  app.get('/v1/responses/:id', async (c) => {
    try {
      return c.json((await stored.load(c.req.param('id'), null)).response);
    } catch (error) {
      return errorResponse(c, error);
    }
  });

  app.post('/v1/responses', async (c) => {
    // Aborted when the client leaves, or the stream ends: either cancels the Space's job.
    const controller = new AbortController();
    const stop = (): void => {
      controller.abort();
    };
    c.req.raw.signal.addEventListener('abort', stop, { once: true });
    try {
      const request = parseResponsesRequest(await c.req.json().catch(() => undefined));
      const earlier = request.previousResponseId === undefined ? [] : (await stored.load(request.previousResponseId, 'previous_response_id')).conversation;
      const conversation = responsesConversation(request, earlier);
      const state: ResponseState = {
        id: responseId('resp'),
        messageId: responseId('msg'),
        createdAt: Math.floor(Date.now() / 1000),
        model: request.model,
        status: 'in_progress',
        text: '',
        usage: null,
        error: null,
        stored: request.store && stored.enabled,
      };
      // Kept once answered, with the request's own messages (an image URL, not its download).
      const keep = async (): Promise<void> => {
        if (!state.stored) return;
        const answered: Message[] = [...earlier, ...request.input, { role: 'assistant', content: state.text }];
        await stored.save(state.id, { response: responseObject(state, request), conversation: answered });
      };
      const chunks = await chatChunks(c, upstream, images, request, conversation, controller.signal);
      state.model = c.get('note').model ?? request.model;
      // The first chunk before any answer, so that a failure before the answer keeps its status code.
      const first = await chunks.next();
      if (!request.stream) {
        for (let next = first; next.done !== true; next = await chunks.next()) absorb(state, next.value);
        if (state.status === 'in_progress') state.status = 'completed';
        await keep();
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
          // Kept before the last event, so that a client may continue it as soon as it has it.
          await keep();
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
