import { errorKind, InvalidRequestError, redactSecrets } from '@g4f/core';

/** The error object of OpenAI's API: `{ error: { message, type, param, code } }`. */
export interface OpenAIErrorObject {
  /** What went wrong and what to do, without secrets. */
  message: string;
  /** OpenAI's error type: "invalid_request_error", "rate_limit_error"... */
  type: string;
  /** The request field at fault, if one is. */
  param: string | null;
  /** A code for programs: "model_not_found", "upstream_failed"... */
  code: string | null;
}

/** An error as OpenAI's API gives it: its HTTP status, its error object, maybe a Retry-After in seconds. */
export interface OpenAIErrorFields {
  /** The HTTP status OpenAI's API would answer with. */
  status: 400 | 401 | 404 | 413 | 429 | 500 | 502 | 504;
  /** The body's error object. */
  error: OpenAIErrorObject;
  /** Seconds to wait before retrying (a quota error). */
  retryAfter?: number;
}

/** OpenAI's error object, its message cleared of secrets. */
export function errorObject(message: string, type: string, code: string | null, param: string | null = null): OpenAIErrorObject {
  return { message: redactSecrets(message), type, param, code };
}

/**
 * How OpenAI's API would report an error of this project: the one table the client's `APIError`s
 * and the server's answers share. A request's fault is 400 (naming the field), an unknown name
 * 404, quota 429, the Space's failure 502, its timeout 504, anything else 500.
 */
export function openAIErrorFields(error: unknown): OpenAIErrorFields {
  const message = error instanceof Error ? error.message : String(error);
  switch (errorKind(error)) {
    case 'invalid-request':
      return { status: 400, error: errorObject(message, 'invalid_request_error', null, InvalidRequestError.isInstance(error) ? (error.param ?? null) : null) };
    case 'not-found':
      return { status: 404, error: errorObject(message, 'invalid_request_error', 'model_not_found', 'model') };
    case 'quota': {
      const { retryAfter } = error as { retryAfter?: number };
      return { status: 429, error: errorObject(message, 'rate_limit_error', 'rate_limit_exceeded'), ...(retryAfter === undefined ? {} : { retryAfter }) };
    }
    case 'timeout':
      return { status: 504, error: errorObject(message, 'timeout_error', 'upstream_timeout') };
    case 'auth':
      return { status: 502, error: errorObject(message, 'upstream_error', 'upstream_auth_failed') };
    case 'upstream':
      return { status: 502, error: errorObject(message, 'upstream_error', 'upstream_failed') };
    case 'aborted':
    case 'unexpected':
      return { status: 500, error: errorObject('The server failed unexpectedly; see its log.', 'server_error', null) };
  }
}
