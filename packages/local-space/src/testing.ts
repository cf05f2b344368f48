import { inject } from 'vitest';
import type { LocalSpaceApp } from './local-space-apps.js';
import './vitest-provided-context.js';

/**
 * A local Gradio Space's URL for integration tests. Outside CI, missing Spaces skip the tests
 * with the reason; in CI the global setup has already failed the run.
 */
export function localSpaceUrl(app: LocalSpaceApp): string | undefined {
  const url = inject('localSpaces')[app];
  if (url === undefined) console.warn(`Skipping tests against the real Gradio Space "${app}": ${inject('localSpacesError') ?? 'not started'}`);
  return url;
}

export { eventually, spaceStats, type SpaceStats } from './space-stats.js';
