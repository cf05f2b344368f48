import { QuotaExceededError, ResponseError, type G4FError } from '@g4f/core';
import { cleanSpaceMessage } from './clean-space-message.js';

/** A Space's failure as Gradio reported it. */
export interface SpaceErrorReport {
  /** The Space's message as sent (HTML, Python repr and all); null when none came. */
  message: string | null;
  /** The error's title (Gradio 5+: "ZeroGPU quota exceeded"), when sent. */
  title?: string | undefined;
  /**
   * Who kept the reason back when there is no message: the Space (an error without message, or an
   * exception it hides with show_error=False), or the route (Gradio's REST call route before 6.13
   * sends null for every error).
   */
  withheldBy: 'space' | 'route';
}

/** What the typed error needs besides the report. */
export interface SpaceErrorContext {
  provider: string;
  /** The answer's text delivered before the failure. */
  partialText: string;
  /** Whether the call sent an HF token (the quota advice differs). */
  hasToken: boolean;
}

// ZeroGPU's quota wordings over the `spaces` releases (see docs/gradio-transport.md):
// "exceeded your [free |Pro ]GPU quota", "exceeded your [free |Pro ]ZeroGPU quota",
// "exceeded your [ZeroGPU ]runs limit", "reached its GPU limit", "runnning out of daily ZeroGPU
// quotas", "too many ZeroGPU credits"; and titles "ZeroGPU quota exceeded", "... credits exceeded".
const QUOTA_PATTERN =
  /exceeded your (?:(?:free|pro) )?(?:zero)?gpu (?:quota|runs limit)|exceeded your runs limit|(?:zero)?gpu quota (?:is )?exceeded|reached its gpu limit|run+ing out of daily zerogpu quota|too many zerogpu credits|zerogpu (?:quota|pending credits) exceeded/i;
// ZeroGPU's "No GPU was available [after 60s]" (older: "No GPU is currently available"), title "ZeroGPU queue timeout".
const NO_GPU_PATTERN = /no gpu (?:was|is currently) available|zerogpu queue timeout/i;
// "Try again in 0:01:23", "Please retry in 0:09:48", "... or retry in 1 day, 2:03:04": Python's
// str(timedelta), hours or minutes first, maybe days before and microseconds after.
const RETRY_PATTERN = /(?:try again|retry) in (?:(\d+) days?, )?(\d+):(\d{2})(?::(\d{2}))?(?:\.\d+)?/i;

/** Seconds until a ZeroGPU quota lets the caller in again, when the message says ("Try again in 0:01:23"). */
export function parseQuotaRetryAfter(message: string): number | undefined {
  const match = RETRY_PATTERN.exec(message);
  if (match === null) return undefined;
  const [, days = '0', first = '0', second = '0', third] = match;
  // H:MM:SS, or M:SS where the seconds part is missing.
  const [hours, minutes, seconds] = third === undefined ? ['0', first, second] : [first, second, third];
  return Number(days) * 86_400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

function noReason(report: SpaceErrorReport): string {
  if (report.withheldBy === 'route') {
    return 'the Space reported an error, and Gradio before 6.13 leaves the reason out on the REST call route; use protocol "queue" (or "auto") to see it.';
  }
  return 'the Space reported an error without a reason (it raised one with no message, or hides its errors\' details with show_error=False).';
}

/** The typed error for a Space's failure: QuotaExceededError for ZeroGPU's quota, else ResponseError. */
export function spaceError(report: SpaceErrorReport, context: SpaceErrorContext): G4FError {
  const { provider, partialText, hasToken } = context;
  const options = { provider, partialText };
  const message = cleanSpaceMessage(report.message);
  if (message === null) return new ResponseError(noReason(report), options);
  const said = `${message} ${report.title ?? ''}`;
  if (QUOTA_PATTERN.test(said)) {
    const retryAfter = parseQuotaRetryAfter(message);
    const when = retryAfter === undefined ? 'later' : `in ${retryAfter} s`;
    const advice = hasToken ? `try again ${when}; the HF token's quota is spent too` : `try again ${when}, or pass an HF token (apiKey; HF_TOKEN for the g4f command) for more quota`;
    return new QuotaExceededError(`the Space's GPU quota is used up ("${message}"): ${advice}.`, retryAfter, options);
  }
  if (NO_GPU_PATTERN.test(said)) {
    const advice = hasToken ? 'try again later' : 'try again later, or pass an HF token (apiKey; HF_TOKEN for the g4f command) for a higher priority';
    return new QuotaExceededError(`the Space found no free GPU in time ("${message}"): ${advice}.`, undefined, options);
  }
  return new ResponseError(`the Space reported an error: ${message}`, options);
}
