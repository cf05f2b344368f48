import { QuotaExceededError } from '@g4f/core';

/** A provider this server (or a replica sharing its state) saw out of quota, rate-limited or unable to run, not called again until its wait is over. */
export class ProviderCoolingDownError extends QuotaExceededError {
  constructor(provider: string, retryAfter: number) {
    super(
      `${provider} is cooling down after an error that asks to wait (its quota, a rate limit, or the Space cannot run now), seen by this server or a replica; it was not called. Try again in ${Math.ceil(retryAfter)} s, or send your own HF token (X-HF-Token) where this server forwards them.`,
      retryAfter,
      { provider },
    );
  }
}
