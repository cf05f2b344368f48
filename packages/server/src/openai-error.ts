import { errorKind, redactSecrets } from '@g4f/core';

/** An error as OpenAI's API answers it: a status, a body `{ error }`, maybe a Retry-After. */
export interface OpenAIErrorResponse {
  status: 400 | 401 | 404 | 413 | 429 | 500 | 502 | 504;
  body: { error: { message: string; type: string; param: string | null; code: string | null } };
  retryAfter?: number;
}

/** The OpenAI-shaped body of an error. */
export function errorBody(message: string, type: string, code: string | null, param: string | null = null): OpenAIErrorResponse['body'] {
  return { error: { message: redactSecrets(message), type, param, code } };
}

/** Maps a thrown error to OpenAI's status codes and error body. */
export function toOpenAIError(error: unknown): OpenAIErrorResponse {
  const message = error instanceof Error ? error.message : String(error);
  switch (errorKind(error)) {
    case 'invalid-request':
      return { status: 400, body: errorBody(message, 'invalid_request_error', null) };
    case 'not-found':
      return { status: 404, body: errorBody(message, 'invalid_request_error', 'model_not_found', 'model') };
    case 'quota': {
      const { retryAfter } = error as { retryAfter?: number };
      return { status: 429, body: errorBody(message, 'rate_limit_error', 'rate_limit_exceeded'), ...(retryAfter === undefined ? {} : { retryAfter }) };
    }
    case 'timeout':
      return { status: 504, body: errorBody(message, 'timeout_error', 'upstream_timeout') };
    case 'auth':
      return { status: 502, body: errorBody(message, 'upstream_error', 'upstream_auth_failed') };
    case 'upstream':
      return { status: 502, body: errorBody(message, 'upstream_error', 'upstream_failed') };
    case 'aborted':
    case 'unexpected':
      return { status: 500, body: errorBody('The server failed unexpectedly; see its log.', 'server_error', null) };
  }
}
