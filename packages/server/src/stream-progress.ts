import type { ProgressPart } from '@g4f/core';
import { toOpenAIError } from './openai-error.js';

/** Whether a chat request asks for the queue's progress: `stream_options: { include_progress: true }` (a g4f addition). */
export function wantsProgress(fields: Record<string, unknown>): boolean {
  const options = fields.stream_options;
  return typeof options === 'object' && options !== null && (options as Record<string, unknown>).include_progress === true;
}

/**
 * A progress part as an SSE comment, which every SSE client skips unless it looks:
 * `: progress {"stage":"queued","rank":0,"queue_size":2,"eta":4.1}` (rank 0 is next).
 */
export function progressComment(part: ProgressPart): string {
  const { stage, rank, queueSize, eta } = part;
  return `: progress ${JSON.stringify({ stage, rank, queue_size: queueSize, eta })}\n\n`;
}

/** The error event of a started stream: OpenAI's error body, with `retry_after` (seconds) where the error gives one, as no header can follow. */
export function streamErrorBody(error: unknown): { error: object } {
  const { body, retryAfter } = toOpenAIError(error);
  return retryAfter === undefined ? body : { error: { ...body.error, retry_after: Math.ceil(retryAfter) } };
}
