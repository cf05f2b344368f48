/**
 * Faults found deep in a call, where the Space's URL and the text delivered so far are unknown;
 * `CallScope.failure` turns each into a typed error that carries both.
 */

/** The Space answered what Gradio never sends. */
export class ProtocolFault extends Error {
  constructor(
    /** What the request was for, as a verb phrase: "read the Space's /config". */
    readonly step: string,
    /** What Gradio sends there: "a JSON object with dependencies". */
    readonly expected: string,
    /** The start of what came instead. */
    readonly got: string,
    options?: { cause?: unknown },
  ) {
    super(`could not ${step}: expected ${expected}, got ${got}.`, options);
    this.name = 'ProtocolFault';
  }
}

/** A request got no answer within the request timeout (ky's `timeout`). */
export class RequestTimedOut extends Error {
  constructor(
    /** What the request was for, as a verb phrase: "join the queue of /generate". */
    readonly step: string,
  ) {
    super(`could not ${step}: no answer in time.`);
    this.name = 'RequestTimedOut';
  }
}

/** The connection dropped while an event stream was being read. */
export class ConnectionLost extends Error {
  /** The network's short reason: "UND_ERR_SOCKET", "other side closed". */
  readonly reason: string;

  constructor(cause: unknown) {
    const reason = connectionReason(cause);
    super(`the connection broke off (${reason})`, { cause });
    this.name = 'ConnectionLost';
    this.reason = reason;
  }
}

/** The short reason of a network failure: undici's error code or the cause's message. */
export function connectionReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
