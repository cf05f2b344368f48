import { ResponseError, TimeoutError, isG4FError } from '@g4f/core';

/** Time limits of one call, in milliseconds. */
export interface CallLimits {
  /** The whole call, from the first request to the last event. */
  timeout: number;
  /** Silence on the event stream (heartbeats count as activity). */
  idleTimeout: number;
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
    private readonly provider: string,
  ) {
    this.signal = callerSignal === undefined ? this.controller.signal : AbortSignal.any([callerSignal, this.controller.signal]);
    this.totalTimer = setTimeout(() => {
      this.controller.abort(new TimeoutError(`the call took longer than ${limits.timeout} ms; raise the timeout option or try later.`, 'total', limits.timeout, { provider }));
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
      this.controller.abort(new TimeoutError(`the Space sent nothing for ${idleTimeout} ms; raise the idleTimeout option or try later.`, 'idle', idleTimeout, { provider: this.provider }));
    }, this.limits.idleTimeout);
  };

  /** The error to give the caller for `error`, with the answer's text received so far. */
  failure(error: unknown, partialText: string): unknown {
    if (this.callerSignal?.aborted === true) return this.callerSignal.reason;
    const reason: unknown = this.controller.signal.reason;
    if (this.controller.signal.aborted && TimeoutError.isInstance(reason)) {
      return new TimeoutError(reason.message.replace(`${this.provider}: `, ''), reason.kind, reason.timeoutMs, { provider: this.provider, partialText });
    }
    if (isG4FError(error)) return error;
    const detail = error instanceof Error ? error.message : String(error);
    return new ResponseError(`the connection broke off mid-answer (${detail}) after ${partialText.length} characters; the answer is truncated.`, {
      provider: this.provider,
      partialText,
      cause: error,
    });
  }

  /** Stops the timers and aborts whatever is still open. */
  close(): void {
    clearTimeout(this.totalTimer);
    clearTimeout(this.idleTimer);
    this.controller.abort();
  }
}
