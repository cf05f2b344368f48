import { errorKind } from './error-kind.js';
import { G4FError } from './g4f-error.js';
import type { ProviderFailure } from './provider-failure.js';
import { EmptyAnswerError, MissingAuthError, QuotaExceededError } from './response-errors.js';

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n', 1)[0] ?? '';
}

/** The lines of a chain's failures, one per provider. */
export function describeFailures(failures: readonly ProviderFailure[]): string {
  return failures.map(({ provider, error }) => `  ${provider}: ${describe(error)}`).join('\n');
}

/** Every provider of a fallback chain failed; `failures` holds each cause, auth errors first. */
export class RetryProviderError extends G4FError {
  /** Each provider's failure, in the order tried, auth errors first. */
  readonly failures: readonly ProviderFailure[];

  constructor(failures: readonly ProviderFailure[], options: { provider?: string | undefined } = {}) {
    // Auth errors first: they are the ones a caller can fix by giving a token.
    const sorted = [...failures].sort(
      (a, b) => Number(MissingAuthError.isInstance(b.error)) - Number(MissingAuthError.isInstance(a.error)),
    );
    super(`All ${failures.length} providers failed:\n${describeFailures(sorted)}`, { provider: options.provider, cause: sorted[0]?.error });
    this.failures = sorted;
  }

  /** Each provider's error, as `failures` orders them. */
  get errors(): unknown[] {
    return this.failures.map((failure) => failure.error);
  }
}

/** Every provider of a chain answered, but none with any text or image (g4f's name). */
export class RetryNoProviderError extends RetryProviderError {}

/**
 * The error for a chain whose providers all failed. One failure is given as it is (as g4f does),
 * and so is the first where every cause is the caller's (a bad image: the request must change).
 * Every cause a quota error: a QuotaExceededError with the shortest wait. Every answer empty:
 * RetryNoProviderError. Otherwise RetryProviderError. The chain errors keep every provider's error.
 */
export function allProvidersFailed(failures: readonly ProviderFailure[], chain: string): unknown {
  const errors = failures.map((failure) => failure.error);
  const [first] = errors;
  if (errors.length === 1 || (errors.length > 0 && errors.every((error) => errorKind(error) === 'invalid-request'))) return first;
  if (errors.length > 0 && errors.every((error) => QuotaExceededError.isInstance(error))) {
    const waits = errors.flatMap((error) => (error.retryAfter === undefined ? [] : [error.retryAfter]));
    const retryAfter = waits.length === 0 ? undefined : Math.min(...waits);
    const when = retryAfter === undefined ? 'later' : `in ${retryAfter} s`;
    return new QuotaExceededError(`every provider's quota is used up; try again ${when}, or pass an apiKey for more quota:\n${describeFailures(failures)}`, retryAfter, {
      provider: chain,
      cause: errors[0],
      failures,
    });
  }
  if (errors.length > 0 && errors.every((error) => EmptyAnswerError.isInstance(error))) return new RetryNoProviderError(failures, { provider: chain });
  return new RetryProviderError(failures, { provider: chain });
}
