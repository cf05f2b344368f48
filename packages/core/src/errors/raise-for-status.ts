import { redactSecrets } from './redact-secrets.js';
import { MissingAuthError, RateLimitError, ResponseStatusError } from './response-errors.js';

const EXCERPT_LENGTH = 200;
/** Statuses a later try may get past: timeouts, rate limits, a sleeping or overloaded server. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 502, 503, 504];

/** The start of a body as one line: an HTML page becomes its title. */
export function excerptBody(body: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
  const looksLikeHtml = /^\s*<(!doctype|html)/i.test(body);
  const text = title ?? (looksLikeHtml ? body.replace(/<[^>]*>/g, ' ') : body);
  const line = text.replace(/\s+/g, ' ').trim();
  const short = line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
  return redactSecrets(short);
}

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date), if it says. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Where an HTTP request went and what it was for, to name in errors. */
export interface RequestContext {
  /** The provider making the request. */
  provider?: string | undefined;
  /** What the request was for, as a short phrase: "upload the image". */
  step?: string | undefined;
}

/**
 * Throws a typed error for a failing HTTP response (and reads its body for the message);
 * returns normally for 2xx. 401/403: MissingAuthError; 429: RateLimitError; others:
 * ResponseStatusError, retryable for 408 and 502-504.
 */
export async function raiseForStatus(response: Response, context: RequestContext = {}): Promise<void> {
  if (response.ok) return;
  const body = await response.text().catch(() => '');
  const excerpt = excerptBody(body);
  const { status } = response;
  const what = context.step === undefined ? 'the request' : `could not ${context.step}:`;
  const detail = `${what} HTTP ${status}${excerpt === '' ? '' : ` (${excerpt})`}`;
  const base = { provider: context.provider };
  if (status === 401 || status === 403) {
    throw new MissingAuthError(`${detail}. The server refused the credentials: pass a valid apiKey (for a Hugging Face Space, an HF token).`, base);
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    const wait = retryAfter === undefined ? 'later' : `in ${retryAfter} s`;
    throw new RateLimitError(`${detail}. Too many requests: try again ${wait}.`, status, excerpt, retryAfter, base);
  }
  const retryable = RETRYABLE_STATUSES.includes(status);
  const advice = retryable ? 'The server is busy, asleep or restarting: try again shortly.' : 'Check the request and the server.';
  throw new ResponseStatusError(`${detail}. ${advice}`, status, excerpt, { ...base, retryable });
}
