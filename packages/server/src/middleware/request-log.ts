import { APIError } from '@g4f/client';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { RequestNote, ServerEnv } from '../server-env.js';

const CLIENT_CLOSED_REQUEST = 499;

// The class that says what went wrong: the g4f error inside the client's OpenAI-shaped one.
function errorClass(error: unknown): string {
  const cause = error instanceof APIError && error.cause !== undefined ? error.cause : error;
  return cause instanceof Error ? cause.name : typeof cause;
}

/**
 * One log line per request, written when its body has been sent (a stream's too): method, path,
 * model, provider, status, duration, bytes and the error's class. A 5xx's error is logged whole
 * (secrets removed by the logger), which is what the 500 body's "see its log" points to.
 */
export function requestLog(logger: Logger): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const started = performance.now();
    const note: RequestNote = {};
    c.set('note', note);
    c.set('logger', logger);
    c.get('afterResponse').push((end) => {
      // A client that leaves while its answer is prepared aborts the call: its own doing, not a
      // server failure; logged as nginx does, 499 "client closed request".
      const clientLeft = end.clientLeft || c.req.raw.signal.aborted;
      const status = clientLeft && c.res.status >= 500 ? CLIENT_CLOSED_REQUEST : c.res.status;
      const { bytes } = end;
      const error = status === CLIENT_CLOSED_REQUEST ? undefined : note.error;
      const fields = {
        method: c.req.method,
        path: c.req.path,
        model: note.model,
        provider: note.provider,
        status,
        durationMs: Math.round(performance.now() - started),
        bytes,
        ...(clientLeft ? { clientLeft } : {}),
        ...(error === undefined ? {} : { error: errorClass(error) }),
      };
      if (status >= 500) logger.error({ ...fields, err: error }, 'request failed');
      else logger.info(fields, 'request');
    });
    await next();
  };
}
