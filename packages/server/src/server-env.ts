import type { Logger } from 'pino';
import type { ResponseEnd } from './middleware/after-response.js';

/** What a handler tells the request log about its request. */
export interface RequestNote {
  /** The model asked for, as resolved. */
  model?: string | undefined;
  /** The provider (or chain) that serves it. */
  provider?: string | undefined;
  /** The error that ended the request, if one did. */
  error?: unknown;
}

/**
 * Hono's environment of this server: what its middleware hands the routes. A route or middleware
 * you add to `createApp()`'s app reads them as `c.var.note`, `c.var.logger`, ...
 */
export interface ServerEnv {
  /** The request's variables (`c.var`), set by this server's middleware before any route. */
  Variables: {
    /** This request's fields for the request log; routes fill in the model, provider and error. */
    note: RequestNote;
    /** Called once the response's body is sent or the client left: release what the request holds here. */
    afterResponse: ((end: ResponseEnd) => void)[];
    /** The server's logger. */
    logger: Logger;
  };
}
