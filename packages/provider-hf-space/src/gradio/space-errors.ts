import { QuotaExceededError, ResponseError, type G4FError } from '@g4f/core';

// ZeroGPU's wordings: "You have exceeded your GPU quota", "...your free GPU quota", "ZeroGPU quota exceeded".
const QUOTA_PATTERN = /exceeded (?:your )?(?:free )?(?:zero)?gpu quota|(?:zero)?gpu quota (?:is )?exceeded|no gpu was available/i;
const RETRY_PATTERN = /try again in (?:(\d+):)?(\d{1,2}):(\d{2})/i;

/** Seconds until a ZeroGPU quota lets the caller in again ("Try again in 0:01:23"), if said. */
export function parseQuotaRetryAfter(message: string): number | undefined {
  const match = RETRY_PATTERN.exec(message);
  if (match === null) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** The typed error for a Space's error message (null when the Space gave none). */
export function spaceError(message: string | null, provider: string, partialText: string): G4FError {
  const options = { provider, partialText };
  if (message === null || message.trim() === '') {
    return new ResponseError(
      'the Space reported an error but gave no reason (on the REST call route Gradio never sends one; the queue protocol does).',
      options,
    );
  }
  if (QUOTA_PATTERN.test(message)) {
    const retryAfter = parseQuotaRetryAfter(message);
    const when = retryAfter === undefined ? 'later' : `in ${retryAfter} s`;
    return new QuotaExceededError(`the Space's GPU quota is used up ("${message}"): try again ${when}, or pass an HF token (apiKey) for more quota.`, retryAfter, options);
  }
  return new ResponseError(`the Space reported an error: ${message}`, options);
}
