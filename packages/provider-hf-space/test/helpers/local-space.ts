import { inject } from 'vitest';

/**
 * The local Gradio Space's URL for integration tests. Outside CI, a missing Space skips them
 * with the reason; in CI the global setup already failed the run.
 */
export function localSpaceUrl(): string | undefined {
  const url = inject('qvqSpaceUrl');
  if (url === undefined) console.warn(`Skipping tests against the real Gradio Space: ${inject('qvqSpaceError') ?? 'not started'}`);
  return url;
}
