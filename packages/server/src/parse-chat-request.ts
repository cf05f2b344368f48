import { InvalidRequestError, validateMessages, type Messages } from '@g4f/core';

/** The parts of an OpenAI chat request this server reads. */
export interface ChatRequest {
  model: string;
  messages: Messages;
  stream: boolean;
  provider: string | undefined;
}

/** Checks a request body's shape; throws InvalidRequestError naming the field that is wrong. */
export function parseChatRequest(body: unknown): ChatRequest {
  if (typeof body !== 'object' || body === null) throw new InvalidRequestError('The body must be a JSON object.');
  const { model, messages, stream, provider } = body as Record<string, unknown>;
  if (typeof model !== 'string') throw new InvalidRequestError('model must be a string.');
  validateMessages(messages);
  if (stream !== undefined && typeof stream !== 'boolean') throw new InvalidRequestError('stream must be a boolean.');
  if (provider !== undefined && typeof provider !== 'string') throw new InvalidRequestError('provider must be a string.');
  return { model, messages, stream: stream === true, provider };
}
