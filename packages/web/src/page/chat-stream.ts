import { EventSourceParserStream } from 'eventsource-parser/stream';
import { authHeaders } from './api-key-store.js';
import { errorFromBody, errorFromResponse } from './server-error.js';

/** Where a request is before its answer starts, as the server's `: progress {...}` SSE comments tell it. */
export interface QueueProgress {
  stage: 'waking' | 'building' | 'starting' | 'uploading' | 'queued' | 'processing';
  rank?: number;
  queue_size?: number;
  eta?: number;
}

/** What a streamed answer tells as it comes. */
export interface AnswerHandlers {
  onProgress(progress: QueueProgress): void;
  onText(text: string): void;
  onReasoning(text: string): void;
  /** The conversation the Space keeps, on the last chunk, where it keeps one. */
  onConversation(conversation: unknown): void;
  onModel(model: string, provider: string | undefined): void;
}

interface Chunk {
  model?: string;
  provider?: string;
  choices?: { delta?: { content?: string; reasoning_content?: string } }[];
  conversation?: unknown;
  error?: unknown;
}

const PROGRESS_COMMENT = /^\s*progress (.*)$/s;

/**
 * Streams an answer from `/v1/chat/completions` (`stream: true`, with the queue's progress),
 * calling the handlers as chunks come. Aborting `signal` closes the connection, which makes the
 * server cancel the Space's job. Throws a ServerError for an error status or an error in the stream.
 */
export async function streamAnswer(request: object, signal: AbortSignal, handlers: AnswerHandlers): Promise<void> {
  const response = await fetch('/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify({ ...request, stream: true, stream_options: { include_progress: true } }),
    signal,
  });
  if (!response.ok || response.body === null) throw await errorFromResponse(response);
  const events = response.body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(
      new EventSourceParserStream({
        onComment: (comment) => {
          const progress = PROGRESS_COMMENT.exec(comment)?.[1];
          if (progress !== undefined) handlers.onProgress(JSON.parse(progress) as QueueProgress);
        },
      }),
    );
  for await (const event of events as unknown as AsyncIterable<{ data: string }>) {
    if (event.data === '[DONE]') return;
    const chunk = JSON.parse(event.data) as Chunk;
    if (chunk.error !== undefined) throw errorFromBody(chunk, 200);
    if (chunk.model !== undefined) handlers.onModel(chunk.model, chunk.provider);
    const delta = chunk.choices?.[0]?.delta;
    if (delta?.reasoning_content !== undefined) handlers.onReasoning(delta.reasoning_content);
    if (delta?.content !== undefined) handlers.onText(delta.content);
    if (chunk.conversation !== undefined) handlers.onConversation(chunk.conversation);
  }
}
