import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from '../server-env.js';

/** How a response's body went: the bytes sent, and whether the client left before the end. */
export interface ResponseEnd {
  /** The body's bytes sent. */
  bytes: number;
  /** True when the client left before the body's end. */
  clientLeft: boolean;
}

/** Counts a body's bytes as they are read, and reports once when it ends, fails or the client leaves. */
function countedBody(body: ReadableStream<Uint8Array>, done: (end: ResponseEnd) => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let bytes = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: ended, value } = await reader.read();
        if (ended) {
          controller.close();
          done({ bytes, clientLeft: false });
          return;
        }
        bytes += value.byteLength;
        controller.enqueue(value);
      } catch (error) {
        controller.error(error);
        done({ bytes, clientLeft: false });
      }
    },
    // The client disconnected: pass it on, so that the route's stream closes the Space's.
    async cancel(reason) {
      done({ bytes, clientLeft: true });
      await reader.cancel(reason);
    },
  });
}

/**
 * Runs the request's `afterResponse` callbacks once its body is sent, a stream's too, or the client
 * has left: the request log, and releasing what the request held (fetched images).
 */
export function afterResponse(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const callbacks: ((end: ResponseEnd) => void)[] = [];
    c.set('afterResponse', callbacks);
    let finished = false;
    const finish = (end: ResponseEnd): void => {
      if (finished) return;
      finished = true;
      for (const callback of callbacks) callback(end);
    };
    try {
      await next();
    } catch (error) {
      finish({ bytes: 0, clientLeft: false });
      throw error;
    }
    const { body } = c.res;
    if (body === null) finish({ bytes: 0, clientLeft: false });
    else c.res = new Response(countedBody(body, finish), c.res);
  };
}
