import { ConnectionError, ResponseError, TimeoutError, isG4FError } from '@g4f/core';
import { ConnectionLost, ProtocolFault, RequestTimedOut } from './call-faults.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, type SpaceHttpSettings } from './space-http.js';

/** Time limits of one call, in milliseconds. */
export interface CallLimits extends Pick<SpaceHttpSettings, 'requestTimeout'> {
  /** The whole call, from the first request to the last event. */
  timeout: number;
  /** Silence on the event stream (heartbeats count as activity). */
  idleTimeout: number;
}

/** Which Space a call goes to, to name in its errors. */
export interface CallTarget {
  /** The provider's name. */
  provider: string;
  /** The Space's root URL. */
  baseUrl: string;
}

/**
 * One call's cancellation: a single signal combined from the caller's signal, the total timeout
 * and the idle timer; closing the scope aborts it, which closes any connection still open.
 */
export class CallScope {
  /** The signal every request of the call uses. */
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly totalTimer: NodeJS.Timeout;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly callerSignal: AbortSignal | undefined,
    private readonly limits: CallLimits,
    private readonly target: CallTarget,
  ) {
    this.signal = callerSignal === undefined ? this.controller.signal : AbortSignal.any([callerSignal, this.controller.signal]);
    this.totalTimer = setTimeout(() => {
      this.controller.abort(new TimeoutError(`the call took longer than ${limits.timeout} ms; raise the timeout option or try later.`, 'total', limits.timeout, { provider: target.provider }));
    }, limits.timeout);
  }

  /**
   * Restarts the idle timer; the event stream calls it for every chunk it receives, so it
   * refreshes one timer rather than making a new one each time.
   */
  readonly onActivity = (): void => {
    if (this.idleTimer !== undefined) {
      this.idleTimer.refresh();
      return;
    }
    this.idleTimer = setTimeout(() => {
      const { idleTimeout } = this.limits;
      this.controller.abort(new TimeoutError(`the Space sent nothing for ${idleTimeout} ms; raise the idleTimeout option or try later.`, 'idle', idleTimeout, { provider: this.target.provider }));
    }, this.limits.idleTimeout);
  };

  /** The error to give the caller for `error`, with the answer's text received so far. */
  failure(error: unknown, partialText: string): unknown {
    const { provider, baseUrl } = this.target;
    if (this.callerSignal?.aborted === true) return this.callerSignal.reason;
    const reason: unknown = this.controller.signal.reason;
    if (this.controller.signal.aborted && TimeoutError.isInstance(reason)) {
      return new TimeoutError(reason.message.replace(`${provider}: `, ''), reason.kind, reason.timeoutMs, { provider, partialText });
    }
    if (isG4FError(error)) return error;
    if (error instanceof RequestTimedOut) {
      const limit = this.limits.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_MS;
      const message = `could not ${error.step}: the Space at ${baseUrl} did not answer within ${limit} ms; raise the requestTimeout setting or try later.`;
      return new TimeoutError(message, 'request', limit, { provider, partialText });
    }
    const options = { provider, partialText, cause: error };
    const truncated = partialText === '' ? '' : ` The answer is truncated after ${partialText.length} characters.`;
    if (error instanceof ProtocolFault) {
      return new ResponseError(
        `could not ${error.step}: the Space at ${baseUrl} sent ${error.got}, where Gradio sends ${error.expected}. Check that the base URL is a Gradio app's root.${truncated}`,
        options,
      );
    }
    if (error instanceof ConnectionLost) {
      if (partialText === '') {
        return new ConnectionError(`the connection to the Space broke off (${error.reason}) before the answer began; try again.`, { ...options, retryable: true });
      }
      return new ConnectionError(`the connection broke off mid-answer (${error.reason}) after ${partialText.length} characters; the answer is truncated.`, options);
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new ResponseError(`the call to the Space at ${baseUrl} failed unexpectedly (${detail}).${truncated}`, options);
  }

  /** Stops the timers and aborts whatever is still open. */
  close(): void {
    clearTimeout(this.totalTimer);
    clearTimeout(this.idleTimer);
    this.controller.abort();
  }
}
