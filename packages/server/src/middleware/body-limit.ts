import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from '../openai-error.js';

/** Refuses a body over `maxSize` bytes with 413 in OpenAI's shape. */
export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody(`The request body is over ${maxSize} bytes.`, 'invalid_request_error', 'request_too_large'), 413),
  });
}
