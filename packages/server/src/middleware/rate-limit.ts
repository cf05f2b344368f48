import type { SharedState } from '@g4f/core';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../openai-error.js';
import type { RateLimit } from '../rate-limit.js';
import type { ServerEnv } from '../server-env.js';
import { secretId } from '../shared-state/secret-id.js';

// Each API key has its own window; without one, each client address.
function clientKey(c: Context): string {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer !== undefined) return `key:${secretId(bearer)}`;
  try {
    return `address:${getConnInfo(c).remote.address ?? 'unknown'}`;
  } catch {
    // Served in process (app.fetch), there is no socket to tell the address.
    return 'address:unknown';
  }
}

/**
 * Limits each API key (or client address) to `limit` requests per window, across every replica
 * sharing the state. Every answer carries OpenAI's `x-ratelimit-*-requests` headers; past the limit,
 * a 429 in OpenAI's shape with `retry-after`.
 */
export function limitRate(limit: RateLimit, state: SharedState): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const { count, resetMs } = await state.countRequest(clientKey(c), limit.windowMs);
    const seconds = Math.max(1, Math.ceil(resetMs / 1000));
    const headers = {
      'x-ratelimit-limit-requests': String(limit.requests),
      'x-ratelimit-remaining-requests': String(Math.max(0, limit.requests - count)),
      'x-ratelimit-reset-requests': `${seconds}s`,
    };
    if (count > limit.requests) {
      const message = `Rate limit reached: ${limit.requests} requests per ${limit.windowMs / 1000} s for this API key (or address). Try again in ${seconds} s.`;
      return c.json(errorBody(message, 'requests', 'rate_limit_exceeded'), 429, { ...headers, 'retry-after': String(seconds) });
    }
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    await next();
    return undefined;
  };
}
