import type { LocalSpaceApp } from '@g4f/local-space';
import { inject } from 'vitest';

/**
 * A local Gradio Space's URL for integration tests. Outside CI, missing Spaces skip the tests
 * with the reason; in CI the global setup has already failed the run.
 */
export function localSpaceUrl(app: LocalSpaceApp = 'qvq'): string | undefined {
  const url = inject('localSpaces')[app];
  if (url === undefined) console.warn(`Skipping tests against the real Gradio Space "${app}": ${inject('localSpacesError') ?? 'not started'}`);
  return url;
}
