/** An error the server answered (its status and OpenAI-shaped message), or a failure mid-answer. */
export class ServerError extends Error {
  override readonly name = 'ServerError';

  constructor(
    message: string,
    /** The HTTP status; 200 when the error came inside a started stream. */
    readonly status: number,
    /** OpenAI's error code (`rate_limit_exceeded`, `invalid_api_key`, ...). */
    readonly code: string | null,
    /** Seconds to wait before trying again, from Retry-After or the error body. */
    readonly retryAfter: number | undefined,
  ) {
    super(message);
  }

  /** Whether the server wants an API key this page has not got (or got wrong). */
  get needsApiKey(): boolean {
    return this.status === 401;
  }

  /** Whether this is a quota or rate limit, to be waited out. */
  get isQuota(): boolean {
    return this.status === 429 || this.code === 'rate_limit_exceeded';
  }
}

interface ErrorBody {
  error?: { message?: string; code?: string | null; retry_after?: number };
}

/** The ServerError of an error body (`{ error: { message, code, retry_after? } }`). */
export function errorFromBody(body: unknown, status: number, retryAfterHeader: string | null = null): ServerError {
  const error = (body as ErrorBody | undefined)?.error;
  const fromHeader = retryAfterHeader === null ? undefined : Number(retryAfterHeader);
  const retryAfter = Number.isFinite(fromHeader) ? fromHeader : error?.retry_after;
  return new ServerError(error?.message ?? `The server answered ${status}.`, status, error?.code ?? null, retryAfter);
}

/** The ServerError of a response that is not ok. */
export async function errorFromResponse(response: Response): Promise<ServerError> {
  const body: unknown = await response.json().catch(() => undefined);
  return errorFromBody(body, response.status, response.headers.get('retry-after'));
}
