import type { Context } from 'hono';
import type { ServerOptions } from './server-options.js';

const HF_TOKEN = /^hf_[A-Za-z0-9]+$/;

/**
 * The caller's own Hugging Face token, where the deployment forwards them (`forwardHfToken`):
 * the `X-HF-Token` header, or, on a server with no API key of its own, the bearer token.
 * Undefined otherwise: the server's `upstreamApiKey` is used.
 */
export function callerHfToken(c: Context, options: Pick<ServerOptions, 'forwardHfToken' | 'apiKey'>): string | undefined {
  if (options.forwardHfToken !== true) return undefined;
  const header = c.req.header('x-hf-token')?.trim();
  if (header !== undefined && HF_TOKEN.test(header)) return header;
  const serverKey = options.apiKey !== undefined && options.apiKey !== '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  return !serverKey && bearer !== undefined && HF_TOKEN.test(bearer) ? bearer : undefined;
}
