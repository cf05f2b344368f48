import { G4FError } from './g4f-error.js';
import { MissingAuthError } from './response-errors.js';

/** One provider's failure inside a fallback chain. */
export interface ProviderFailure {
  provider: string;
  error: unknown;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n', 1)[0] ?? '';
}

/** Every provider of a fallback chain failed; `failures` holds each cause, auth errors first. */
export class RetryProviderError extends G4FError {
  readonly failures: readonly ProviderFailure[];

  constructor(failures: readonly ProviderFailure[]) {
    // Auth errors first: they are the ones a caller can fix by giving a token.
    const sorted = [...failures].sort(
      (a, b) => Number(MissingAuthError.isInstance(b.error)) - Number(MissingAuthError.isInstance(a.error)),
    );
    const lines = sorted.map(({ provider, error }) => `  ${provider}: ${describe(error)}`);
    super(`All ${failures.length} providers failed:\n${lines.join('\n')}`, {
      cause: sorted[0]?.error,
    });
    this.failures = sorted;
  }
}
