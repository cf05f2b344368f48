import { ConnectionError, errorKind, redactSecrets } from '@g4f/core';
import { openAIErrorFields, type OpenAIErrorObject } from './openai-error-fields.js';

/**
 * The base of the errors the client throws, shaped like the official `openai` package's: `status`,
 * `error` (the body's error object), `code`, `param`, `type`, `headers` (`retry-after` on a 429),
 * and this project's typed error (a `G4FError`) as `cause`.
 */
export class APIError extends Error {
  /** The HTTP status OpenAI's API would answer with; undefined for a connection failure or an abort. */
  readonly status: number | undefined;
  /** OpenAI's error object: message, type, param, code. */
  readonly error: OpenAIErrorObject | undefined;
  /** `model_not_found`, `rate_limit_exceeded`, `upstream_failed`, ... */
  readonly code: string | null | undefined;
  /** The request field at fault, where one is. */
  readonly param: string | null | undefined;
  /** `invalid_request_error`, `rate_limit_error`, `upstream_error`, ... */
  readonly type: string | undefined;
  /** Headers OpenAI's API would send: `retry-after` with a quota error. */
  readonly headers: Headers | undefined;
  /** No request id: the answer comes from a Space, not from an API that gives one. */
  readonly requestID: string | null | undefined = null;

  constructor(status: number | undefined, error: OpenAIErrorObject | undefined, message: string | undefined, headers: Headers | undefined, options: { cause?: unknown } = {}) {
    super(redactSecrets(message ?? error?.message ?? 'Request failed.'), options);
    this.name = new.target.name;
    this.status = status;
    this.error = error;
    this.code = error?.code;
    this.param = error?.param;
    this.type = error?.type;
    this.headers = headers;
  }
}

/** 400: the request is wrong; the message names the field (`param`). */
export class BadRequestError extends APIError {}
/** 401: a key was missing or refused. */
export class AuthenticationError extends APIError {}
/** 403 */
export class PermissionDeniedError extends APIError {}
/** 404: no provider serves the model (or no such provider). */
export class NotFoundError extends APIError {}
/** 409 */
export class ConflictError extends APIError {}
/** 422 */
export class UnprocessableEntityError extends APIError {}
/** 429: GPU quota or a rate limit; `headers.get('retry-after')` says when to try again. */
export class RateLimitError extends APIError {}
/** 5xx: the Space failed (502) or took too long (504). */
export class InternalServerError extends APIError {}

/** The Space could not be reached or the connection broke. */
export class APIConnectionError extends APIError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(undefined, undefined, message, undefined, options);
  }
}

/** The call's `timeout` passed. */
export class APIConnectionTimeoutError extends APIConnectionError {}

/** The caller aborted the request (its signal, the stream's `controller`, `abort()`). */
export class APIUserAbortError extends APIError {
  constructor(options: { cause?: unknown } = {}) {
    super(undefined, undefined, 'Request was aborted.', undefined, options);
  }
}

const CLASS_BY_STATUS: Readonly<Record<number, typeof APIError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The `APIError` for an error of a call, its cause kept. An error that is no g4f error (a bug)
 * is given back as it is.
 */
export function toAPIError(error: unknown): unknown {
  if (error instanceof APIError) return error;
  const kind = errorKind(error);
  if (kind === 'unexpected') return error;
  if (kind === 'aborted') return new APIUserAbortError({ cause: error });
  const fields = openAIErrorFields(error);
  if (kind === 'timeout') return new APIConnectionTimeoutError(fields.error.message, { cause: error });
  if (error instanceof ConnectionError) return new APIConnectionError(fields.error.message, { cause: error });
  const headers = fields.retryAfter === undefined ? undefined : new Headers({ 'retry-after': String(Math.ceil(fields.retryAfter)) });
  const ErrorClass = CLASS_BY_STATUS[fields.status] ?? (fields.status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(fields.status, fields.error, fields.error.message, headers, { cause: error });
}
