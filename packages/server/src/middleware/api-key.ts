import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { errorBody } from '../openai-error.js';

function sameKey(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Requires `Authorization: Bearer <apiKey>`; answers 401 in OpenAI's shape otherwise. */
export function requireApiKey(apiKey: string): MiddlewareHandler {
  const unauthorized = errorBody('Missing or invalid API key: send "Authorization: Bearer <key>".', 'invalid_request_error', 'invalid_api_key');
  return bearerAuth({
    verifyToken: (token) => sameKey(token, apiKey),
    noAuthenticationHeader: { message: unauthorized },
    invalidAuthenticationHeader: { message: unauthorized },
    invalidToken: { message: unauthorized },
  });
}
