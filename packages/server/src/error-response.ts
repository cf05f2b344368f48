import type { Context } from 'hono';
import { toOpenAIError } from './openai-error.js';
import type { ServerEnv } from './server-env.js';

/**
 * The longest wait, in seconds, a client should sleep before retrying by itself. OpenAI's
 * clients sleep whatever Retry-After says (the npm one hung 12 minutes on a ZeroGPU quota);
 * past this, `x-should-retry: false` tells them to give the error to their caller instead.
 */
export const MAX_CLIENT_RETRY_WAIT = 60;

/** Headers that say when (and whether) a client should try again. */
export function retryHeaders(retryAfter: number | undefined): Record<string, string> {
  if (retryAfter === undefined) return {};
  const seconds = Math.ceil(retryAfter);
  return { 'Retry-After': String(seconds), ...(seconds > MAX_CLIENT_RETRY_WAIT ? { 'x-should-retry': 'false' } : {}) };
}

/** Answers an error in OpenAI's shape, and notes it for the request log. */
export function errorResponse(c: Context<ServerEnv>, error: unknown): Response {
  c.get('note').error = error;
  const { status, body, retryAfter } = toOpenAIError(error);
  for (const [name, value] of Object.entries(retryHeaders(retryAfter))) c.header(name, value);
  return c.json(body, status);
}
