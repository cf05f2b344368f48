import { APIError, errorObject, openAIErrorFields, type OpenAIErrorFields } from '@g4f/client';
import type { Context } from 'hono';
import { ResponseNotFoundError } from './response-not-found-error.js';

/** An error as OpenAI's API answers it: a status, a body `{ error }`, maybe a Retry-After. */
export interface OpenAIErrorResponse {
  status: OpenAIErrorFields['status'];
  body: { error: OpenAIErrorFields['error'] };
  retryAfter?: number;
}

/** The OpenAI-shaped body of an error. */
export function errorBody(message: string, type: string, code: string | null, param: string | null = null): OpenAIErrorResponse['body'] {
  return { error: errorObject(message, type, code, param) };
}

/** Maps a thrown error (the client's APIError or the core's) to OpenAI's status codes and error body, by the client's one table; a response not kept is OpenAI's 404. */
export function toOpenAIError(error: unknown): OpenAIErrorResponse {
  if (error instanceof ResponseNotFoundError) {
    return { status: 404, body: errorBody(error.message, 'invalid_request_error', error.param === null ? null : 'previous_response_not_found', error.param) };
  }
  const { status, error: body, retryAfter } = openAIErrorFields(error instanceof APIError ? error.cause : error);
  return { status, body: { error: body }, ...(retryAfter === undefined ? {} : { retryAfter }) };
}

/** The JSON response of an error, with Retry-After where the error gives one. */
export function errorResponse(c: Context, error: unknown): Response {
  const { status, body, retryAfter } = toOpenAIError(error);
  if (retryAfter !== undefined) c.header('Retry-After', String(Math.ceil(retryAfter)));
  return c.json(body, status);
}
