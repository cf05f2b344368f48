import { G4FError, type G4FErrorOptions } from './g4f-error.js';
import type { ProviderFailure } from './provider-failure.js';

/** Options of errors about a provider's answer. */
export interface ResponseErrorOptions extends G4FErrorOptions {
  /** The answer's text received before the failure, so a caller can keep or show it. */
  partialText?: string;
}

/** The provider answered with something unusable, or the answer broke off. */
export class ResponseError extends G4FError {
  /** The answer's text received before the failure ('' when none). */
  readonly partialText: string;

  constructor(message: string, options: ResponseErrorOptions = {}) {
    super(message, options);
    this.partialText = options.partialText ?? '';
  }
}

/**
 * The Space's server could not be reached, or the connection to it broke off: a network fault,
 * not an answer (OpenAI's clients call it a connection error).
 */
export class ConnectionError extends ResponseError {}

/** An HTTP answer with a failing status. */
export class ResponseStatusError extends ResponseError {
  constructor(
    message: string,
    /** The HTTP status code. */
    readonly status: number,
    /** The start of the answer's body, HTML reduced to its title, secrets removed. */
    readonly bodyExcerpt: string,
    options: ResponseErrorOptions = {},
  ) {
    super(message, options);
  }
}

/** The provider refuses for now because of too many requests (HTTP 429). */
export class RateLimitError extends ResponseStatusError {
  constructor(
    message: string,
    status: number,
    bodyExcerpt: string,
    /** Seconds to wait before trying again, when the provider said. */
    readonly retryAfter: number | undefined,
    options: ResponseErrorOptions = {},
  ) {
    super(message, status, bodyExcerpt, { retryable: true, ...options });
  }
}

/** The caller's usage quota is spent (a ZeroGPU Space's GPU time, for example). */
export class QuotaExceededError extends ResponseError {
  /** Where a whole chain ran out of quota: each provider's quota error. Empty for one provider. */
  readonly failures: readonly ProviderFailure[];

  constructor(
    message: string,
    /** Seconds until the quota allows another request, when the provider said (for a chain, the shortest wait). */
    readonly retryAfter: number | undefined,
    options: ResponseErrorOptions & { failures?: readonly ProviderFailure[] } = {},
  ) {
    super(message, options);
    this.failures = options.failures ?? [];
  }

  /** Each provider's error, for a chain. */
  get errors(): unknown[] {
    return this.failures.map((failure) => failure.error);
  }
}

/** The provider finished without any text or image; a fallback chain moves on to the next. */
export class EmptyAnswerError extends ResponseError {}

/**
 * The provider answered, but not in a shape it knows how to read: the Space changed, or the base
 * URL points at another one. Never an empty success; the provider needs an update.
 */
export class UnreadableAnswerError extends ResponseError {
  constructor(
    message: string,
    /** What arrived, cut short, secrets removed. */
    readonly shape: string,
    options: ResponseErrorOptions = {},
  ) {
    super(message, options);
  }
}

/** The provider needs a key or token that is missing or was refused (HTTP 401/403). */
export class MissingAuthError extends G4FError {}

/** No answer, or no new part of it, arrived in time. */
export class TimeoutError extends G4FError {
  /** The answer's text received before the timeout. */
  readonly partialText: string;

  constructor(
    message: string,
    /** Which limit ran out: `request` (one request got no answer), `idle` (no event) or `total` (the whole call). */
    readonly kind: 'request' | 'idle' | 'total',
    /** The limit, in milliseconds. */
    readonly timeoutMs: number,
    options: ResponseErrorOptions = {},
  ) {
    super(message, { retryable: true, ...options });
    this.partialText = options.partialText ?? '';
  }
}
